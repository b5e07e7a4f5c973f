"""Random and hostile text, numbers and Unicode thrown at the main forms and the searches.

What must hold for every input:
- the answer is a page (200) or a redirect (302), never a 500;
- a refused form says why on the page, and nothing was saved;
- an accepted form stored only what the rules allow (pain 0–10, doses in range, dates
  neither in the future nor older than anyone alive, every value fitting its column);
- no NUL character reaches the database. SQLite stores "\\x00" without complaint, but
  PostgreSQL (production, and CI) refuses it and the request would crash. `nul_refused`
  makes SQLite refuse it the same way, so these tests catch that crash on either database;
  `assert_storable` likewise catches a value longer than its column, which SQLite keeps
  and PostgreSQL refuses.

Each example runs inside a savepoint that is rolled back, so examples do not see each
other's rows; the people and records they act on are created once per test function.
"""

import datetime
import html
import zoneinfo
from contextlib import contextmanager
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import validate_email
from django.db import DataError, connection, models, transaction
from django.test import Client as Browser
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from clinic.library.models import Exercise
from clinic.models import Client, Clinic
from sessions.bodymap import REGIONS
from sessions.models import (
    AdherenceEntry,
    HomeProgram,
    PainRegion,
    ProgramItem,
    TreatmentSession,
)
from tests import factories

HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    database=None,  # no example database: every run starts from the same strategies
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Strategies ----------------------------------------------------------------------------

NASTY = [
    "\x00",
    "Ada\x00",
    "\x00\x00\x00",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE clinic_client; --",
    "%",
    "_",
    "\\",
    "%_\\%",
    "{stretch}",
    "{{ request }}",
    "{% debug %}",
    "\u202eevil",  # right-to-left override
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark
    "\r\n\t\x0b\x0c",
    "\x1b[31mred",
    "\x7f\x85\u2028\u2029",
    "😀" * 30,
    "𒐫" * 40,  # a wide cuneiform sign
    "ﷺ" * 40,  # expands under NFKC
    "ß" * 101,
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "null",
    "None",
    "undefined",
    "../../../../etc/passwd",
]
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F)
hostile_text = st.one_of(
    st.text(),  # any Unicode but surrogates, control characters included
    st.text(alphabet=CONTROL, max_size=12),
    st.sampled_from(NASTY),
    st.text(max_size=20).map(lambda s: f"{s}\x00{s}"),
    st.builds(
        lambda char, size: char * size,
        st.sampled_from(["x", "é", "😀", " ", "\x00", "<"]),
        st.integers(min_value=99, max_value=20_000),
    ),
)
NUMBERS = [
    "",
    " ",
    "0",
    "10",
    "11",
    "-1",
    "-0",
    "+3",
    " 5 ",
    "3.0",
    "3.5",
    "1e9",
    "1E1",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "0x10",
    "1_0",
    "１０",  # full-width digits
    "٣",  # an Arabic-Indic three
    "½",
    "9" * 30,
    "9" * 5000,
    "32768",
    "65536",
    "2147483648",
    "9223372036854775808",
]
numbers_as_text = st.one_of(
    st.sampled_from(NUMBERS),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.integers(min_value=-2, max_value=25).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=True).map(str),
    hostile_text,
)
DATES = [
    "0000-00-00",
    "0001-01-01",
    "1900-01-01",
    "9999-12-31",
    "2026-02-30",
    "2023-02-29",
    "2024-02-29",
    "2024-13-01",
    "2024-00-10",
    "-2024-01-01",
    "20240101",
    "2024/01/01",
    "01/02/2024",
    "12/31/99",
    "2024-01-01T00:00:00",
    "１９８０-０１-０１",
]
dates_as_text = st.one_of(
    st.sampled_from(DATES),
    st.dates().map(datetime.date.isoformat),
    st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2025, 12, 31)).map(
        datetime.date.isoformat
    ),
    st.just(""),
    hostile_text,
)


def sometimes(valid, hostile):
    """Valid values often enough that accepted forms are tried too."""
    return st.one_of(valid, hostile)


def iso(start, end):
    return st.dates(min_value=start, max_value=end).map(datetime.date.isoformat)


PLAIN = st.sampled_from(["", "Sore after gardening.", "Épaule droite, côté gauche", "腰痛"])


@st.composite
def form_data(draw, valid, hostile, max_corrupted=3, max_missing=2):
    """A form filled in as a person would, then up to `max_corrupted` fields replaced by
    hostile values and up to `max_missing` left out: both refusals and acceptances."""
    data = {name: draw(strategy) for name, strategy in valid.items()}
    names = st.sampled_from(sorted(valid))
    for name in draw(st.lists(names, max_size=max_missing, unique=True)):
        del data[name]
    for name in draw(
        st.lists(st.sampled_from(sorted(hostile)), max_size=max_corrupted, unique=True)
    ):
        data[name] = draw(hostile[name])
    return data


# Helpers -------------------------------------------------------------------------------


def nul_refused(execute, sql, params, many, context):
    """What psycopg does with a NUL character in a query parameter."""
    for row in (params or []) if many else [params or ()]:
        values = row.values() if isinstance(row, dict) else row
        for value in values:
            if isinstance(value, str) and "\x00" in value:
                raise DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes")
    return execute(sql, params, many, context)


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def send(browser, method, url, data=None, allowed=(200, 302)):
    try:
        with connection.execute_wrapper(nul_refused):
            response = getattr(browser, method)(url, data or {})
    except Exception as error:  # the test client re-raises what would be a 500
        raise AssertionError(
            f"{method.upper()} {url} answered 500: {type(error).__name__}: {error}"
        ) from error
    assert response.status_code in allowed, (method, url, response.status_code)
    return response


def assert_storable(rows):
    """Every text value fits its column, and none holds a NUL character."""
    for row in rows:
        for field in row._meta.concrete_fields:
            value = getattr(row, field.attname)
            if not isinstance(value, str):
                continue
            label = f"{row._meta.label}.{field.name}"
            assert "\x00" not in value, f"{label} stored a NUL character: {value!r}"
            if isinstance(field, models.CharField) and field.max_length:
                assert len(value) <= field.max_length, (
                    f"{label} stored {len(value)} characters, its column holds "
                    f"{field.max_length}: {value[:60]!r}…"
                )


def assert_refusal_shown(response, *forms, unshown=()):
    """The page says the form was refused, and shows every message of the form but those
    of the fields in `unshown`."""
    page = response.content.decode()
    shown = html.unescape(page)  # escaped by Django's templates or by Jinja2's, which differ
    assert 'role="alert"' in page, "a refused form must say so at the top"
    assert any(form.errors for form in forms), "refused without a single error"
    for form in forms:
        for name, errors in form.errors.items():
            if name.rpartition("-")[2] in unshown:
                continue
            for message in errors:
                assert message in shown, f"the page does not show {message!r}"


def row_values(queryset):
    return list(queryset.order_by("pk").values_list())


def within_a_lifetime(day, today):
    return today.replace(year=today.year - 120) <= day <= today


# The people and records the examples act on ------------------------------------------


@pytest.fixture
def place(db):
    clinic = factories.ClinicFactory(name="Harbour", time_zone="America/Chicago")
    admin = factories.CredentialFactory(
        practitioner=factories.ClinicAdminFactory(clinic=clinic)
    ).practitioner
    practitioner = factories.CredentialFactory(practitioner__clinic=clinic).practitioner
    client = factories.PortalClientFactory(clinic=clinic, first_name="Ada", last_name="Lovell")
    factories.ClientFactory(clinic=clinic, first_name="Bea", last_name="Brook")
    plan = factories.PlanFactory(
        client=client, series=factories.SeriesFactory(clinic=clinic), lead=practitioner
    )
    session = factories.TreatmentSessionFactory(plan=plan, number=1)
    technique = factories.TechniqueFactory(clinic=clinic)
    exercise = factories.ExerciseFactory(clinic=clinic, name="Band row")
    current = factories.ProgramFactory(client=client, created_by=practitioner, exercises=[exercise])
    draft = HomeProgram.draft_for(client, practitioner)

    def signed_in(person):
        browser = Browser()
        browser.force_login(person.user)
        return browser

    return {
        "clinic": clinic,
        "client": client,
        "session": session,
        "technique": technique,
        "item": current.items.get(),
        "draft_item": draft.items.get(),
        "practitioner": signed_in(practitioner),
        "admin": signed_in(admin),
        "portal": signed_in(client),
        "anonymous": Browser(),
        "email": client.user.email,
    }


# Clients: the form and the search ------------------------------------------------------

D = datetime.date
CLIENT_VALID = {
    "first_name": st.sampled_from(["Ada", "Łukasz", "O'Brien", "李", "Zoë"]),
    "last_name": st.sampled_from(["Lovell", "Nuñez", "D'Arcy", "Smith-Jones"]),
    "date_of_birth": st.one_of(st.just(""), iso(D(1930, 1, 1), D(2015, 12, 31))),
    "email": st.sampled_from(["", "ada@example.org", "ü@exämple.org"]),
    "phone": st.sampled_from(["", "(555) 010-1234", "+44 20 7946 0000"]),
    "occupation": st.sampled_from(["", "Nurse", "Développeuse"]),
    "activity_level": st.sampled_from(["", *Client.ActivityLevel.values]),
    "complaint_onset": st.one_of(st.just(""), iso(D(2016, 1, 1), D(2025, 12, 31))),
    "main_complaint": PLAIN,
    "consent_given_on": st.one_of(st.just(""), iso(D(2020, 1, 1), D(2025, 12, 31))),
}
CLIENT_HOSTILE = {
    **dict.fromkeys(["first_name", "last_name", "email", "phone", "occupation"], hostile_text),
    **dict.fromkeys(["activity_level", "main_complaint"], hostile_text),
    **dict.fromkeys(["date_of_birth", "complaint_onset", "consent_given_on"], dates_as_text),
}
client_data = form_data(CLIENT_VALID, CLIENT_HOSTILE)


def check_stored_client(client):
    today = timezone.localdate()
    assert_storable([client])
    assert client.first_name.strip() and client.last_name.strip()
    if client.email:
        validate_email(client.email)
    assert client.activity_level in {"", *Client.ActivityLevel.values}
    for name in ["date_of_birth", "complaint_onset", "consent_given_on"]:
        day = getattr(client, name)
        assert day is None or within_a_lifetime(day, today), f"{name} stored as {day}"
    if client.date_of_birth and client.complaint_onset:
        assert client.complaint_onset >= client.date_of_birth


@pytest.mark.parametrize("url_name", ["clients:create", "clients:edit"])
@HYPOTHESIS
@given(data=client_data)
@example(data={"first_name": "Ada\x00", "last_name": "Lovell"})
@example(data={"first_name": "Ada", "last_name": "Lovell", "complaint_onset": "0001-01-01"})
@example(data={"first_name": "Ada", "last_name": "Lovell", "consent_given_on": "0001-01-01"})
def test_the_client_form_refuses_or_stores_within_the_rules(place, url_name, data):
    assume(data)  # an empty POST shows the blank form, like a GET
    browser = place["practitioner"]
    args = [place["client"].pk] if url_name == "clients:edit" else []
    url = reverse(url_name, args=args)
    with rolled_back():
        before = row_values(Client.objects.all())
        response = send(browser, "post", url, data)
        if response.status_code == 200:
            event("refused")
            assert_refusal_shown(response, response.context["form"])
            assert row_values(Client.objects.all()) == before, "a refused form saved something"
        else:
            event("accepted")
            if url_name == "clients:edit":
                client = Client.objects.get(pk=place["client"].pk)
            else:
                client = Client.objects.order_by("-pk").first()
                assert client.pk not in [row[0] for row in before]
            check_stored_client(client)
            send(browser, "get", reverse("clients:detail", args=[client.pk]), allowed=(200,))
            send(browser, "get", reverse("clients:list"), {"q": client.last_name}, allowed=(200,))


@HYPOTHESIS
@given(query=hostile_text, page=numbers_as_text, archived=st.sampled_from(["", "1", "\x00"]))
@example(query="a\x00b", page="1", archived="")
def test_the_client_search_answers_every_query(place, query, page, archived):
    with rolled_back():
        params = {"q": query, "page": page, "archived": archived}
        response = send(place["practitioner"], "get", reverse("clients:list"), params, (200,))
        shown = query.strip()[:100]
        if "<" in shown and len(shown) > 6:
            assert shown not in response.content.decode(), "the query is echoed unescaped"


# The exercise library search -----------------------------------------------------------


@HYPOTHESIS
@given(
    query=hostile_text,
    kind=sometimes(st.sampled_from(Exercise.Kind.values), hostile_text),
    muscle=sometimes(st.sampled_from(["", "psoas", "obliques"]), hostile_text),
    page=numbers_as_text,
)
@example(query="a\x00b", kind="", muscle="", page="1")
@example(query="", kind="", muscle="a\x00b", page="1")
@example(query="", kind="", muscle="(((", page="1")
def test_the_library_search_answers_every_query(place, query, kind, muscle, page):
    with rolled_back():
        params = {"q": query, "kind": kind, "muscle": muscle, "page": page}
        response = send(place["practitioner"], "get", reverse("library:index"), params, (200,))
        shown = query.strip()[:100]
        if "<" in shown and len(shown) > 6:
            assert shown not in response.content.decode(), "the query is echoed unescaped"


# The session chart ---------------------------------------------------------------------

POSTURE_CHOICES = {
    name: [v for v, _ in TreatmentSession._meta.get_field(name).choices]
    for name in TreatmentSession.POSTURE_FIELDS
}
REGION_CODES = [code for code, _ in REGIONS]
PAIN = st.one_of(st.just(""), st.integers(min_value=0, max_value=10).map(str))
ROW_VALID = {
    "marked": st.just("on"),
    "intensity": st.integers(min_value=0, max_value=10).map(str),
    "kind": st.sampled_from(["local", "referred"]),
    "source": st.sampled_from(["", "Piriformis"]),
}
ROW_HOSTILE = {
    "marked": st.sampled_from(["", "false", "0", "1", "\x00", "off"]),
    "intensity": numbers_as_text,
    "kind": hostile_text,
    "source": hostile_text,
}
body_map_rows = st.dictionaries(
    st.sampled_from(REGION_CODES),
    form_data(ROW_VALID, ROW_HOSTILE, max_corrupted=2, max_missing=1),
    max_size=4,
)
TEXTS = ["posture_notes", "subjective", "objective", "assessment", "treatment", "next_focus"]
CHART_VALID = {
    "pain_before": PAIN,
    "pain_after": PAIN,
    **{name: st.sampled_from(["", *choices]) for name, choices in POSTURE_CHOICES.items()},
    **dict.fromkeys(TEXTS, PLAIN),
    "techniques": st.sampled_from([[], ["TECHNIQUE"]]),
    "sign": st.sampled_from(["1", ""]),
}
CHART_HOSTILE = {
    "pain_before": numbers_as_text,
    "pain_after": numbers_as_text,
    **dict.fromkeys(POSTURE_CHOICES, hostile_text),
    **dict.fromkeys(TEXTS, hostile_text),
    "techniques": st.lists(
        st.sampled_from(["TECHNIQUE", "0", "-1", "1e9", "abc", "9" * 25, "\x00"]), min_size=1
    ),
}
chart_fields = form_data(CHART_VALID, CHART_HOSTILE)


def chart_post(fields, rows, technique):
    data = dict(fields)
    if "techniques" in data:
        data["techniques"] = [str(technique) if v == "TECHNIQUE" else v for v in data["techniques"]]
    if data.get("sign") == "":
        del data["sign"]
    if data.get("techniques") == []:
        del data["techniques"]
    for code, row in rows.items():
        data.update({f"{code}-{key}": value for key, value in row.items()})
    return data


def check_stored_chart(session):
    assert_storable([session])
    for name in ["pain_before", "pain_after"]:
        value = getattr(session, name)
        assert value is None or 0 <= value <= 10, f"{name} stored as {value}"
    for name, choices in POSTURE_CHOICES.items():
        assert getattr(session, name) in {"", *choices}
    regions = list(session.pain_regions.all())
    assert_storable(regions)
    for region in regions:
        assert region.region in REGION_CODES
        assert 0 <= region.intensity <= 10
        assert region.kind in PainRegion.Kind.values


def chart_snapshot(session_pk):
    return (
        row_values(TreatmentSession.objects.filter(pk=session_pk)),
        row_values(PainRegion.objects.filter(session_id=session_pk)),
        row_values(
            TreatmentSession.techniques.through.objects.filter(treatmentsession_id=session_pk)
        ),
    )


@HYPOTHESIS
@given(fields=chart_fields, rows=body_map_rows)
@example(fields={"subjective": "Sore\x00"}, rows={})
@example(fields={"subjective": "Better", "techniques": ["9" * 25]}, rows={})
@example(
    fields={"pain_before": "11"},
    rows={"low_back": {"marked": "on", "intensity": "1e9", "kind": "local", "source": ""}},
)
def test_the_session_chart_refuses_or_stores_within_the_rules(place, fields, rows):
    data = chart_post(fields, rows, place["technique"].pk)
    assume(data)  # an empty POST shows the chart, like a GET
    browser = place["practitioner"]
    session_pk = place["session"].pk
    url = reverse("care:session_chart", args=[session_pk])
    with rolled_back():
        before = chart_snapshot(session_pk)
        response = send(browser, "post", url, data)
        if response.status_code == 200:
            event("refused")
            context = response.context
            # A body-map row shows its intensity's message; a wrong "kind" (a radio group)
            # or a "source" over 120 characters (the input's maxlength) cannot come from a
            # browser, and only get the banner above the body map.
            unshown = ("kind", "source")
            assert_refusal_shown(response, context["form"], context["body_map"], unshown=unshown)
            assert chart_snapshot(session_pk) == before, "a refused chart saved something"
        else:
            event("accepted")
            session = TreatmentSession.objects.get(pk=session_pk)
            assert session.status == TreatmentSession.Status.COMPLETED
            check_stored_chart(session)
            send(browser, "get", reverse("care:session_detail", args=[session_pk]), allowed=(200,))


# The dose of a program item ------------------------------------------------------------

DOSE_NUMBERS = {
    "sets": (1, 20),
    "repetitions": (1, 200),
    "hold_seconds": (1, 600),
    "frequency": (1, 14),
}
DOSE_VALID = {
    **{
        name: st.integers(min_value=low, max_value=high).map(str)
        for name, (low, high) in DOSE_NUMBERS.items()
    },
    "side": st.sampled_from(ProgramItem.Side.values),
    "per": st.sampled_from(ProgramItem.Per.values),
    "dose_notes": PLAIN,
}
DOSE_HOSTILE = {
    **dict.fromkeys(DOSE_NUMBERS, numbers_as_text),
    **dict.fromkeys(["side", "per", "dose_notes"], hostile_text),
}
dose_fields = form_data(DOSE_VALID, DOSE_HOSTILE)


@HYPOTHESIS
@given(fields=dose_fields)
@example(fields={"sets": "3", "frequency": "1", "side": "both", "per": "day", "dose_notes": "\x00"})
@example(fields={"sets": "1e9", "frequency": "NaN", "side": "both", "per": "day"})
def test_the_dose_form_refuses_or_stores_within_the_rules(place, fields):
    browser = place["practitioner"]
    item = place["draft_item"]
    url = reverse("clients:program_item_update", args=[place["client"].pk, item.pk])
    data = {f"item-{item.pk}-{name}": value for name, value in fields.items()}
    with rolled_back():
        before = row_values(ProgramItem.objects.filter(pk=item.pk))
        response = send(browser, "post", url, data)
        if response.status_code == 200:
            event("refused")
            assert_refusal_shown(response, response.context["form"])
            assert row_values(ProgramItem.objects.filter(pk=item.pk)) == before
        else:
            event("accepted")
            stored = ProgramItem.objects.get(pk=item.pk)
            assert_storable([stored])
            for name, (low, high) in DOSE_NUMBERS.items():
                value = getattr(stored, name)
                assert (value is None and name != "frequency") or low <= value <= high, (
                    f"{name} stored as {value}"
                )
            assert stored.side in ProgramItem.Side.values
            assert stored.per in ProgramItem.Per.values
            send(
                browser,
                "get",
                reverse("clients:program_builder", args=[place["client"].pk]),
                allowed=(200,),
            )


# The portal's "done today" -------------------------------------------------------------


@HYPOTHESIS
@given(
    fields=form_data(
        {"pain": PAIN, "comment": st.sampled_from(["", "Felt easier"])},
        {"pain": numbers_as_text, "comment": hostile_text},
        max_corrupted=2,
    )
)
@example(fields={"pain": "3", "comment": "Easier\x00"})
@example(fields={"pain": "-1", "comment": ""})
def test_done_today_refuses_or_stores_within_the_rules(place, fields):
    browser = place["portal"]
    item = place["item"]
    url = reverse("portal:log_done", args=[item.key])
    with rolled_back():
        before = row_values(AdherenceEntry.objects.all())
        response = send(browser, "post", url, fields)
        if response.status_code == 200:
            event("refused")
            shown = next(i for i in response.context["items"] if i.pk == item.pk)
            assert_refusal_shown(response, shown.form)
            assert row_values(AdherenceEntry.objects.all()) == before
        else:
            event("accepted")
            entry = AdherenceEntry.objects.get(item=item)
            assert_storable([entry])
            assert entry.pain is None or 0 <= entry.pain <= 10, f"pain stored as {entry.pain}"
            send(browser, "get", reverse("portal:home"), allowed=(200,))
            send(browser, "get", reverse("portal:week"), allowed=(200,))


# Clinic settings -----------------------------------------------------------------------

TIME_ZONES = sorted(zoneinfo.available_timezones())
settings_fields = form_data(
    {
        "name": st.sampled_from(["Harbour", "Clinique Élan", "诊所"]),
        "time_zone": st.sampled_from(TIME_ZONES),
        "stretch_word": st.sampled_from(Clinic.StretchWord.values),
    },
    {
        "name": hostile_text,
        "time_zone": st.one_of(
            st.sampled_from(["localtime", "posixrules", "../../etc/passwd", "UTC\x00", "utc"]),
            hostile_text,
        ),
        "stretch_word": hostile_text,
    },
    max_missing=1,
)


@HYPOTHESIS
@given(fields=settings_fields)
@example(fields={"name": "Harbour\x00", "time_zone": "UTC", "stretch_word": "stretch"})
@example(fields={"name": "Harbour", "time_zone": "UTC\x00", "stretch_word": "stretch"})
def test_clinic_settings_refuse_or_store_within_the_rules(place, fields):
    assume(fields)  # an empty POST shows the settings, like a GET
    browser = place["admin"]
    clinic_pk = place["clinic"].pk
    with rolled_back():
        before = row_values(Clinic.objects.filter(pk=clinic_pk))
        response = send(browser, "post", reverse("team:settings"), fields)
        if response.status_code == 200:
            event("refused")
            assert_refusal_shown(response, response.context["form"])
            assert row_values(Clinic.objects.filter(pk=clinic_pk)) == before
        else:
            event("accepted")
            clinic = Clinic.objects.get(pk=clinic_pk)
            assert_storable([clinic])
            assert clinic.name.strip()
            assert clinic.time_zone in zoneinfo.available_timezones()
            assert clinic.stretch_word in Clinic.StretchWord.values
            send(browser, "get", reverse("care:dashboard"), allowed=(200,))
            send(browser, "get", reverse("team:settings"), allowed=(200,))


# Signing in ----------------------------------------------------------------------------


def sign_in_rows():
    """What django-axes wrote about the attempt."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return [*AccessAttempt.objects.all(), *AccessFailureLog.objects.all(), *AccessLog.objects.all()]


@HYPOTHESIS
@given(
    username=sometimes(
        st.sampled_from(["EMAIL", "EMAIL\x00", " EMAIL ", "EMAIL" * 60]), hostile_text
    ),
    password=sometimes(st.sampled_from(["", "wrong", "\x00"]), hostile_text),
)
@example(username="a\x00@example.org", password="x")
@example(username="a" * 300 + "@example.org", password="x")
@example(username="ﷺ" * 15, password="x")  # 15 characters, 270 once NFKC-normalized
def test_sign_in_refuses_hostile_credentials_with_a_message(place, username, password):
    browser = place["anonymous"]
    username = username.replace("EMAIL", place["email"])
    with rolled_back():
        data = {"username": username, "password": password}
        response = send(browser, "post", reverse("login"), data, allowed=(200,))
        assert_refusal_shown(response, response.context["form"])
        assert "_auth_user_id" not in browser.session
        assert_storable(sign_in_rows())


# Huge numbers in URLs ------------------------------------------------------------------


@HYPOTHESIS
@given(
    number=st.one_of(
        st.integers(min_value=10**6, max_value=10**40),
        st.sampled_from([2**15, 2**31, 2**63 - 1, 2**63, 2**64]),
    ),
    name=st.sampled_from(
        [
            "clients:detail",
            "clients:edit",
            "care:plan_detail",
            "care:session_chart",
            "library:detail",
        ]
    ),
)
def test_huge_ids_in_urls_answer_not_found(place, number, name):
    with rolled_back():
        url = reverse(name, args=[number])
        send(place["practitioner"], "get", url, allowed=(404,))


# Hidden characters ---------------------------------------------------------------------


def test_a_name_with_a_right_to_left_override_is_refused_and_shown_again(place):
    # Shown in a list, "Ann\u202egnp.exe" reads "Annexe.png", and "\u202eTest" runs backwards.
    typed = {"first_name": "Ann\u202egnp.exe", "last_name": "\u202eTest"}
    with rolled_back():
        before = row_values(Client.objects.all())
        response = send(place["practitioner"], "post", reverse("clients:create"), typed)
        assert response.status_code == 200
        page = html.unescape(response.content.decode())
        assert "This contains hidden characters (U+202E right-to-left override)" in page
        assert 'role="alert"' in page
        for value in typed.values():
            assert f'value="{value}"' in page
        assert row_values(Client.objects.all()) == before


def test_text_boxes_keep_line_breaks_but_refuse_direction_marks():
    from clinic.forms import MULTI_LINE, ONE_LINE

    MULTI_LINE("Tight psoas.\r\nLeft side:\tworse")  # accepted
    ONE_LINE("Ada\u200dLovell, Mohammad\u200cReza")  # joiners write some scripts and emoji
    for check, text in [
        (MULTI_LINE, "Better\u2067 today\u2069"),
        (MULTI_LINE, "\u200fnote"),
        (MULTI_LINE, "red\x1b[0m"),
        (ONE_LINE, "Ada\tLovell"),
        (ONE_LINE, "Ada\u2028Lovell"),
        (ONE_LINE, "\ufeffAda"),
    ]:
        with pytest.raises(ValidationError):
            check(text)


# Forms that store nothing, and so may take any text.
UNCHECKED_FORMS = {
    "clinic.forms.SignInForm": "an email and password to check, never stored or shown",
    "clinic.forms.AuditFilterForm": "a search of the audit trail, like the search boxes",
}


def test_every_form_of_the_app_refuses_hidden_characters():
    """A new form, or a form set's form, that does not use clinic.forms.Form or ModelForm
    (PlainTextForm) fails here."""
    import importlib
    import pkgutil

    from django import forms as django_forms

    from clinic.forms import PlainTextForm

    problems, seen = [], set()
    for package in ["clinic", "sessions"]:
        for module_info in pkgutil.walk_packages([package], prefix=f"{package}."):
            name = module_info.name
            if ".migrations" in name or name.endswith((".settings", ".wsgi")):
                continue
            module = importlib.import_module(name)
            for attribute, value in vars(module).items():
                if not isinstance(value, type):
                    continue
                if issubclass(value, django_forms.BaseFormSet) and hasattr(value, "form"):
                    form, label = value.form, f"{name}.{attribute}.form"
                elif issubclass(value, django_forms.BaseForm) and value.__module__ == name:
                    form, label = value, f"{name}.{attribute}"
                else:
                    continue
                seen.add(label)
                if label not in UNCHECKED_FORMS and not issubclass(form, PlainTextForm):
                    problems.append(f"{label} does not refuse hidden characters")
    assert "sessions.forms.ChartForm" in seen and "sessions.forms.StepFormSet.form" in seen
    assert set(UNCHECKED_FORMS) <= seen
    assert not problems, "\n".join(problems)


# Bodies too large to read --------------------------------------------------------------


def test_a_form_with_more_text_than_a_request_may_hold_answers_400_and_saves_nothing(
    place, settings
):
    text = "Sore " * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 5 + 1)
    body = urlencode({"first_name": "Ada", "last_name": "Lovell", "main_complaint": text})
    with rolled_back():
        before = row_values(Client.objects.all())
        response = place["practitioner"].post(
            reverse("clients:create"), body, content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code == 400
        assert "That was too large to send" in response.text
        assert "Nothing was saved" in response.text
        assert row_values(Client.objects.all()) == before


def test_an_upload_over_the_cap_is_refused_before_it_is_read(place, settings):
    settings.UPLOAD_MAX_BYTES = 1024 * 1024
    picture = SimpleUploadedFile("huge.png", b"\x89PNG" + b"0" * (1024 * 1024), "image/png")
    data = {"name": "Huge", "kind": "release", "steps": "One.", "frequency": "1", "side": "both"}
    with rolled_back():
        before = row_values(Exercise.objects.all())
        response = place["practitioner"].post(reverse("library:create"), {**data, "image": picture})
        assert response.status_code == 400
        assert "up to 1 MB of files" in response.text
        assert row_values(Exercise.objects.all()) == before
