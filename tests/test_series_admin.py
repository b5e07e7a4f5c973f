import pytest
from django.urls import reverse

from clinic.models import Method
from sessions.forms import ChartForm
from sessions.models import Series, Technique
from tests.factories import SeriesFactory

pytestmark = pytest.mark.django_db


def series_data(series, **overrides):
    data = {
        "name": series.name,
        "method": series.method,
        "session_count": str(series.session_count or ""),
        "description": "",
        "is_active": "on",
        "steps-TOTAL_FORMS": str(series.steps.count()),
        "steps-INITIAL_FORMS": str(series.steps.count()),
    }
    for index, step in enumerate(series.steps.all()):
        data |= {
            f"steps-{index}-id": step.pk,
            f"steps-{index}-number": step.number,
            f"steps-{index}-title": step.title,
            f"steps-{index}-focus": step.focus,
            f"steps-{index}-goals": step.goals,
        }
    return data | overrides


def test_admin_rewrites_the_focus_of_a_step(admin_client_of_clinic, clinic):
    series = SeriesFactory(clinic=clinic, session_count=3)
    response = admin_client_of_clinic.post(
        reverse("series:edit", args=[series.pk]),
        series_data(series, **{"steps-1-focus": "Adductors and the inner line."}),
        follow=True,
    )
    assert "saved" in response.text
    assert series.steps.get(number=2).focus == "Adductors and the inner line."


def test_steps_must_match_the_number_of_sessions(admin_client_of_clinic, clinic):
    series = SeriesFactory(clinic=clinic, session_count=3)
    response = admin_client_of_clinic.post(
        reverse("series:edit", args=[series.pk]), series_data(series, session_count="4")
    )
    assert "A series of 4 sessions needs 4 steps; there are 3." in response.text
    series.refresh_from_db()
    assert series.session_count == 3


def test_admin_creates_a_series_for_the_clinic(admin_client_of_clinic, clinic):
    admin_client_of_clinic.post(
        reverse("series:create"),
        {
            "name": "Neck and shoulders — 2 sessions",
            "method": Method.PHYSIOTHERAPY,
            "session_count": "2",
            "is_active": "on",
            "steps-TOTAL_FORMS": "2",
            "steps-INITIAL_FORMS": "0",
            "steps-0-number": "1",
            "steps-0-title": "Assessment",
            "steps-0-focus": "History and tests.",
            "steps-1-number": "2",
            "steps-1-title": "Treatment",
            "steps-1-focus": "Release and exercise.",
        },
    )
    series = Series.objects.get(name="Neck and shoulders — 2 sessions")
    assert series.clinic == clinic
    assert [s.title for s in series.steps.all()] == ["Assessment", "Treatment"]


def test_practitioners_who_are_not_admins_cannot_edit_series(practitioner_client, clinic):
    series = SeriesFactory(clinic=clinic)
    assert practitioner_client.get(reverse("series:edit", args=[series.pk])).status_code == 404
    assert practitioner_client.get(reverse("series:list")).status_code == 200


def test_admin_adds_the_standard_series(admin_client_of_clinic, clinic):
    admin_client_of_clinic.post(reverse("series:install_defaults"))
    assert Series.objects.filter(clinic=clinic).count() == 5


def test_admin_adds_a_clinic_technique_that_charts_can_tick(
    admin_client_of_clinic, clinic, other_clinic
):
    admin_client_of_clinic.post(reverse("series:technique_add"), {"name": "Cupping"})
    assert Technique.objects.get(name="Cupping").clinic == clinic
    assert "Cupping" in admin_client_of_clinic.get(reverse("series:list")).text
    form = ChartForm(clinic=other_clinic)
    assert "Cupping" not in [t.name for t in form.fields["techniques"].queryset]


def test_a_technique_already_listed_is_refused(admin_client_of_clinic, clinic):
    response = admin_client_of_clinic.post(
        reverse("series:technique_add"), {"name": "myofascial release"}, follow=True
    )
    assert "is already on the list" in response.text
    assert Technique.objects.filter(name__iexact="myofascial release").count() == 1


def test_practitioners_cannot_add_techniques(practitioner_client):
    assert (
        practitioner_client.post(reverse("series:technique_add"), {"name": "X"}).status_code == 404
    )
    assert not Technique.objects.filter(name="X").exists()
