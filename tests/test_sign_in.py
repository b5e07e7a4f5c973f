import pytest
from django.core import mail
from django.tasks import default_task_backend
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD, PractitionerFactory, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("login"), {"username": email, "password": password})


def test_practitioner_lands_on_the_dashboard(client, practitioner):
    response = sign_in(client, practitioner.user.email)
    assert response.headers["Location"] == reverse("home")
    assert client.get(reverse("home")).headers["Location"] == reverse("care:dashboard")


def test_client_lands_on_the_portal(client, portal_client):
    sign_in(client, portal_client.user.email)
    response = client.get(reverse("home"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("portal:home")
    assert f"Hello, {portal_client.first_name}" in response.text
    assert "not given you a home program yet" in response.text


def test_the_email_box_is_an_email_input(client):
    page = client.get(reverse("login")).text
    box = page[page.index('name="username"') - 30 : page.index('id="id_username"')]
    assert '<input type="email" name="username"' in box and box.count("type=") == 1


def test_sign_in_ignores_the_case_of_the_email(client, practitioner):
    sign_in(client, practitioner.user.email.upper())
    assert client.get(reverse("care:dashboard")).status_code == 200


def test_wrong_password_shows_an_error_and_keeps_the_email(client, practitioner):
    response = sign_in(client, practitioner.user.email, "not-the-password")
    assert response.status_code == 200
    assert "do not match an account" in response.text
    assert f'value="{practitioner.user.email}"' in response.text
    assert "_auth_user_id" not in client.session


def test_sign_out_ends_the_session(practitioner_client):
    response = practitioner_client.post(reverse("logout"))
    assert response.headers["Location"] == reverse("login")
    assert practitioner_client.get(reverse("care:dashboard")).status_code == 302


def test_password_change_requires_the_old_password(practitioner_client, practitioner):
    response = practitioner_client.post(
        reverse("password_change"),
        {
            "old_password": "wrong",
            "new_password1": "a-fresh-Passw0rd",
            "new_password2": "a-fresh-Passw0rd",
        },
    )
    assert "Your old password was entered incorrectly" in response.text
    practitioner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-fresh-Passw0rd",
            "new_password2": "a-fresh-Passw0rd",
        },
    )
    practitioner.user.refresh_from_db()
    assert practitioner.user.check_password("a-fresh-Passw0rd")


def test_password_reset_answers_the_same_for_known_and_unknown_emails(client, practitioner):
    known = client.post(reverse("password_reset"), {"email": practitioner.user.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.headers["Location"] == unknown.headers["Location"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [practitioner.user.email]
    assert "/accounts/reset/" in mail.outbox[0].body


@pytest.fixture
def queue(settings):
    """Tasks are recorded, not run: what a request enqueued, and a way to run it as the
    worker would."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    return default_task_backend


def run_all(queue):
    for result in queue.results:
        result.task.call(*result.args, **result.kwargs)
    queue.clear()


def test_a_known_and_an_unknown_email_enqueue_the_same_task_and_only_the_known_one_gets_mail(
    client, practitioner, queue
):
    known = client.post(reverse("password_reset"), {"email": practitioner.user.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert (
        known.headers["Location"] == unknown.headers["Location"] == reverse("password_reset_done")
    )
    assert mail.outbox == []  # nothing is sent in the request
    first, second = queue.results
    assert (
        first.task.module_path == second.task.module_path == "clinic.password_reset.send_reset_link"
    )
    assert [type(arg) for arg in first.args] == [type(arg) for arg in second.args]
    assert first.kwargs == second.kwargs == {}
    run_all(queue)
    assert [message.to for message in mail.outbox] == [[practitioner.user.email]]
    assert "/accounts/reset/" in mail.outbox[0].body


def test_the_fourth_reset_in_an_hour_for_one_account_sends_nothing(practitioner, queue):
    for n in range(4):
        # From four addresses, so that only the limit per account applies.
        Client(REMOTE_ADDR=f"198.51.100.{n + 1}").post(
            reverse("password_reset"), {"email": practitioner.user.email}
        )
    assert len(queue.results) == 4
    run_all(queue)
    assert len(mail.outbox) == 3


def test_one_address_asking_too_often_gets_the_same_answer_and_no_more_mail(
    client, practitioner, queue
):
    emails = [f"guess{n}@example.com" for n in range(10)] + [practitioner.user.email]
    answers = [client.post(reverse("password_reset"), {"email": email}) for email in emails]
    assert {answer.headers["Location"] for answer in answers} == {reverse("password_reset_done")}
    assert len(queue.results) == 10  # the eleventh was not enqueued
    run_all(queue)
    assert mail.outbox == []


def test_password_reset_link_sets_a_new_password(client, practitioner):
    client.post(reverse("password_reset"), {"email": practitioner.user.email})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in form_page.text
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "another-Passw0rd!", "new_password2": "another-Passw0rd!"},
    )
    practitioner.user.refresh_from_db()
    assert practitioner.user.check_password("another-Passw0rd!")


def test_user_without_a_clinic_sees_an_explanation(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get(reverse("home"))
    assert "not linked to a clinic" in response.text


def test_inactive_practitioner_cannot_sign_in(client):
    practitioner = PractitionerFactory(user__is_active=False)
    response = sign_in(client, practitioner.user.email)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_five_failed_sign_ins_pause_the_account_with_a_clear_message(client, practitioner):
    for _ in range(5):
        sign_in(client, practitioner.user.email, "wrong-guess")
    response = sign_in(client, practitioner.user.email)
    assert response.status_code == 429
    assert "Too many unsuccessful sign-ins" in response.text
    assert f'value="{practitioner.user.email}"' in response.text
    assert "_auth_user_id" not in client.session


def test_the_pause_does_not_reveal_whether_an_email_exists(client, db):
    for _ in range(5):
        sign_in(client, "nobody@example.com", "wrong-guess")
    response = sign_in(client, "nobody@example.com", "wrong-guess")
    assert response.status_code == 429
    assert "Too many unsuccessful sign-ins" in response.text


def test_a_strangers_made_up_emails_do_not_pause_the_team_behind_the_same_address(practitioner):
    office = "198.51.100.7"
    stranger, colleague = Client(REMOTE_ADDR=office), Client(REMOTE_ADDR=office)
    for n in range(5):
        sign_in(stranger, f"guess{n}@example.com", "wrong-guess")
    response = sign_in(colleague, practitioner.user.email)
    assert response.headers["Location"] == reverse("home")
    assert colleague.get(reverse("care:dashboard")).status_code == 200


def test_five_failures_on_one_account_pause_it_from_every_address(practitioner):
    for _ in range(5):
        sign_in(Client(REMOTE_ADDR="198.51.100.7"), practitioner.user.email, "wrong-guess")
    for address in ["198.51.100.7", "203.0.113.20"]:
        response = sign_in(Client(REMOTE_ADDR=address), practitioner.user.email)
        assert response.status_code == 429
        assert "Too many unsuccessful sign-ins" in response.text


def test_one_address_trying_many_accounts_is_paused_at_the_address_limit(practitioner, settings):
    limit = settings.SIGNIN_ADDRESS_FAILURE_LIMIT
    assert limit == 100  # the default
    guesser = Client(REMOTE_ADDR="198.51.100.7")
    for n in range(limit - 1):
        assert sign_in(guesser, f"guess{n}@example.com", "wrong-guess").status_code == 200
    # One short of the limit, the address is not paused yet...
    assert sign_in(Client(REMOTE_ADDR="198.51.100.7"), practitioner.user.email).status_code == 302
    # ...and the failure that reaches it pauses every sign-in from there, and only from there.
    response = sign_in(guesser, "one-more@example.com", "wrong-guess")
    assert response.status_code == 429
    assert sign_in(Client(REMOTE_ADDR="198.51.100.7"), practitioner.user.email).status_code == 429
    assert sign_in(Client(REMOTE_ADDR="203.0.113.20"), practitioner.user.email).status_code == 302


def test_changing_the_case_of_the_email_does_not_dodge_the_limit(client, practitioner):
    email = practitioner.user.email
    for variant in [email, email.upper(), email.title(), email.upper(), email]:
        sign_in(client, variant, "wrong-guess")
    assert sign_in(client, email).status_code == 429


def test_a_practitioner_idle_for_31_minutes_is_signed_out(practitioner_client):
    session = practitioner_client.session
    session["last_seen"] -= 31 * 60
    session.save()
    response = practitioner_client.get(reverse("care:dashboard"))
    assert response.headers["Location"].startswith(reverse("login"))
    assert "_auth_user_id" not in practitioner_client.session


def test_a_practitioner_active_within_30_minutes_stays_signed_in(practitioner_client):
    session = practitioner_client.session
    session["last_seen"] -= 29 * 60
    session.save()
    assert practitioner_client.get(reverse("care:dashboard")).status_code == 200


def test_a_client_idle_for_an_hour_stays_signed_in(client, portal_client):
    client.force_login(portal_client.user)
    session = client.session
    session["last_seen"] -= 60 * 60
    session.save()
    assert client.get(reverse("portal:home")).status_code == 200


def test_reading_pages_does_not_write_the_session_every_time(
    practitioner_client, django_assert_num_queries
):
    practitioner_client.get(reverse("care:dashboard"))
    with django_assert_num_queries(2):  # the session and the user, nothing written
        practitioner_client.get(reverse("hello"))


def test_the_floor_page_answers_without_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("hello"))
    assert response.text == "Hello, world!"


def test_behind_a_proxy_one_visitors_failures_do_not_pause_another(practitioner, settings):
    settings.PROXY_COUNT = 1
    settings.SIGNIN_ADDRESS_FAILURE_LIMIT = 5

    def attempt(visitor, email, password):
        return Client().post(
            reverse("login"),
            {"username": email, "password": password},
            REMOTE_ADDR="10.0.0.2",  # the proxy
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for n in range(5):
        attempt("198.51.100.7", f"guess{n}@example.com", "wrong-guess")
    assert attempt("198.51.100.7", practitioner.user.email, PASSWORD).status_code == 429
    assert attempt("203.0.113.20", practitioner.user.email, PASSWORD).status_code == 302
