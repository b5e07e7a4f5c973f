from django.urls import path

from sessions.portal import (
    booking,
    clips,
    intake,
    language,
    measures,
    offline,
    photos,
    privacy,
    reminders,
    views,
)

app_name = "portal"

urlpatterns = [
    path("", views.portal, name="home"),
    path("week/", views.week, name="week"),
    path("print/", views.print_program, name="print"),
    path("items/<uuid:item_key>/done/", views.log_done, name="log_done"),
    path("items/<uuid:item_key>/undo/", views.log_undo, name="log_undo"),
    path("intake/", intake.intake, name="intake"),
    path("intake/<slug:step>/", intake.intake_page, name="intake_step"),
    path("consents/", intake.consents, name="consents"),
    path("exercises/<uuid:item_key>/image/", views.exercise_image, name="exercise_image"),
    path("clips/<uuid:clip_key>/", clips.clip_video, name="clip"),
    path("measures/<int:session_pk>/<int:instrument_pk>/", measures.answer, name="measure"),
    path("progress/", measures.progress, name="progress"),
    path("language/", language.language, name="language"),
    path("photos/", photos.photos, name="photos"),
    path("photos/<int:comparison_pk>/<int:pk>/", photos.photo, name="photo"),
    # The installable app that works offline.
    path("items/<uuid:item_key>/sync/", offline.sync_done, name="sync"),
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("icon-<int:size>.png", offline.icon, name="icon"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("sessions/", booking.sessions, name="sessions"),
    path("sessions/book/", booking.book, name="book"),
    path("sessions/<int:pk>/move/", booking.move, name="session_move"),
    path("sessions/<int:pk>/cancel/", booking.cancel, name="session_cancel"),
    path("privacy/", privacy.privacy, name="privacy"),
    path("privacy/record.fhir.json", privacy.record_fhir, name="record_fhir"),
    path("privacy/record/", privacy.record_page, name="record"),
    path("reminders/", reminders.reminders, name="reminders"),
    path("reminders/stop/<str:token>/", reminders.stop, name="reminders_stop"),
]
