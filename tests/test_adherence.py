"""The adherence tally: the practitioner and the client are shown the same figures."""

import datetime
import re

import pytest
from django.test import Client as Browser
from django.urls import reverse
from django.utils import timezone

from tests.factories import AdherenceEntryFactory, ProgramFactory, ProgramItemFactory

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


def signed_in(user):
    browser = Browser()
    browser.force_login(user)
    return browser


def test_the_practitioner_and_the_client_see_the_same_tally_for_the_same_days(
    practitioner, portal_client
):
    today = portal_client.clinic.today()
    # Published two days ago and no session since: both sides count the same three days.
    program = ProgramFactory(
        client=portal_client, published_at=timezone.now() - datetime.timedelta(days=2)
    )
    daily = ProgramItemFactory(program=program, frequency=1, per="day")
    # Once a week is asked for on none of three days; doing it anyway adds nothing.
    weekly = ProgramItemFactory(program=program, frequency=1, per="week")
    for item, days_ago in [(daily, 0), (daily, 1), (weekly, 0), (weekly, 2)]:
        AdherenceEntryFactory(item=item, day=today - datetime.timedelta(days=days_ago))

    client_page = signed_in(practitioner.user).get(
        reverse("clients:detail", args=[portal_client.pk])
    )
    week = signed_in(portal_client.user).get(reverse("portal:week"))

    assert "67% of prescribed exercise-days done (2 of 3 over 3 days)" in text_of(client_page)
    assert "This week so far: 2 of the 3 exercise-days your program asks for." in text_of(week)


def test_a_week_with_only_unasked_exercises_done_still_counts_as_a_start(portal_client):
    today = portal_client.clinic.today()
    program = ProgramFactory(client=portal_client, published_at=timezone.now())
    weekly = ProgramItemFactory(program=program, frequency=1, per="week")
    AdherenceEntryFactory(item=weekly, day=today)

    week = signed_in(portal_client.user).get(reverse("portal:week"))

    assert "A new week is a good place to begin" not in week.text
    assert "You did everything your program asked this week." in week.text
