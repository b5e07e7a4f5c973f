import pytest
from django.contrib import admin
from django.urls import reverse

from clinic.models import AppendOnlyError, AuditEvent
from tests.factories import ClientFactory, PlanFactory, TreatmentSessionFactory

pytestmark = pytest.mark.django_db

Action = AuditEvent.Action


def test_viewing_a_client_is_recorded_with_who_and_from_where(
    practitioner_client, practitioner, client_record
):
    practitioner_client.get(
        reverse("clients:detail", args=[client_record.pk]), REMOTE_ADDR="203.0.113.9"
    )
    event = AuditEvent.objects.get()
    assert (event.action, event.client, event.actor) == (
        Action.VIEW,
        client_record,
        practitioner.user,
    )
    assert event.clinic == client_record.clinic
    assert event.ip_address == "203.0.113.9"


def test_create_change_and_archive_are_recorded(practitioner_client, clinic):
    practitioner_client.post(reverse("clients:create"), {"first_name": "Ada", "last_name": "Ng"})
    client = clinic.clients.get(last_name="Ng")
    practitioner_client.post(
        reverse("clients:edit", args=[client.pk]), {"first_name": "Ada", "last_name": "Ngo"}
    )
    practitioner_client.post(reverse("clients:archive", args=[client.pk]))
    actions = list(
        AuditEvent.objects.filter(client=client).order_by("id").values_list("action", "summary")
    )
    assert actions == [(Action.CREATE, ""), (Action.CHANGE, "last_name"), (Action.ARCHIVE, "")]


def test_charting_signing_and_amending_are_recorded(practitioner_client, practitioner, clinic):
    plan = PlanFactory(lead=practitioner, client__clinic=clinic, series__clinic=clinic)
    session = TreatmentSessionFactory(plan=plan)
    practitioner_client.post(
        reverse("care:session_chart", args=[session.pk]), {"sign": "1", "subjective": "Stiff."}
    )
    practitioner_client.post(
        reverse("care:session_amend", args=[session.pk]),
        {"field": "subjective", "new_text": "Very stiff.", "reason": "Detail"},
    )
    actions = list(
        AuditEvent.objects.filter(record_id=str(session.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [Action.CHANGE, Action.SIGN, Action.AMEND]


def test_the_trail_cannot_be_changed_or_deleted(practitioner_client, client_record):
    practitioner_client.get(reverse("clients:detail", args=[client_record.pk]))
    event = AuditEvent.objects.get()
    event.summary = "nothing happened"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.update(summary="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    model_admin = admin.site._registry[AuditEvent]
    assert not model_admin.has_change_permission(None, event)
    assert not model_admin.has_delete_permission(None, event)
    assert not model_admin.has_add_permission(None)


def test_clinic_admin_reads_and_filters_the_trail(
    client, practitioner, clinic_admin, clinic, other_clinic
):
    ours = ClientFactory(clinic=clinic, last_name="Okafor")
    other = ClientFactory(clinic=clinic, last_name="Lindqvist")
    client.force_login(practitioner.user)
    client.get(reverse("clients:detail", args=[ours.pk]))
    client.get(reverse("clients:detail", args=[other.pk]))
    theirs = ClientFactory(clinic=other_clinic, last_name="Elsewhere")
    AuditEvent.objects.create(
        clinic=other_clinic,
        actor=None,
        actor_name="Someone",
        action=Action.VIEW,
        client=theirs,
        record_type="client",
    )
    client.force_login(clinic_admin.user)
    page = client.get(reverse("team:audit_log"))
    assert "Okafor" in page.text and "Lindqvist" in page.text
    assert "Elsewhere" not in page.text
    filtered = client.get(reverse("team:audit_log"), {"client": "okafor"})
    assert "Okafor" in filtered.text and "Lindqvist" not in filtered.text


def test_only_clinic_admins_read_the_trail(practitioner_client, client, portal_client):
    assert practitioner_client.get(reverse("team:audit_log")).status_code == 404
    client.force_login(portal_client.user)
    assert client.get(reverse("team:audit_log")).status_code == 404


@pytest.mark.parametrize(
    ("proxies", "forwarded", "recorded"),
    [
        (0, "198.51.100.7", "10.0.0.2"),  # no proxy of ours: the header is the visitor's own
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "192.0.2.66, 198.51.100.7", "198.51.100.7"),  # what the visitor wrote is skipped
        (2, "198.51.100.7, 10.0.0.9", "198.51.100.7"),
        (1, "not an address", "10.0.0.2"),
        (2, "198.51.100.7", "10.0.0.2"),  # fewer entries than proxies
    ],
)
def test_behind_proxies_the_visitors_address_is_recorded(
    practitioner_client, client_record, settings, proxies, forwarded, recorded
):
    settings.PROXY_COUNT = proxies
    practitioner_client.get(
        reverse("clients:detail", args=[client_record.pk]),
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=forwarded,
    )
    assert AuditEvent.objects.get().ip_address == recorded
