"""The client's language: the portal and their mail in English, in French, or in whatever
their clinic uses. Not part of the record, so nothing is audited."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from clinic.access import client_required
from sessions.portal.forms import LanguageForm


@client_required
def language(request):
    user = request.user
    form = LanguageForm(request.POST or None, initial={"language": user.language})
    form.fields["language"].choices = LanguageForm.choices_for(user.clinic)
    if form.is_valid():
        user.language = form.cleaned_data["language"]
        user.save(update_fields=["language"])
        translation.activate(user.preferred_language())
        messages.success(request, _("Your language is saved."))
        return redirect("portal:language")
    return render(request, "portal/language.html", {"client": user.client_profile, "form": form})
