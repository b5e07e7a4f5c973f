from django.urls import path

from sessions.views import instruments, series

app_name = "series"

urlpatterns = [
    path("", series.series_list, name="list"),
    path("techniques/", series.technique_add, name="technique_add"),
    path("new/", series.series_edit, name="create"),
    path("<int:pk>/", series.series_edit, name="edit"),
    path("install-defaults/", series.series_install_defaults, name="install_defaults"),
    path("measures/", instruments.measure_list, name="measures"),
    path("measures/new/", instruments.measure_create, name="measure_create"),
    path("measures/upload/", instruments.measure_upload, name="measure_upload"),
]
