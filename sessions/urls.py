from django.urls import path

from sessions import export_views, home_views, invite_views, program_views, series_views, views
from sessions.models import TreatmentSession

Status = TreatmentSession.Status

urlpatterns = [
    path("dashboard/", home_views.dashboard, name="dashboard"),
    path("clients/<int:pk>/", home_views.client_detail, name="client_detail"),
    path("clients/<int:pk>/invite/", invite_views.invite_client, name="client_invite"),
    path(
        "clients/<int:pk>/export.json", export_views.client_export_json, name="client_export_json"
    ),
    path("clients/<int:pk>/export/", export_views.client_export_page, name="client_export_page"),
    path("clients/<int:client_pk>/plans/new/", views.plan_create, name="plan_create"),
    path("plans/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("plans/<int:pk>/progress/", views.plan_progress_view, name="plan_progress"),
    path("plans/<int:pk>/stop/", views.plan_stop, name="plan_stop"),
    path("plans/<int:pk>/complete/", views.plan_complete, name="plan_complete"),
    path("plans/<int:plan_pk>/sessions/new/", views.session_schedule, name="session_schedule"),
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/chart/", views.session_chart, name="session_chart"),
    path("sessions/<int:pk>/amend/", views.session_amend, name="session_amend"),
    path(
        "sessions/<int:pk>/cancel/",
        views.session_set_status,
        {"status": Status.CANCELLED},
        name="session_cancel",
    ),
    path(
        "sessions/<int:pk>/no-show/",
        views.session_set_status,
        {"status": Status.NO_SHOW},
        name="session_no_show",
    ),
    path("clients/<int:pk>/program/", program_views.program_detail, name="program_detail"),
    path("clients/<int:pk>/program/print/", program_views.program_print, name="program_print"),
    path("clients/<int:pk>/program/start/", program_views.program_start, name="program_start"),
    path("clients/<int:pk>/program/draft/", program_views.program_builder, name="program_builder"),
    path("clients/<int:pk>/program/draft/add/", program_views.program_add, name="program_add"),
    path(
        "clients/<int:pk>/program/draft/items/<int:item_pk>/",
        program_views.program_item_update,
        name="program_item_update",
    ),
    path(
        "clients/<int:pk>/program/draft/items/<int:item_pk>/up/",
        program_views.program_item_move,
        {"step": -1},
        name="program_item_up",
    ),
    path(
        "clients/<int:pk>/program/draft/items/<int:item_pk>/down/",
        program_views.program_item_move,
        {"step": 1},
        name="program_item_down",
    ),
    path(
        "clients/<int:pk>/program/draft/items/<int:item_pk>/remove/",
        program_views.program_item_remove,
        name="program_item_remove",
    ),
    path(
        "clients/<int:pk>/program/draft/publish/",
        program_views.program_publish,
        name="program_publish",
    ),
    path(
        "clients/<int:pk>/program/draft/discard/",
        program_views.program_discard,
        name="program_discard",
    ),
    path("series/", series_views.series_list, name="series_list"),
    path("series/techniques/", series_views.technique_add, name="technique_add"),
    path("series/new/", series_views.series_edit, name="series_create"),
    path("series/<int:pk>/", series_views.series_edit, name="series_edit"),
    path(
        "series/install-defaults/",
        series_views.series_install_defaults,
        name="series_install_defaults",
    ),
]
