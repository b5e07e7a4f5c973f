"""Emails that tell a person something happened to their account, sent by the task
worker so that the request does not wait on the mail server; and the audit rows of the
same moments."""

from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from clinic.models import AuditEvent, User
from clinic.network import client_address

SUBJECTS = {
    "new_device": _("A new sign-in to your account"),
    "factor_added": _("A sign-in step was added to your account"),
    "factor_removed": _("A sign-in step was removed from your account"),
    "password_changed": _("Your password was changed"),
}


def tell(user, kind, detail=""):
    """Enqueues the email `kind` to the account's owner. `detail` may be a lazy translation:
    it is written in the owner's language."""
    with translation.override(user.preferred_language()):
        detail = str(detail)
    send_notice.enqueue(user.pk, kind, detail, timezone.now().isoformat())


@task
def send_notice(user_pk, kind, detail, when):
    user = User.objects.filter(pk=user_pk, is_active=True).select_related("clinic").first()
    if user is None:
        return
    context = {"user": user, "kind": kind, "detail": detail, "when": when[:16].replace("T", " ")}
    # In the language the owner reads, whichever language the worker runs in.
    with translation.override(user.preferred_language()):
        send_mail(
            subject=str(SUBJECTS[kind]),
            message=render_to_string("clinic/email/account_notice.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )


def audit(request, user, action, summary=""):
    """An audit row about an account. Rows belong to a clinic: the site's own accounts
    (no clinic) are not in any clinic's trail. A lazy `summary` is written in the clinic's
    language, the language of its trail."""
    if user.clinic_id is None:
        return
    with translation.override(user.clinic.language):
        summary = str(summary)
    actor = getattr(request, "user", None)
    if actor is None or not actor.is_authenticated:
        actor = user
    AuditEvent.objects.create(
        clinic_id=user.clinic_id,
        actor=actor,
        actor_name=actor.full_name or actor.email,
        action=action,
        record_type="account",
        record_id=str(user.pk),
        summary=summary[:300],
        ip_address=client_address(request),
    )


def on_sign_in(sender, request, user, **kwargs):
    from clinic.security.sessions import note_sign_in

    note_sign_in(request, user)
    if not hasattr(request, "user"):
        # Not a person signing in: the test client's force_login(), which has no visitor.
        return
    audit(
        request,
        user,
        AuditEvent.Action.SIGN_IN,
        format_lazy(pgettext_lazy("audit", "Signed in on {device}"), device=device_label(request)),
    )


def on_sign_out(sender, request, user, **kwargs):
    from clinic.security.sessions import note_sign_out

    if user is not None:
        note_sign_out(request, user)


def on_sign_in_failed(sender, credentials, request=None, **kwargs):
    """A wrong password: a row in the trail of each clinic with an account of that email."""
    if request is None:
        return
    email = User.objects.normalize_email(credentials.get("username") or "")[:254]
    for user in User.objects.filter(email=email, clinic__isnull=False):
        audit(
            request,
            user,
            AuditEvent.Action.SIGN_IN_FAILED,
            pgettext_lazy("audit", "Wrong password"),
        )


def device_label(request):
    from clinic.security.sessions import device_label as label

    return label(request)
