from django.shortcuts import render

from clinic.access import practitioner_required
from clinic.models import Exercise


@practitioner_required
def library(request):
    exercises = Exercise.objects.for_user(request.user)
    return render(request, "clinic/library.html", {"exercises": exercises})
