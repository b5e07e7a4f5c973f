"""The site administration's pages render with the project's form renderer (its widgets
come from the admin's own templates)."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import ClientFactory

pytestmark = pytest.mark.django_db


def test_every_admin_add_and_change_page_renders(admin_client, clinic):
    record = ClientFactory(clinic=clinic)
    for model in admin.site._registry:
        meta = model._meta
        add = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
        assert add.status_code in (200, 403), f"{meta.label} add page: {add.status_code}"
        if add.status_code == 200:  # 403: the audit trail refuses additions
            assert 'name="_save"' in add.text, f"{meta.label} add page has no form"
        listing = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        assert listing.status_code == 200, f"{meta.label} list: {listing.status_code}"
        row = model.objects.first()
        if row is not None:
            change = admin_client.get(
                reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[row.pk])
            )
            assert change.status_code == 200, f"{meta.label} change page: {change.status_code}"
            titles = [f"| {verb} {meta.verbose_name} |" for verb in ("Change", "View")]
            assert any(title in change.text for title in titles), f"{meta.label} change page"
    page = admin_client.get(reverse("admin:clinic_client_change", args=[record.pk])).text
    assert '<select name="clinic"' in page and 'class="related-widget-wrapper"' in page
