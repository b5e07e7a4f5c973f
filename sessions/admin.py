from django.contrib import admin

from sessions.models import (
    AdherenceEntry,
    Amendment,
    ConsentChoice,
    ConsentText,
    HomeProgram,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    PainRegion,
    Plan,
    ProgramItem,
    ScreenReview,
    Series,
    SeriesStep,
    SignedConsent,
    Technique,
    TreatmentSession,
)


class SeriesStepInline(admin.TabularInline):
    model = SeriesStep
    extra = 0


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["name", "clinic", "method", "session_count", "is_active"]
    list_filter = ["method", "clinic"]
    inlines = [SeriesStepInline]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["client", "series", "lead", "status", "started_on"]
    list_filter = ["status"]
    list_select_related = ["client", "series", "lead__user"]
    search_fields = ["client__last_name", "client__first_name"]
    raw_id_fields = ["client", "lead", "series"]


class PainRegionInline(admin.TabularInline):
    model = PainRegion
    extra = 0


@admin.register(TreatmentSession)
class TreatmentSessionAdmin(admin.ModelAdmin):
    """A signed session is shown read-only: the model refuses changes anyway."""

    list_display = ["plan", "number", "scheduled_at", "status", "signed_at"]
    list_filter = ["status"]
    list_select_related = ["plan__client", "plan__series"]
    raw_id_fields = ["plan", "practitioner", "signed_by"]
    inlines = [PainRegionInline]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.is_locked)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and obj.is_locked)


@admin.register(Amendment)
class AmendmentAdmin(admin.ModelAdmin):
    list_display = ["session", "field", "author", "created_at"]
    raw_id_fields = ["session", "author"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Technique)
class TechniqueAdmin(admin.ModelAdmin):
    list_display = ["name", "clinic"]


class ProgramItemInline(admin.TabularInline):
    model = ProgramItem
    extra = 0
    raw_id_fields = ["exercise"]


@admin.register(HomeProgram)
class HomeProgramAdmin(admin.ModelAdmin):
    list_display = ["client", "version", "published_at", "replaced_at"]
    raw_id_fields = ["client", "created_by", "session"]
    inlines = [ProgramItemInline]


@admin.register(AdherenceEntry)
class AdherenceEntryAdmin(admin.ModelAdmin):
    list_display = ["item", "day", "pain"]
    raw_id_fields = ["item"]


admin.site.register([SeriesStep, PainRegion, ProgramItem])


class KeptAsWrittenAdmin(admin.ModelAdmin):
    """Rows written once (signed consents, consent texts, reviews, choices, amendments):
    the site administration reads them and never changes them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Intake)
class IntakeAdmin(admin.ModelAdmin):
    list_display = ["client", "submitted_at", "screen_positive", "entered_by"]
    raw_id_fields = ["client", "entered_by"]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.is_submitted)

    def has_delete_permission(self, request, obj=None):
        return False


for model in [SignedConsent, ConsentText, ConsentChoice, ScreenReview, IntakeAmendment]:
    admin.site.register(model, KeptAsWrittenAdmin)
admin.site.register(IntakeQuestion)
