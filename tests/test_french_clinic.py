"""The clinic area in French: a French-speaking practitioner or clinic admin, and a visitor
whose browser asks for French, see no English interface text (tests/french.py), on pages
with French data. Mail from the clinic area is written in its recipient's language, also
when the worker sends it, whatever language the sender reads."""

import datetime
import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from clinic import dates
from clinic.forms import (
    AuditFilterForm,
    ClientForm,
    ClinicSettingsForm,
    LanguageForm,
    PractitionerInviteForm,
    SecondStepForm,
)
from clinic.library.forms import ExerciseForm
from clinic.library.models import Exercise
from clinic.models import AuditEvent, Method, User
from tests import factories
from tests.french import english_left

FRENCH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "fr-CA,fr;q=0.9,en;q=0.5"}


@pytest.fixture
def montreal(db):
    return factories.ClinicFactory(
        name="Clinique du Plateau",
        slug="plateau",
        time_zone="America/Toronto",
        language="fr-ca",
        stretch_word="lengthening",
    )


@pytest.fixture
def french_admin(montreal):
    admin = factories.ClinicAdminFactory(
        clinic=montreal,
        user__full_name="Sophie Tremblay",
        user__email="sophie@plateau.example",
        profession="Massothérapeute",
    )
    factories.CredentialFactory(
        practitioner=admin, method=Method.SMT, title="Thérapie SMT niveau 1", max_session=3
    )
    return admin


@pytest.fixture
def colleague(montreal):
    return factories.PractitionerFactory(
        clinic=montreal,
        user__full_name="Julien Gagnon",
        user__email="julien@plateau.example",
        profession="Physiothérapeute",
    )


@pytest.fixture
def french_client(client, french_admin, colleague):
    client.force_login(french_admin.user)
    return client


@pytest.fixture
def own_exercise(montreal):
    return factories.ExerciseFactory(
        clinic=montreal,
        name="Rotation de l’épaule au mur",
        slug="rotation-epaule",
        kind=Exercise.Kind.MOBILITY,
        summary="Redonne du mouvement à l’épaule raide.",
        target_muscles="coiffe des rotateurs",
        regions="épaule",
        steps="Placez-vous debout près d’un mur.\nFaites glisser la main vers le haut.",
        cautions="Arrêtez si la douleur augmente.",
        sets=2,
        repetitions=10,
        hold_seconds=5,
        frequency=2,
    )


# The drawing choices are named after the shared library's exercises, whose French the
# content's translation brings (clinic/library/data.py): left out here until then.
DRAWING_CHOICES = re.compile(r'<select name="drawing".*?</select>', re.DOTALL)


def without_drawing_choices(html):
    return DRAWING_CHOICES.sub("", html)


def french_page(browser, url, **extra):
    response = browser.get(url, **extra)
    assert response.status_code == 200, url
    html = response.text
    assert '<html lang="fr-ca">' in html
    return html


def test_the_library_pages_are_in_french(french_client, own_exercise):
    html = french_page(french_client, reverse("library:index") + "?q=épaule")
    assert "Bibliothèque d’exercices" in html
    assert english_left(html) == []
    html = french_page(french_client, reverse("library:detail", args=[own_exercise.pk]))
    assert "Comment le faire" in html
    assert "2 × 10, maintenir 5 s, deux fois par jour" in html
    assert english_left(html) == []
    for url in (reverse("library:create"), reverse("library:edit", args=[own_exercise.pk])):
        assert english_left(without_drawing_choices(french_page(french_client, url))) == []


def test_an_empty_library_search_answers_in_french(french_client):
    html = french_page(french_client, reverse("library:index") + "?q=zzzz&kind=mobility")
    assert "Rien dans la bibliothèque ne correspond à « zzzz » avec ces filtres." in html
    assert english_left(html) == []


def test_the_team_pages_are_in_french(french_client, french_admin, colleague):
    html = french_page(french_client, reverse("team:list"))
    assert "Thérapie myofasciale synergétique, séances 1 à 3" in html
    assert english_left(html) == []
    html = french_page(french_client, reverse("team:edit", args=[colleague.pk]))
    assert "Accréditations" in html
    assert english_left(html) == []
    assert english_left(french_page(french_client, reverse("team:invite"))) == []


def test_the_clinic_settings_are_in_french_and_set_the_clinic_language(french_client, montreal):
    html = french_page(french_client, reverse("team:settings"))
    assert "Allongement" in html and "Amplitude de mouvement" in html
    assert english_left(html) == []
    response = french_client.post(
        reverse("team:settings"),
        {
            "name": montreal.name,
            "time_zone": montreal.time_zone,
            "stretch_word": "lengthening",
            "language": "en",
        },
        follow=True,
    )
    montreal.refresh_from_db()
    assert montreal.language == "en"
    # The admin had not chosen a language of their own: they follow the clinic.
    assert '<html lang="en">' in response.text
    # Saved while the page was French: the message says so in French.
    assert "Paramètres de la clinique enregistrés." in response.text


def test_the_audit_trail_is_in_french(french_client, french_admin, montreal):
    client_record = factories.ClientFactory(
        clinic=montreal, first_name="Élodie", last_name="Roy", email="elodie@exemple.ca"
    )
    AuditEvent.objects.create(
        clinic=montreal,
        actor=french_admin.user,
        actor_name="Sophie Tremblay",
        action=AuditEvent.Action.VIEW,
        client=client_record,
        record_type="client",
        record_id=str(client_record.pk),
    )
    html = french_page(french_client, reverse("team:audit_log"))
    assert "Journal d’audit" in html and "Consulté" in html
    assert english_left(html) == []


def test_the_client_list_and_form_are_in_french(french_client, montreal):
    factories.ClientFactory(
        clinic=montreal,
        first_name="Élodie",
        last_name="Roy",
        email="elodie@exemple.ca",
        complaint_onset=datetime.date(2020, 1, 1),
    )
    html = french_page(french_client, reverse("clients:list"))
    assert "1 client" in html and "Chronique" in html and "tag-chronic" in html
    assert english_left(html) == []
    html = french_page(french_client, reverse("clients:create"))
    assert "Date de naissance" in html
    assert english_left(html) == []


def test_the_security_page_is_in_french(french_client, french_admin):
    user = french_admin.user
    factories_passkey = user.passkeys.create(
        name="Portable", credential_id="abc", public_key=b"k", sign_count=0
    )
    assert factories_passkey.pk
    html = french_page(french_client, reverse("account:security"))
    assert "Clés d’accès" in html and "Langue" in html
    assert english_left(html) == []
    for url in ("account:passkey_add", "account:authenticator_add", "password_change"):
        assert english_left(french_page(french_client, reverse(url))) == []


def test_a_practitioner_chooses_english_for_themselves(french_client, french_admin):
    response = french_client.post(reverse("account:language"), {"language": "en"}, follow=True)
    assert '<html lang="en">' in response.text
    assert "Saved: the app and your emails are now in English." in response.text
    french_admin.user.refresh_from_db()
    assert french_admin.user.language == "en"
    # The clinic stays French for everyone else.
    assert french_admin.clinic.language == "fr-ca"


def test_the_language_form_goes_back_to_a_page_of_this_site_only(french_client):
    response = french_client.post(
        reverse("account:language"), {"language": "fr-ca", "next": "/library/"}
    )
    assert response.headers["Location"] == "/library/"
    response = french_client.post(
        reverse("account:language"), {"language": "fr-ca", "next": "https://evil.example/"}
    )
    assert response.headers["Location"] == reverse("account:security")


def test_the_language_form_says_which_language_the_clinic_default_is(french_admin):
    with translation.override("fr-ca"):
        form = LanguageForm(instance=french_admin.user)
        html = str(form["language"])
    assert "La langue de la clinique (Français)" in html


def test_signed_out_pages_follow_the_browser(client, db):
    html = french_page(client, reverse("login"), **FRENCH_BROWSER)
    assert "Se connecter" in html and "Mot de passe" in html
    assert english_left(html) == []
    for name in ("password_reset", "password_reset_done", "password_reset_complete"):
        assert english_left(french_page(client, reverse(name), **FRENCH_BROWSER)) == []
    assert '<html lang="en">' in client.get(reverse("login")).text


def test_the_language_switch_works_without_javascript(client, db):
    page = client.get(reverse("login")).text
    form = re.search(r'<form class="language-switch[^>]*action="([^"]+)"', page)
    assert form and form[1] == reverse("set_language")
    assert 'name="language" value="fr-ca"' in page
    response = client.post(
        reverse("set_language"), {"language": "fr-ca", "next": reverse("login")}, follow=True
    )
    assert '<html lang="fr-ca">' in response.text
    assert "Se connecter" in response.text
    # Now the switch offers English back.
    assert 'name="language" value="en"' in response.text


def test_the_error_page_is_in_french(french_client):
    from django.test import RequestFactory

    from clinic.errors import bad_request

    request = RequestFactory().get("/", **FRENCH_BROWSER)
    request.user = User(language="fr-ca")
    with translation.override("fr-ca"):
        html = bad_request(request, None).content.decode()
    assert english_left(html) == []


def test_forms_show_french_labels_help_and_choices(montreal, french_admin):
    with translation.override("fr-ca"):
        forms = [
            ClinicSettingsForm(instance=montreal),
            ClientForm(),
            PractitionerInviteForm(clinic=montreal),
            AuditFilterForm(clinic=montreal),
            SecondStepForm(),
            ExerciseForm(clinic=montreal),
            LanguageForm(instance=french_admin.user),
        ]
        for form in forms:
            html = "".join(f"<label>{f.label}</label><p>{f.help_text}</p>{f}" for f in form)
            assert english_left(without_drawing_choices(html)) == [], type(form).__name__
        errors = ClientForm(
            {"first_name": "!!", "last_name": "Roy", "date_of_birth": "2999-01-01"}
        ).errors
        # Read in French: the messages are translated when shown, as on a French page.
        assert errors["first_name"] == ["Entrez un nom qui contient au moins une lettre."]
        assert errors["date_of_birth"] == ["La date de naissance ne peut pas être dans le futur."]


def test_the_stretch_words_in_french():
    from clinic.models import Clinic

    with translation.override("fr-ca"):
        labels = {str(label) for label in Clinic.StretchWord.labels}
    assert labels == {"Étirement", "Allongement", "Amplitude de mouvement"}


def test_dates_follow_the_language():
    moment = timezone.make_aware(datetime.datetime(2026, 1, 5, 14, 30), datetime.UTC)
    with timezone.override(datetime.UTC):
        with translation.override("en"):
            assert dates.when(moment, "day_time") == "Jan 5, 2026, 14:30"
        with translation.override("fr-ca"):
            assert dates.when(moment, "day_time") == "5 janvier 2026, 14\xa0h\xa030"
            assert dates.when(moment.date(), "weekday") == "lundi 5 janvier"


# Mail in the recipient's language.


def test_an_invitation_is_written_in_the_new_practitioners_language(french_client):
    mail.outbox.clear()
    french_client.post(
        reverse("team:invite"),
        {"full_name": "Marie Côté", "email": "marie@plateau.example"},
    )
    (message,) = mail.outbox
    assert message.subject == "Votre accès à Clinique du Plateau"
    assert "Bonjour Marie," in message.body
    assert "Pour choisir votre mot de passe, ouvrez ce lien" in message.body


def test_an_english_speaking_admin_invites_in_the_clinics_language(client, french_admin, montreal):
    french_admin.user.language = "en"
    french_admin.user.save()
    client.force_login(french_admin.user)
    mail.outbox.clear()
    client.post(reverse("team:invite"), {"full_name": "Marie Côté", "email": "m@plateau.example"})
    assert mail.outbox[0].subject == "Votre accès à Clinique du Plateau"


@override_settings(LANGUAGE_CODE="en")
def test_the_worker_mails_a_reset_link_in_the_accounts_language(client, french_admin):
    mail.outbox.clear()
    # An English browser asks: the account reads French, so the mail is French.
    client.post(reverse("password_reset"), {"email": french_admin.user.email})
    (message,) = mail.outbox
    assert message.subject == "Choisissez un nouveau mot de passe pour Bodywork Notes"
    assert "Quelqu’un a demandé la réinitialisation du mot de passe" in message.body


def test_a_security_notice_is_in_the_accounts_language(french_client, french_admin):
    from clinic.security import notices

    mail.outbox.clear()
    with translation.override("en"):
        notices.tell(french_admin.user, "password_changed")
    (message,) = mail.outbox
    assert message.subject == "Votre mot de passe a été changé"
    assert "Le mot de passe de votre compte a été changé" in message.body
