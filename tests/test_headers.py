"""Headers every answer carries, whatever the page."""

import pytest
from django.http import HttpResponse
from django.urls import reverse

from clinic.middleware import PermissionsPolicyMiddleware, permissions_policy

pytestmark = pytest.mark.django_db


def test_a_static_file_keeps_its_cache_for_a_signed_in_user(practitioner_client, settings):
    settings.WHITENOISE_USE_FINDERS = True  # the tests have no collected STATIC_ROOT
    response = practitioner_client.get("/static/css/app.css")
    assert response.status_code == 200
    assert "max-age=" in response["Cache-Control"]
    assert "no-store" not in response["Cache-Control"]
    response.close()


def test_a_page_for_a_signed_in_user_is_not_stored(practitioner_client):
    assert practitioner_client.get(reverse("care:dashboard"))["Cache-Control"] == "no-store"


def test_a_public_page_is_left_to_its_view(client):
    assert "Cache-Control" not in client.get(reverse("hello"))


def policy(response):
    return dict(part.split("=", 1) for part in response["Permissions-Policy"].split(", "))


def test_every_answer_switches_off_the_camera_microphone_location_and_payment(
    client, practitioner_client, settings
):
    settings.WHITENOISE_USE_FINDERS = True
    answers = [
        client.get(reverse("login")),
        client.get("/no-such-page/"),
        practitioner_client.get(reverse("care:dashboard")),
        practitioner_client.get("/static/css/app.css"),
    ]
    for response in answers:
        features = policy(response)
        for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
            assert features[feature] == "()", (response.status_code, feature)
        response.close()


def test_a_view_can_allow_a_feature_for_its_own_page(rf):
    @permissions_policy(camera=["self"], display_capture=["self", "https://clips.example"])
    def take_photo(request):
        return HttpResponse("Say cheese")

    response = PermissionsPolicyMiddleware(take_photo)(rf.get("/photo"))
    features = policy(response)
    assert features["camera"] == "(self)"
    assert features["display-capture"] == '(self "https://clips.example")'
    assert features["microphone"] == "()"  # the rest stays off
