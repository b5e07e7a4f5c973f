import pathlib
import shutil
import subprocess

import pytest

from tests import factories, object_storage

LOCALE = pathlib.Path(__file__).resolve().parent.parent / "locale"


def pytest_sessionstart(session):
    """Compiles each translation catalogue whose .po is newer than its .mo (or has none), so
    that the tests read the translations as they are now, not as of the last `make install`:
    someone who edits the .po and runs pytest straight away would otherwise test stale text.
    Before any test, because Django keeps the catalogues it has read for the whole process."""
    for po in LOCALE.glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            if shutil.which("msgfmt") is None:
                pytest.exit("msgfmt is missing: `make install` installs gettext.", returncode=2)
            subprocess.run(["msgfmt", "--check", "-o", str(mo), str(po)], check=True)


@pytest.fixture
def clinic(db):
    return factories.ClinicFactory(name="Harbour Structural Integration", slug="harbour")


@pytest.fixture
def other_clinic(db):
    return factories.ClinicFactory(name="Bayou Bodywork", slug="bayou")


@pytest.fixture
def practitioner(clinic):
    return factories.CredentialFactory(practitioner__clinic=clinic).practitioner


@pytest.fixture
def clinic_admin(clinic):
    return factories.ClinicAdminFactory(clinic=clinic)


@pytest.fixture
def client_record(clinic):
    return factories.ClientFactory(clinic=clinic)


@pytest.fixture
def portal_client(clinic):
    return factories.PortalClientFactory(clinic=clinic)


@pytest.fixture
def practitioner_client(client, practitioner):
    """The test client, signed in as a practitioner."""
    client.force_login(practitioner.user)
    return client


@pytest.fixture
def admin_client_of_clinic(client, clinic_admin):
    client.force_login(clinic_admin.user)
    return client


@pytest.fixture(scope="session", autouse=True)
def _object_storage():
    """Uploads on an S3-compatible server when TEST_OBJECT_STORAGE=s3 (tests/object_storage.py)."""
    if not object_storage.wanted():
        yield None
        return
    with object_storage.uploads_on_s3() as endpoint:
        yield endpoint


@pytest.fixture(autouse=True)
def _language_of_the_settings():
    """Each test starts in the default language: a request leaves its language active in
    the thread (LocaleMiddleware activates, nothing deactivates), and a French page would
    otherwise make the next test read French."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
