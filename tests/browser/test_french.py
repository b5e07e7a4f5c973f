"""A clinic that works in French: the client's phone and the practitioner's dashboard read
French from the first page after signing in, and stay accessible with lang="fr-ca"."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, sign_in
from tests.factories import ExerciseFactory, ProgramFactory
from tests.french import english_left


@pytest.fixture
def french_clinic(clinic):
    clinic.language = "fr-ca"
    clinic.save()
    return clinic


@pytest.fixture
def program(french_clinic, portal_client):
    return ProgramFactory(
        client=portal_client,
        note="Un peu chaque jour, c’est l’idéal.",
        exercises=[
            ExerciseFactory(
                clinic=french_clinic,
                name="Bascule du bassin",
                summary="Réveille doucement le bas du dos.",
                target_muscles="transverse de l’abdomen",
                regions="abdomen",
                steps="Allongez-vous sur le dos, genoux pliés.\nBasculez le bassin, puis relâchez.",
                cautions="Arrêtez si le dos vous fait mal.",
                hold_seconds=3,
                repetitions=2,
            )
        ],
    )


def test_a_french_client_reads_the_portal_in_french_on_a_phone(
    phone_page, live_server, portal_client, program
):
    page = phone_page
    sign_in(page, live_server, portal_client.user.email)

    expect(page.locator("html")).to_have_attribute("lang", "fr-ca")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Bonjour, {portal_client.first_name}"
    )
    card = page.locator(".exercise").first
    expect(card.get_by_role("button", name="Commencer un maintien (3 s)")).to_be_visible()
    expect(card.get_by_role("button", name="Fait aujourd’hui : Bascule du bassin")).to_be_visible()
    assert english_left(page.locator("main").inner_html()) == []
    assert_accessible(page)

    # The hold timer's words come from the page, so they are French too.
    card.get_by_role("button", name="Commencer un maintien (3 s)").click()
    status = card.locator(".hold-status")
    expect(status).not_to_be_empty()
    assert english_left(f"<p>{status.inner_text()}</p>") == []


def test_a_french_practitioner_reads_the_dashboard_in_french(page, live_server, practitioner):
    practitioner.user.language = "fr-ca"
    practitioner.user.save()
    sign_in(page, live_server, practitioner.user.email)

    expect(page.locator("html")).to_have_attribute("lang", "fr-ca")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Bonjour, {practitioner.user.get_short_name()}"
    )
    expect(page.get_by_role("link", name="Tableau de bord")).to_be_visible()
    assert english_left(page.locator("main").inner_html()) == []
    assert_accessible(page)
