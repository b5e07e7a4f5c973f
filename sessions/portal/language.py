"""The client's language: the portal and their mail in English, in French, or in whatever
their clinic uses. Not part of the record, so nothing is audited."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from clinic.access import client_required
from clinic.forms import LanguageForm


@client_required
def language(request):
    user = request.user
    form = LanguageForm(request.POST or None, instance=user)
    form.fields["language"].label = _("Show my portal and send my email in")
    form.fields["language"].widget = forms.RadioSelect(choices=form.fields["language"].choices)
    if form.is_valid():
        form.save()
        translation.activate(user.preferred_language())
        messages.success(request, _("Your language is saved."))
        return redirect("portal:language")
    return render(request, "portal/language.html", {"client": user.client_profile, "form": form})
