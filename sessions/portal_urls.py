from django.urls import path

from sessions import portal_views

urlpatterns = [
    path("", portal_views.portal, name="portal"),
]
