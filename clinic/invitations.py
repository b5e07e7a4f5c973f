"""Invitation links: a one-time link to choose a password, built on Django's
password-reset tokens, so it expires (PASSWORD_RESET_TIMEOUT) and stops
working once a password is set."""

import smtplib

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

NOT_SENT = _(
    "The invitation could not be sent: the mail server did not accept it. Nothing was "
    "changed. Try again in a few minutes, or ask whoever runs the server to check its mail "
    "settings."
)


class InvitationNotSent(Exception):
    """The mail server refused or could not be reached."""


def invitation_link(request, user):
    path = reverse(
        "accept_invite",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return request.build_absolute_uri(path)


def send_invitation(request, user, clinic, template="clinic/email/invite.txt"):
    """Mails the link. Called inside the transaction that made the account, so that a
    refusal (InvitationNotSent) takes the account back with it."""
    context = {
        "user": user,
        "clinic": clinic,
        "link": invitation_link(request, user),
        "invited_by": request.user,
        "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
    }
    try:
        # In the language the new account will read, not the sender's.
        with translation.override(user.preferred_language()):
            send_mail(
                subject=_("Your sign-in for %(clinic)s") % {"clinic": clinic.name},
                message=render_to_string(template, context, request=request),
                from_email=None,
                recipient_list=[user.email],
            )
    except (smtplib.SMTPException, OSError) as error:
        raise InvitationNotSent from error
