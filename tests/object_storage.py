"""Uploads on a real S3-compatible server, for the tests marked `storage`.

With TEST_OBJECT_STORAGE=s3 (as .ci/run sets for its third pass), the run starts moto's
S3 server as a process of its own on 127.0.0.1 and points Django's default storage at it
over HTTP; otherwise uploads go to a temporary folder. Either way the tests are the same.
"""

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

from django.test import override_settings

from clinic.settings import object_storage

BUCKET = "bodywork-test-uploads"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "test-key", "AWS_SECRET_ACCESS_KEY": "test-secret"}
START_SECONDS = 30


def wanted():
    return os.environ.get("TEST_OBJECT_STORAGE") == "s3"


@contextmanager
def s3_server():
    """Runs the S3 server for as long as the block lasts; yields its endpoint URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("The S3 test server did not start.") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def uploads_on_s3():
    import boto3

    os.environ.update(CREDENTIALS)
    with s3_server() as endpoint:
        boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(
            Bucket=BUCKET
        )
        storage = object_storage(BUCKET, endpoint_url=endpoint, region="us-east-1")
        with override_settings(
            STORAGES={
                "default": storage,
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
            }
        ):
            yield endpoint
