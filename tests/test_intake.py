"""Before the first session: the intake in the portal, the red-flag screen, the consent,
and what the practitioner sees and may do with them."""

import datetime
import json
import smtplib

import pytest
from django.core.exceptions import ValidationError
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse
from django.utils import timezone

from clinic.models import AuditEvent
from sessions import intake_questions as screen
from sessions.models import (
    ConsentChoice,
    ConsentText,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    ScreenError,
    ScreenReview,
    SignedConsent,
    TreatmentSession,
)
from sessions.models.intake import IntakeLockedError, KeptAsWrittenError
from tests import factories
from tests.intake_helpers import ALL_NO, submitted_intake

pytestmark = pytest.mark.django_db


def step(name):
    return reverse("portal:intake_step", args=[name])


@pytest.fixture
def portal(client, portal_client):
    client.force_login(portal_client.user)
    client.record = portal_client
    return client


def fill_everything(browser, consent_version="0"):
    browser.post(
        step("pain"),
        {
            "complaint": "Sore low back",
            "pain_now": "5",
            "onset": (timezone.localdate() - datetime.timedelta(days=120)).isoformat(),
            "regions": ["low_back"],
            "continue": "1",
        },
    )
    browser.post(step("health"), {"goals": "Garden again", "continue": "1"})
    browser.post(step("screen"), {**ALL_NO, "continue": "1"})
    return browser.post(
        step("consent"),
        {
            "full_name": "Ada Lovelace",
            "agree": "on",
            "version": consent_version,
            "reminders": "on",
            "strokes": json.dumps([[[10, 20], [30, 40.5], [60, 80]]]),
            "submit": "1",
        },
    )


# The screen rule -----------------------------------------------------------------------


def test_a_yes_or_not_sure_to_any_sign_makes_the_screen_positive():
    assert not screen.is_positive(ALL_NO)
    assert screen.is_positive({**ALL_NO, "cancer": screen.YES})
    assert screen.is_positive({**ALL_NO, "thoracic": screen.UNSURE})
    assert not screen.is_positive({})


def test_only_cauda_equina_signs_are_urgent():
    assert screen.is_urgent({**ALL_NO, "bladder": screen.UNSURE})
    assert screen.is_urgent({**ALL_NO, "saddle_numbness": screen.YES})
    assert not screen.is_urgent({**ALL_NO, "cancer": screen.YES, "weight_loss": screen.YES})


def test_every_sign_of_the_domain_is_asked_in_its_group():
    assert len(screen.SIGNS[screen.CAUDA_EQUINA]) == 6
    assert len(screen.SIGNS[screen.SERIOUS]) == 10
    assert len({code for _, code, _ in screen.ALL_SIGNS}) == 16


def test_the_model_keeps_the_screen_result_as_a_column(client_record):
    intake = Intake.objects.create(client=client_record, screen={**ALL_NO, "fever": "yes"})
    assert intake.is_positive_screen and Intake.objects.get().screen_positive


# The client in the portal --------------------------------------------------------------


def test_the_portal_home_opens_with_before_your_first_visit(portal):
    page = portal.get(reverse("portal:home")).content.decode()
    assert "Before your first visit" in page and "0 of 4 steps done" in page
    assert portal.get(reverse("portal:intake"))["Location"] == step("pain")


def test_a_client_goes_from_the_first_step_to_a_signed_intake(portal):
    response = fill_everything(portal)
    assert response.status_code == 302
    intake = Intake.objects.get(client=portal.record)
    assert intake.is_submitted and intake.entered_by is None
    assert intake.regions == ["low_back"] and intake.pain_now == 5
    consent = SignedConsent.objects.get(client=portal.record)
    assert consent.full_name == "Ada Lovelace" and consent.text.version == 1
    assert consent.strokes == [[[10, 20], [30, 40.5], [60, 80]]]
    assert consent.ip_address == "127.0.0.1"
    portal.record.refresh_from_db()
    assert portal.record.complaint_onset == intake.onset and portal.record.is_chronic()
    state = ConsentChoice.current(portal.record)
    assert state["reminders"].granted and state["photos"] is None
    page = portal.get(reverse("portal:intake")).content.decode()
    assert "Sore low back" in page and "version 1" in page
    assert "Before your first visit" not in portal.get(reverse("portal:home")).content.decode()
    assert AuditEvent.objects.filter(action="sign", client=portal.record).exists()


def test_every_post_keeps_a_draft_and_a_bad_answer_loses_nothing(portal):
    response = portal.post(step("pain"), {"complaint": "Aches", "pain_now": "12", "continue": "1"})
    page = response.content.decode()
    assert response.status_code == 200 and "from 0 (none) to 10" in page and "Aches" in page
    intake = Intake.objects.get(client=portal.record)
    assert intake.complaint == "Aches" and intake.pain_now is None and intake.steps_done == []
    # A reload shows the draft.
    assert "Aches" in portal.get(step("pain")).content.decode()


def test_htmx_draft_saves_answer_with_the_save_status(portal):
    response = portal.post(step("pain") + "?draft=1", {"better": "Heat"}, HTTP_HX_REQUEST="true")
    assert "Your answers are saved." in response.content.decode()
    assert "<html" not in response.content.decode()
    assert Intake.objects.get(client=portal.record).better == "Heat"


def test_a_cauda_equina_sign_shows_urgent_advice_at_once_and_still_saves(portal):
    response = portal.post(
        step("screen") + "?draft=1", {"bladder": "unsure"}, HTTP_HX_REQUEST="true"
    )
    assert "get medical care today" in response.content.decode()
    response = portal.post(step("screen"), {**ALL_NO, "walking": "yes"})
    assert "get medical care today" in response.content.decode()
    assert Intake.objects.get(client=portal.record).screen["walking"] == "yes"


def test_a_serious_disease_sign_alone_is_not_urgent_advice(portal):
    response = portal.post(step("screen"), {**ALL_NO, "cancer": "yes", "continue": "1"})
    assert response.status_code == 302
    assert "get medical care today" not in portal.get(step("screen")).content.decode()


def test_signing_before_the_required_answers_says_what_is_missing(portal):
    response = portal.post(step("consent"), {"full_name": "Ada L", "agree": "on", "version": "0"})
    assert "Nearly there" in response.content.decode()
    assert not SignedConsent.objects.exists()


def test_a_typed_name_alone_signs_and_a_bad_drawing_is_refused(portal):
    fill_everything(portal)  # submits with a drawing
    other = factories.PortalClientFactory(clinic=portal.record.clinic)
    portal.force_login(other.user)
    portal.post(step("pain"), {"complaint": "x", "pain_now": "2"})
    portal.post(step("screen"), ALL_NO)
    bad = portal.post(
        step("consent"),
        {"full_name": "Bo B", "agree": "on", "version": "1", "strokes": "[[[9999, 1]]]"},
    )
    assert "could not be read" in bad.content.decode()
    assert (
        portal.post(
            step("consent"), {"full_name": "Bo B", "agree": "on", "version": "1"}
        ).status_code
        == 302
    )
    assert SignedConsent.objects.get(client=other).strokes == []


def test_a_consent_changed_while_reading_is_not_signed(portal, clinic):
    portal.post(step("pain"), {"complaint": "x", "pain_now": "2"})
    portal.post(step("screen"), ALL_NO)
    ConsentText.publish(clinic, "A new text, long enough to be a real consent for treatment.")
    response = portal.post(step("consent"), {"full_name": "Ada L", "agree": "on", "version": "0"})
    assert "updated its consent" in response.content.decode()


def test_a_submitted_intake_is_read_only_for_the_client(portal):
    fill_everything(portal)
    assert portal.post(step("pain"), {"complaint": "Changed"})["Location"] == reverse(
        "portal:intake"
    )
    assert Intake.objects.get().complaint == "Sore low back"
    with pytest.raises(IntakeLockedError):
        Intake.objects.get().save()


def test_the_client_reads_who_amended_each_answer_in_the_same_queries_however_many(
    portal, clinic, django_assert_num_queries
):
    intake = submitted_intake(portal.record)
    fields = ["medications", "history", "goals"]
    authors = [
        factories.CredentialFactory(practitioner__clinic=clinic).practitioner for _ in fields
    ]
    intake.amend(authors[0], fields[0], "Ibuprofen as needed", "Told me at session 1")
    with django_assert_num_queries(5):
        page = portal.get(reverse("portal:intake")).content.decode()
    for author, field in zip(authors[1:], fields[1:], strict=True):
        intake.amend(author, field, f"New {field}", "Said at the visit")
    with django_assert_num_queries(5):
        page = portal.get(reverse("portal:intake")).content.decode()
    assert all(str(author) in page for author in authors)


def test_optional_consents_are_given_and_withdrawn_and_every_change_kept(portal):
    portal.post(reverse("portal:consents"), {"photos": "on"})
    portal.post(reverse("portal:consents"), {})
    portal.post(reverse("portal:consents"), {})
    rows = list(ConsentChoice.objects.filter(client=portal.record).values_list("kind", "granted"))
    assert rows == [("photos", True), ("photos", False)]
    assert ConsentChoice.current(portal.record)["photos"].granted is False
    assert "withdrawn" in portal.get(reverse("portal:consents")).content.decode()


def test_clinic_questions_keep_the_wording_they_were_answered_with(portal, clinic):
    question = IntakeQuestion.objects.create(
        clinic=clinic, wording="Do you like firm pressure?", kind="yes_no"
    )
    assert "Questions from" in portal.get(step("pain")).content.decode()
    portal.post(step("questions"), {f"q{question.pk}": "Yes"})
    question.wording = "Changed"
    question.save()
    question.delete()
    intake = Intake.objects.get()
    assert intake.custom_rows() == [{"wording": "Do you like firm pressure?", "answer": "Yes"}]


# Signed consent and its versions -------------------------------------------------------


def test_each_save_of_the_consent_text_is_a_new_version_and_old_signatures_keep_theirs(
    admin_client_of_clinic, clinic, client_record
):
    submitted_intake(client_record)  # signs the default text as version 1
    body = "Our own consent, written for this clinic, several sentences long."
    admin_client_of_clinic.post(reverse("care:consent_text"), {"body": body})
    admin_client_of_clinic.post(reverse("care:consent_text"), {"body": body + " More."})
    versions = list(
        ConsentText.objects.filter(clinic=clinic)
        .order_by("version")
        .values_list("version", flat=True)
    )
    assert versions == [1, 2, 3]
    signed = SignedConsent.objects.get(client=client_record)
    assert signed.text.version == 1 and "Before we work together" in signed.text.body
    page = admin_client_of_clinic.get(reverse("care:consent_text")).content.decode()
    assert "Version 3 is the one clients sign now" in page and client_record.full_name in page


def test_signed_consents_and_texts_never_change(client_record):
    submitted_intake(client_record)
    consent = SignedConsent.objects.get()
    consent.full_name = "Someone else"
    with pytest.raises(KeptAsWrittenError):
        consent.save()
    with pytest.raises(KeptAsWrittenError):
        consent.text.save()
    with pytest.raises(KeptAsWrittenError):
        consent.delete()


@pytest.mark.parametrize(
    "strokes",
    [
        "not json",
        "{}",
        "[[]]",
        "[[[1]]]",
        "[[[true, 1]]]",
        "[[[601, 1]]]",
        json.dumps([[[1, 1]] * 3001]),
    ],
)
def test_a_drawn_signature_must_be_strokes_inside_the_box(strokes):
    with pytest.raises(ValidationError):
        SignedConsent.parse_strokes(strokes)


# The practitioner ----------------------------------------------------------------------


def test_the_client_page_shows_the_intake_card_and_the_consent_signed(
    practitioner_client, client_record
):
    client_record.consent_given_on = None
    client_record.save()
    submitted_intake(client_record)
    page = practitioner_client.get(
        reverse("clients:detail", args=[client_record.pk])
    ).content.decode()
    assert "Low back aches after sitting all day." in page and "Sit through a workday" in page
    assert "version 1" in page and "No consent to treatment is on file" not in page
    assert 'data-region="low_back" id="region-low_back"' in page


def test_no_consent_banner_stays_for_clients_without_either_consent(
    practitioner_client, client_record
):
    client_record.consent_given_on = None
    client_record.save()
    page = practitioner_client.get(
        reverse("clients:detail", args=[client_record.pk])
    ).content.decode()
    assert "No consent to treatment is on file" in page


def test_the_dashboard_counts_an_online_signature_as_consent(practitioner_client, clinic):
    paperless = factories.ClientFactory(
        clinic=clinic, consent_given_on=None, last_name="Signedonline"
    )
    missing = factories.ClientFactory(clinic=clinic, consent_given_on=None, last_name="Nothingyet")
    submitted_intake(paperless)
    page = practitioner_client.get(reverse("care:dashboard")).content.decode()
    consent_card = page.split('id="consent-heading"')[1]
    assert missing.last_name in consent_card and paperless.last_name not in consent_card


def test_a_positive_screen_shows_until_reviewed(practitioner_client, client_record):
    intake = submitted_intake(client_record, flagged=["cancer"])
    dashboard = practitioner_client.get(reverse("care:dashboard")).content.decode()
    assert "Warning signs to review" in dashboard and client_record.full_name in dashboard
    detail = reverse("clients:detail", args=[client_record.pk])
    assert "Review the screen" in practitioner_client.get(detail).content.decode()
    response = practitioner_client.post(
        reverse("clients:intake_review", args=[client_record.pk]),
        {"decision": "cleared", "reason": "Cancer treated 15 years ago, clear since."},
    )
    assert response.status_code == 302
    review = ScreenReview.objects.get(intake=intake)
    assert review.decision == "cleared" and review.reviewed_by.user.email
    assert (
        "Warning signs to review"
        not in practitioner_client.get(reverse("care:dashboard")).content.decode()
    )
    assert "Review the screen" not in practitioner_client.get(detail).content.decode()


def test_a_review_needs_a_reason(practitioner_client, client_record):
    submitted_intake(client_record, flagged=["cancer"])
    response = practitioner_client.post(
        reverse("clients:intake_review", args=[client_record.pk]), {"decision": "cleared"}
    )
    assert response.status_code == 200 and not ScreenReview.objects.exists()


@pytest.fixture
def first_session(practitioner, client_record):
    plan = factories.PlanFactory(
        client=client_record, lead=practitioner, series__clinic=client_record.clinic
    )
    return factories.TreatmentSessionFactory(plan=plan, number=1, scheduled_at=timezone.now())


def test_session_one_cannot_be_signed_with_an_unreviewed_positive_screen(
    first_session, practitioner
):
    submitted_intake(first_session.plan.client, flagged=["bladder"])
    with pytest.raises(ScreenError):
        first_session.sign(practitioner)
    first_session.refresh_from_db()
    assert not first_session.is_signed


def test_the_chart_refuses_the_signature_and_says_what_to_do(practitioner_client, first_session):
    submitted_intake(first_session.plan.client, flagged=["bladder"])
    url = reverse("care:session_chart", args=[first_session.pk])
    page = practitioner_client.get(url).content.decode()
    assert "Warning signs to review before session 1" in page
    response = practitioner_client.post(
        url, {"pain_before": "4", "subjective": "Typed", "sign": "1"}
    )
    page = response.content.decode()
    assert (
        "Session 1 cannot be signed yet" in page
        and "Record your decision" in page
        and "Typed" in page
    )
    assert not TreatmentSession.objects.get(pk=first_session.pk).is_signed


def test_after_the_review_session_one_signs(practitioner_client, first_session, practitioner):
    intake = submitted_intake(first_session.plan.client, flagged=["bladder"])
    intake.review(practitioner, "referred", "Sent to the GP; seen and cleared the same day.")
    url = reverse("care:session_chart", args=[first_session.pk])
    practitioner_client.post(url, {"pain_before": "4", "subjective": "Typed", "sign": "1"})
    assert TreatmentSession.objects.get(pk=first_session.pk).is_signed


def test_later_sessions_are_not_held_by_the_screen(first_session, practitioner):
    submitted_intake(first_session.plan.client, flagged=["bladder"])
    second = factories.TreatmentSessionFactory(plan=first_session.plan, number=2)
    second.sign(practitioner)
    assert second.is_signed


def test_session_one_opens_pre_filled_from_the_intake(practitioner_client, first_session):
    submitted_intake(first_session.plan.client)
    page = practitioner_client.get(
        reverse("care:session_chart", args=[first_session.pk])
    ).content.decode()
    assert "From the intake:" in page and "Low back aches after sitting all day." in page
    assert "Worse with: Sitting" in page
    assert 'name="pain_before" value="6"' in page
    assert 'name="low_back-marked" id="id_low_back-marked" checked' in page
    assert 'name="groin_r-marked" id="id_groin_r-marked" checked' in page


def test_a_chart_already_written_is_not_overwritten_by_the_intake(
    practitioner_client, first_session
):
    submitted_intake(first_session.plan.client)
    TreatmentSession.objects.filter(pk=first_session.pk).update(subjective="My own words")
    page = practitioner_client.get(
        reverse("care:session_chart", args=[first_session.pk])
    ).content.decode()
    assert "From the intake:" not in page and "My own words" in page


def test_a_practitioner_fills_the_intake_with_the_client_and_the_record_says_so(
    practitioner_client, practitioner, client_record
):
    client_record.consent_given_on = None
    client_record.save()
    base = lambda s: reverse("clients:intake_fill", args=[client_record.pk, s])  # noqa: E731
    practitioner_client.post(base("pain"), {"complaint": "Hip", "pain_now": "3", "continue": "1"})
    practitioner_client.post(base("screen"), ALL_NO)
    response = practitioner_client.post(
        base("consent"), {"full_name": client_record.full_name, "agree": "on", "version": "0"}
    )
    assert response["Location"] == reverse("clients:intake", args=[client_record.pk])
    intake = Intake.objects.get(client=client_record)
    assert intake.entered_by == practitioner and intake.is_submitted
    assert SignedConsent.objects.get(client=client_record).entered_by == practitioner
    page = practitioner_client.get(response["Location"]).content.decode()
    assert f"entered by {practitioner}" in page


def test_a_practitioner_amends_the_intake_and_the_clients_words_stay(
    practitioner_client, client_record
):
    intake = submitted_intake(client_record)
    url = reverse("clients:intake_amend", args=[client_record.pk])
    practitioner_client.post(
        url,
        {
            "field": "medications",
            "new_text": "Ibuprofen as needed",
            "reason": "Told me at session 1",
        },
    )
    amendment = IntakeAmendment.objects.get()
    assert amendment.old_text == "" and amendment.new_text == "Ibuprofen as needed"
    intake.refresh_from_db()
    assert intake.medications == "" and intake.current_text("medications") == "Ibuprofen as needed"


def test_the_signed_consent_page_shows_the_exact_text_and_the_drawing(
    practitioner_client, client_record
):
    submitted_intake(client_record)
    consent = SignedConsent.objects.get()
    page = practitioner_client.get(
        reverse("clients:consent_signed", args=[client_record.pk, consent.pk])
    ).content.decode()
    assert "Before we work together" in page and '<path d="M10 10 L50 60"/>' in page


def test_another_clinics_intake_answers_404(client, other_clinic, client_record):
    submitted_intake(client_record)
    outsider = factories.CredentialFactory(practitioner__clinic=other_clinic).practitioner
    client.force_login(outsider.user)
    for name in ["clients:intake", "clients:intake_review", "clients:intake_amend"]:
        assert client.get(reverse(name, args=[client_record.pk])).status_code == 404
    assert (
        client.get(reverse("clients:intake_fill", args=[client_record.pk, "pain"])).status_code
        == 404
    )


def test_clinic_questions_are_limited_to_ten(admin_client_of_clinic, clinic):
    for n in range(10):
        IntakeQuestion.objects.create(clinic=clinic, wording=f"Question {n}")
    response = admin_client_of_clinic.post(
        reverse("care:intake_questions"), {"wording": "Eleventh", "kind": "short", "position": "11"}
    )
    assert response.status_code == 200 and IntakeQuestion.objects.count() == 10


def test_a_choice_question_needs_two_choices(admin_client_of_clinic):
    response = admin_client_of_clinic.post(
        reverse("care:intake_questions"),
        {"wording": "Pick", "kind": "choice", "choices": "Only one", "position": "1"},
    )
    assert "at least two choices" in response.content.decode()


def test_the_clients_own_export_carries_intake_consents_and_reviews(
    practitioner_client, practitioner, client_record
):
    intake = submitted_intake(client_record, flagged=["fever"])
    intake.review(practitioner, "referred", "Fever with back pain: to the GP first.")
    intake.amend(practitioner, "goals", "Run 5 km", "Updated at session 1")
    ConsentChoice.record_changes(client_record, {"photos": True}, client_record.user)
    record = json.loads(
        practitioner_client.get(reverse("clients:export_json", args=[client_record.pk])).content
    )
    assert record["intake"]["answers"]["goals"] == "Run 5 km"
    assert record["intake"]["amendments"][0]["old_text"] == "Sit through a workday without pain."
    assert record["intake"]["screen_reviews"][0]["decision"] == "Referred to a doctor"
    fever = [s for s in record["intake"]["warning_signs"] if s["answer"] == "Yes"]
    assert len(fever) == 1 and "fever" in fever[0]["question"]
    assert record["consents"][0]["version"] == 1 and record["consents"][0]["drawn_signature"]
    assert record["optional_consents"] == [
        {"consent": "Posture photos", "given": True, "at": record["optional_consents"][0]["at"]}
    ]


# The reminder --------------------------------------------------------------------------


def test_the_intake_reminder_goes_once_two_days_before_the_first_session(
    portal_client, practitioner, mailoutbox
):
    from django.core.management import call_command

    plan = factories.PlanFactory(
        client=portal_client, lead=practitioner, series__clinic=portal_client.clinic
    )
    factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=40)
    )
    later = factories.PortalClientFactory(clinic=portal_client.clinic)
    later_plan = factories.PlanFactory(client=later, lead=practitioner, series=plan.series)
    factories.TreatmentSessionFactory(
        plan=later_plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(days=5)
    )
    done = factories.PortalClientFactory(clinic=portal_client.clinic)
    submitted_intake(done)
    factories.TreatmentSessionFactory(
        plan=factories.PlanFactory(client=done, lead=practitioner, series=plan.series),
        number=1,
        scheduled_at=timezone.now() + datetime.timedelta(hours=20),
    )

    call_command("send_intake_reminders", base_url="https://notes.example.org")
    call_command("send_intake_reminders", base_url="https://notes.example.org")

    assert [m.to for m in mailoutbox] == [[portal_client.email]]
    assert "https://notes.example.org/portal/intake/" in mailoutbox[0].body
    assert Intake.objects.get(client=portal_client).reminder_sent_at is not None
    # The draft made for the reminder changes nothing the client sees.
    assert not Intake.objects.get(client=portal_client).is_submitted


def test_a_reminder_the_mail_server_refuses_is_tried_again(
    portal_client, practitioner, settings, mailoutbox
):
    from sessions.reminders import send_intake_reminders

    plan = factories.PlanFactory(
        client=portal_client, lead=practitioner, series__clinic=portal_client.clinic
    )
    factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=30)
    )
    settings.MAILERS = {"default": {"BACKEND": "tests.test_intake.RefusingBackend"}}
    assert send_intake_reminders("https://x.example") == (0, 1)
    assert Intake.objects.get(client=portal_client).reminder_sent_at is None
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert send_intake_reminders("https://x.example") == (1, 0)


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPException("refused")


# Query counts of the pages that are not in the benchmark -------------------------------


@pytest.mark.parametrize("questions", [0, 3])
def test_an_intake_step_makes_a_fixed_number_of_queries(
    portal, clinic, questions, django_assert_max_num_queries
):
    for n in range(questions):
        IntakeQuestion.objects.create(clinic=clinic, wording=f"Question {n}")
    portal.post(step("pain"), {"complaint": "x", "regions": ["low_back", "chest"]})
    for name in ["pain", "health", "screen", "consent"]:
        # session, user, intake, questions; on the last step the optional consents so far
        # and the consent text
        with django_assert_max_num_queries(6 if name == "consent" else 4):
            assert portal.get(step(name)).status_code == 200


@pytest.mark.parametrize("amendments", [1, 6])
def test_session_ones_chart_reads_the_intake_in_two_queries(
    practitioner_client, practitioner, first_session, amendments, django_assert_max_num_queries
):
    intake = submitted_intake(first_session.plan.client, flagged=["cancer"])
    intake.review(practitioner, "cleared", "Long ago.")
    for n in range(amendments):
        intake.amend(practitioner, "goals", f"Goal {n}", "Changed")
    with django_assert_max_num_queries(12):
        practitioner_client.get(reverse("care:session_chart", args=[first_session.pk]))
