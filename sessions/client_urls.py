"""Every page of a client's record for practitioners: the record itself, starting a plan,
the portal invitation, the exports and the home program."""

from django.urls import path

from sessions.views import clients, clips, exports, intake, photos, plans, programs

app_name = "clients"

urlpatterns = [
    path("", clients.client_list, name="list"),
    path("new/", clients.client_create, name="create"),
    path("<int:pk>/", clients.client_detail, name="detail"),
    path("<int:pk>/edit/", clients.client_edit, name="edit"),
    path("<int:pk>/archive/", clients.client_archive, name="archive"),
    path("<int:pk>/restore/", clients.client_restore, name="restore"),
    path("<int:pk>/invite/", clients.client_invite, name="invite"),
    path("<int:pk>/export.json", exports.client_export_json, name="export_json"),
    path("<int:pk>/export/", exports.client_export_page, name="export_page"),
    path("<int:pk>/export.fhir.json", exports.client_export_fhir, name="export_fhir"),
    path("<int:pk>/intake/", intake.intake_detail, name="intake"),
    path("<int:pk>/intake/fill/<slug:step>/", intake.intake_fill, name="intake_fill"),
    path("<int:pk>/intake/review/", intake.intake_review, name="intake_review"),
    path("<int:pk>/intake/amend/", intake.intake_amend, name="intake_amend"),
    path("<int:pk>/consents/<int:consent_pk>/", intake.consent_signed, name="consent_signed"),
    path("<int:pk>/photo-consent/", photos.photo_consent, name="photo_consent"),
    path("<int:client_pk>/plans/new/", plans.plan_create, name="plan_create"),
    path("<int:pk>/program/", programs.program_detail, name="program"),
    path("<int:pk>/program/print/", programs.program_print, name="program_print"),
    path("<int:pk>/program/start/", programs.program_start, name="program_start"),
    path("<int:pk>/program/draft/", programs.program_builder, name="program_builder"),
    path("<int:pk>/program/draft/add/", programs.program_add, name="program_add"),
    path(
        "<int:pk>/program/draft/items/<int:item_pk>/",
        programs.program_item_update,
        name="program_item_update",
    ),
    path(
        "<int:pk>/program/draft/items/<int:item_pk>/up/",
        programs.program_item_move,
        {"step": -1},
        name="program_item_up",
    ),
    path(
        "<int:pk>/program/draft/items/<int:item_pk>/down/",
        programs.program_item_move,
        {"step": 1},
        name="program_item_down",
    ),
    path(
        "<int:pk>/program/draft/items/<int:item_pk>/remove/",
        programs.program_item_remove,
        name="program_item_remove",
    ),
    path("<int:pk>/program/draft/publish/", programs.program_publish, name="program_publish"),
    path("<int:pk>/program/draft/discard/", programs.program_discard, name="program_discard"),
    path("<int:pk>/clips/", clips.client_clips, name="clips"),
    path("<int:pk>/clips/new/<int:item_pk>/", clips.clip_new, name="clip_new"),
    path("<int:pk>/clips/<int:clip_pk>/video/", clips.clip_video, name="clip_video"),
    path("<int:pk>/clips/<int:clip_pk>/delete/", clips.clip_delete, name="clip_delete"),
]
