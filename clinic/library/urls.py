from django.urls import path

from clinic.library import views

app_name = "library"

urlpatterns = [
    path("", views.library, name="index"),
    path("new/", views.exercise_create, name="create"),
    path("<int:pk>/", views.exercise_detail, name="detail"),
    path("<int:pk>/edit/", views.exercise_edit, name="edit"),
    path("<int:pk>/image/", views.exercise_image, name="image"),
]
