"""Quebec's Law 25: the person in charge of personal information, the register of
confidentiality incidents, and what a client sees and takes away from "Your privacy"."""

import datetime
import json

import pytest
from django.test import Client as Browser
from django.urls import reverse

from clinic.models import AppendOnlyError, AuditEvent
from clinic.privacy.models import Incident, PrivacyOfficer
from tests import factories
from tests.french import english_left
from tests.privacy_helpers import INCIDENT_FORM, incident


def text(response):
    return " ".join(response.content.decode().split())


@pytest.fixture
def portal(client, portal_client):
    client.force_login(portal_client.user)
    return client


INCIDENT = INCIDENT_FORM


# The person in charge ----------------------------------------------------------------


def signed_in(user):
    browser = Browser()
    browser.force_login(user)
    return browser


def test_until_someone_is_named_the_clinic_admin_is_shown_as_standing_in(
    admin_client_of_clinic, clinic_admin, portal_client
):
    page = text(admin_client_of_clinic.get(reverse("privacy:officer")))
    assert "Nobody is named yet" in page and clinic_admin.user.full_name in page
    page = text(signed_in(portal_client.user).get(reverse("portal:privacy")))
    assert clinic_admin.user.email in page
    assert "has not named anyone for this yet" in page


def test_an_admin_names_the_person_in_charge_and_clients_see_how_to_reach_them(
    admin_client_of_clinic, clinic, clinic_admin, portal_client
):
    data = {
        "name": "Josée Tremblay",
        "title": "Director",
        "email": "privacy@harbour.example",
        "phone": "514 555-0101",
    }
    response = admin_client_of_clinic.post(reverse("privacy:officer"), data)
    assert response.status_code == 302
    officer = PrivacyOfficer.objects.get(clinic=clinic)
    assert (officer.name, officer.email) == ("Josée Tremblay", "privacy@harbour.example")
    assert AuditEvent.objects.filter(action="create", record_id=str(officer.pk)).exists()
    page = text(signed_in(portal_client.user).get(reverse("portal:privacy")))
    assert "Josée Tremblay</strong>, Director" in page and "514 555-0101" in page
    assert "has not named anyone" not in page


def test_a_bad_email_keeps_what_was_typed(admin_client_of_clinic):
    data = {"name": "Josée Tremblay", "title": "Director", "email": "not an email"}
    response = admin_client_of_clinic.post(reverse("privacy:officer"), data)
    assert response.status_code == 200
    page = text(response)
    assert "Enter a valid email address." in page and 'value="Josée Tremblay"' in page
    assert not PrivacyOfficer.objects.exists()


def test_practitioners_who_are_not_admins_get_404(practitioner_client, clinic, clinic_admin):
    entry = incident(clinic, clinic_admin.user)
    for url in [
        reverse("privacy:officer"),
        reverse("privacy:incidents"),
        reverse("privacy:incident_create"),
        reverse("privacy:incident_correct", args=[entry.pk]),
    ]:
        assert practitioner_client.get(url).status_code == 404


# The register -------------------------------------------------------------------------


def test_an_admin_records_an_incident_with_every_field_the_law_lists(
    admin_client_of_clinic, clinic, clinic_admin
):
    response = admin_client_of_clinic.post(reverse("privacy:incident_create"), INCIDENT)
    assert response.status_code == 302
    entry = Incident.objects.get()
    assert entry.clinic == clinic and entry.recorded_by == clinic_admin.user
    assert entry.people_count == 30 and entry.is_serious
    assert entry.commission_notified_on == datetime.date(2026, 3, 5)
    assert entry.people_notified_on == datetime.date(2026, 3, 6)
    assert AuditEvent.objects.filter(action="create", record_type="confidentiality incident")
    page = text(admin_client_of_clinic.get(reverse("privacy:incidents")))
    for value in [
        "Names and email addresses of 30 clients",
        "sent to the wrong address",
        "Risk of serious injury",
        "lists now go through the app only",
    ]:
        assert value in page


def test_bad_dates_are_refused_and_nothing_typed_is_lost(admin_client_of_clinic):
    data = dict(INCIDENT, learned_on="2026-03-01", ended_on="2026-02-01", people_count="")
    response = admin_client_of_clinic.post(reverse("privacy:incident_create"), data)
    assert response.status_code == 200
    page = text(response)
    assert "before it began" in page and "cannot be before the first" in page
    assert "This field is required." in page
    assert "sent to the wrong address" in page
    assert not Incident.objects.exists()


def test_a_correction_is_a_new_entry_and_the_list_shows_the_current_state_with_history(
    admin_client_of_clinic, clinic, clinic_admin
):
    first = incident(clinic, clinic_admin.user)
    url = reverse("privacy:incident_correct", args=[first.pk])
    form = text(admin_client_of_clinic.get(url))
    assert "printed day list was left on the bus" in form  # filled in from the entry
    data = dict(INCIDENT, reason="Counted the list again", people_count="14")
    assert admin_client_of_clinic.post(url, data).status_code == 302
    newest = Incident.objects.exclude(pk=first.pk).get()
    assert newest.corrects == first and newest.first == first and newest.people_count == 14
    first.refresh_from_db()
    assert first.people_count == 12  # the original is kept as written
    page = text(admin_client_of_clinic.get(reverse("privacy:incidents")))
    assert page.count("Correct this entry</a>") == 1
    assert "Counted the list again" in page and "One earlier entry" in page
    # The entry corrected already has its correction: correct the newest one instead.
    assert admin_client_of_clinic.get(url).status_code == 404


def test_a_correction_must_say_what_it_changes(admin_client_of_clinic, clinic, clinic_admin):
    first = incident(clinic, clinic_admin.user)
    url = reverse("privacy:incident_correct", args=[first.pk])
    response = admin_client_of_clinic.post(url, dict(INCIDENT, reason=""))
    assert response.status_code == 200 and "Say what this correction changes." in text(response)
    assert Incident.objects.count() == 1


def test_register_entries_are_never_changed_or_deleted(clinic, clinic_admin):
    entry = incident(clinic, clinic_admin.user)
    entry.people_count = 1
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        Incident.objects.filter(pk=entry.pk).update(people_count=1)
    with pytest.raises(AppendOnlyError):
        Incident.objects.all().delete()
    assert Incident.objects.get().people_count == 12


def test_another_clinics_register_is_not_found(admin_client_of_clinic, other_clinic):
    stranger = incident(other_clinic, factories.ClinicAdminFactory(clinic=other_clinic).user)
    url = reverse("privacy:incident_correct", args=[stranger.pk])
    assert admin_client_of_clinic.get(url).status_code == 404
    page = text(admin_client_of_clinic.get(reverse("privacy:incidents")))
    assert "bus" not in page and "No incidents recorded" in page


def test_the_list_flags_a_serious_incident_whose_notices_are_missing(
    admin_client_of_clinic, clinic, clinic_admin
):
    incident(clinic, clinic_admin.user, risk="serious", commission_notified_on=None)
    page = text(admin_client_of_clinic.get(reverse("privacy:incidents")))
    assert "the notices are not all recorded yet" in page


def test_the_clinic_settings_link_to_the_privacy_pages(admin_client_of_clinic):
    page = admin_client_of_clinic.get(reverse("team:settings")).content.decode()
    assert reverse("privacy:officer") in page and reverse("privacy:incidents") in page


# Your privacy, in the portal -----------------------------------------------------------


def test_the_portal_links_to_your_privacy_and_lists_the_choices_as_off(portal):
    home = portal.get(reverse("portal:home")).content.decode()
    assert reverse("portal:privacy") in home
    page = text(portal.get(reverse("portal:privacy")))
    assert "Posture photos: <strong>off</strong>" in page
    assert "Email reminders: <strong>off</strong>" in page


def test_a_choice_turned_on_shows_on(portal, portal_client):
    from sessions.models import ConsentChoice

    ConsentChoice.record_changes(portal_client, {"photos": True}, portal_client.user)
    page = text(portal.get(reverse("portal:privacy")))
    assert "Posture photos: <strong>on</strong>" in page


def test_a_client_downloads_their_own_fhir_record_and_it_is_audited(portal, portal_client):
    response = portal.get(reverse("portal:record_fhir"))
    assert response["Content-Type"] == "application/fhir+json"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    bundle = json.loads(response.content)
    patient = bundle["entry"][0]["resource"]
    assert patient["name"][0]["family"] == portal_client.last_name
    event = AuditEvent.objects.get(action="export")
    assert event.client == portal_client and event.actor == portal_client.user


def test_a_client_prints_their_own_record_and_it_is_audited(portal, portal_client):
    page = text(portal.get(reverse("portal:record")))
    assert f"Client record: {portal_client.first_name} {portal_client.last_name}" in page
    assert reverse("clients:detail", args=[portal_client.pk]) not in page
    assert AuditEvent.objects.get(action="export").client == portal_client


def test_your_privacy_is_in_french_for_a_french_speaking_client(portal, portal_client):
    portal_client.user.language = "fr-ca"
    portal_client.user.save()
    html = portal.get(reverse("portal:privacy")).content.decode()
    assert "Votre vie privée" in html
    assert english_left(own_part(html)) == []


def test_the_register_is_in_french_for_a_french_speaking_admin(
    admin_client_of_clinic, clinic, clinic_admin
):
    clinic_admin.user.language = "fr-ca"
    clinic_admin.user.save()
    incident(
        clinic,
        clinic_admin.user,
        information="Noms de 12 clients",
        circumstances="Une liste oubliée dans l'autobus.",
        risk_assessment="Faible.",
        measures="On n'imprime plus les listes.",
    )
    for name in ["privacy:incidents", "privacy:incident_create", "privacy:officer"]:
        html = admin_client_of_clinic.get(reverse(name)).content.decode()
        assert english_left(own_part(html)) == [], name


def own_part(html):
    """The page's own content, without the site's menus (translated elsewhere)."""
    start = html.index("<main")
    return html[start : html.index("</main>")].split("</nav>")[-1]


def test_the_risk_is_one_of_two_answers_with_no_empty_choice(admin_client_of_clinic):
    page = admin_client_of_clinic.get(reverse("privacy:incident_create")).content.decode()
    assert page.count('name="risk"') == 2 and "---------" not in page
