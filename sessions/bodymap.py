"""The regions of the body map. Left and right are the client's own."""

from django.utils.translation import gettext_lazy as _

FRONT = [
    ("head_front", _("Head and face")),
    ("neck_front", _("Front of neck")),
    ("shoulder_front_r", _("Right shoulder, front")),
    ("shoulder_front_l", _("Left shoulder, front")),
    ("chest", _("Chest")),
    ("arm_r", _("Right arm")),
    ("arm_l", _("Left arm")),
    ("abdomen", _("Abdomen")),
    ("groin_r", _("Right groin and front of hip")),
    ("groin_l", _("Left groin and front of hip")),
    ("thigh_front_r", _("Front of right thigh")),
    ("thigh_front_l", _("Front of left thigh")),
    ("knee_r", _("Right knee")),
    ("knee_l", _("Left knee")),
    ("shin_r", _("Right shin")),
    ("shin_l", _("Left shin")),
    ("foot_r", _("Right foot")),
    ("foot_l", _("Left foot")),
]

BACK = [
    ("head_back", _("Back of head")),
    ("neck_back", _("Back of neck")),
    ("shoulder_back_l", _("Left shoulder, back")),
    ("shoulder_back_r", _("Right shoulder, back")),
    ("upper_back", _("Between the shoulder blades")),
    ("mid_back", _("Mid back")),
    ("low_back", _("Low back")),
    ("sacrum", _("Sacrum and SI joints")),
    ("buttock_l", _("Left buttock")),
    ("buttock_r", _("Right buttock")),
    ("hamstring_l", _("Back of left thigh")),
    ("hamstring_r", _("Back of right thigh")),
    ("calf_l", _("Left calf")),
    ("calf_r", _("Right calf")),
]

REGIONS = FRONT + BACK
REGION_LABELS = dict(REGIONS)

# Where referred pain is commonly thought to come from; the field also takes free text.
REFERRAL_SOURCES = [
    _("Iliopsoas trigger point"),
    _("Quadratus lumborum trigger point"),
    _("Piriformis"),
    _("Gluteus medius or minimus trigger point"),
    _("Rectus femoris"),
    _("Tensor fasciae latae / IT band"),
    _("Lumbar facet joints"),
    _("Sacroiliac joint"),
    _("Upper trapezius / levator scapulae"),
]
