from django.urls import path

from sessions import portal_views

urlpatterns = [
    path("", portal_views.portal, name="portal"),
    path("week/", portal_views.week, name="portal_week"),
    path("print/", portal_views.print_program, name="portal_print"),
    path("items/<uuid:item_key>/done/", portal_views.log_done, name="portal_log_done"),
    path("items/<uuid:item_key>/undo/", portal_views.log_undo, name="portal_log_undo"),
    path(
        "exercises/<uuid:item_key>/image/",
        portal_views.exercise_image,
        name="portal_exercise_image",
    ),
]
