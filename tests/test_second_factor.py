"""The second step of signing in, remembered browsers, and where an account is signed in."""

import datetime

import pyotp
import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from clinic.models import AuditEvent, AuthenticatorApp, RememberedDevice, SignedInSession
from clinic.security import factors
from tests.factories import PASSWORD, PractitionerFactory

pytestmark = pytest.mark.django_db

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
NOON = datetime.datetime(2026, 3, 2, 12, 0, 0, tzinfo=datetime.UTC)


def code_at(moment, secret=SECRET):
    return pyotp.TOTP(secret).at(moment)


def sign_in(client, user, password=PASSWORD):
    return client.post(reverse("login"), {"username": user.email, "password": password})


def second_step(client, **data):
    return client.post(reverse("account:second_step"), data)


@pytest.fixture
def with_app(practitioner):
    AuthenticatorApp.objects.create(user=practitioner.user, secret=SECRET)
    return practitioner.user


def test_a_code_is_accepted_one_step_either_side_and_no_further():
    code = code_at(NOON)
    step = datetime.timedelta(seconds=30)
    assert factors.totp_step(SECRET, code, NOON) is not None
    assert factors.totp_step(SECRET, code, NOON - step) is not None
    assert factors.totp_step(SECRET, code, NOON + step) is not None
    assert factors.totp_step(SECRET, code, NOON - 2 * step) is None
    assert factors.totp_step(SECRET, code, NOON + 2 * step) is None


def test_a_code_works_once(with_app):
    app = with_app.authenticator_app
    assert factors.check_app_code(app, code_at(NOON), NOON)
    assert not factors.check_app_code(app, code_at(NOON), NOON)
    # Nor a code of an earlier step once a later one was used.
    assert not factors.check_app_code(app, code_at(NOON - datetime.timedelta(seconds=30)), NOON)


def test_the_password_alone_leaves_the_session_signed_out(client, with_app):
    response = sign_in(client, with_app)
    assert response.headers["Location"] == reverse("account:second_step")
    dashboard = client.get(reverse("care:dashboard"))
    assert dashboard.headers["Location"].startswith(reverse("login"))
    page = client.get(reverse("account:second_step"))
    assert "One more step" in page.text
    assert "publickey-credentials-get=(self)" in page.headers["Permissions-Policy"]


def test_the_code_from_the_app_signs_in(client, with_app):
    sign_in(client, with_app)
    response = second_step(client, code=pyotp.TOTP(SECRET).now())
    assert response.headers["Location"] == reverse("home")
    assert client.get(reverse("care:dashboard")).status_code == 200
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert AuditEvent.Action.SIGN_IN in actions
    assert SignedInSession.objects.filter(user=with_app).count() == 1


def test_a_wrong_code_says_so_and_is_in_the_audit_trail(client, with_app):
    sign_in(client, with_app)
    response = second_step(client, code="000000")
    assert "That did not work" in response.text
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_FAILED).exists()
    assert client.get(reverse("care:dashboard")).status_code == 302


def test_a_recovery_code_works_once(client, with_app):
    codes = factors.new_recovery_codes(with_app)
    assert with_app.recovery_codes.count() == 10
    assert codes[0] not in str(list(with_app.recovery_codes.values_list("code_hash")))
    sign_in(client, with_app)
    assert second_step(client, code=codes[0].upper()).headers["Location"] == reverse("home")

    other = Client()
    sign_in(other, with_app)
    response = second_step(other, code=codes[0])
    assert "That did not work" in response.text
    assert with_app.recovery_codes.unused().count() == 9


def test_wrong_second_steps_pause_it_like_passwords(client, with_app):
    sign_in(client, with_app)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = second_step(client, code="000000")
    assert response.status_code == 429
    assert "paused for 15 minutes" in response.text
    # Even the right code waits, and a new sign-in does not start the count again.
    sign_in(client, with_app)
    response = second_step(client, code=pyotp.TOTP(SECRET).now())
    assert response.status_code == 429
    assert client.get(reverse("care:dashboard")).status_code == 302


def test_a_remembered_browser_skips_the_step_until_the_password_changes(client, with_app):
    sign_in(client, with_app)
    second_step(client, code=pyotp.TOTP(SECRET).now(), remember="on")
    assert RememberedDevice.objects.filter(user=with_app).count() == 1
    client.post(reverse("logout"))
    assert sign_in(client, with_app).headers["Location"] == reverse("home")

    elsewhere = Client()
    elsewhere.force_login(with_app)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-new-Pass-2026!",
            "new_password2": "a-new-Pass-2026!",
        },
    )
    assert response.headers["Location"] == reverse("password_change_done")
    assert not RememberedDevice.objects.filter(user=with_app).exists()
    # The other browser is signed out; this one stays signed in.
    assert elsewhere.get(reverse("care:dashboard")).status_code == 302
    assert client.get(reverse("care:dashboard")).status_code == 200
    assert SignedInSession.objects.filter(user=with_app).count() == 1
    assert "Your password was changed" in [message.subject for message in mail.outbox]

    client.post(reverse("logout"))
    response = sign_in(client, with_app, "a-new-Pass-2026!")
    assert response.headers["Location"] == reverse("account:second_step")


def test_a_clinic_that_asks_for_it_has_people_set_up_an_app(client, practitioner):
    practitioner.clinic.require_second_factor = True
    practitioner.clinic.save()
    sign_in(client, practitioner.user)
    page = client.get(reverse("account:second_step"), follow=True)
    assert "Set up a second step" in page.text
    assert "<svg" in page.text
    secret = client.session[("second_step_new_secret")]
    response = client.post(
        reverse("account:second_step_setup"), {"code": pyotp.TOTP(secret).now()}, follow=True
    )
    assert "Your recovery codes" in response.text
    assert practitioner.user.recovery_codes.count() == 10
    assert AuditEvent.objects.filter(action=AuditEvent.Action.FACTOR_ADDED).exists()
    assert any("sign-in step was added" in message.subject for message in mail.outbox)


def test_the_last_step_stays_while_the_clinic_asks_for_one(with_app, practitioner):
    practitioner.clinic.require_second_factor = True
    practitioner.clinic.save()
    client = Client()
    client.force_login(with_app)
    response = client.post(reverse("account:authenticator_remove"), follow=True)
    assert "keep this one" in response.text
    assert AuthenticatorApp.objects.filter(user=with_app).exists()


def test_a_new_browser_gets_an_email_and_a_known_one_does_not(client, practitioner):
    sign_in(client, practitioner.user)  # the first sign-in ever: nothing to tell
    assert not mail.outbox
    sign_in(Client(), practitioner.user)
    assert [m.subject for m in mail.outbox] == ["A new sign-in to your account"]
    client.post(reverse("logout"))
    sign_in(client, practitioner.user)
    assert len(mail.outbox) == 1


def test_the_security_page_lists_sessions_and_signs_out_the_others(client, practitioner):
    user = practitioner.user
    client.get(reverse("login"))
    client.post(
        reverse("login"),
        {"username": user.email, "password": PASSWORD},
        HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0) Gecko/20100101 Firefox/140.0",
    )
    tablet = Client(HTTP_USER_AGENT="Mozilla/5.0 (iPad; CPU OS 18_0) Safari/605.1.15")
    sign_in(tablet, user)
    page = client.get(reverse("account:security")).text
    assert "Firefox on Windows" in page and "(this browser)" in page
    assert "Safari on iPad" in page
    client.post(reverse("account:sign_out_others"))
    assert tablet.get(reverse("care:dashboard")).status_code == 302
    assert client.get(reverse("care:dashboard")).status_code == 200
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SIGNED_OUT).exists()


def test_a_clinic_admin_signs_a_lost_tablet_out(admin_client_of_clinic, practitioner):
    tablet = Client()
    sign_in(tablet, practitioner.user)
    assert Session.objects.count() == 2
    response = admin_client_of_clinic.post(
        reverse("team:sign_out", args=[practitioner.pk]), follow=True
    )
    assert "is signed out everywhere" in response.text
    assert tablet.get(reverse("care:dashboard")).status_code == 302
    assert not SignedInSession.objects.filter(user=practitioner.user).exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.SIGNED_OUT)
    assert event.record_id == str(practitioner.user.pk)


def test_another_clinics_admin_cannot_sign_anyone_out(other_clinic, practitioner):
    from tests.factories import ClinicAdminFactory

    admin = ClinicAdminFactory(clinic=other_clinic)
    outsider = Client()
    outsider.force_login(admin.user)
    tablet = Client()
    sign_in(tablet, practitioner.user)
    assert outsider.post(reverse("team:sign_out", args=[practitioner.pk])).status_code == 404
    assert tablet.get(reverse("care:dashboard")).status_code == 200


def test_last_seen_is_written_only_every_few_minutes(client, practitioner):
    sign_in(client, practitioner.user)
    row = SignedInSession.objects.get(user=practitioner.user)
    before = row.last_seen_at
    client.get(reverse("care:dashboard"))
    row.refresh_from_db()
    assert row.last_seen_at == before
    session = client.session
    session["seen_recorded"] = 0
    session.save()
    client.get(reverse("care:dashboard"))
    row.refresh_from_db()
    assert row.last_seen_at > before


def test_the_half_signed_in_marker_runs_out(client, with_app, monkeypatch):
    sign_in(client, with_app)
    later = timezone.now() + datetime.timedelta(seconds=factors.PENDING_SECONDS + 5)
    monkeypatch.setattr("django.core.signing.time.time", lambda: later.timestamp())
    response = client.get(reverse("account:second_step"))
    assert response.headers["Location"] == reverse("login")


def test_create_clinic_and_the_settings_form_turn_it_on(admin_client_of_clinic, clinic):
    response = admin_client_of_clinic.post(
        reverse("team:settings"),
        {
            "name": clinic.name,
            "time_zone": clinic.time_zone,
            "stretch_word": clinic.stretch_word,
            "require_second_factor": "on",
        },
    )
    assert response.status_code == 302
    clinic.refresh_from_db()
    assert clinic.require_second_factor


def test_a_client_may_turn_it_on_too(portal_client):
    PractitionerFactory  # noqa: B018 (clients use the same pages)
    client = Client()
    client.force_login(portal_client.user)
    page = client.get(reverse("account:authenticator_add"))
    assert "Add an authenticator app" in page.text
    secret = client.session["new_authenticator_secret"]
    client.post(reverse("account:authenticator_add"), {"code": pyotp.TOTP(secret).now()})
    assert AuthenticatorApp.objects.filter(user=portal_client.user).exists()


def test_a_password_reset_signs_out_everywhere_and_says_so(client, practitioner):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    user = practitioner.user
    tablet = Client()
    sign_in(tablet, user)
    user.refresh_from_db()
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    form = client.get(reverse("password_reset_confirm", args=[uid, token]), follow=True)
    new = "a-new-Pass-2026!"
    response = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert response.headers["Location"] == reverse("password_reset_complete")
    assert not SignedInSession.objects.filter(user=user).exists()
    assert tablet.get(reverse("care:dashboard")).status_code == 302
    assert "Your password was changed" in [message.subject for message in mail.outbox]


def test_an_invitation_to_a_clinic_that_asks_for_it_goes_on_to_the_app(
    admin_client_of_clinic, clinic, client
):
    import re

    clinic.require_second_factor = True
    clinic.save()
    admin_client_of_clinic.post(
        reverse("team:invite"), {"full_name": "Rosa Diaz", "email": "rosa@example.com"}
    )
    link = re.search(r"http://testserver(/invite/\S+)", mail.outbox[0].body).group(1)
    admin_client_of_clinic.post(reverse("logout"))
    form = client.get(link, follow=True)
    new = "harbour-Tide-42"
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, follow=True
    )
    assert done.redirect_chain[-1][0] == reverse("account:second_step_setup")
    assert "Set up a second step" in done.text
    assert client.get(reverse("care:dashboard")).status_code == 302
