from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm

from clinic.forms import PlainTextForm
from clinic.library.models import Exercise
from clinic.models import AuditEvent, Client, Clinic, Credential, Practitioner, User


class UserChangeByEmailForm(PlainTextForm, UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class UserCreationByEmailForm(PlainTextForm, AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserChangeByEmailForm
    add_form = UserCreationByEmailForm
    ordering = ["email"]
    list_display = ["email", "full_name", "is_active", "is_staff", "last_login"]
    list_filter = ["is_active", "is_staff", "is_superuser"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "full_name", "password"]}),
        ("Permissions", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]}),
    ]


@admin.register(Clinic)
class ClinicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "time_zone", "stretch_word"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class CredentialInline(admin.TabularInline):
    model = Credential
    extra = 0


@admin.register(Practitioner)
class PractitionerAdmin(admin.ModelAdmin):
    list_display = ["user", "clinic", "profession", "is_clinic_admin"]
    list_filter = ["clinic", "is_clinic_admin"]
    list_select_related = ["user", "clinic"]
    search_fields = ["user__full_name", "user__email"]
    autocomplete_fields = ["user"]
    inlines = [CredentialInline]


@admin.register(Credential)
class CredentialAdmin(admin.ModelAdmin):
    list_display = ["practitioner", "method", "title", "max_session"]
    list_filter = ["method"]
    list_select_related = ["practitioner__user"]


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    list_display = ["last_name", "first_name", "clinic", "email", "phone", "archived_at"]
    list_filter = ["clinic", "activity_level", ("archived_at", admin.EmptyFieldListFilter)]
    list_select_related = ["clinic"]
    search_fields = ["last_name", "first_name", "email", "phone"]
    autocomplete_fields = ["user"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "clinic"]
    list_filter = ["kind", ("clinic", admin.EmptyFieldListFilter)]
    search_fields = ["name", "target_muscles"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the trail is append-only, here as everywhere."""

    list_display = ["created_at", "clinic", "actor_name", "action", "record_type", "client"]
    list_filter = ["action", "clinic"]
    search_fields = ["actor_name", "summary", "client__last_name"]
    list_select_related = ["clinic", "client"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
