"""The series templates and techniques every clinic starts with. A clinic admin can edit
the series afterwards; `Series.objects.install_defaults(clinic)` adds whichever are missing."""

from clinic.models import Method

SI_FEET = (
    "Feet and lower legs",
    "Build the base: free the feet, ankles and calves so the weight rests evenly on both feet.",
    "The client stands with even weight across the arches; ankles bend freely.",
)
SI_THIGHS = (
    "Knees and thighs",
    "Balance the front and back of the thighs and free the outer thigh (TFL and IT band) "
    "so the knees track straight.",
    "Knees point forward in standing and walking; the outer thigh is less guarded.",
)
SI_LATERAL = (
    "Sides of the body",
    "Lengthen the lateral line from the hip to the ribs: hip abductors, quadratus lumborum, "
    "the side of the trunk.",
    "More space between the ribs and the pelvis; the trunk sits level over the hips.",
)
SI_INNER = (
    "Inner legs and pelvic floor",
    "Work the adductors and the line from the inner ankle up to the pelvis.",
    "The legs support the pelvis from underneath; the inner line is as long as the outer.",
)
SI_FLEXORS = (
    "Hip flexors and abdomen",
    "Release the psoas, iliacus and rectus femoris and the abdominal wall to ease anterior "
    "pelvic tilt and the load on the lumbar spine.",
    "Pelvis closer to neutral; less lumbar lordosis; the client can lie flat without the "
    "low back arching.",
)
SI_BACK = (
    "Back of the body",
    "Hamstrings, gluteals, piriformis and the sacrum: let the back of the pelvis move and "
    "the hamstrings stop working as brakes.",
    "The sacrum moves with breathing; hamstrings no longer locked long.",
)
SI_CORE = (
    "Core and spine",
    "Deep core and the lumbar extensors: organise the spine over the pelvis now that the "
    "legs and hips support it.",
    "The client stands taller without effort; the low back is quiet in standing.",
)
SI_SHOULDERS = (
    "Shoulders, ribs and arms",
    "Free the shoulder girdle and ribcage so the shoulders rest on the trunk rather than "
    "being held up; address pain between the shoulder blades.",
    "Shoulders level and wide; less tension between the shoulder blades.",
)
SI_NECK = (
    "Neck and head",
    "Deep neck flexors, the back of the neck and the jaw: bring the head back over the "
    "shoulders and correct forward head posture.",
    "The head balances over the trunk; the neck turns freely.",
)
SI_INTEGRATION = (
    "Integration",
    "Connect the work: walking, bending and sitting with the new support; agree a home "
    "program to keep the change.",
    "The client moves as one piece and knows what to practise at home.",
)

DEFAULT_SERIES = [
    {
        "name": "Structural Integration — 10 sessions",
        "method": Method.STRUCTURAL_INTEGRATION,
        "session_count": 10,
        "description": "The classic series of ten one-hour sessions: support is built from "
        "the feet and legs, then the pelvis, core and back, finishing with the neck and "
        "head. Lasting change is expected after three to five sessions.",
        "steps": [
            SI_FEET,
            SI_THIGHS,
            SI_LATERAL,
            SI_INNER,
            SI_FLEXORS,
            SI_BACK,
            SI_CORE,
            SI_SHOULDERS,
            SI_NECK,
            SI_INTEGRATION,
        ],
    },
    {
        "name": "Structural Integration — 12 sessions",
        "method": Method.STRUCTURAL_INTEGRATION,
        "session_count": 12,
        "description": "The ten-session series opened by a session for breathing and "
        "closed by two integration sessions, for long-standing patterns.",
        "steps": [
            (
                "Breath and ribcage",
                "Free the ribs, diaphragm and the front of the chest so breathing moves "
                "the whole trunk.",
                "Breath reaches the back and sides of the ribs.",
            ),
            SI_FEET,
            SI_THIGHS,
            SI_LATERAL,
            SI_INNER,
            SI_FLEXORS,
            SI_BACK,
            SI_CORE,
            SI_SHOULDERS,
            SI_NECK,
            (
                "Integration of the lower body",
                "Walking and standing: connect feet, legs and pelvis in gait.",
                "An even, easy stride; the pelvis swings freely.",
            ),
            SI_INTEGRATION,
        ],
    },
    {
        "name": "SMT Level 1 — 3 sessions",
        "method": Method.SMT,
        "session_count": 3,
        "description": "Three sessions of Synergetic Myofascial Therapy for low back pain "
        "linked to the hip flexors.",
        "steps": [
            (
                "Assessment and the front of the hips",
                "Assess posture and pain; release the iliopsoas and rectus femoris, checking "
                "for trigger points that refer pain to the low back.",
                "Know the pattern; reduce pain referred from the hip flexors.",
            ),
            (
                "Back of the hips and low back",
                "Hamstrings, gluteals, piriformis and lumbar extensors.",
                "Less guarding in the low back; the pelvis moves more freely.",
            ),
            (
                "Integration and home program",
                "Connect the work and teach the home program: self-release and AIS.",
                "The client can do the home program unaided.",
            ),
        ],
    },
    {
        "name": "SMT Level 2 — 6 sessions",
        "method": Method.SMT,
        "session_count": 6,
        "description": "Six sessions of Synergetic Myofascial Therapy, taking the work past "
        "the hips to the trunk, shoulders and neck.",
        "steps": [
            (
                "Assessment and the front of the hips",
                "Assess posture and pain; release the iliopsoas, iliacus and rectus femoris.",
                "Know the pattern; reduce pain referred from the hip flexors.",
            ),
            (
                "Back of the hips and low back",
                "Hamstrings, gluteals, piriformis and lumbar extensors.",
                "Less guarding in the low back.",
            ),
            (
                "Sides of the body",
                "TFL, IT band, quadratus lumborum and the side of the trunk.",
                "The pelvis sits level; more room between ribs and pelvis.",
            ),
            (
                "Core and abdomen",
                "Abdominal wall and deep core; begin core strengthening that spares the back.",
                "The client can draw the navel toward the spine while breathing.",
            ),
            (
                "Upper back, shoulders and neck",
                "Pain between the shoulder blades and forward head posture.",
                "The head rests over the shoulders; less upper-back pain.",
            ),
            (
                "Integration and home program",
                "Connect the work; progress the home program.",
                "The client keeps the change with the home program.",
            ),
        ],
    },
    {
        "name": "Physiotherapy episode",
        "method": Method.PHYSIOTHERAPY,
        "session_count": None,
        "description": "An open-ended episode of care: an assessment, then treatment visits "
        "with progress checked at each one.",
        "steps": [
            (
                "Assessment",
                "History, posture, movement and strength tests; agree goals and start a home "
                "program.",
                "A working diagnosis, measurable goals and a first home program.",
            ),
            (
                "Treatment and review",
                "Check progress against the goals, treat (myofascial release, exercise) and "
                "adjust the home program.",
                "Steady progress toward the goals agreed at assessment.",
            ),
        ],
    },
]

DEFAULT_TECHNIQUES = [
    "Myofascial release",
    "Trigger point work",
    "Active Isolated Stretching",
    "Structural work",
    "Muscle energy technique",
    "Joint mobilisation",
    "Movement re-education",
    "Breathing work",
    "Home program review",
]
