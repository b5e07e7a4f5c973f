"""Password-reset links, mailed by the task worker rather than in the request.

The request does the same work whatever the email: it records the request and enqueues the
same task. The task, in the worker, looks the account up and mails a link only when the
account exists and may reset its password. So the answer, and how long it takes, does not
tell anyone whether an email belongs to an account.

Limits, counted in the database so that they hold across app servers and workers:
PASSWORD_RESET_MAILS_PER_HOUR links to one account, PASSWORD_RESET_REQUESTS_PER_HOUR
requests from one address. Past either, the answer is still "check your email".
"""

import datetime

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpResponseRedirect
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from clinic.models import PasswordResetRequest, ResetLinkSent, User
from clinic.network import client_address

HOUR = datetime.timedelta(hours=1)
# Rows older than this are deleted as new requests are handled; the limits look back an hour.
KEPT_FOR = datetime.timedelta(days=1)


class ResetPasswordView(auth_views.PasswordResetView):
    def form_valid(self, form):
        ask_for_reset(self.request, form.cleaned_data["email"])
        return HttpResponseRedirect(self.get_success_url())


def ask_for_reset(request, email):
    """Records the request and enqueues the mail, unless the address has asked too often."""
    address = client_address(request)
    now = timezone.now()
    recent = PasswordResetRequest.objects.filter(address=address, requested_at__gte=now - HOUR)
    if recent.count() >= settings.PASSWORD_RESET_REQUESTS_PER_HOUR:
        return
    reset = PasswordResetRequest.objects.create(address=address, requested_at=now)
    send_reset_link.enqueue(reset.pk, email, request.get_host(), request.is_secure())


@task
def send_reset_link(reset_pk, email, domain, use_https):
    """Mails a reset link to each account with this email (one per clinic at most) that may
    reset its password and has not had its links for the hour. Safe to run twice: a request
    already handled is left alone."""
    now = timezone.now()
    PasswordResetRequest.objects.filter(requested_at__lt=now - KEPT_FOR).delete()
    with transaction.atomic():
        reset = (
            PasswordResetRequest.objects.select_for_update()
            .filter(pk=reset_pk, handled_at__isnull=True)
            .first()
        )
        if reset is None:
            return
        for user in accounts_for(email):
            if links_sent_within_the_hour(user, now) < settings.PASSWORD_RESET_MAILS_PER_HOUR:
                mail_link(user, domain, use_https)
                ResetLinkSent.objects.create(request=reset, account=user, sent_at=now)
        reset.handled_at = now
        reset.save(update_fields=["handled_at"])


def accounts_for(email):
    """The active accounts with this email and a password of their own (Django's rules for
    who may reset), locked so that two workers count their mails one after the other."""
    pks = [user.pk for user in PasswordResetForm().get_users(email)]
    # "of self": PostgreSQL cannot lock the nullable side of the join to the clinic.
    return User.objects.select_for_update(of=("self",)).filter(pk__in=pks).select_related("clinic")


def links_sent_within_the_hour(user, now):
    return ResetLinkSent.objects.filter(account=user, sent_at__gte=now - HOUR).count()


def mail_link(user, domain, use_https):
    """Sends the link. A failure to send raises, so the task shows as failed in the worker's
    log and the request is not counted against the account."""
    context = {
        "email": user.email,
        "domain": domain,
        "site_name": domain,
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": "https" if use_https else "http",
    }
    # In the account's own language, whichever language the worker runs in.
    with translation.override(user.preferred_language()):
        subject = render_to_string("registration/password_reset_subject.txt", context)
        send_mail(
            subject="".join(subject.splitlines()),
            message=render_to_string("registration/password_reset_email.html", context),
            from_email=None,
            recipient_list=[user.email],
        )
