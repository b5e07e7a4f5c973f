"""Free slots: the clinic's time zone, a daylight-saving change day, the edges of working
hours, existing sessions, one-off changes and who may give which session."""

import datetime
import zoneinfo

import pytest

from sessions.models import DayChange, TreatmentSession
from sessions.slots import allowed_practitioners, free_slots
from tests import factories
from tests.booking_helpers import smt_practitioner, work_every_day

pytestmark = pytest.mark.django_db
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def times(slots):
    return [f"{slot.starts:%H:%M}" for slot in slots]


def test_slots_lie_inside_working_hours_in_the_clinic_time_zone(practitioner):
    work_every_day(practitioner, (datetime.time(9), datetime.time(12)))
    day = datetime.date(2027, 1, 12)
    slots = free_slots(practitioner, [day], 60)
    assert times(slots) == ["09:00", "09:30", "10:00", "10:30", "11:00"]
    # 09:00 in Chicago is 15:00 UTC in winter.
    assert slots[0].starts.astimezone(datetime.UTC).hour == 15
    assert slots[-1].ends.time() == datetime.time(12)  # the last one ends at closing time


def test_several_ranges_a_day_and_a_session_longer_than_a_range(practitioner):
    work_every_day(
        practitioner, (datetime.time(9), datetime.time(10)), (datetime.time(14), datetime.time(16))
    )
    day = datetime.date(2027, 1, 12)
    assert times(free_slots(practitioner, [day], 60)) == ["09:00", "14:00", "14:30", "15:00"]
    assert times(free_slots(practitioner, [day], 90)) == ["14:00", "14:30"]


def test_existing_sessions_block_their_time_and_cancelled_ones_do_not(practitioner):
    work_every_day(practitioner, (datetime.time(9), datetime.time(13)))
    day = datetime.date(2027, 1, 12)
    plan = factories.PlanFactory(client__clinic=practitioner.clinic, lead=practitioner)
    at = datetime.datetime(2027, 1, 12, 10, 0, tzinfo=CHICAGO)
    factories.TreatmentSessionFactory(plan=plan, number=1, scheduled_at=at, duration_minutes=60)
    factories.TreatmentSessionFactory(
        plan=plan,
        number=2,
        scheduled_at=at + datetime.timedelta(hours=2),
        status=TreatmentSession.Status.CANCELLED,
    )
    # 09:00 ends as the session starts; 09:30 and 10:30 overlap it; 11:00 starts as it ends.
    assert times(free_slots(practitioner, [day], 60)) == ["09:00", "11:00", "11:30", "12:00"]


def test_on_the_spring_forward_day_the_missing_hour_is_skipped_and_lengths_are_real(
    practitioner,
):
    # 14 March 2027: Chicago's clocks go from 02:00 to 03:00.
    work_every_day(practitioner, (datetime.time(1), datetime.time(5)))
    day = datetime.date(2027, 3, 14)
    slots = free_slots(practitioner, [day], 60)
    # No slot starts at 02:00 or 02:30, which do not exist that night.
    assert times(slots) == ["01:00", "01:30", "03:00", "03:30", "04:00"]
    # 01:00 CST + 60 real minutes is 03:00 CDT.
    assert f"{slots[0].ends:%H:%M}" == "03:00"
    assert {slot.starts.utcoffset() for slot in slots[2:]} == {datetime.timedelta(hours=-5)}


def test_on_the_fall_back_day_working_hours_keep_their_wall_times(practitioner):
    # 7 November 2027: back from 02:00 CDT to 01:00 CST; 09:00 is CST.
    work_every_day(practitioner, (datetime.time(9), datetime.time(10)))
    slots = free_slots(practitioner, [datetime.date(2027, 11, 7)], 60)
    assert times(slots) == ["09:00"]
    assert slots[0].starts.astimezone(datetime.UTC).hour == 15


def test_another_clinic_time_zone(other_clinic):
    other_clinic.time_zone = "Europe/Berlin"
    other_clinic.save()
    practitioner = factories.CredentialFactory(practitioner__clinic=other_clinic).practitioner
    work_every_day(practitioner, (datetime.time(9), datetime.time(10)))
    slot = free_slots(practitioner, [datetime.date(2027, 1, 12)], 60)[0]
    assert slot.starts.astimezone(datetime.UTC).hour == 8


def test_a_day_off_and_changed_hours_replace_the_usual_week(practitioner):
    work_every_day(practitioner, (datetime.time(9), datetime.time(11)))
    off, changed = datetime.date(2027, 1, 12), datetime.date(2027, 1, 13)
    DayChange.objects.create(practitioner=practitioner, date=off)
    DayChange.objects.create(
        practitioner=practitioner, date=changed, starts=datetime.time(15), ends=datetime.time(16)
    )
    assert free_slots(practitioner, [off], 60) == []
    assert times(free_slots(practitioner, [changed], 60)) == ["15:00"]


def test_the_booking_window_limits_the_slots(practitioner):
    work_every_day(practitioner, (datetime.time(9), datetime.time(12)))
    day = datetime.date(2027, 1, 12)
    earliest = datetime.datetime(2027, 1, 12, 10, 0, tzinfo=CHICAGO)
    latest = datetime.datetime(2027, 1, 12, 10, 30, tzinfo=CHICAGO)
    slots = free_slots(practitioner, [day], 60, earliest=earliest, latest=latest)
    assert times(slots) == ["10:00", "10:30"]


def test_an_smt_level_1_practitioner_is_never_offered_for_session_4(clinic):
    level_1 = smt_practitioner(clinic, 3, "Lee Level-One")
    level_2 = smt_practitioner(clinic, 6, "Sam Level-Two")
    series = factories.SeriesFactory(clinic=clinic, method="smt", session_count=6)
    assert set(allowed_practitioners(clinic, series, 3)) == {level_1, level_2}
    assert allowed_practitioners(clinic, series, 4) == [level_2]
    assert allowed_practitioners(clinic, series, 7) == []
