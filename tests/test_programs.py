import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from clinic.library.models import Exercise
from clinic.models import Clinic
from sessions.adherence import adherence_summary
from sessions.models import HomeProgram
from tests.factories import (
    AdherenceEntryFactory,
    ClientFactory,
    ExerciseFactory,
    ProgramFactory,
    ProgramItemFactory,
    TreatmentSessionFactory,
)

pytestmark = pytest.mark.django_db


def start(client, record, **data):
    client.post(reverse("clients:program_start", args=[record.pk]), data)
    return HomeProgram.objects.drafts().get(client=record)


def shared(slug_part):
    return Exercise.objects.filter(clinic=None, slug__contains=slug_part).first()


def test_building_and_giving_the_first_version(practitioner_client, client_record):
    draft = start(practitioner_client, client_record)
    ball = shared("psoas")
    practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": ball.pk}
    )
    response = practitioner_client.post(
        reverse("clients:program_publish", args=[client_record.pk]),
        {"note": "Every morning."},
        follow=True,
    )
    draft.refresh_from_db()
    assert draft.is_current and draft.version == 1
    assert draft.note == "Every morning."
    item = draft.items.get()
    assert (item.exercise, item.sets, item.hold_seconds) == (ball, ball.sets, ball.hold_seconds)
    assert "Version 1 is now" in response.text


def test_revising_keeps_the_old_version_readable(practitioner_client, client_record):
    first = ProgramFactory(client=client_record, version=1, exercises=[shared("psoas")])
    draft = start(practitioner_client, client_record)
    assert draft.version == 2
    assert [i.exercise for i in draft.items.all()] == [i.exercise for i in first.items.all()]
    practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": shared("dead-bug").pk}
    )
    practitioner_client.post(
        reverse("clients:program_publish", args=[client_record.pk]), {"note": ""}
    )
    first.refresh_from_db()
    assert first.replaced_at is not None
    assert first.items.count() == 1
    assert HomeProgram.objects.current().get(client=client_record).items.count() == 2
    old = practitioner_client.get(
        reverse("clients:program", args=[client_record.pk]), {"version": 1}
    )
    assert "replaced" in old.text


def test_a_revision_started_from_a_session_is_tied_to_it(
    practitioner_client, client_record, practitioner
):
    session = TreatmentSessionFactory(
        plan__client=client_record,
        plan__lead=practitioner,
        plan__series__clinic=client_record.clinic,
    )
    draft = start(practitioner_client, client_record, session=session.pk)
    assert draft.session == session
    practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": shared("psoas").pk}
    )
    practitioner_client.post(
        reverse("clients:program_publish", args=[client_record.pk]), {"note": ""}
    )
    page = practitioner_client.get(reverse("clients:program", args=[client_record.pk]))
    assert f'at <a href="{reverse("care:session_detail", args=[session.pk])}">' in page.text
    note = practitioner_client.get(reverse("care:session_detail", args=[session.pk]))
    assert "Home program version 1 was given at this session." in note.text


def test_an_empty_draft_cannot_be_given(practitioner_client, client_record):
    draft = start(practitioner_client, client_record)
    response = practitioner_client.post(
        reverse("clients:program_publish", args=[client_record.pk]), {"note": ""}, follow=True
    )
    assert "Add at least one exercise" in response.text
    draft.refresh_from_db()
    assert draft.is_draft


def test_another_clinics_own_exercise_cannot_be_added(
    practitioner_client, client_record, other_clinic
):
    draft = start(practitioner_client, client_record)
    theirs = ExerciseFactory(clinic=other_clinic)
    response = practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": theirs.pk}
    )
    assert response.status_code == 404
    assert not draft.items.exists()


@pytest.mark.parametrize("value", ["-1", "0", "999"])
def test_a_dose_out_of_range_is_refused(practitioner_client, client_record, value):
    start(practitioner_client, client_record)
    practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": shared("psoas").pk}
    )
    item = HomeProgram.objects.drafts().get(client=client_record).items.get()
    prefix = f"item-{item.pk}"
    response = practitioner_client.post(
        reverse("clients:program_item_update", args=[client_record.pk, item.pk]),
        {
            f"{prefix}-sets": value,
            f"{prefix}-side": "both",
            f"{prefix}-frequency": "1",
            f"{prefix}-per": "day",
            f"{prefix}-dose_notes": "Slowly",
        },
    )
    assert response.status_code == 200
    assert "Enter a whole number from 1 to 20." in response.text
    assert 'value="Slowly"' in response.text
    item.refresh_from_db()
    assert item.sets == shared("psoas").sets


def test_the_dose_form_opens_in_place_or_as_its_own_page(practitioner_client, client_record):
    start(practitioner_client, client_record)
    practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": shared("psoas").pk}
    )
    item = HomeProgram.objects.drafts().get(client=client_record).items.get()
    url = reverse("clients:program_item_update", args=[client_record.pk, item.pk])
    builder = practitioner_client.get(reverse("clients:program_builder", args=[client_record.pk]))
    assert f'hx-get="{url}"' in builder.text and f'<a href="{url}">' in builder.text
    assert f'name="item-{item.pk}-sets"' not in builder.text  # loaded when opened

    in_place = practitioner_client.get(url, headers={"HX-Request": "true"})
    assert f'name="item-{item.pk}-sets" value="{item.sets}"' in in_place.text
    assert "<html" not in in_place.text and "Save dose" in in_place.text
    own_page = practitioner_client.get(url)
    assert "<html" in own_page.text and f'name="item-{item.pk}-sets"' in own_page.text


def test_moving_an_item_up_reorders_the_draft(practitioner_client, client_record):
    start(practitioner_client, client_record)
    for part in ("psoas", "dead-bug"):
        practitioner_client.post(
            reverse("clients:program_add", args=[client_record.pk]), {"exercise": shared(part).pk}
        )
    draft = HomeProgram.objects.drafts().get(client=client_record)
    last = draft.items.order_by("position").last()
    practitioner_client.post(reverse("clients:program_item_up", args=[client_record.pk, last.pk]))
    assert draft.items.order_by("position").first() == last


def test_the_note_may_not_say_stretch_at_a_lengthening_clinic(
    practitioner_client, clinic, client_record
):
    clinic.stretch_word = Clinic.StretchWord.LENGTHENING
    clinic.save()
    draft = start(practitioner_client, client_record)
    practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": shared("psoas").pk}
    )
    response = practitioner_client.post(
        reverse("clients:program_publish", args=[client_record.pk]),
        {"note": "Stretch every day."},
        follow=True,
    )
    assert "shows clients “lengthening” instead of “stretch”" in response.text
    draft.refresh_from_db()
    assert draft.is_draft


def test_library_search_in_the_builder_queries_stay_flat(
    practitioner_client, client_record, django_assert_max_num_queries
):
    start(practitioner_client, client_record)
    with django_assert_max_num_queries(7):
        response = practitioner_client.get(
            reverse("clients:program_builder", args=[client_record.pk]),
            {"q": "hamstring"},
            headers={"HX-Request": "true", "HX-Target": "library-results"},
        )
    assert "Hamstring" in response.text
    assert "<html" not in response.text


def test_adherence_counts_exercise_days_since_the_last_session(clinic, practitioner):
    record = ClientFactory(clinic=clinic)
    today = clinic.today()
    program = ProgramFactory(
        client=record,
        created_by=practitioner,
        published_at=timezone.now() - datetime.timedelta(days=30),
    )
    daily = ProgramItemFactory(program=program, frequency=1, per="day")
    weekly = ProgramItemFactory(program=program, frequency=3, per="week")
    last_visit = timezone.make_aware(
        datetime.datetime.combine(today - datetime.timedelta(days=6), datetime.time(9))
    )
    TreatmentSessionFactory(
        plan__client=record,
        plan__lead=practitioner,
        plan__series__clinic=clinic,
        status="completed",
        scheduled_at=last_visit,
    )
    # The last session was 6 days ago, so the period is 7 days including today.
    for offset in range(7):
        if offset % 2 == 0:
            AdherenceEntryFactory(item=daily, day=today - datetime.timedelta(days=offset))
    AdherenceEntryFactory(item=weekly, day=today, pain=4, comment="Tight on the left")
    AdherenceEntryFactory(item=daily, day=today - datetime.timedelta(days=20))  # before
    summary = adherence_summary(record, today)
    assert summary["days"] == 7
    assert summary["expected"] == 7 + 3
    assert summary["done"] == 4 + 1
    assert summary["share"] == 50
    assert [e.comment for e in summary["reports"]] == ["Tight on the left"]
    grid_row = summary["grid"][0]["cells"]
    assert len(grid_row) == 14 and grid_row[-1] is not None and grid_row[-2] is None


def test_an_empty_program_has_no_adherence_to_report(clinic, practitioner, client_record):
    ProgramFactory(client=client_record, created_by=practitioner)
    assert adherence_summary(client_record, clinic.today()) is None


def test_chart_shows_adherence_and_pulls_the_reports_into_the_notes(
    practitioner_client, clinic, practitioner, client_record
):
    program = ProgramFactory(client=client_record, created_by=practitioner)
    item = ProgramItemFactory(program=program)
    AdherenceEntryFactory(item=item, pain=3, comment="Easier on the stairs")
    session = TreatmentSessionFactory(
        plan__client=client_record, plan__lead=practitioner, plan__series__clinic=clinic
    )
    url = reverse("care:session_chart", args=[session.pk])
    page = practitioner_client.get(url)
    assert "of prescribed exercise-days done" in page.text
    assert "“Easier on the stairs”" in page.text

    pulled = practitioner_client.post(url, {"subjective": "Slept badly.", "pull_reports": "1"})
    subjective = pulled.context["form"]["subjective"].value()
    assert subjective.startswith("Slept badly.\n\nHome program since")
    assert "pain 3/10, “Easier on the stairs”" in subjective
    session.refresh_from_db()
    assert session.subjective == ""  # pulled into the form, not saved until the draft is


def test_print_view_uses_the_clinics_wording(
    practitioner_client, clinic, practitioner, client_record
):
    clinic.stretch_word = Clinic.StretchWord.LENGTHENING
    clinic.save()
    ProgramFactory(
        client=client_record,
        created_by=practitioner,
        exercises=[Exercise.objects.get(slug="ais-psoas-side-lying")],
    )
    response = practitioner_client.get(reverse("clients:program_print", args=[client_record.pk]))
    assert f"Home program for {client_record.full_name}" in response.text
    assert "lengthening" in response.text.lower()
    handout = response.text[response.text.index('<article class="handout">') :]
    assert "stretch" not in handout.lower()


def test_program_pages_of_another_clinic_answer_404(practitioner_client, other_clinic):
    theirs = ProgramFactory(client=ClientFactory(clinic=other_clinic))
    for name in ["clients:program", "clients:program_print", "clients:program_builder"]:
        url = reverse(name, args=[theirs.client.pk])
        assert practitioner_client.get(url).status_code == 404, name
    for name in [
        "clients:program_start",
        "clients:program_add",
        "clients:program_publish",
        "clients:program_discard",
    ]:
        url = reverse(name, args=[theirs.client.pk])
        assert practitioner_client.post(url).status_code == 404, name
    assert HomeProgram.objects.filter(client=theirs.client).count() == 1


@pytest.mark.parametrize("items", [1, 6])
def test_client_page_queries_stay_within_ten(
    practitioner_client, practitioner, client_record, items, django_assert_max_num_queries
):
    program = ProgramFactory(client=client_record, created_by=practitioner)
    for _ in range(items):
        AdherenceEntryFactory(item=ProgramItemFactory(program=program))
    with django_assert_max_num_queries(10):
        practitioner_client.get(reverse("clients:detail", args=[client_record.pk]))


@pytest.mark.parametrize("tampered", ["abc", "1.5", "-1", "٣", "9" * 40])
def test_a_tampered_session_id_opens_the_draft_without_a_session(
    practitioner_client, client_record, tampered
):
    response = practitioner_client.post(
        reverse("clients:program_start", args=[client_record.pk]), {"session": tampered}
    )
    assert response.status_code == 302
    assert HomeProgram.objects.drafts().get(client=client_record).session is None


@pytest.mark.parametrize("tampered", ["abc", "", "9" * 40])
def test_a_tampered_exercise_id_adds_nothing(practitioner_client, client_record, tampered):
    start(practitioner_client, client_record)
    response = practitioner_client.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": tampered}
    )
    assert response.status_code == 404
    assert not HomeProgram.objects.drafts().get(client=client_record).items.exists()
