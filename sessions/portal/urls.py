from django.urls import path

from sessions.portal import booking, views

app_name = "portal"

urlpatterns = [
    path("", views.portal, name="home"),
    path("week/", views.week, name="week"),
    path("print/", views.print_program, name="print"),
    path("items/<uuid:item_key>/done/", views.log_done, name="log_done"),
    path("items/<uuid:item_key>/undo/", views.log_undo, name="log_undo"),
    path("exercises/<uuid:item_key>/image/", views.exercise_image, name="exercise_image"),
    path("sessions/", booking.sessions, name="sessions"),
    path("sessions/book/", booking.book, name="book"),
    path("sessions/<int:pk>/move/", booking.move, name="session_move"),
    path("sessions/<int:pk>/cancel/", booking.cancel, name="session_cancel"),
]
