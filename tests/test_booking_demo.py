"""The booking demo data: hours for everyone, Harbour's public page, booked sessions."""

import pytest
from django.utils import timezone

from clinic.models import Practitioner
from sessions.demo.seed import seed_demo
from sessions.models import BookingSettings, TreatmentSession, WorkingHours

pytestmark = pytest.mark.django_db


def test_the_demo_has_hours_settings_and_sessions_booked_in_the_coming_two_weeks(settings):
    settings.DEBUG = True
    seed_demo()
    for practitioner in Practitioner.objects.filter(clinic__slug__in=["harbour", "bayou"]):
        assert practitioner.working_hours.exists(), practitioner
    harbour = BookingSettings.objects.get(clinic__slug="harbour")
    assert harbour.public_booking and harbour.first_visit_series is not None
    assert not BookingSettings.objects.get(clinic__slug="bayou").public_booking
    soon = TreatmentSession.objects.filter(
        status="planned",
        scheduled_at__gte=timezone.now(),
        scheduled_at__lte=timezone.now() + timezone.timedelta(days=16),
    )
    assert soon.filter(plan__client__clinic__slug="harbour").count() >= 3
    assert soon.filter(plan__client__clinic__slug="bayou").count() >= 3
    hours, booked = WorkingHours.objects.count(), soon.count()
    seed_demo()  # a second run adds nothing
    assert (WorkingHours.objects.count(), soon.count()) == (hours, booked)
