import pytest
from django.urls import reverse

from sessions.models import PainRegion, SignedSessionError, TreatmentSession
from tests.factories import (
    AmendmentFactory,
    PainRegionFactory,
    PlanFactory,
    TechniqueFactory,
    TreatmentSessionFactory,
    completed_sessions,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(clinic, practitioner, client_record):
    return PlanFactory(client=client_record, lead=practitioner, series__clinic=clinic)


@pytest.fixture
def planned(plan):
    return TreatmentSessionFactory(plan=plan, number=1)


def chart(practitioner_client, session, **data):
    return practitioner_client.post(reverse("care:session_chart", args=[session.pk]), data)


def test_chart_page_shows_the_steps_focus(practitioner_client, planned):
    response = practitioner_client.get(reverse("care:session_chart", args=[planned.pk]))
    assert "This session: Step 1" in response.text
    assert "Focus of step 1" in response.text


def test_saving_a_draft_keeps_everything_and_leaves_it_editable(practitioner_client, planned):
    technique = TechniqueFactory()
    response = chart(
        practitioner_client,
        planned,
        save="1",
        pain_before="7",
        pain_after="4",
        pelvic_tilt="anterior",
        hamstrings="locked_long",
        techniques=[technique.pk],
        subjective="Stiff after driving.",
        **{
            "low_back-marked": "on",
            "low_back-intensity": "7",
            "low_back-kind": "referred",
            "low_back-source": "Iliopsoas trigger point",
            "upper_back-marked": "on",
            "upper_back-intensity": "3",
            "upper_back-kind": "local",
        },
    )
    assert response.status_code == 302
    planned.refresh_from_db()
    assert (planned.pain_before, planned.pain_after) == (7, 4)
    assert planned.status == TreatmentSession.Status.COMPLETED
    assert not planned.is_signed
    assert planned.pelvic_tilt == "anterior"
    assert list(planned.techniques.all()) == [technique]
    regions = {r.region: r for r in planned.pain_regions.all()}
    assert regions["low_back"].kind == PainRegion.Kind.REFERRED
    assert regions["low_back"].source == "Iliopsoas trigger point"
    assert regions["upper_back"].intensity == 3


def test_htmx_draft_save_answers_with_the_form_and_a_saved_time(practitioner_client, planned):
    response = practitioner_client.post(
        reverse("care:session_chart", args=[planned.pk]),
        {"save": "1", "pain_before": "5"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "Draft saved at" in response.text
    assert "<html" not in response.text


@pytest.mark.parametrize("value", ["11", "-1", "seven"])
def test_pain_outside_0_to_10_is_refused_with_the_text_kept(practitioner_client, planned, value):
    response = chart(
        practitioner_client, planned, save="1", pain_before=value, subjective="Keep me."
    )
    assert response.status_code == 200
    assert "Keep me." in response.text
    assert "Please correct the highlighted fields" in response.text
    planned.refresh_from_db()
    assert planned.pain_before is None


def test_typed_markup_comes_back_as_text_not_markup(practitioner_client, planned):
    typed = "<script>alert('x')</script>"
    response = chart(practitioner_client, planned, save="1", pain_before="11", subjective=typed)
    assert typed not in response.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in response.text


def test_a_marked_region_needs_an_intensity(practitioner_client, planned):
    response = chart(practitioner_client, planned, save="1", **{"abdomen-marked": "on"})
    assert "Give the intensity for abdomen." in response.text
    assert not planned.pain_regions.exists()


def test_htmx_sign_redirects_to_the_signed_note(practitioner_client, planned):
    response = practitioner_client.post(
        reverse("care:session_chart", args=[planned.pk]),
        {"sign": "1", "pain_before": "5", "pain_after": "3"},
        headers={"HX-Request": "true"},
    )
    assert response.headers["HX-Redirect"] == reverse("care:session_detail", args=[planned.pk])
    planned.refresh_from_db()
    assert planned.is_signed


def test_new_chart_starts_from_the_previous_sessions_findings(practitioner_client, plan):
    first = completed_sessions(plan, [(7, 5)], signed=False)[0]
    first.pelvic_tilt = "anterior"
    first.next_focus = "Work the left psoas."
    first.save()
    PainRegionFactory(session=first, region="groin_l", intensity=5)
    second = TreatmentSessionFactory(plan=plan, number=2)
    response = practitioner_client.get(reverse("care:session_chart", args=[second.pk]))
    assert "Planned focus for today: Work the left psoas." in response.text
    assert response.context["form"]["pelvic_tilt"].value() == "anterior"
    assert response.context["body_map"]["groin_l-marked"].value() is True


def test_another_practitioner_cannot_edit_a_draft_that_is_not_theirs(client, clinic, planned):
    from tests.factories import PractitionerFactory

    colleague = PractitionerFactory(clinic=clinic)
    client.force_login(colleague.user)
    response = client.post(reverse("care:session_chart", args=[planned.pk]), {"subjective": "Mine"})
    assert response.headers["Location"] == reverse("care:session_detail", args=[planned.pk])
    planned.refresh_from_db()
    assert planned.subjective == ""


def test_cancel_and_no_show_mark_a_planned_session(practitioner_client, plan):
    session = TreatmentSessionFactory(plan=plan, number=1)
    practitioner_client.post(reverse("care:session_no_show", args=[session.pk]))
    session.refresh_from_db()
    assert session.status == TreatmentSession.Status.NO_SHOW
    # The number is free again for the next booking.
    assert plan.next_number() == 1


def test_signed_session_refuses_save_update_and_delete(plan):
    session = completed_sessions(plan, [(6, 4)])[0]
    session.refresh_from_db()
    session.subjective = "Rewritten history"
    with pytest.raises(SignedSessionError):
        session.save()
    with pytest.raises(SignedSessionError):
        TreatmentSession.objects.filter(pk=session.pk).update(subjective="Sneaky")
    with pytest.raises(SignedSessionError):
        session.delete()
    with pytest.raises(SignedSessionError):
        PainRegion(session=session, region="abdomen", intensity=2).save()
    session.refresh_from_db()
    assert session.subjective == ""


def test_signed_session_chart_url_shows_the_read_only_note(practitioner_client, plan):
    session = completed_sessions(plan, [(6, 4)])[0]
    url = reverse("care:session_chart", args=[session.pk])
    assert practitioner_client.get(url).headers["Location"] == reverse(
        "care:session_detail", args=[session.pk]
    )
    late = practitioner_client.post(url, {"subjective": "Changed"})
    assert "signed this note" in late.text
    assert "Changed" in late.text
    session.refresh_from_db()
    assert session.subjective == ""


def test_signing_the_last_session_completes_the_plan(practitioner_client, clinic, plan):
    plan.session_count = 2
    plan.save()
    completed_sessions(plan, [(6, 4)])
    last = TreatmentSessionFactory(plan=plan, number=2)
    chart(practitioner_client, last, sign="1", pain_before="3", pain_after="1")
    plan.refresh_from_db()
    assert plan.status == plan.Status.COMPLETED


def test_amendment_keeps_the_original_and_shows_who_changed_what(
    practitioner_client, practitioner, plan
):
    session = completed_sessions(plan, [(6, 4)], signed=False)[0]
    session.subjective = "Pain on the rigth side."
    session.signed_at, session.signed_by = session.scheduled_at, practitioner
    session.save()
    response = practitioner_client.post(
        reverse("care:session_amend", args=[session.pk]),
        {"field": "subjective", "new_text": "Pain on the right side.", "reason": "Spelling"},
        follow=True,
    )
    session.refresh_from_db()
    assert session.subjective == "Pain on the rigth side."
    amendment = session.amendments.get()
    assert amendment.old_text == "Pain on the rigth side."
    assert amendment.author == practitioner
    assert "Pain on the right side." in response.text
    assert "Original, as signed:" in response.text
    assert f"{practitioner}, " in response.text
    assert "(Spelling)" in response.text


def test_amending_with_unchanged_text_is_refused(practitioner_client, plan):
    session = completed_sessions(plan, [(6, 4)])[0]
    AmendmentFactory(session=session, new_text="Already corrected.")
    response = practitioner_client.post(
        reverse("care:session_amend", args=[session.pk]),
        {"field": "subjective", "new_text": "Already corrected.", "reason": "Again"},
    )
    assert "same as the current text" in response.text
    assert session.amendments.count() == 1


def test_drafts_cannot_be_amended(practitioner_client, planned):
    assert (
        practitioner_client.get(reverse("care:session_amend", args=[planned.pk])).status_code == 404
    )
