"""The care of a plan: the dashboard, plans and their sessions."""

from django.urls import path

from sessions.models import TreatmentSession
from sessions.views import (
    availability,
    calendar,
    charting,
    dashboard,
    feeds,
    intake_settings,
    measures,
    outcomes,
    photo_compare,
    photos,
    plans,
    series_lengths,
)

Status = TreatmentSession.Status

app_name = "care"

urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("intake-settings/consent/", intake_settings.consent_text, name="consent_text"),
    path("intake-settings/questions/", intake_settings.intake_questions, name="intake_questions"),
    path(
        "intake-settings/questions/<int:pk>/",
        intake_settings.intake_question_edit,
        name="intake_question_edit",
    ),
    path("outcomes/", outcomes.outcomes, name="outcomes"),
    path("plans/<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("plans/<int:pk>/progress/", plans.plan_progress, name="plan_progress"),
    path("plans/<int:pk>/stop/", plans.plan_stop, name="plan_stop"),
    path("plans/<int:pk>/complete/", plans.plan_complete, name="plan_complete"),
    path("plans/<int:plan_pk>/sessions/new/", plans.session_schedule, name="session_schedule"),
    path(
        "sessions/<int:pk>/cancel/",
        plans.session_set_status,
        {"status": Status.CANCELLED},
        name="session_cancel",
    ),
    path(
        "sessions/<int:pk>/no-show/",
        plans.session_set_status,
        {"status": Status.NO_SHOW},
        name="session_no_show",
    ),
    path("sessions/<int:pk>/", charting.session_detail, name="session_detail"),
    path("sessions/<int:pk>/chart/", charting.session_chart, name="session_chart"),
    path("sessions/<int:pk>/amend/", charting.session_amend, name="session_amend"),
    path("sessions/<int:pk>/measures/", measures.session_measures, name="session_measures"),
    path(
        "sessions/<int:pk>/measures/<int:instrument_pk>/",
        measures.measure_entry,
        name="measure_entry",
    ),
    path("sessions/<int:pk>/photos/", photos.session_photos, name="session_photos"),
    path("photos/<int:pk>/", photos.photo_image, name="photo_image"),
    path("photos/<int:pk>/remove/", photos.photo_remove, name="photo_remove"),
    path("plans/<int:pk>/photos/", photo_compare.plan_photos, name="plan_photos"),
    path("plans/<int:pk>/photos/share/", photo_compare.comparison_share, name="photo_share"),
    path("photo-comparisons/<int:pk>/stop/", photo_compare.comparison_stop, name="photo_unshare"),
    path("calendar/", calendar.week, name="calendar_week"),
    path("calendar/day/", calendar.day, name="calendar_day"),
    path("calendar/book/", calendar.book_slot, name="book_slot"),
    path("calendar/hours/", availability.availability, name="availability"),
    path(
        "calendar/hours/<int:pk>/delete/",
        availability.day_change_delete,
        name="day_change_delete",
    ),
    path("calendar/feeds/", feeds.feeds, name="feeds"),
    path("calendar/feeds/new/", feeds.feed_renew, name="feed_renew"),
    path("clinic-booking/", availability.booking_settings, name="booking_settings"),
    path("clinic-booking/lengths/", series_lengths.series_lengths, name="series_lengths"),
]
