from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from clinic.access import clinic_admin_required, practitioner_required
from clinic.audit import record
from clinic.forms import (
    ClientForm,
    ClinicSettingsForm,
    CredentialFormSet,
    PractitionerForm,
    PractitionerInviteForm,
    SignInForm,
    search_text,
)
from clinic.invitations import send_invitation
from clinic.models import AuditEvent, Client, Practitioner, User

Action = AuditEvent.Action

CLIENTS_PER_PAGE = 25


def hello(request):
    """The benchmark's floor: the full middleware stack and nothing else."""
    return HttpResponse("Hello, world!", content_type="text/plain")


def locked_out(request, response=None, credentials=None):
    """Too many failed sign-ins for this account or address: the form again, with a
    message that does not say whether the email belongs to anyone."""
    # Not validated: that would try the password again and count one more failure.
    form = SignInForm(request, initial={"username": request.POST.get("username", "")[:254]})
    context = {"form": form, "locked_out": True, "next": request.POST.get("next", "")}
    return render(request, "registration/login.html", context, status=429)


@require_GET
@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@login_required
def home(request):
    if request.user.is_practitioner:
        return redirect("dashboard")
    if request.user.is_client:
        return redirect("portal")
    if request.user.is_staff:
        return redirect("admin:index")
    return render(request, "clinic/no_role.html")


@practitioner_required
def client_list(request):
    query = search_text(request)
    show_archived = request.GET.get("archived") == "1"
    clients = Client.objects.for_user(request.user)
    clients = clients.archived() if show_archived else clients.active()
    if query:
        clients = clients.search(query)
    page = Paginator(clients, CLIENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "query": query, "show_archived": show_archived}
    template = "clinic/client_list.html"
    if request.htmx and request.htmx.target == "client-results":
        template += "#results"
    return render(request, template, context)


@practitioner_required
def client_create(request):
    form = ClientForm(request.POST or None)
    if form.is_valid():
        client = form.save(commit=False)
        client.clinic = request.user.practitioner.clinic
        client.save()
        record(request, Action.CREATE, client)
        messages.success(request, f"{client.full_name} was added.")
        return redirect("client_detail", client.pk)
    return render(request, "clinic/client_form.html", {"form": form})


@practitioner_required
def client_edit(request, pk):
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=pk)
    form = ClientForm(request.POST or None, instance=client)
    if form.is_valid():
        form.save()
        record(request, Action.CHANGE, client, summary=", ".join(form.changed_data))
        messages.success(request, "Changes saved.")
        return redirect("client_detail", client.pk)
    return render(request, "clinic/client_form.html", {"form": form, "client": client})


@require_POST
@practitioner_required
def client_archive(request, pk):
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=pk)
    client.archive()
    record(request, Action.ARCHIVE, client)
    messages.success(
        request, f"{client.full_name} was archived. Their record is kept and can be restored."
    )
    return redirect("client_list")


@require_POST
@practitioner_required
def client_restore(request, pk):
    client = get_object_or_404(Client.objects.for_user(request.user).archived(), pk=pk)
    client.restore()
    record(request, Action.RESTORE, client)
    messages.success(request, f"{client.full_name} is back on the client list.")
    return redirect("client_detail", client.pk)


@clinic_admin_required
def clinic_settings(request):
    clinic = request.user.practitioner.clinic
    form = ClinicSettingsForm(request.POST or None, instance=clinic)
    if form.is_valid():
        form.save()
        messages.success(request, "Clinic settings saved.")
        return redirect("clinic_settings")
    return render(request, "clinic/settings.html", {"form": form})


@practitioner_required
def practitioner_list(request):
    practitioners = (
        Practitioner.objects.for_user(request.user)
        .select_related("user")
        .prefetch_related("credentials")
    )
    return render(request, "clinic/practitioner_list.html", {"practitioners": practitioners})


@clinic_admin_required
def practitioner_invite(request):
    form = PractitionerInviteForm(request.POST or None)
    if form.is_valid():
        clinic = request.user.practitioner.clinic
        with transaction.atomic():
            user = User.objects.create_user(
                form.cleaned_data["email"], full_name=form.cleaned_data["full_name"]
            )
            practitioner = Practitioner.objects.create(
                user=user,
                clinic=clinic,
                profession=form.cleaned_data["profession"],
                is_clinic_admin=form.cleaned_data["is_clinic_admin"],
            )
        send_invitation(request, user, clinic)
        messages.success(
            request,
            f"Invitation sent to {user.email}. Now set what {user.get_short_name()} "
            "is credentialled to deliver.",
        )
        return redirect("practitioner_edit", practitioner.pk)
    return render(request, "clinic/practitioner_invite.html", {"form": form})


@clinic_admin_required
def practitioner_edit(request, pk):
    practitioner = get_object_or_404(
        Practitioner.objects.for_user(request.user).select_related("user"), pk=pk
    )
    data = request.POST or None
    form = PractitionerForm(data, instance=practitioner, editor=request.user)
    credentials = CredentialFormSet(data, instance=practitioner)
    if data and form.is_valid() and credentials.is_valid():
        with transaction.atomic():
            form.save()
            credentials.save()
        messages.success(request, f"{practitioner} was updated.")
        return redirect("practitioner_list")
    context = {"practitioner": practitioner, "form": form, "credentials": credentials}
    return render(request, "clinic/practitioner_edit.html", context)


@require_POST
@clinic_admin_required
def practitioner_resend_invite(request, pk):
    practitioner = get_object_or_404(
        Practitioner.objects.for_user(request.user).select_related("user", "clinic"), pk=pk
    )
    if practitioner.has_accepted_invite:
        messages.info(request, f"{practitioner} has already chosen a password.")
    else:
        send_invitation(request, practitioner.user, practitioner.clinic)
        messages.success(request, f"A new invitation was sent to {practitioner.user.email}.")
    return redirect("practitioner_edit", practitioner.pk)


class AcceptInviteView(auth_views.PasswordResetConfirmView):
    """The invitation link: the same one-time token as a password reset."""

    template_name = "registration/accept_invite.html"
    success_url = reverse_lazy("home")
    post_reset_login = True
    post_reset_login_backend = "clinic.auth.EmailBackend"

    def form_valid(self, form):
        messages.success(self.request, "Your password is set. Welcome!")
        return super().form_valid(form)
