import zoneinfo

from django.utils import timezone


class ClinicTimeZoneMiddleware:
    """Shows dates and times in the time zone of the signed-in user's clinic."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        clinic = request.user.clinic if request.user.is_authenticated else None
        if clinic:
            timezone.activate(zoneinfo.ZoneInfo(clinic.time_zone))
        else:
            timezone.deactivate()
        return self.get_response(request)
