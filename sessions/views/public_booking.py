"""The clinic's public booking page: a new client books a first visit.

The time is held for HOLD_MINUTES while the client confirms their email address by the
link we send; unconfirmed, it is released (PublicHold.release_expired). The answer is the
same whether or not the address is known: a known address gets a mail asking them to book
from their portal instead, so the page never tells who is a client. Limits, counted in the
database: PUBLIC_BOOKINGS_PER_HOUR requests from one address; a honeypot field.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from clinic.invitations import InvitationNotSent, send_invitation
from clinic.models import Client, Clinic, EmailTaken
from clinic.network import client_address
from sessions import booking
from sessions.booking_forms import PublicBookingForm
from sessions.booking_mail import notify, send_public_mail
from sessions.models import BookingSettings, Plan, PublicHold
from sessions.slots import offer, parse_key

HOLD_MINUTES = 30
PER_HOUR = getattr(settings, "PUBLIC_BOOKINGS_PER_HOUR", 5)
HOLD_SALT = "care.public-hold"


def open_clinic(slug):
    clinic = get_object_or_404(Clinic, slug=slug)
    found = BookingSettings.of(clinic)
    if not found.public_booking or found.first_visit_series is None:
        raise Http404
    timezone.activate(zoneinfo.ZoneInfo(clinic.time_zone))
    return clinic, found


def first_visit_offer(clinic, found, day=None, practitioner_pk=None):
    return offer(
        clinic,
        found.first_visit_series,
        1,
        found.first_visit_minutes,
        first_day=day,
        practitioner_pk=practitioner_pk,
    )


def public(request, slug):
    clinic, found = open_clinic(slug)
    PublicHold.release_expired()
    form = PublicBookingForm(request.POST or None)
    slot, error = None, None
    if form.is_valid():
        parsed = parse_key(form.cleaned_data["slot"])
        if parsed:
            day = parsed[1].astimezone(zoneinfo.ZoneInfo(clinic.time_zone)).date()
            slot = first_visit_offer(clinic, found, day, parsed[0]).find(form.cleaned_data["slot"])
        if slot is None:
            error = "Please choose one of the free times below."
        else:
            if not form.cleaned_data["website"] and not too_many(request):
                error = take(request, clinic, found, form.cleaned_data, slot)
            if error is None:
                context = {"clinic": clinic, "email": form.cleaned_data["email"]}
                return render(request, "sessions/public_booking_sent.html", context)
    context = {
        "clinic": clinic,
        "form": form,
        "error": error,
        "offer": first_visit_offer(clinic, found, None),
        "chosen": form["slot"].value() or "",
    }
    return render(request, "sessions/public_booking.html", context)


def too_many(request):
    since = timezone.now() - datetime.timedelta(hours=1)
    recent = PublicHold.objects.filter(address=client_address(request), requested_at__gte=since)
    return recent.count() >= PER_HOUR


def take(request, clinic, found, data, slot):
    """Holds the slot for a new client and mails the confirmation link, or mails a known
    client to use their portal. Returns a message when the slot was taken meanwhile."""
    email = data["email"].strip().lower()
    if Client.objects.filter(clinic=clinic, email__iexact=email).exists():
        send_public_mail.enqueue("known", clinic.pk, email, "")
        return None
    try:
        with transaction.atomic():
            client = Client.objects.create(
                clinic=clinic,
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=email,
                phone=data["phone"],
            )
            plan = Plan.objects.create(
                client=client, series=found.first_visit_series, lead=slot.practitioner
            )
            session = booking.book(plan, slot.practitioner, slot.starts, slot.minutes)
            hold = PublicHold.objects.create(
                session=session,
                address=client_address(request),
                hold_until=timezone.now() + datetime.timedelta(minutes=HOLD_MINUTES),
            )
    except booking.SlotTaken:
        return booking.SLOT_TAKEN
    token = signing.dumps(hold.pk, salt=HOLD_SALT)
    transaction.on_commit(lambda: send_public_mail.enqueue("confirm", clinic.pk, email, token))
    return None


def confirm(request, token):
    """The link in the mail: confirms the address, keeps the visit, sends the invitation."""
    try:
        pk = signing.loads(token, salt=HOLD_SALT, max_age=HOLD_MINUTES * 60 * 2)
    except signing.BadSignature:
        pk = None
    hold = (
        PublicHold.objects.select_related(
            "session__plan__client__clinic", "session__practitioner__user"
        )
        .filter(pk=pk)
        .first()
    )
    if hold is None or (hold.confirmed_at is None and hold.hold_until < timezone.now()):
        PublicHold.release_expired()
        return render(request, "sessions/public_booking_confirm.html", {"expired": True})
    session, client = hold.session, hold.session.plan.client
    timezone.activate(zoneinfo.ZoneInfo(client.clinic.time_zone))
    if request.method == "POST" and hold.confirmed_at is None:
        try:
            with transaction.atomic():
                hold.confirmed_at = timezone.now()
                hold.save(update_fields=["confirmed_at"])
                user, _ = client.open_portal_account()
                send_invitation(
                    request, user, client.clinic, template="sessions/email/first_visit_invite.txt"
                )
        except (EmailTaken, InvitationNotSent):
            hold.confirmed_at = None
            return render(
                request, "sessions/public_booking_confirm.html", {"hold": hold, "failed": True}
            )
        notify(session, "booked")
    return render(request, "sessions/public_booking_confirm.html", {"hold": hold})
