"""The regions of the body map. Left and right are the client's own."""

FRONT = [
    ("head_front", "Head and face"),
    ("neck_front", "Front of neck"),
    ("shoulder_front_r", "Right shoulder, front"),
    ("shoulder_front_l", "Left shoulder, front"),
    ("chest", "Chest"),
    ("arm_r", "Right arm"),
    ("arm_l", "Left arm"),
    ("abdomen", "Abdomen"),
    ("groin_r", "Right groin and front of hip"),
    ("groin_l", "Left groin and front of hip"),
    ("thigh_front_r", "Front of right thigh"),
    ("thigh_front_l", "Front of left thigh"),
    ("knee_r", "Right knee"),
    ("knee_l", "Left knee"),
    ("shin_r", "Right shin"),
    ("shin_l", "Left shin"),
    ("foot_r", "Right foot"),
    ("foot_l", "Left foot"),
]

BACK = [
    ("head_back", "Back of head"),
    ("neck_back", "Back of neck"),
    ("shoulder_back_l", "Left shoulder, back"),
    ("shoulder_back_r", "Right shoulder, back"),
    ("upper_back", "Between the shoulder blades"),
    ("mid_back", "Mid back"),
    ("low_back", "Low back"),
    ("sacrum", "Sacrum and SI joints"),
    ("buttock_l", "Left buttock"),
    ("buttock_r", "Right buttock"),
    ("hamstring_l", "Back of left thigh"),
    ("hamstring_r", "Back of right thigh"),
    ("calf_l", "Left calf"),
    ("calf_r", "Right calf"),
]

REGIONS = FRONT + BACK
REGION_LABELS = dict(REGIONS)

# Where referred pain is commonly thought to come from; the field also takes free text.
REFERRAL_SOURCES = [
    "Iliopsoas trigger point",
    "Quadratus lumborum trigger point",
    "Piriformis",
    "Gluteus medius or minimus trigger point",
    "Rectus femoris",
    "Tensor fasciae latae / IT band",
    "Lumbar facet joints",
    "Sacroiliac joint",
    "Upper trapezius / levator scapulae",
]
