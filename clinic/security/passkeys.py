"""Passkeys (WebAuthn) through py_webauthn. The browser side is static/js/passkeys.js; the
options and the browser's answers travel as JSON with base64url bytes."""

import json

from django.utils import timezone
from django.utils.translation import gettext as _
from webauthn import (
    base64url_to_bytes,
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import bytes_to_base64url
from webauthn.helpers.exceptions import WebAuthnException
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from clinic.security.models import Passkey

CHALLENGE_KEY = "passkey_challenge"


class PasskeyError(Exception):
    pass


def rp_id(request):
    """The site's host name, which a passkey is bound to."""
    return request.get_host().split(":")[0]


def origin(request):
    return f"{request.scheme}://{request.get_host()}"


def descriptors(user):
    return [
        PublicKeyCredentialDescriptor(id=base64url_to_bytes(key.credential_id))
        for key in user.passkeys.all()
    ]


def registration_options(request, user):
    options = generate_registration_options(
        rp_id=rp_id(request),
        rp_name="Bodywork Notes",
        user_id=f"bodywork-notes-{user.pk}".encode(),
        user_name=user.email,
        user_display_name=user.full_name or user.email,
        exclude_credentials=descriptors(user),
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.PREFERRED,
        ),
    )
    request.session[CHALLENGE_KEY] = bytes_to_base64url(options.challenge)
    return options_to_json(options)


def authentication_options(request, user):
    options = generate_authentication_options(
        rp_id=rp_id(request),
        allow_credentials=descriptors(user),
        user_verification=UserVerificationRequirement.PREFERRED,
    )
    request.session[CHALLENGE_KEY] = bytes_to_base64url(options.challenge)
    return options_to_json(options)


def take_challenge(request):
    challenge = request.session.pop(CHALLENGE_KEY, None)
    if not challenge:
        raise PasskeyError(_("The passkey request ran out of time. Please try again."))
    return base64url_to_bytes(challenge)


def register(request, user, answer, name):
    """Checks the browser's answer to registration_options and saves the passkey."""
    try:
        verified = verify_registration_response(
            credential=answer,
            expected_challenge=take_challenge(request),
            expected_rp_id=rp_id(request),
            expected_origin=origin(request),
        )
    except (WebAuthnException, ValueError, KeyError, TypeError) as error:
        raise PasskeyError(_("That passkey could not be checked. Please try again.")) from error
    return Passkey.objects.create(
        user=user,
        name=name,
        credential_id=bytes_to_base64url(verified.credential_id),
        public_key=verified.credential_public_key,
        sign_count=verified.sign_count,
    )


def authenticate(request, user, answer):
    """True when the browser's answer is a valid signature by one of the user's passkeys."""
    try:
        challenge = take_challenge(request)
        credential_id = json.loads(answer).get("id", "")
        passkey = user.passkeys.get(credential_id=credential_id)
        verified = verify_authentication_response(
            credential=answer,
            expected_challenge=challenge,
            expected_rp_id=rp_id(request),
            expected_origin=origin(request),
            credential_public_key=bytes(passkey.public_key),
            credential_current_sign_count=passkey.sign_count,
        )
    except (PasskeyError, Passkey.DoesNotExist, WebAuthnException, ValueError, AttributeError):
        return False
    passkey.sign_count = verified.new_sign_count
    passkey.last_used_at = timezone.now()
    passkey.save(update_fields=["sign_count", "last_used_at"])
    return True
