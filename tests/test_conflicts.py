"""Two people editing the same draft: the second save is refused and nothing is lost."""

import html

import pytest
from django.test import Client
from django.urls import reverse

from sessions.models import TreatmentSession
from tests.factories import CredentialFactory, PlanFactory, TreatmentSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(clinic, practitioner):
    plan = PlanFactory(lead=practitioner, client__clinic=clinic, series__clinic=clinic)
    return TreatmentSessionFactory(plan=plan)


def opened(user):
    browser = Client()
    browser.force_login(user)
    return browser


def test_the_second_save_of_a_draft_is_refused_and_both_texts_are_shown(
    clinic, practitioner, draft
):
    admin = CredentialFactory(practitioner__clinic=clinic, practitioner__is_clinic_admin=True)
    admin = admin.practitioner
    theo, helen = opened(practitioner.user), opened(admin.user)
    url = reverse("care:session_chart", args=[draft.pk])
    version = theo.get(url).context["form"]["seen_version"].value()
    assert helen.get(url).context["form"]["seen_version"].value() == version

    theo.post(url, {"save": "1", "seen_version": version, "subjective": "Theo's notes."})
    response = helen.post(
        url, {"save": "1", "seen_version": version, "subjective": "Helen's notes."}
    )

    assert response.status_code == 200
    assert "saved this note" in response.text and "while you were editing" in response.text
    page = html.unescape(response.text)
    assert "Helen's notes." in page  # hers, still in the form
    assert "Theo's notes." in page  # his, shown beside it
    draft.refresh_from_db()
    assert draft.subjective == "Theo's notes."

    # Saving again from the refreshed form is deliberate, and goes through.
    again = response.context["form"]["seen_version"].value()
    helen.post(url, {"save": "1", "seen_version": again, "subjective": "Both, merged."})
    draft.refresh_from_db()
    assert draft.subjective == "Both, merged."
    assert draft.version == version + 2


def test_a_note_signed_meanwhile_keeps_the_late_text_on_screen(clinic, practitioner, draft):
    admin = CredentialFactory(practitioner__clinic=clinic, practitioner__is_clinic_admin=True)
    admin = admin.practitioner
    theo, helen = opened(practitioner.user), opened(admin.user)
    url = reverse("care:session_chart", args=[draft.pk])
    version = theo.get(url).context["form"]["seen_version"].value()
    helen.get(url)
    theo.post(url, {"sign": "1", "seen_version": version, "subjective": "Signed text."})
    response = helen.post(url, {"save": "1", "seen_version": version, "subjective": "Late."})
    assert "signed this note" in response.text
    assert "Late." in response.text
    draft = TreatmentSession.objects.get(pk=draft.pk)
    assert draft.subjective == "Signed text." and draft.is_signed


def test_giving_a_program_that_changed_since_the_page_opened_is_refused(
    client, practitioner, client_record
):
    from clinic.library.models import Exercise
    from sessions.models import HomeProgram

    draft = HomeProgram.draft_for(client_record, practitioner)
    ball, dead_bug = Exercise.objects.filter(clinic=None)[:2]
    client.force_login(practitioner.user)
    client.post(reverse("clients:program_add", args=[client_record.pk]), {"exercise": ball.pk})
    page = client.get(reverse("clients:program_builder", args=[client_record.pk]))
    seen = page.context["draft"].revision

    colleague = opened(practitioner.user)  # a second tab, or a colleague
    colleague.post(
        reverse("clients:program_add", args=[client_record.pk]), {"exercise": dead_bug.pk}
    )

    response = client.post(
        reverse("clients:program_publish", args=[client_record.pk]),
        {"note": "Gently, every morning.", "seen_revision": seen},
    )
    assert "Someone changed this draft while you were writing." in response.text
    assert "Gently, every morning." in response.text
    draft.refresh_from_db()
    assert draft.is_draft

    again = response.context["draft"].revision
    client.post(
        reverse("clients:program_publish", args=[client_record.pk]),
        {"note": "Gently, every morning.", "seen_revision": again},
    )
    draft.refresh_from_db()
    assert draft.is_current and draft.items.count() == 2


def test_a_draft_saved_in_place_can_be_saved_again_from_the_same_page(practitioner_client, draft):
    url = reverse("care:session_chart", args=[draft.pk])
    version = practitioner_client.get(url).context["form"]["seen_version"].value()
    first = practitioner_client.post(
        url,
        {"save": "1", "seen_version": version, "subjective": "One."},
        headers={"HX-Request": "true"},
    )
    next_version = first.context["form"]["seen_version"].value()
    assert next_version == version + 1
    practitioner_client.post(
        url,
        {"save": "1", "seen_version": next_version, "subjective": "Two."},
        headers={"HX-Request": "true"},
    )
    draft.refresh_from_db()
    assert draft.subjective == "Two."
