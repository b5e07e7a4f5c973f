"""View decorators for the three roles. A wrong role gets 404, like a missing page."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404


def _role_required(test):
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(request, *args, **kwargs):
            if not test(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


practitioner_required = _role_required(lambda user: user.is_practitioner)
clinic_admin_required = _role_required(lambda user: user.is_clinic_admin)
client_required = _role_required(lambda user: user.is_client)
