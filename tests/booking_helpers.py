"""Shared set-up of the booking tests: working hours, an open clinic, a client's plan."""

import datetime

from sessions.models import BookingSettings, WorkingHours
from tests import factories


def work_every_day(practitioner, *ranges):
    ranges = ranges or ((datetime.time(8), datetime.time(20)),)
    WorkingHours.objects.bulk_create(
        WorkingHours(practitioner=practitioner, weekday=day, starts=a, ends=b)
        for day in range(7)
        for a, b in ranges
    )


def settings_of(clinic, **fields):
    found = BookingSettings.of(clinic)
    for name, value in fields.items():
        setattr(found, name, value)
    found.save()
    return found


def smt_practitioner(clinic, max_session, name):
    practitioner = factories.PractitionerFactory(clinic=clinic, user__full_name=name)
    factories.CredentialFactory(
        practitioner=practitioner,
        method="smt",
        title=f"SMT up to {max_session}",
        max_session=max_session,
    )
    return practitioner
