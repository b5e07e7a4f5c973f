"""Public booking pages, reached without signing in: each is guarded by what its URL
carries (a signed reminder link, a calendar token) or is the clinic's public booking page,
off until its admin turns it on."""

from django.urls import path

from sessions.views import booking_links, public_booking

app_name = "booking"

urlpatterns = [
    path("link/<str:token>/", booking_links.link, name="link"),
    path("calendar/<str:token>.ics", booking_links.feed, name="feed"),
    path("<slug:slug>/", public_booking.public, name="public"),
    path("confirm/<str:token>/", public_booking.confirm, name="public_confirm"),
]
