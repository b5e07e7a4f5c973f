import unicodedata

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from clinic.models import AuditEvent, Client, Clinic, Credential, Practitioner, User

# Characters that are not shown but change how text around them is shown or read: control
# characters (Cc), format characters (Cf: the bidirectional overrides, isolates and marks,
# zero-width spaces, the byte order mark…) and the Unicode line and paragraph separators.
# A right-to-left override (U+202E) shows what follows it backwards: "Ann\u202egnp.exe" shows
# as "Annexe.png".
HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}
# Still allowed: the zero-width non-joiner and joiner are part of how Persian, Indic scripts
# and emoji are written; NUL has Django's own check and message.
ALLOWED_HIDDEN = {"\u200c", "\u200d", "\x00"}
LINE_BREAKS = {"\n", "\r", "\t"}


class NoHiddenCharacters:
    """Refuses text with hidden control or formatting characters. Text boxes of several
    lines may keep their line breaks and tabs."""

    def __init__(self, multi_line):
        self.allowed = ALLOWED_HIDDEN | (LINE_BREAKS if multi_line else set())

    def __call__(self, value):
        if not isinstance(value, str):  # a UUIDField's value, already parsed
            return
        found = [
            c
            for c in dict.fromkeys(value)
            if unicodedata.category(c) in HIDDEN_CATEGORIES and c not in self.allowed
        ]
        if found:
            names = ", ".join(character_name(c) for c in found[:3])
            raise ValidationError(
                _(
                    "This contains hidden characters (%(names)s) that can make it show "
                    "differently from what was typed. Please type it again rather than "
                    "pasting it."
                )
                % {"names": names},
                code="hidden_characters",
            )


def character_name(character):
    code = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    return f"{code} {name.lower()}" if name else code


ONE_LINE = NoHiddenCharacters(multi_line=False)
MULTI_LINE = NoHiddenCharacters(multi_line=True)


class PlainTextForm:
    """Mixed into every form of the app (through Form and ModelForm below): each text field,
    declared or made from a model field, refuses hidden characters. Checked on the form's
    fields when it is made, so a field added later is covered without anyone remembering;
    tests/test_hostile_input.py fails for a form of the app that does not use this."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field, forms.CharField) or isinstance(
                field.widget, forms.PasswordInput
            ):
                continue
            check = MULTI_LINE if isinstance(field.widget, forms.Textarea) else ONE_LINE
            # Some forms share field objects between instances (BodyMapForm): add it once.
            if not any(validator is check for validator in field.validators):
                field.validators.append(check)


class Form(PlainTextForm, forms.Form):
    pass


class ModelForm(PlainTextForm, forms.ModelForm):
    pass


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


DOSE_NUMBERS = ["sets", "repetitions", "hold_seconds", "frequency"]
EMAIL_MAX_LENGTH = 254


def limit_dose_numbers(form):
    """Gives a form's dose numbers the model's range and one clear message, e.g.
    "Enter a whole number from 1 to 20." (the database alone would allow 0)."""
    for name in DOSE_NUMBERS:
        model_validators = form._meta.model._meta.get_field(name).validators
        low = max(v.limit_value for v in model_validators if isinstance(v, MinValueValidator))
        high = min(v.limit_value for v in model_validators if isinstance(v, MaxValueValidator))
        field = form.fields[name]
        field.validators = [whole_number_between(low, high)]
        field.error_messages["invalid"] = _("Enter a whole number, such as 10.")
        field.widget.attrs.update(min=low, max=high, inputmode="numeric")


def whole_number_between(low, high):
    def validate(value):
        if not low <= value <= high:
            raise ValidationError(
                _("Enter a whole number from %(low)s to %(high)s.") % {"low": low, "high": high},
                code="out_of_range",
            )

    return validate


class SignInForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "That email and password do not match an account. Check both and try again."
        ),
        "inactive": _("This account has been switched off. Ask your clinic for help."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Email")
        # AuthenticationForm sets max_length too late for Django to check it.
        self.fields["username"].validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
        # The input's own type: a "type" in attrs would come second, and browsers keep the first.
        self.fields["username"].widget.input_type = "email"
        self.fields["username"].widget.attrs["autocomplete"] = "email"


class ClientForm(ModelForm):
    class Meta:
        model = Client
        fields = [
            "first_name",
            "last_name",
            "date_of_birth",
            "email",
            "phone",
            "occupation",
            "activity_level",
            "complaint_onset",
            "main_complaint",
            "consent_given_on",
        ]
        widgets = {
            "date_of_birth": DateInput(),
            "complaint_onset": DateInput(),
            "consent_given_on": DateInput(),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
            "main_complaint": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_first_name(self):
        return name_with_letters(self.cleaned_data["first_name"])

    def clean_last_name(self):
        return name_with_letters(self.cleaned_data["last_name"])


def name_with_letters(name):
    """Refuses names made only of invisible, control or punctuation characters."""
    if not any(character.isalpha() for character in name):
        raise ValidationError(_("Enter a name with at least one letter."))
    return name


class ClinicSettingsForm(ModelForm):
    class Meta:
        model = Clinic
        fields = ["name", "time_zone", "stretch_word", "language", "require_second_factor"]
        # Time zones are identifiers (America/New_York), the same in every language.
        widgets = {
            "stretch_word": forms.RadioSelect,
            "time_zone": forms.Select({"translate": "no"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A form sent without it (an older page, a script) keeps the clinic's language.
        self.fields["language"].required = False

    def clean_language(self):
        return self.cleaned_data["language"] or self.instance.language


class PractitionerInviteForm(Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    profession = forms.CharField(
        label=_("Profession"),
        max_length=120,
        required=False,
        help_text=_("For example: Licensed massage therapist."),
    )
    is_clinic_admin = forms.BooleanField(
        label=_("Clinic admin"),
        required=False,
        help_text=_("Clinic admins manage practitioners, credentials and clinic settings."),
    )

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.clinic = clinic

    def clean_email(self):
        # Only this clinic's accounts count: whom other clinics know stays their own.
        email = User.objects.normalize_email(self.cleaned_data["email"])
        if User.objects.filter(clinic=self.clinic, email=email).exists():
            raise forms.ValidationError(
                _("Someone at your clinic already signs in with this email address.")
            )
        return email


class PractitionerForm(ModelForm):
    full_name = forms.CharField(label=_("Full name"), max_length=150)

    class Meta:
        model = Practitioner
        fields = ["profession", "is_clinic_admin"]

    def __init__(self, *args, editor, **kwargs):
        super().__init__(*args, **kwargs)
        self.editor = editor
        self.fields["full_name"].initial = self.instance.user.full_name
        self.order_fields(["full_name", "profession", "is_clinic_admin"])

    def clean_is_clinic_admin(self):
        is_admin = self.cleaned_data["is_clinic_admin"]
        if not is_admin and self.instance.user_id == self.editor.pk:
            raise forms.ValidationError(
                _("You cannot remove your own admin role. Ask another clinic admin to do it.")
            )
        return is_admin

    def save(self, commit=True):
        practitioner = super().save(commit=commit)
        practitioner.user.full_name = self.cleaned_data["full_name"]
        if commit:
            practitioner.user.save(update_fields=["full_name"])
        return practitioner


CredentialFormSet = forms.inlineformset_factory(
    Practitioner,
    Credential,
    form=ModelForm,
    fields=["method", "title", "max_session"],
    extra=1,
    can_delete=True,
)


class AuditFilterForm(forms.Form):
    client = forms.CharField(required=False, max_length=100, label=_("Client name"))
    actor = forms.ModelChoiceField(
        queryset=User.objects.none(), required=False, label=_("Who"), empty_label=_("Anyone")
    )
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[("", _("Any action")), *AuditEvent.Action.choices],
        required=False,
    )
    since = forms.DateField(
        required=False, widget=DateInput(), label=pgettext_lazy("dates", "From")
    )
    until = forms.DateField(required=False, widget=DateInput(), label=pgettext_lazy("dates", "To"))

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = User.objects.filter(
            Q(practitioner__clinic=clinic) | Q(client_profile__clinic=clinic)
        ).order_by("full_name")

    def filter(self, events):
        data = self.cleaned_data
        for term in data["client"].split()[:3]:
            events = events.filter(
                Q(client__first_name__icontains=term) | Q(client__last_name__icontains=term)
            )
        if data["actor"]:
            events = events.filter(actor=data["actor"])
        if data["action"]:
            events = events.filter(action=data["action"])
        if data["since"]:
            events = events.filter(created_at__date__gte=data["since"])
        if data["until"]:
            events = events.filter(created_at__date__lte=data["until"])
        return events


class SecondStepForm(Form):
    """The second step of signing in: a code from the app, a recovery code, or a passkey
    (its answer put in the hidden field by static/js/passkeys.js)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        required=False,
        help_text=_("The six digits your app shows, or one of your recovery codes."),
    )
    passkey = forms.CharField(required=False, widget=forms.HiddenInput, max_length=20000)
    remember = forms.BooleanField(label=_("Remember this browser for 30 days"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(autocomplete="one-time-code", inputmode="text")

    def clean(self):
        data = super().clean()
        if not data.get("code") and not data.get("passkey"):
            raise ValidationError(_("Type the code from your app, or use your passkey."))
        return data


class AuthenticatorCodeForm(Form):
    code = forms.CharField(
        label=_("The six-digit code your app shows"), max_length=10, min_length=6
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(autocomplete="one-time-code", inputmode="numeric")


class PasskeyForm(Form):
    name = forms.CharField(
        label=_("A name for this passkey"),
        max_length=60,
        initial=_("My passkey"),
        help_text=_("For example: work laptop, or phone."),
    )
    passkey = forms.CharField(widget=forms.HiddenInput, max_length=20000, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("passkey"):
            raise ValidationError(
                _("Your browser did not make a passkey. Press the button and follow its steps.")
            )
        return data


class LanguageForm(ModelForm):
    """The language one account reads the app and its mail in; empty follows the clinic.
    Used by the account page and the portal; posted to `account:language`."""

    class Meta:
        model = User
        fields = ["language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["language"]
        clinic = self.instance.clinic
        default = dict(field.choices).get(clinic.language) if clinic else None
        # The empty choice says which language it stands for.
        field.choices = [
            (
                "",
                _("The clinic's language (%(language)s)") % {"language": default}
                if default
                else _("The site's language"),
            ),
            *[(code, name) for code, name in field.choices if code],
        ]
