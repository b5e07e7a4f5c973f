"""portal: the client's home-program reminders, and the one-click link in each reminder
that turns them off, which works signed out (RFC 8058: a mail program may POST to it)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from clinic.access import client_required
from sessions.models import ProgramReminder
from sessions.portal.forms import ProgramReminderForm
from sessions.program_reminders import reminder_from_token


@client_required
def reminders(request):
    reminder = ProgramReminder.of(request.user.client_profile)
    form = ProgramReminderForm(request.POST or None, instance=reminder)
    if form.is_valid():
        form.save()
        if form.instance.enabled:
            messages.success(request, _("Your reminders are on. You can change them here."))
        else:
            messages.success(request, _("Your reminders are off."))
        return redirect("portal:reminders")
    return render(request, "portal/reminders.html", {"form": form})


# The link is the credential (signed, for one client's reminder) and turning reminders off
# is all it can do, so it needs no CSRF token: the mail program's POST carries none.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def stop(request, token):
    reminder = reminder_from_token(token)
    if reminder is None:
        return render(request, "portal/reminders_stop.html", {"broken": True}, status=404)
    if request.method == "POST":
        ProgramReminder.objects.filter(pk=reminder.pk).update(enabled=False)
        reminder.enabled = False
    context = {"reminder": reminder, "clinic": reminder.client.clinic}
    return render(request, "portal/reminders_stop.html", context)
