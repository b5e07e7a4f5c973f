"""The clinic admin sets how long each series is booked for; the free slots follow."""

import pytest
from django.urls import reverse

from clinic.models import AuditEvent
from sessions.models import SeriesLength
from tests import factories
from tests.booking_helpers import settings_of

pytestmark = pytest.mark.django_db


def test_an_admin_sets_a_series_length_and_empties_it_again(client, clinic, clinic_admin):
    si = factories.SeriesFactory(clinic=clinic, name="SI 10-series")
    factories.SeriesFactory(clinic=clinic, name="Physiotherapy")
    factories.SeriesFactory(clinic=factories.ClinicFactory(), name="Elsewhere")
    settings_of(clinic, session_minutes=60, first_visit_minutes=90)
    client.force_login(clinic_admin.user)

    page = client.get(reverse("care:series_lengths"))
    assert "SI 10-series" in page.text and "Physiotherapy" in page.text
    assert "Elsewhere" not in page.text
    assert "usual length (60 minutes)" in page.text

    client.post(reverse("care:series_lengths"), {f"series_{si.pk}": "75"}, follow=True)
    length = SeriesLength.objects.get(series=si)
    assert length.minutes == 75
    assert length.settings.minutes_for(si, 2) == 75
    assert length.settings.minutes_for(si, 1) == 90  # a first visit keeps its own length

    client.post(reverse("care:series_lengths"), {f"series_{si.pk}": ""})
    assert not SeriesLength.objects.exists()


def test_a_length_out_of_range_is_refused_and_the_typing_is_kept(client, clinic, clinic_admin):
    si = factories.SeriesFactory(clinic=clinic, name="SI 10-series")
    physio = factories.SeriesFactory(clinic=clinic, name="Physiotherapy")
    client.force_login(clinic_admin.user)
    answer = client.post(
        reverse("care:series_lengths"), {f"series_{si.pk}": "5", f"series_{physio.pk}": "45"}
    )
    assert answer.status_code == 200
    assert "greater than or equal to 15" in answer.text
    assert 'value="45"' in answer.text
    assert not SeriesLength.objects.exists()
    assert not AuditEvent.objects.exists()


def test_a_practitioner_who_is_not_an_admin_cannot_open_the_page(client, practitioner):
    client.force_login(practitioner.user)
    assert client.get(reverse("care:series_lengths")).status_code == 404
