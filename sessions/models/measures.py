"""Outcome measures: the instruments a clinic uses and the clients' responses to them."""

from django.conf import settings
from django.db import connections, models, transaction
from django.db.models import Count, F, Window
from django.db.models.functions import FirstValue
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinic.content import in_both
from clinic.models import Client, Clinic, ClinicScopedQuerySet
from sessions import scoring
from sessions.instruments import BUILTINS
from sessions.instruments_fr import french_of
from sessions.models.outcomes import OutcomesTotals
from sessions.models.treatment import Plan, TreatmentSession


class Rule(models.TextChoices):
    PERCENT = "percent", _("Percentage of the maximum over the items answered")
    SUM = "sum", _("Sum of the answers")
    MEAN = "mean", _("Mean of the answers")
    START_BACK = "start_back", _("STarT Back: total, distress subscale and risk group")
    NPRS = "nprs", _("Pain rating: mean of worst, least and usual")
    PSFS = "psfs", _("Functional scale: mean of the client's activities")
    GROC = "groc", _("Global rating of change")


# The rules a clinic may pick for a questionnaire of its own.
CLINIC_RULES = [Rule.PERCENT, Rule.SUM, Rule.MEAN, Rule.START_BACK]


class InstrumentQuerySet(ClinicScopedQuerySet):
    def install_builtins(self, clinic):
        """Adds the built-in measures a clinic does not have yet (matched by key), in
        English and French."""
        have = set(self.filter(clinic=clinic).values_list("key", flat=True))
        self.bulk_create(
            Instrument(clinic=clinic, is_builtin=True, **builtin_columns(spec))
            for spec in BUILTINS
            if spec["key"] not in have
        )


TRANSLATED_INSTRUMENT_FIELDS = ("name", "plain_name", "intro", "items")


def builtin_columns(spec):
    """A built-in measure's fields, its words in both languages' columns."""
    same = {k: v for k, v in spec.items() if k not in TRANSLATED_INSTRUMENT_FIELDS}
    return same | in_both(TRANSLATED_INSTRUMENT_FIELDS, spec, french_of(spec))


class Instrument(models.Model):
    """A questionnaire or rating: its items, how it is scored, and what counts as a
    meaningful change, with the source of each fact."""

    class Kind(models.TextChoices):
        PAIN = "pain", _("Pain")
        FUNCTION = "function", _("Function")
        CHANGE = "change", _("Change since the start")
        RISK = "risk", _("Risk")
        OTHER = "other", _("Other")

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="instruments")
    key = models.SlugField(_("key"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    plain_name = models.CharField(
        _("name for clients"),
        max_length=60,
        blank=True,
        help_text=_("How the portal names the score, e.g. “back score”."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.OTHER)
    rule = models.CharField(_("scoring rule"), max_length=12, choices=Rule)
    intro = models.TextField(_("introduction"), blank=True)
    items = models.JSONField(_("items"), default=list)
    questionnaire = models.JSONField(
        _("questionnaire"),
        null=True,
        blank=True,
        help_text=_("The FHIR Questionnaire it was loaded from."),
    )
    higher_is_better = models.BooleanField(_("higher is better"), default=False)
    mcid = models.FloatField(_("minimal important change"), null=True, blank=True)
    mcid_source = models.TextField(_("mcid source"), blank=True)
    bands = models.JSONField(_("bands"), default=list, blank=True)
    bands_source = models.TextField(_("bands source"), blank=True)
    loinc = models.CharField(_("LOINC code"), max_length=20, blank=True)
    is_builtin = models.BooleanField(_("is builtin"), default=False, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = InstrumentQuerySet.as_manager()

    class Meta:
        ordering = ["-is_builtin", "name"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "key"], name="instrument_key_unique")
        ]

    def __str__(self):
        return self.name

    @property
    def is_change_rating(self):
        """Rated as change since the start: judged against zero, not a first score."""
        return self.kind == self.Kind.CHANGE

    def scale(self):
        """(lowest, highest) score the rule can give, for the chart's axis."""
        if self.rule == Rule.PERCENT:
            return 0, 100
        if self.rule in (Rule.NPRS, Rule.PSFS):
            return 0, 10
        if self.rule == Rule.GROC:
            return -7, 7
        ranges = [scoring.item_range(item) for item in self.items] or [(0, 10)]
        if self.rule == Rule.SUM or self.rule == Rule.START_BACK:
            return sum(low for low, _ in ranges), sum(high for _, high in ranges)
        return min(low for low, _ in ranges), max(high for _, high in ranges)

    def score(self, answers):
        return scoring.score(self.rule, self.items, answers)

    def band_of(self, value):
        for band in self.bands:
            if value <= band["upto"]:
                return band["label"]
        return ""

    def verdict(self, baseline, value):
        """ "improved" / "same" / "worse" for `value` against the first score (or zero for a
        change rating), or None when the measure has no minimal important change."""
        start = 0 if self.is_change_rating else baseline
        if start is None:
            return None
        return scoring.verdict(value - start, self.mcid, self.higher_is_better)


class ResponseQuerySet(ClinicScopedQuerySet):
    clinic_path = "client__clinic"

    def submitted(self):
        return self.filter(status=Response.Status.SUBMITTED)


class Response(models.Model):
    """A client's answers to one instrument at one session of their plan."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")

    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="responses")
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="responses")
    session = models.ForeignKey(
        TreatmentSession, on_delete=models.PROTECT, related_name="responses"
    )
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="responses")
    answers = models.JSONField(_("answers"), default=dict)
    score = models.FloatField(_("score"), null=True, blank=True)
    parts = models.JSONField(
        _("parts"), default=dict, blank=True, help_text=_("Subscales and groups.")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["session_id", "instrument_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "instrument"], name="one_response_per_session_measure"
            )
        ]
        indexes = [models.Index(fields=["plan", "status"], name="response_plan_status")]

    def __str__(self):
        return f"{self.instrument} at {self.session}"

    @property
    def is_submitted(self):
        return self.status == self.Status.SUBMITTED

    def save_answers(self, answers, user, submit):
        """Keeps the answers as a draft, or scores and submits them (raises
        scoring.Incomplete, saving the draft, when they cannot be scored)."""
        self.answers = answers
        self.entered_by = user
        with transaction.atomic():
            if submit:
                try:
                    result = self.instrument.score(answers)
                except scoring.Incomplete:
                    self.save()
                    raise
                self.score, self.parts = result.value, result.parts
                self.status = self.Status.SUBMITTED
                self.submitted_at = timezone.now()
            self.save()
            if submit:
                refresh_measure_verdict(self.plan)
                PlanMeasure.objects.refresh(Plan.objects.filter(pk=self.plan_id))


def refresh_measure_verdict(plan):
    """Keeps Plan.measure_verdict: whether any measure shows a meaningful improvement on
    its first score, so lists of plans flag reassessment without reading responses."""
    first = {}
    verdict = Plan.MeasureVerdict.NONE
    responses = (
        Response.objects.submitted()
        .filter(plan=plan)
        .select_related("instrument", "session")
        .order_by("session__number")
    )
    for response in responses:
        instrument = response.instrument
        if instrument.pk not in first and not instrument.is_change_rating:
            first[instrument.pk] = response.score
            verdict = verdict or Plan.MeasureVerdict.NOT_IMPROVED
            continue
        result = instrument.verdict(first.get(instrument.pk), response.score)
        if result == "improved":
            verdict = Plan.MeasureVerdict.IMPROVED
            break
        if result is not None:
            verdict = Plan.MeasureVerdict.NOT_IMPROVED
    Plan.objects.filter(pk=plan.pk).update(measure_verdict=verdict)
    plan.measure_verdict = verdict


class PlanMeasureQuerySet(models.QuerySet):
    def refresh(self, plans):
        """Rewrites the summaries of `plans` (a queryset) from their submitted responses, in
        one statement however many responses there are, so seeding and imports can afford
        it."""
        self.filter(plan__in=plans).delete()
        whole = {"partition_by": [F("plan"), F("instrument")]}
        order = [F("session__number"), F("session_id")]
        rows = (
            Response.objects.submitted()
            .filter(plan__in=plans)
            .annotate(
                first=Window(FirstValue("score"), order_by=order, **whole),
                last=Window(FirstValue("score"), order_by=[o.desc() for o in order], **whole),
                answered=Window(Count("pk"), **whole),
            )
            .values_list("plan", "instrument", "first", "last", "answered")
            .order_by()
            .distinct()
        )
        sql, params = rows.query.sql_with_params()
        columns = "plan_id, instrument_id, first_score, last_score, answered"
        with connections[self.db].cursor() as cursor:
            cursor.execute(f"INSERT INTO {PlanMeasure._meta.db_table} ({columns}) {sql}", params)
        # The report counts completed plans only: a measure of a plan under way changes none.
        completed = plans.filter(status=Plan.Status.COMPLETED)
        OutcomesTotals.objects.using(self.db).changed(clinic__clients__plans__in=completed)


class PlanMeasure(models.Model):
    """A plan's submitted responses to one measure, summed up for the outcomes report: its
    first and last score (in session order) and how many answers there were. Kept by
    PlanMeasure.objects.refresh wherever responses are submitted or written."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="measure_summaries")
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="+")
    first_score = models.FloatField(null=True)
    last_score = models.FloatField(null=True)
    answered = models.PositiveIntegerField()

    objects = PlanMeasureQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "instrument"], name="one_summary_per_plan_measure"
            )
        ]

    def __str__(self):
        return f"{self.instrument_id} in plan {self.plan_id}"
