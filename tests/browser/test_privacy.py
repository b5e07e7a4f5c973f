"""Law 25 in the browser: a client reads "Your privacy" on a phone and takes their record
away; a clinic admin records an incident and corrects it."""

import json

from playwright.sync_api import expect

from clinic.privacy.models import Incident, PrivacyOfficer
from tests.browser.helpers import assert_accessible, force_sign_in
from tests.privacy_helpers import incident


def test_a_client_reads_your_privacy_on_a_phone_and_downloads_their_record(
    phone_page, live_server, portal_client
):
    PrivacyOfficer.objects.create(
        clinic=portal_client.clinic,
        name="Josée Tremblay",
        title="Director",
        email="privacy@harbour.example",
        phone="514 555-0101",
    )
    page = phone_page
    force_sign_in(page, live_server, portal_client.user)
    page.goto(f"{live_server.url}/portal/")
    page.get_by_role("link", name="Your privacy").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your privacy")
    expect(page.get_by_text("Josée Tremblay")).to_be_visible()
    expect(page.get_by_role("link", name="privacy@harbour.example")).to_be_visible()
    expect(page.get_by_text("Posture photos: off")).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Your record as a file").click()
    bundle = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert bundle["resourceType"] == "Bundle"
    assert download.value.suggested_filename.endswith(".fhir.json")


def test_an_admin_records_and_corrects_an_incident(page, live_server, clinic_admin):
    incident(clinic_admin.clinic, clinic_admin.user)
    force_sign_in(page, live_server, clinic_admin.user)
    page.goto(f"{live_server.url}/clinic/settings/")
    page.get_by_role("link", name="Register of confidentiality incidents").click()
    expect(page.get_by_text("A printed day list was left on the bus.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Correct this entry").click()
    page.get_by_label("What this correction changes").fill("Counted the list again")
    page.get_by_label("Number of people concerned").fill("14")
    assert_accessible(page)
    page.get_by_role("button", name="Save the correction").click()

    expect(page.get_by_text("The correction is in the register.")).to_be_visible()
    expect(page.get_by_text("One earlier entry")).to_be_visible()
    assert sorted(Incident.objects.values_list("people_count", flat=True)) == [12, 14]
