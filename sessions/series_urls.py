from django.urls import path

from sessions.views import series

app_name = "series"

urlpatterns = [
    path("", series.series_list, name="list"),
    path("techniques/", series.technique_add, name="technique_add"),
    path("new/", series.series_edit, name="create"),
    path("<int:pk>/", series.series_edit, name="edit"),
    path("install-defaults/", series.series_install_defaults, name="install_defaults"),
]
