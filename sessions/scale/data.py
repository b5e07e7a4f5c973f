"""The tables the scale data is drawn from, and the accounts and sizes the benchmark uses.

Nothing here imports Django: bench/run.py reads the sizes and the bench accounts before any
settings exist. The tables that name model choices are in sessions/scale/seeder.py.
"""

PASSWORD = "bench-pass-2026"
SEED = 2026
SLUG_PREFIX = "scale-"
EMAIL_DOMAIN = "scale.example"
BENCH_PRACTITIONER = f"bench-practitioner@{EMAIL_DOMAIN}"
BENCH_CLIENT = f"bench-client@{EMAIL_DOMAIN}"
# The same client and program, reading the portal in French.
BENCH_CLIENT_FR = f"bench-client-fr@{EMAIL_DOMAIN}"
# Clients of the bench practitioner made by sessions/scale/history.py: six years of care, the
# same current plan with nothing before it, and a home program of eleven exercises.
BENCH_LONG_CLIENT = f"bench-long@{EMAIL_DOMAIN}"
BENCH_TEN_CLIENT = f"bench-ten@{EMAIL_DOMAIN}"
BENCH_CLIENT_FULL = f"bench-client-full@{EMAIL_DOMAIN}"

# The data sets bench/run.py seeds, as seed_scale options; "large" is seed_scale's default.
SCALES = {
    "small": {
        "clinics": 2,
        "practitioners": 20,
        "clients": 2000,
        "sessions": 20000,
        "adherence": 50000,
    },
    "large": {
        "clinics": 20,
        "practitioners": 200,
        "clients": 20000,
        "sessions": 200000,
        "adherence": 500000,
    },
    "xlarge": {
        "clinics": 100,
        "practitioners": 1000,
        "clients": 200000,
        "sessions": 2000000,
        "adherence": 5000000,
    },
}
# The smallest number each seed_scale option accepts.
COUNT_NAMES = {"clinics": 1, "practitioners": 1, "clients": 1, "sessions": 10, "adherence": 0}

SI_10 = "Structural Integration — 10 sessions"
SI_12 = "Structural Integration — 12 sessions"
SMT_1 = "SMT Level 1 — 3 sessions"
SMT_2 = "SMT Level 2 — 6 sessions"
PHYSIO = "Physiotherapy episode"

# fmt: off
FIRST_NAMES = [
    "Aaliyah", "Abdul", "Ada", "Adebayo", "Adriana", "Ahmed", "Aiko", "Aisha", "Alejandro",
    "Alice", "Amara", "Amir", "Ana", "Anders", "Andrea", "Ange", "Anika", "Anton", "Arjun",
    "Astrid", "Ayesha", "Bao", "Beatriz", "Ben", "Bianca", "Bongani", "Bruno", "Camille",
    "Carlos", "Carmen", "Chen", "Chiara", "Chloe", "Chidi", "Claire", "Colm", "Dalia",
    "Daniel", "Darius", "Deepa", "Diego", "Dimitri", "Dina", "Duc", "Eamon", "Edith", "Elena",
    "Elif", "Emeka", "Emil", "Emma", "Esther", "Farah", "Fatima", "Felix", "Fiona", "Freya",
    "Gabriel", "Grace", "Greta", "Hamid", "Hana", "Hannah", "Harriet", "Hassan", "Helga",
    "Hiroshi", "Ibrahim", "Ines", "Ingrid", "Isaac", "Ivan", "Jamal", "James", "Javier",
    "Jia", "Joao", "Jonah", "Jorge", "Julia", "Kai", "Kamala", "Karin", "Keisha", "Kenji",
    "Kwame", "Lars", "Layla", "Leila", "Leon", "Lin", "Lucia", "Luis", "Mai", "Malik",
    "Marcus", "Maria", "Mariam", "Marta", "Mateo", "Mei", "Mia", "Miguel", "Mina", "Mohammed",
    "Nadia", "Naomi", "Nikhil", "Nina", "Noah", "Nora", "Oksana", "Olivia", "Omar", "Oscar",
    "Pablo", "Patrick", "Pedro", "Priya", "Rafael", "Rahul", "Rania", "Remy", "Rosa", "Ruth",
    "Sakura", "Samir", "Samuel", "Sana", "Sara", "Sebastian", "Shira", "Simone", "Siobhan",
    "Sofia", "Stefan", "Sunita", "Tariq", "Thandiwe", "Theo", "Tomasz", "Uma", "Valentina",
    "Victor", "Wei", "Yara", "Yusuf", "Yuki", "Zainab", "Zara", "Zoe",
]
LAST_NAMES = [
    "Abara", "Abbott", "Adeyemi", "Ahmadi", "Alvarez", "Andersen", "Arceneaux", "Asante",
    "Bakker", "Banerjee", "Batiste", "Becker", "Bello", "Bergstrom", "Bianchi", "Bjork",
    "Boudreaux", "Brennan", "Broussard", "Byrne", "Castillo", "Chandra", "Chen", "Clarke",
    "Costa", "Cruz", "Dahl", "Delgado", "Desai", "Diallo", "Dlamini", "Doucet", "Dubois",
    "Duarte", "Eriksen", "Evans", "Farouk", "Feldman", "Fernandez", "Fischer", "Fontenot",
    "Gallagher", "Garcia", "Ghosh", "Goldberg", "Gonzalez", "Guidry", "Gupta", "Haddad",
    "Hansen", "Hashemi", "Hebert", "Hoffmann", "Horvat", "Hughes", "Ibrahim", "Ivanova",
    "Jansen", "Jensen", "Johansson", "Kahananui", "Kaur", "Keller", "Khan", "Kim", "Klein",
    "Kowalczyk", "Kowalski", "Kruger", "Kumar", "Landry", "Larsen", "Lee", "Liang",
    "Lindgren", "Lindqvist", "Lopez", "Lund", "Mahlangu", "Marsh", "Martin", "Mbeki",
    "Mehta", "Mendoza", "Meyer", "Molina", "Moreau", "Morales", "Mouton", "Murphy", "Musa",
    "Nakamura", "Ndlovu", "Nguyen", "Nielsen", "Novak", "Nowak", "Nunez", "O'Brien",
    "O'Connor", "Okafor", "Okonkwo", "Olsen", "Ortiz", "Osei", "Park", "Patel", "Pereira",
    "Petrovic", "Pham", "Popescu", "Quinn", "Rahimi", "Raman", "Ramirez", "Reddy", "Reyes",
    "Richard", "Rivera", "Rossi", "Russo", "Sato", "Schmidt", "Schneider", "Shah", "Silva",
    "Singh", "Sokolov", "Solberg", "Suzuki", "Svensson", "Takahashi", "Tan", "Thibodeaux",
    "Torres", "Tran", "Vargas", "Varga", "Vasquez", "Vogel", "Wagner", "Walsh", "Wang",
    "Weber", "Whitfield", "Wilson", "Wojcik", "Wong", "Yamamoto", "Yilmaz", "Young", "Zhang",
    "Zielinski",
]
PLACES = [
    "Harbour", "Bayou", "Cedar", "Juniper", "Riverside", "Northgate", "Willow", "Granite",
    "Meadow", "Lakeside", "Summit", "Kestrel", "Foxglove", "Tideline", "Alder", "Copper",
    "Marlow", "Heron", "Orchard", "Sandstone", "Thistle", "Birch", "Quarry", "Linden",
]
CLINIC_KINDS = [
    "Structural Integration", "Bodywork", "Physiotherapy", "Myofascial Therapy",
    "Massage & Movement", "Manual Therapy",
]
TIME_ZONES = [
    "America/Los_Angeles", "America/Chicago", "America/New_York", "America/Denver",
    "Europe/London", "Europe/Berlin", "Australia/Sydney", "Pacific/Auckland",
]
AREA_CODES = ["206", "337", "503", "512", "617", "720", "312", "415", "804", "907"]
CLIENT_DOMAINS = ["example.com", "example.net", "example.org"]
EXTRA_COMPLAINTS = [
    "Neck stiffness turning to the left, worse after long drives.",
    "Knee pain on stairs since starting to run again; the outer thigh feels tight.",
    "Heel pain first thing in the morning, easing after a few minutes of walking.",
    "Tension headaches most afternoons, with a stiff neck and tight jaw.",
    "Shoulder ache reaching overhead; sleeps badly on the right side.",
    "Hip pain after sitting cross-legged; groin tight on the left.",
]
POSTURE_NOTES = [
    "Weight on the heels; right foot turns out more than the left.",
    "Knees lock back in standing.",
    "Both feet roll in, the left more.",
    "Lies flat on her back without the low back arching.",
    "Trunk shifted to the right over the pelvis.",
    "Right shoulder sits higher than the left.",
    "Flat feet; both ankles stiff.",
    "Ribs flare at the front when the arms go overhead.",
]
# What clients write in their log; seeder.py adds the comments of the demo's log.
MORE_ADHERENCE_COMMENTS = [
    "Skipped the strap one, no time this morning.",
    "Felt a pull in the back of the thigh, went gentler.",
    "Did them after my run, much easier.",
    "Back was sore after gardening; the release helped.",
    "Travelling this week, did what I could in the hotel.",
    "Hard to keep the navel drawn in while breathing.",
]
# fmt: on

# The regions a client's pain shows up in, as (region, source); a source marks it referred.
PAIN_PATTERNS = [
    [("low_back", "Iliopsoas trigger point"), ("groin_l", "Iliopsoas trigger point"),
     ("upper_back", "")],
    [("low_back", ""), ("sacrum", "")],
    [("buttock_r", ""), ("hamstring_r", "Piriformis"), ("calf_r", "Piriformis")],
    [("buttock_l", ""), ("hamstring_l", "Piriformis")],
    [("upper_back", ""), ("neck_back", ""), ("head_back", "Upper trapezius / levator scapulae")],
    [("groin_r", ""), ("thigh_front_r", "Rectus femoris"), ("low_back", "")],
    [("thigh_front_l", ""), ("knee_l", "Tensor fasciae latae / IT band")],
    [("low_back", "Quadratus lumborum trigger point"),
     ("buttock_l", "Quadratus lumborum trigger point")],
    [("shoulder_back_r", ""), ("arm_r", "Upper trapezius / levator scapulae"),
     ("neck_back", "")],
    [("low_back", "Lumbar facet joints"), ("buttock_r", "Sacroiliac joint"), ("sacrum", "")],
]  # fmt: skip

POSTURE_CHOICES = {
    "pelvic_tilt": (["anterior", "neutral", "posterior"], [6, 3, 1]),
    "lumbar_lordosis": (["increased", "normal", "reduced"], [6, 3, 1]),
    "thoracic_curve": (["increased", "normal", "reduced"], [4, 5, 1]),
    "head_position": (["forward", "neutral"], [6, 4]),
    "hamstrings": (["locked_long", "normal", "short"], [4, 3, 3]),
    "abdominals": (["weak", "normal"], [6, 4]),
}

# What each kind of credential lets a practitioner lead: (series name, weight).
LEADS = {
    "si": [(SI_10, 3), (SI_12, 1)],
    "smt1": [(SMT_1, 1)],
    "smt2": [(SMT_1, 1), (SMT_2, 3)],
    "physio": [(PHYSIO, 1)],
}
PROFESSIONS = {
    "si": "Certified Structural Integration practitioner",
    "smt1": "Licensed massage therapist",
    "smt2": "Licensed massage therapist",
    "physio": "Physiotherapist",
}
SECOND_CREDENTIAL = {"si": "physio", "smt1": "si", "smt2": "physio", "physio": "smt2"}

PROGRAM_NOTES = [
    "Do these every morning, before work. Slow and easy: it should never hurt.",
    "Two new ones for the back of the legs and the glutes. Keep the morning routine.",
    "Once a day, in the evening. Breathe out as you move into each position, and never bounce.",
    "Before your walk or run. Stop any that bring on your usual pain and tell me next time.",
    "",
]

# Outcome measures of the scale clinics' series: the bench plan's booked seventh session
# has both due.
MEASURE_SCHEDULES = {
    SI_10: [
        {"measure": "nprs", "sessions": [1, 4, 7, 10]},
        {"measure": "psfs", "sessions": [1, 4, 7, 10]},
    ],
    PHYSIO: [{"measure": "psfs", "every": True}],
}

# One clinic in this many works in French (the second, then every fifth after it), in a
# Quebec place and time zone.
FRENCH_EVERY = 5
QUEBEC_PLACES = [
    "Outremont", "Limoilou", "Sherbrooke", "Rimouski", "Chicoutimi", "Gatineau",
    "Trois-Rivieres", "Levis",
]  # fmt: skip
QUEBEC_TIME_ZONE = "America/Toronto"
CLINIC_KINDS_FR = {
    "Structural Integration": "Intégration structurelle",
    "Bodywork": "Clinique de soins corporels",
    "Physiotherapy": "Physiothérapie",
    "Myofascial Therapy": "Thérapie myofasciale",
    "Massage & Movement": "Massothérapie et mouvement",
    "Manual Therapy": "Thérapie manuelle",
}

# The intake: what clients write (sessions/scale/extras.py).
INTAKE_BETTER = ["Walking, heat", "Moving around", "A hot shower", "Lying down", "Stretching"]
INTAKE_WORSE = [
    "Sitting, bending forward", "Long drives", "Standing still", "Stairs", "Lifting the kids",
    "Mornings",
]  # fmt: skip
INTAKE_HISTORY = [
    "", "Two earlier episodes; physiotherapy helped.", "Massage now and then for years.",
    "Chiropractor last year, some relief.", "First time it has lasted this long.",
]  # fmt: skip
INTAKE_CONDITIONS = ["None", "", "Asthma", "Knee arthroscopy in 2015", "High blood pressure"]
INTAKE_MEDICATIONS = ["", "None", "Ibuprofen when needed", "Paracetamol at night", "Inhaler"]
INTAKE_GOALS = [
    "Sit through a workday without pain.", "Run again.", "Sleep through the night.",
    "Pick up my grandchildren.", "Garden for an afternoon.", "Stand straighter.",
]  # fmt: skip
SCREEN_REVIEW_REASONS = [
    "Asked at session 1: nothing new, and it has been there for years.",
    "Spoke with her doctor, who is happy for us to go ahead.",
    "Sent to the doctor first; we will start once they have seen him.",
]
# Drawn signatures, as the pad posts them: strokes of [x, y] in a 600 × 200 box.
SIGNATURES = [
    [[[20, 150], [80, 60], [140, 140], [200, 70]], [[240, 110], [420, 100]]],
    [[[40, 120], [90, 40], [120, 160], [170, 50], [230, 150]], [[260, 90], [330, 130]]],
    [[[30, 100], [110, 100], [160, 40], [200, 170], [300, 80], [380, 120]]],
]
PSFS_ACTIVITIES = [
    "Sitting through a meeting", "Carrying the shopping", "Gardening", "Running",
    "Sleeping on my side", "Driving more than an hour", "Lifting my child", "Climbing stairs",
]  # fmt: skip
DAY_CHANGE_NOTES = ["Holiday", "Course", "Conference", "Dentist", ""]
CLIP_NOTES = ["Slow on the way down; keep the ribs soft.", "Breathe out as you go in.", ""]
