"""Where uploads are kept: the local folder by default, the object store when configured."""

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.urls import reverse

from clinic.library.models import Exercise
from tests import object_storage
from tests.test_library import exercise_data, picture

pytestmark = [pytest.mark.django_db, pytest.mark.storage]


def test_an_uploaded_picture_is_kept_by_the_configured_storage_and_served_back(
    practitioner_client,
):
    practitioner_client.post(reverse("library:create"), exercise_data(image=picture()))
    exercise = Exercise.objects.get(name="Wall sit with a ball")
    name = exercise.image.name

    assert default_storage.exists(name)
    on_disk = (settings.MEDIA_ROOT / name).exists()
    if object_storage.wanted():
        import boto3

        s3 = boto3.client(
            "s3",
            endpoint_url=default_storage.endpoint_url,
            region_name="us-east-1",
        )
        stored = s3.get_object(Bucket=object_storage.BUCKET, Key=name)["Body"].read()
        assert stored[:8] == b"\x89PNG\r\n\x1a\n"
        assert not on_disk
    else:
        assert on_disk

    served = practitioner_client.get(reverse("library:image", args=[exercise.pk]))
    assert served.status_code == 200
    assert b"".join(served.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"
    served.close()
