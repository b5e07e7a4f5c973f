from django.urls import path

from clinic import library_views

urlpatterns = [
    path("", library_views.library, name="library"),
    path("new/", library_views.exercise_create, name="exercise_create"),
    path("<int:pk>/", library_views.exercise_detail, name="exercise_detail"),
    path("<int:pk>/edit/", library_views.exercise_edit, name="exercise_edit"),
    path("<int:pk>/image/", library_views.exercise_image, name="exercise_image"),
]
