"""Who may open what. Forbidden records answer 404, exactly like missing ones."""

import pytest
from django.urls import reverse

from tests.factories import ClientFactory, PortalClientFactory, PractitionerFactory

pytestmark = pytest.mark.django_db

CLIENT_GET_URLS = ["clients:detail", "clients:edit"]
CLIENT_POST_URLS = ["clients:archive", "clients:restore", "clients:edit"]
PRACTITIONER_PAGES = ["care:dashboard", "clients:list", "clients:create", "team:list"]
ADMIN_PAGES = ["team:settings", "team:invite"]


@pytest.fixture
def foreign_client(other_clinic):
    return ClientFactory(clinic=other_clinic, last_name="Elsewhere")


@pytest.mark.parametrize("name", CLIENT_GET_URLS)
def test_another_clinics_client_is_not_found(practitioner_client, foreign_client, name):
    response = practitioner_client.get(reverse(name, args=[foreign_client.pk]))
    assert response.status_code == 404
    assert "Elsewhere" not in response.text


@pytest.mark.parametrize("name", CLIENT_POST_URLS)
def test_another_clinics_client_cannot_be_changed(practitioner_client, foreign_client, name):
    response = practitioner_client.post(
        reverse(name, args=[foreign_client.pk]), {"first_name": "Hijacked", "last_name": "X"}
    )
    assert response.status_code == 404
    foreign_client.refresh_from_db()
    assert foreign_client.first_name != "Hijacked"
    assert not foreign_client.is_archived


def test_another_clinics_clients_do_not_appear_in_the_list_or_search(
    practitioner_client, foreign_client
):
    assert "Elsewhere" not in practitioner_client.get(reverse("clients:list")).text
    response = practitioner_client.get(reverse("clients:list"), {"q": "Elsewhere"})
    assert list(response.context["page"].object_list) == []
    assert "No client matches “Elsewhere”" in response.text
    assert "Elsewhere" not in practitioner_client.get(reverse("care:dashboard")).text


def test_another_clinics_practitioner_cannot_be_edited(admin_client_of_clinic, other_clinic):
    outsider = PractitionerFactory(clinic=other_clinic)
    url = reverse("team:edit", args=[outsider.pk])
    assert admin_client_of_clinic.get(url).status_code == 404
    assert admin_client_of_clinic.post(url, {"full_name": "Taken over"}).status_code == 404
    resend = reverse("team:resend", args=[outsider.pk])
    assert admin_client_of_clinic.post(resend).status_code == 404


def test_team_page_lists_only_the_own_clinic(practitioner_client, practitioner, other_clinic):
    outsider = PractitionerFactory(clinic=other_clinic, user__full_name="Ozzie Outsider")
    response = practitioner_client.get(reverse("team:list"))
    assert practitioner.user.full_name in response.text
    assert outsider.user.full_name not in response.text


@pytest.mark.parametrize("name", PRACTITIONER_PAGES + ADMIN_PAGES)
def test_clients_cannot_open_practitioner_pages(client, portal_client, name):
    client.force_login(portal_client.user)
    assert client.get(reverse(name)).status_code == 404


@pytest.mark.parametrize("name", CLIENT_GET_URLS)
def test_clients_cannot_open_client_records_even_their_own(client, portal_client, name):
    client.force_login(portal_client.user)
    assert client.get(reverse(name, args=[portal_client.pk])).status_code == 404


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_practitioners_who_are_not_admins_cannot_open_admin_pages(practitioner_client, name):
    assert practitioner_client.get(reverse(name)).status_code == 404


def test_practitioners_cannot_open_the_portal(practitioner_client):
    assert practitioner_client.get(reverse("portal:home")).status_code == 404


def test_portal_shows_the_signed_in_client_only(client, clinic):
    me = PortalClientFactory(clinic=clinic, first_name="Imogen")
    PortalClientFactory(clinic=clinic, first_name="Someoneelse")
    client.force_login(me.user)
    response = client.get(reverse("portal:home"))
    assert "Hello, Imogen" in response.text
    assert "Someoneelse" not in response.text


@pytest.mark.parametrize(
    "url",
    [
        reverse("care:dashboard"),
        reverse("clients:list"),
        reverse("clients:create"),
        reverse("clients:detail", args=[1]),
        reverse("clients:edit", args=[1]),
        reverse("team:list"),
        reverse("team:invite"),
        reverse("team:edit", args=[1]),
        reverse("team:settings"),
        reverse("portal:home"),
        reverse("password_change"),
        reverse("home"),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("login") + "?next=")


@pytest.mark.parametrize("name", ["clients:archive", "clients:restore", "team:resend"])
def test_anonymous_posts_change_nothing(client, client_record, name):
    response = client.post(reverse(name, args=[client_record.pk]))
    assert response.status_code in (302, 405)
    client_record.refresh_from_db()
    assert not client_record.is_archived
