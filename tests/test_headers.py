"""Headers every answer carries, whatever the page."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_static_file_keeps_its_cache_for_a_signed_in_user(practitioner_client, settings):
    settings.WHITENOISE_USE_FINDERS = True  # the tests have no collected STATIC_ROOT
    response = practitioner_client.get("/static/css/app.css")
    assert response.status_code == 200
    assert "max-age=" in response["Cache-Control"]
    assert "no-store" not in response["Cache-Control"]
    response.close()


def test_a_page_for_a_signed_in_user_is_not_stored(practitioner_client):
    assert practitioner_client.get(reverse("dashboard"))["Cache-Control"] == "no-store"


def test_a_public_page_is_left_to_its_view(client):
    assert "Cache-Control" not in client.get(reverse("hello"))
