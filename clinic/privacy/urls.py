from django.urls import path

from clinic.privacy import views

app_name = "privacy"

urlpatterns = [
    path("person-in-charge/", views.officer, name="officer"),
    path("incidents/", views.incident_list, name="incidents"),
    path("incidents/new/", views.incident_create, name="incident_create"),
    path("incidents/<int:pk>/correct/", views.incident_correct, name="incident_correct"),
]
