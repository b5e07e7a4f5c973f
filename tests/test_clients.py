import datetime
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone

from clinic.models import Client
from sessions.models import Plan
from tests.factories import ClientFactory, PlanFactory

pytestmark = pytest.mark.django_db


def clinic_today():
    # Forms judge dates by the clinic's calendar (the test clinic is in Chicago).
    return timezone.localdate(timezone=zoneinfo.ZoneInfo("America/Chicago"))


def client_data(**overrides):
    data = {
        "first_name": "Maren",
        "last_name": "Okafor",
        "date_of_birth": "1984-03-09",
        "email": "maren@example.org",
        "phone": "(206) 555-0142",
        "occupation": "Dental hygienist",
        "activity_level": "on_feet",
        "complaint_onset": (clinic_today() - datetime.timedelta(days=30)).isoformat(),
        "main_complaint": "Aching low back at the end of each shift.",
        "consent_given_on": clinic_today().isoformat(),
    }
    return data | overrides


def test_practitioner_adds_a_client_to_their_clinic(practitioner_client, practitioner):
    response = practitioner_client.post(reverse("clients:create"), client_data(), follow=True)
    client = Client.objects.get(last_name="Okafor")
    assert client.clinic == practitioner.clinic
    assert client.phone_digits == "2065550142"
    assert "<h1>Maren Okafor</h1>" in response.text
    assert "Acute" in response.text


def test_a_future_date_of_birth_is_refused_and_the_typed_values_are_kept(practitioner_client):
    future = (clinic_today() + datetime.timedelta(days=1)).isoformat()
    response = practitioner_client.post(
        reverse("clients:create"), client_data(date_of_birth=future)
    )
    assert response.status_code == 200
    assert "The date of birth cannot be in the future." in response.text
    assert 'value="Okafor"' in response.text
    assert "Aching low back at the end of each shift." in response.text
    assert not Client.objects.exists()


def test_onset_before_birth_is_refused(practitioner_client):
    response = practitioner_client.post(
        reverse("clients:create"), client_data(complaint_onset="1970-01-01")
    )
    assert "The onset cannot be before the date of birth." in response.text


def test_a_missing_name_is_reported_on_the_field(practitioner_client):
    response = practitioner_client.post(reverse("clients:create"), client_data(last_name=""))
    assert "This field is required." in response.text
    assert 'value="Maren"' in response.text


def test_nonsense_dates_get_a_message_not_an_error_page(practitioner_client):
    response = practitioner_client.post(
        reverse("clients:create"), client_data(date_of_birth="31/31/99999")
    )
    assert response.status_code == 200
    assert "Enter a valid date." in response.text


def test_onset_over_three_months_ago_is_chronic():
    today = datetime.date(2026, 11, 21)
    client = Client(complaint_onset=datetime.date(2026, 8, 21))
    assert client.is_chronic(today) is False
    client.complaint_onset = datetime.date(2026, 8, 20)
    assert client.is_chronic(today) is True
    assert Client().is_chronic(today) is None


def test_three_months_before_the_end_of_a_month_clamps_to_a_real_day():
    today = datetime.date(2026, 5, 31)
    client = Client(complaint_onset=datetime.date(2026, 2, 28))
    assert client.is_chronic(today) is False
    client.complaint_onset = datetime.date(2026, 2, 27)
    assert client.is_chronic(today) is True


def test_practitioner_edits_a_client(practitioner_client, client_record):
    response = practitioner_client.post(
        reverse("clients:edit", args=[client_record.pk]),
        client_data(first_name="Lena", phone="+1 206 555 0199"),
        follow=True,
    )
    client_record.refresh_from_db()
    assert client_record.first_name == "Lena"
    assert client_record.phone_digits == "12065550199"
    assert "Changes saved." in response.text


def test_archiving_keeps_the_record_but_takes_it_off_the_list(practitioner_client, client_record):
    practitioner_client.post(reverse("clients:archive", args=[client_record.pk]))
    client_record.refresh_from_db()
    assert client_record.is_archived
    row = f"{client_record.last_name}, {client_record.first_name}"
    assert row not in practitioner_client.get(reverse("clients:list")).text
    assert row in practitioner_client.get(reverse("clients:list"), {"archived": "1"}).text
    assert (
        practitioner_client.get(reverse("clients:edit", args=[client_record.pk])).status_code == 404
    )

    practitioner_client.post(reverse("clients:restore", args=[client_record.pk]))
    client_record.refresh_from_db()
    assert not client_record.is_archived


def test_archive_only_answers_to_post(practitioner_client, client_record):
    assert (
        practitioner_client.get(reverse("clients:archive", args=[client_record.pk])).status_code
        == 405
    )
    client_record.refresh_from_db()
    assert not client_record.is_archived


@pytest.mark.parametrize(
    "query",
    ["okafor", "MAREN oka", "maren@example", "555-0142", "2065550142", "(206) 555"],
)
def test_search_finds_a_client_by_name_email_or_phone(practitioner_client, clinic, query):
    ClientFactory(
        clinic=clinic,
        first_name="Maren",
        last_name="Okafor",
        email="maren@example.org",
        phone="(206) 555-0142",
    )
    ClientFactory(
        clinic=clinic,
        first_name="Tobias",
        last_name="Lindqvist",
        email="tobias@example.com",
        phone="(312) 555-0188",
    )
    response = practitioner_client.get(reverse("clients:list"), {"q": query})
    assert "Okafor, Maren" in response.text
    assert "Lindqvist" not in response.text


def test_search_results_come_in_name_order(practitioner_client, clinic):
    for first, last in [("Zoe", "Okafor"), ("Amir", "Okafort"), ("Ada", "Okafor"), ("Bo", "Kim")]:
        ClientFactory(clinic=clinic, first_name=first, last_name=last)
    response = practitioner_client.get(reverse("clients:list"), {"q": "okaf"})
    shown = re.findall(r"Okafort?, \w+", response.text)
    assert shown == ["Okafor, Ada", "Okafor, Zoe", "Okafort, Amir"]


def test_search_with_no_match_says_so(practitioner_client, client_record):
    response = practitioner_client.get(reverse("clients:list"), {"q": "zzzz"})
    assert "No client matches “zzzz”" in response.text


def test_htmx_search_returns_only_the_results(practitioner_client, client_record):
    response = practitioner_client.get(
        reverse("clients:list"),
        {"q": client_record.last_name},
        headers={"HX-Request": "true", "HX-Target": "client-results"},
    )
    assert client_record.last_name in response.text
    assert "<html" not in response.text


def test_client_list_pages_by_25_in_name_order(practitioner_client, clinic):
    ClientFactory.create_batch(30, clinic=clinic)
    names = list(Client.objects.filter(clinic=clinic).values_list("last_name", "first_name"))
    first = practitioner_client.get(reverse("clients:list"))
    second = practitioner_client.get(reverse("clients:list"), {"page": 2})
    assert first.context["page"].object_list[0].last_name == names[0][0]
    assert len(first.context["page"].object_list) == 25
    assert len(second.context["page"].object_list) == 5
    assert "Page 2 of 2" in second.text


@pytest.mark.parametrize("count", [5, 60])
def test_client_list_queries_do_not_grow_with_the_clients(
    practitioner_client, clinic, count, django_assert_num_queries
):
    ClientFactory.create_batch(count, clinic=clinic)
    # session, user with role and clinic, count, page
    with django_assert_num_queries(4):
        practitioner_client.get(reverse("clients:list"), {"q": "a"})


def test_client_page_shows_the_record(practitioner_client, client_record):
    response = practitioner_client.get(reverse("clients:detail", args=[client_record.pk]))
    assert f"<h1>{client_record.full_name}</h1>" in response.text
    assert client_record.main_complaint in response.text
    assert "Chronic" in response.text
    assert "No portal sign-in yet" in response.text


def test_client_page_lists_the_current_plan_and_the_latest_with_the_rest_in_the_record(
    practitioner_client, client_record, practitioner
):
    started = datetime.date(2020, 1, 1)
    for year in range(8):
        PlanFactory(
            client=client_record,
            lead=practitioner,
            status=Plan.Status.COMPLETED,
            started_on=started.replace(year=2018 + year),
        )
    PlanFactory(client=client_record, lead=practitioner, started_on=started.replace(year=2010))
    response = practitioner_client.get(reverse("clients:detail", args=[client_record.pk]))
    shown = [plan.started_on.year for plan in response.context["plans"]]
    assert shown == [2010, 2025, 2024, 2023, 2022, 2021]
    record = reverse("clients:export_page", args=[client_record.pk])
    assert f'And 3 earlier plans, in the <a href="{record}">printable record</a>.' in response.text


def test_client_page_warns_when_consent_is_missing(practitioner_client, clinic):
    client = ClientFactory(clinic=clinic, consent_given_on=None)
    response = practitioner_client.get(reverse("clients:detail", args=[client.pk]))
    assert "No consent to treatment is on file." in response.text


def test_dashboard_lists_recent_clients_and_those_without_consent(practitioner_client, clinic):
    ClientFactory(clinic=clinic, last_name="Consented")
    ClientFactory(clinic=clinic, last_name="Pending", consent_given_on=None)
    response = practitioner_client.get(reverse("care:dashboard"))
    assert "Consented" in response.text
    assert "no consent to treatment on file yet" in response.text
    assert response.context["without_consent"][0].last_name == "Pending"


@pytest.mark.parametrize("field", ["date_of_birth", "complaint_onset", "consent_given_on"])
def test_dates_more_than_120_years_ago_are_refused(practitioner_client, field):
    data = client_data(**{field: "0001-01-01"})
    if field != "date_of_birth":
        data["date_of_birth"] = ""
    response = practitioner_client.post(reverse("clients:create"), data)
    assert "more than 120 years ago" in response.text
    assert not Client.objects.exists()


@pytest.mark.parametrize("name", ["--", "…", "1 2", "\u0301"])
def test_a_name_without_letters_is_refused(practitioner_client, name):
    response = practitioner_client.post(reverse("clients:create"), client_data(first_name=name))
    assert "Enter a name with at least one letter." in response.text
    assert not Client.objects.exists()


@pytest.mark.parametrize("name", ["\u200b", "\x01\x02", "\u202e"])
def test_a_name_of_hidden_characters_only_is_refused(practitioner_client, name):
    response = practitioner_client.post(reverse("clients:create"), client_data(first_name=name))
    assert "This contains hidden characters" in response.text
    assert not Client.objects.exists()
