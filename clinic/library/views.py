"""The exercise library, for practitioners: shared entries plus their clinic's own."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from clinic.access import clinic_admin_required, practitioner_required
from clinic.content import reads_french
from clinic.files import private_file_response
from clinic.library.forms import ExerciseForm
from clinic.library.models import Exercise
from clinic.params import search_text

EXERCISES_PER_PAGE = 20


def muscle_choices(exercises):
    """The distinct target muscles of `exercises` in the reader's language (or the one an
    entry has), sorted, in one query."""
    first, second = (
        ("target_muscles_fr_ca", "target_muscles_en")
        if reads_french()
        else ("target_muscles_en", "target_muscles_fr_ca")
    )
    muscles = {}
    for ours, other in exercises.values_list(first, second):
        for muscle in (ours or other or "").split(","):
            if muscle.strip():
                muscles.setdefault(muscle.strip().lower(), muscle.strip())
    return sorted(muscles.values(), key=str.lower)


def exercise_rows(exercises, clinic):
    """What the library's table says of each exercise. Said here, not in the template:
    a {% url %} and two filters a row were a tenth of the page's time."""
    detail_url = reverse("library:detail", args=[0]).replace("/0/", "/%d/")  # once, not a row
    return [
        {
            "url": detail_url % exercise.pk,
            "name": clinic.worded(exercise.name),
            "is_shared": exercise.is_shared,
            "kind": clinic.kind_label(exercise.kind),
            "muscles": exercise.target_muscles or "—",
            "dose": exercise.dose_text,
        }
        for exercise in exercises
    ]


@practitioner_required
def library(request):
    clinic = request.user.practitioner.clinic
    visible = Exercise.objects.for_user(request.user)
    query = search_text(request)
    kind = request.GET.get("kind", "")
    kind = kind if kind in Exercise.Kind.values else ""
    muscle = search_text(request, "muscle")
    exercises = visible.search(query) if query else visible
    if kind:
        exercises = exercises.filter(kind=kind)
    if muscle:
        exercises = exercises.with_muscle(muscle)
    page = Paginator(exercises.listed(), EXERCISES_PER_PAGE).get_page(request.GET.get("page"))
    muscles = muscle_choices(visible)
    context = {
        "page": page,
        "rows": exercise_rows(page.object_list, clinic),
        "query": query,
        "kind": kind,
        "muscle": muscle,
        "filtered": bool(query or kind or muscle),
        "kinds": [(value, clinic.kind_label(value)) for value in Exercise.Kind.values],
        "muscles": muscles,
        # Found here, not by lowercasing both names for each of a hundred-odd options.
        "selected_muscle": next((m for m in muscles if m.lower() == muscle.lower()), None),
    }
    template = "clinic/library.html"
    if request.htmx and request.htmx.target == "exercise-results":
        template += "#results"
    return render(request, template, context)


@practitioner_required
def exercise_detail(request, pk):
    exercise = get_object_or_404(Exercise.objects.for_user(request.user), pk=pk)
    context = {"exercise": exercise, "can_edit": exercise.editable_by(request.user)}
    return render(request, "clinic/exercise_detail.html", context)


@practitioner_required
def exercise_create(request):
    clinic = request.user.practitioner.clinic
    form = ExerciseForm(request.POST or None, request.FILES or None, clinic=clinic)
    if form.is_valid():
        exercise = form.save()
        messages.success(
            request,
            _("“%(name)s” is now in your library.") % {"name": clinic.worded(exercise.name)},
        )
        return redirect("library:detail", exercise.pk)
    return render(request, "clinic/exercise_form.html", {"form": form})


@clinic_admin_required
def exercise_edit(request, pk):
    clinic = request.user.practitioner.clinic
    exercise = get_object_or_404(Exercise.objects.editable_by(request.user), pk=pk)
    saved_name = clinic.worded(exercise.name)  # the form changes the instance as it checks
    form = ExerciseForm(
        request.POST or None, request.FILES or None, instance=exercise, clinic=clinic
    )
    if form.is_valid():
        form.save()
        messages.success(request, _("Changes saved."))
        return redirect("library:detail", exercise.pk)
    return render(
        request,
        "clinic/exercise_form.html",
        {"form": form, "exercise": exercise, "saved_name": saved_name},
    )


@practitioner_required
def exercise_image(request, pk):
    exercise = get_object_or_404(
        Exercise.objects.for_user(request.user).exclude(image="").only("image"), pk=pk
    )
    return private_file_response(exercise.image)
