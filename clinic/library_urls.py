from django.urls import path

from clinic import library_views

urlpatterns = [
    path("", library_views.library, name="library"),
]
