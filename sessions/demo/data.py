"""The demo data as tables: two clinics' clients and the plans, visits and bookings charted
for some of them. sessions/demo/seed.py writes them to the database."""

from dataclasses import dataclass, field

from clinic.models import Client
from sessions.models import Plan, TreatmentSession

PASSWORD = "demo-pass-2026"
SEED = 2026

SITTING = Client.ActivityLevel.MOSTLY_SITTING
MIXED = Client.ActivityLevel.MIXED
ON_FEET = Client.ActivityLevel.ON_FEET
PHYSICAL = Client.ActivityLevel.PHYSICAL

EMAIL_DOMAINS = ["example.com", "example.net", "example.org"]


@dataclass
class DemoClient:
    first_name: str
    last_name: str
    born: int  # year of birth; the day within it comes from the random generator
    occupation: str
    activity_level: str
    onset_days_ago: int  # under about 90 days is acute, more is chronic
    main_complaint: str
    consent: bool = True
    archived: bool = False

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"


# The tables below keep one client per block; ruff would split every field onto a line.
# fmt: off
HARBOUR_PORTAL_CLIENT = DemoClient(
    "Priya", "Raman", 1988, "Software developer", SITTING, 430,
    "Dull ache across the low back after long days at the desk, worst when she first stands "
    "up. Both hip flexors test short; pressing the left iliopsoas brings on her usual back pain.",
)

HARBOUR_CLIENTS = [
    DemoClient(
        "Marcus", "Okafor", 1971, "Truck driver", SITTING, 900,
        "Low back ache that builds over long hauls and eases once he walks around. Right psoas "
        "tender, and pressure there reproduces the ache in his back.",
    ),
    DemoClient(
        "Elena", "Moreau", 1983, "Nurse", ON_FEET, 400,
        "Aching across the low back by the end of twelve-hour shifts. Standing, she shows a "
        "clear anterior pelvic tilt and a deep lumbar curve.",
    ),
    DemoClient(
        "Tomasz", "Kowalczyk", 1979, "Carpenter", PHYSICAL, 42,
        "Sharp pain on the left of the low back since lifting a sheet of plywood six weeks "
        "ago. Worse bending forward and getting out of the truck.",
    ),
    DemoClient(
        "Aisha", "Bello", 1997, "Barista", ON_FEET, 250,
        "Pain between the shoulder blades by the middle of a shift, with her head carried well "
        "forward of her shoulders. Occasional tension headaches.",
    ),
    DemoClient(
        "Hiroshi", "Nakamura", 1953, "Retired teacher", MIXED, 2200,
        "Stiff low back every morning that loosens after half an hour of moving. Has had it "
        "for years and wants to keep up his gardening.",
    ),
    DemoClient(
        "Siobhan", "Gallagher", 1986, "Dental hygienist", MIXED, 700,
        "Pain between the shoulder blades and up into the neck from leaning over patients all "
        "day. Forward head posture and rounded shoulders.",
    ),
    DemoClient(
        "Daniel", "Haddad", 1992, "Software developer", SITTING, 365,
        "Stiffness in the low back and the front of the hips after long spells at the desk; it "
        "takes him several steps to stand up straight.",
    ),
    DemoClient(
        "Lucía", "Fernández", 2003, "Student", MIXED, 21,
        "Low back pain that began three weeks ago during exams, after long hours studying in "
        "a soft armchair.",
        consent=False,
    ),
    DemoClient(
        "Kwame", "Asante", 1975, "Warehouse supervisor", PHYSICAL, 1100,
        "Deep ache in the right buttock that travels down the back of the thigh to the knee, "
        "worse when sitting. Right piriformis short and tender.",
    ),
    DemoClient(
        "Ingrid", "Solberg", 1990, "Accountant", PHYSICAL, 60,
        "Pain at the front of the left hip and in the low back since she stepped up her "
        "running mileage for a marathon. Worst in the first minutes of a run.",
    ),
    DemoClient(
        "Rafael", "Mendoza", 1987, "Line cook", ON_FEET, 500,
        "Low back ache after long shifts at the line, felt most when he leans forward over "
        "the counter.",
    ),
    DemoClient(
        "Grace", "Liang", 1994, "Graphic designer", SITTING, 820,
        "Tightness between the shoulder blades and a dull low back ache. Works long hours on "
        "a laptop from the sofa.",
    ),
    DemoClient(
        "Oluwaseun", "Adeyemi", 1981, "Electrician", PHYSICAL, 300,
        "Recurring low back pain after days working in crawl spaces and on ladders. Says his "
        "back locks when he straightens up after kneeling.",
    ),
    DemoClient(
        "Nadia", "Petrović", 1977, "Pharmacist", MIXED, 1500,
        "Sciatic-type pain down the left leg to the calf, on and off for four years. Sitting "
        "for more than half an hour brings it on; left piriformis short.",
    ),
    DemoClient(
        "Samuel", "Whitfield", 1958, "Retired firefighter", MIXED, 3000,
        "Long-standing low back pain with stiffness after a film or a long drive. Hip flexors "
        "tight, abdominals weak.",
    ),
    DemoClient(
        "Fatima", "Rahimi", 1984, "Bus driver", SITTING, 640,
        "Stiff low back after a full route that eases when she walks around at the depot.",
    ),
    DemoClient(
        "Jonah", "Feldman", 2002, "Student", PHYSICAL, 25,
        "Low back pain since a hard week of rowing training. Tender at the front of both hips; "
        "no pain into the legs.",
        archived=True,
    ),
    DemoClient(
        "Beatriz", "Costa", 1980, "Hairdresser", ON_FEET, 950,
        "Aching low back and tired legs at the end of the day. Stands with her knees locked "
        "and her pelvis tipped forward.",
    ),
    DemoClient(
        "Arjun", "Mehta", 1991, "Data analyst", SITTING, 420,
        "Low back stiffness after sitting and pain between the shoulder blades. Forward head "
        "posture; hamstrings feel tight to him but test long.",
    ),
    DemoClient(
        "Colleen", "O'Brien", 1955, "Retired teacher", MIXED, 1800,
        "Low back and hip pain when getting up from a chair; walks with a short stride on "
        "the right.",
    ),
    DemoClient(
        "Mateo", "Rossi", 1995, "Personal trainer", PHYSICAL, 75,
        "Low back pain since heavy squats about ten weeks ago, felt at the bottom of the squat "
        "and when lying on his back with his legs straight.",
    ),
    DemoClient(
        "Yuki", "Sato", 1989, "Violinist", MIXED, 1300,
        "Pain between the shoulder blades and at the base of the neck during and after "
        "rehearsals. Sits very upright with an increased low back curve.",
    ),
    DemoClient(
        "Thandiwe", "Dlamini", 1985, "Nurse", ON_FEET, 560,
        "Low back pain and tight hips after runs of night shifts. Sleeps on her stomach.",
    ),
    DemoClient(
        "Patrick", "Nguyen", 1993, "Delivery driver", MIXED, 380,
        "Pain across the low back from climbing in and out of the van all day. Right hip "
        "flexor short and tender.",
    ),
    DemoClient(
        "Hannah", "Lindqvist", 1978, "Architect", SITTING, 1000,
        "Stiff low back after long days at the drawing table, with occasional pain into the "
        "left buttock.",
    ),
    DemoClient(
        "Omar", "Farouk", 1982, "Security guard", ON_FEET, 700,
        "Ache in the low back after standing through a shift. Notices his belly pushing "
        "forward and his back arching more than it used to.",
    ),
    DemoClient(
        "Rosa", "Delgado", 1996, "Preschool teacher", ON_FEET, 50,
        "Low back pain from lifting children and bending to low tables, for about seven weeks.",
        consent=False,
    ),
    DemoClient(
        "Kai", "Kahananui", 1999, "Bicycle courier", PHYSICAL, 230,
        "Tight front of the hips and a low back ache after long days on the bike; worse "
        "standing after a ride than while riding.",
        consent=False,
    ),
    DemoClient(
        "Miriam", "Goldberg", 1968, "Lawyer", SITTING, 2600,
        "Chronic low back pain, worse after long days in court and long flights. Physiotherapy "
        "some years ago helped for a while.",
        archived=True,
    ),
    DemoClient(
        "Desmond", "Clarke", 1951, "Retired postal worker", MIXED, 3500,
        "Stiffness and ache in the low back after gardening or long sitting, on and off for "
        "more than ten years.",
    ),
]

BAYOU_PORTAL_CLIENT = DemoClient(
    "Camille", "Thibodeaux", 1985, "Office manager", SITTING, 520,
    "Low back pain that creeps in through the afternoon at her desk and eases on her evening "
    "walk. Anterior pelvic tilt; both hip flexors short.",
)

BAYOU_CLIENTS = [
    DemoClient(
        "Remy", "Broussard", 1976, "Offshore rig worker", PHYSICAL, 800,
        "Low back pain through two-week hitches offshore, from lifting and long hours on his "
        "feet. Right iliacus tender and short.",
    ),
    DemoClient(
        "Tanisha", "Batiste", 1988, "Nurse", ON_FEET, 600,
        "Aching low back after twelve-hour shifts, worse on the second and third day in a row.",
    ),
    DemoClient(
        "Luc", "Arceneaux", 1964, "Shrimp boat captain", PHYSICAL, 1500,
        "Stiff low back every morning and after long days standing at the wheel. Has worked "
        "through it for years.",
    ),
    DemoClient(
        "Mai", "Pham", 1990, "Nail salon owner", SITTING, 900,
        "Pain between the shoulder blades from bending over clients' hands all day. Head "
        "carried well forward.",
    ),
    DemoClient(
        "Jean-Paul", "Fontenot", 1952, "Retired teacher", MIXED, 2500,
        "Low back stiffness after sitting through church or a long drive; loosens with walking.",
    ),
    DemoClient(
        "Keisha", "Landry", 2004, "Student", MIXED, 40,
        "Low back pain for about six weeks, since a semester of long days in lecture halls "
        "and the library.",
        consent=False,
    ),
    DemoClient(
        "Bao", "Tran", 1994, "Software developer", SITTING, 350,
        "Stiffness in the low back and the front of the hips after sitting; has to push up on "
        "his thighs to stand straight.",
    ),
    DemoClient(
        "Dominique", "Guidry", 1998, "Barista", ON_FEET, 70,
        "Low back and left hip pain since taking on double shifts two months ago.",
    ),
    DemoClient(
        "Earl", "Hébert", 1960, "Truck driver", SITTING, 1900,
        "Sciatic-type pain down the right leg after long drives; right piriformis short and "
        "very tender.",
    ),
    DemoClient(
        "Simone", "Richard", 1983, "Dental hygienist", MIXED, 450,
        "Pain between the shoulder blades and a tight neck by the end of the week. Rounded "
        "shoulders, forward head.",
    ),
    DemoClient(
        "André", "Boudreaux", 1972, "Carpenter", PHYSICAL, 1200,
        "Recurring low back pain from framing work and repeated bending; worst on cold mornings.",
    ),
    DemoClient(
        "Claire", "Mouton", 1991, "Pharmacist", PHYSICAL, 30,
        "Pain in the low back and the front of the right hip after her long weekend runs, "
        "for about a month.",
        consent=False,
    ),
]
# fmt: on


# Session plans. Days count from the clinic's today: -7 is a week ago, 0 is today.
SI_10 = "Structural Integration — 10 sessions"
SMT_LEVEL_1 = "SMT Level 1 — 3 sessions"
SMT_LEVEL_2 = "SMT Level 2 — 6 sessions"
PHYSIO = "Physiotherapy episode"

ILIOPSOAS_TP = "Iliopsoas trigger point"

Tilt = TreatmentSession.PelvicTilt
Curve = TreatmentSession.Curve
Head = TreatmentSession.HeadPosition
Hamstrings = TreatmentSession.Hamstrings
Abdominals = TreatmentSession.Abdominals


def locked_short_psoas(**changes):
    """The posture findings of the locked short psoas pattern, with `changes` applied as
    the pattern resolves."""
    findings = {
        "pelvic_tilt": Tilt.ANTERIOR,
        "lumbar_lordosis": Curve.INCREASED,
        "head_position": Head.FORWARD,
        "hamstrings": Hamstrings.LOCKED_LONG,
        "abdominals": Abdominals.WEAK,
    }
    return findings | changes


def local(region, intensity):
    return (region, intensity, "")


def referred(region, intensity, source=ILIOPSOAS_TP):
    return (region, intensity, source)


@dataclass
class Visit:
    """A session that has been given and charted."""

    day: int  # days from the clinic's today; negative is in the past
    hour: int  # local time at the clinic
    pain: tuple  # (before, after) on the 0–10 scale
    posture: dict
    regions: list  # (region, intensity, source); a source marks the pain as referred
    techniques: list
    subjective: str
    objective: str
    assessment: str
    treatment: str
    next_focus: str
    signed: bool = True


@dataclass
class Booking:
    """A session booked but not yet given."""

    day: int
    hour: int


@dataclass
class DemoPlan:
    client: str  # the client's full name
    series: str
    lead: str  # the lead practitioner's email
    started: int  # days from the clinic's today, like `ended`
    visits: list = field(default_factory=list)
    bookings: list = field(default_factory=list)
    status: str = Plan.Status.ACTIVE
    stop_reason: str = ""
    ended: int | None = None


# Priya Raman, the portal client: a textbook response, with the pelvis level by session 5.
PRIYA_SI = DemoPlan(
    client="Priya Raman",
    series=SI_10,
    lead="si@harbour.example",
    started=-49,
    visits=[
        Visit(
            day=-42,
            hour=15,
            pain=(7, 5),
            posture=locked_short_psoas(
                thoracic_curve=Curve.INCREASED,
                posture_notes="Weight on the heels; right foot turns out more than the left.",
            ),
            regions=[
                referred("low_back", 7),
                referred("groin_l", 4),
                local("upper_back", 4),
            ],
            techniques=["Structural work", "Myofascial release", "Movement re-education"],
            subjective="Low back ache most days, 7/10 by the evening, worst for the first few "
            "steps after getting up from the desk. Works nine to ten hours a day at a "
            "computer. Gave up running last year because of her back.",
            objective="Anterior pelvic tilt, deep lumbar curve, head forward of the shoulders. "
            "Thomas test: both hip flexors short, left more than right. Pressure on the left "
            "iliopsoas brings on her usual low back ache and a dull ache in the left groin.",
            assessment="Locked short psoas pattern from long hours of sitting. Back pain "
            "most likely referred from a left iliopsoas trigger point, with the facets loaded "
            "by the tilt. Chronic: well over a year.",
            treatment="Session 1, the base: freed the plantar fascia, ankle retinacula and "
            "calves on both sides, more on the right. Walking practice rolling from heel to "
            "toe. Calves softened well; she said standing felt lighter.",
            next_focus="Thighs: front and back, TFL and IT band. Recheck how she stands.",
        ),
        Visit(
            day=-35,
            hour=15,
            pain=(6, 4),
            posture=locked_short_psoas(
                thoracic_curve=Curve.INCREASED,
                posture_notes="Weight more even across the feet; knees lock back in standing.",
            ),
            regions=[
                referred("low_back", 6),
                referred("groin_l", 4),
                local("upper_back", 4),
            ],
            techniques=["Structural work", "Myofascial release", "Trigger point work"],
            subjective="Feet felt warm and springy for two days after the last session. Back "
            "a little easier in the mornings; still bad after long meetings.",
            objective="Weight more even between the feet. Knees lock back when she stands. "
            "Right TFL and IT band dense and tender; rectus femoris short on both sides.",
            assessment="Feet responded well. Rectus femoris and TFL add to the forward tilt, "
            "and locking the knees keeps the hamstrings on a long pull.",
            treatment="Lengthened the rectus femoris and TFL and freed the IT band and the "
            "outer hamstrings. Practised standing with soft knees. Right TFL tender at first, "
            "settled as we worked.",
            next_focus="Sides of the body: quadratus lumborum and the lateral line. Suggested "
            "standing up from the desk once an hour.",
        ),
        Visit(
            day=-28,
            hour=15,
            pain=(6, 4),
            posture=locked_short_psoas(thoracic_curve=Curve.INCREASED),
            regions=[
                referred("low_back", 5),
                referred("groin_l", 3),
                local("upper_back", 4),
            ],
            techniques=["Structural work", "Myofascial release", "Breathing work"],
            subjective="Has set a timer to stand every hour. Pain still 6/10 after a long "
            "day, but less stiff getting out of bed.",
            objective="Left quadratus lumborum short and guarded; ribs sit close to the "
            "pelvis on the left. Pelvis still tipped forward.",
            assessment="Lateral line short on the left, fitting the left-sided hip flexor "
            "pattern. Pain steady this week; morning stiffness easing.",
            treatment="Opened the lateral line from hip to ribs on both sides, longer on the "
            "left. QL release in side-lying while she breathed into the lower ribs. Trunk "
            "sat more level afterwards.",
            next_focus="Adductors and the inner line of the legs.",
        ),
        Visit(
            day=-21,
            hour=15,
            pain=(5, 3),
            posture=locked_short_psoas(thoracic_curve=Curve.INCREASED),
            regions=[
                referred("low_back", 4),
                referred("groin_l", 3),
                local("upper_back", 3),
            ],
            techniques=["Structural work", "Myofascial release", "Trigger point work"],
            subjective="Best week in months: 5/10 at worst. Walked for half an hour twice "
            "without her back complaining.",
            objective="Adductors short on both sides, more on the left. Left iliopsoas "
            "trigger point still active, but the ache it sends into the back is weaker.",
            assessment="On track for session 4. The inner line is ready for the hip flexor "
            "session.",
            treatment="Adductors and the inner line from the ankle to the pubic bone; gentle "
            "work at the pelvic floor attachments with her agreement. Held the left iliopsoas "
            "trigger point: her back pain came on, then faded within a minute.",
            next_focus="Psoas, iliacus, rectus femoris and the abdominal wall. Start "
            "self-release of the iliopsoas.",
        ),
        Visit(
            day=-14,
            hour=15,
            pain=(4, 2),
            posture=locked_short_psoas(
                pelvic_tilt=Tilt.NEUTRAL,
                lumbar_lordosis=Curve.NORMAL,
                thoracic_curve=Curve.INCREASED,
                posture_notes="Lies flat on her back without the low back arching.",
            ),
            regions=[
                local("low_back", 3),
                referred("groin_l", 2),
                local("upper_back", 3),
            ],
            techniques=[
                "Structural work",
                "Trigger point work",
                "Myofascial release",
                "Home program review",
            ],
            subjective="Pain 4/10 this week. The ache now comes after an hour or more of "
            "sitting rather than all day.",
            objective="Pelvis close to neutral in standing; lumbar curve normal. Left "
            "iliopsoas still tender, but pressing it no longer brings on the back pain. "
            "Cannot keep the navel drawn in while breathing.",
            assessment="Clear change in the pelvis after the hip flexor work. The referral "
            "from the iliopsoas has quietened; a local ache after sitting remains. Weak "
            "abdominals are next.",
            treatment="Released psoas and iliacus on both sides, longer on the left, and the "
            "rectus femoris; opened the abdominal wall. Taught her to release the left "
            "iliopsoas with a ball for 90 seconds before her walks.",
            next_focus="Back of the body: hamstrings, gluteals, piriformis, sacrum. Check her "
            "self-release.",
        ),
        Visit(
            day=-7,
            hour=15,
            pain=(3, 2),
            posture=locked_short_psoas(
                pelvic_tilt=Tilt.NEUTRAL,
                lumbar_lordosis=Curve.NORMAL,
                thoracic_curve=Curve.INCREASED,
                hamstrings=Hamstrings.NORMAL,
            ),
            regions=[local("low_back", 2), local("upper_back", 3)],
            techniques=[
                "Structural work",
                "Myofascial release",
                "Muscle energy technique",
                "Home program review",
            ],
            subjective="Pain 3/10. Doing the self-release most days. Stood through a "
            "two-hour workshop with no back pain. Still aches between the shoulder blades by "
            "the end of the day.",
            objective="Hamstrings no longer locked long; forward bend smoother. Sacrum moves "
            "with the breath on the right, less on the left. Forward head and rounded upper "
            "back unchanged.",
            assessment="The legs and hips now support the pelvis. Still to come: weak "
            "abdominals, the upper-back pain and the forward head.",
            treatment="Hamstrings, gluteals and left piriformis; freed the sacrum with muscle "
            "energy technique. Watched her self-release: good, reminded her to breathe slowly "
            "through it.",
            next_focus="Deep core and lumbar extensors. Begin core work that spares the back: "
            "navel toward the spine.",
        ),
    ],
    bookings=[Booking(day=0, hour=15)],
)

# Elena Moreau: the posture changed but the pain did not, so the plan is up for reassessment.
ELENA_SI = DemoPlan(
    client="Elena Moreau",
    series=SI_10,
    lead="si@harbour.example",
    started=-40,
    visits=[
        Visit(
            day=-35,
            hour=9,
            pain=(6, 5),
            posture=locked_short_psoas(
                head_position=Head.NEUTRAL,
                posture_notes="Both feet roll in, the left more.",
            ),
            regions=[local("low_back", 6), local("sacrum", 4)],
            techniques=["Structural work", "Myofascial release", "Movement re-education"],
            subjective="Low back aches by the end of every twelve-hour shift, 6/10, and eases "
            "after a night's sleep. Worse in weeks with three shifts in a row.",
            objective="Anterior pelvic tilt, deep lumbar curve, hamstrings locked long. Feet "
            "roll in, left more than right. Hip flexors short; the iliopsoas is tender to "
            "press but does not bring on her back pain.",
            assessment="The posture fits a short hip flexor pattern, but nothing refers from "
            "the iliopsoas. Long shifts on her feet are likely part of it.",
            treatment="Feet and lower legs: plantar fascia, calves, ankle retinacula. Walking "
            "practice with the weight through the middle of the foot.",
            next_focus="Thighs, TFL and IT band.",
        ),
        Visit(
            day=-28,
            hour=9,
            pain=(6, 5),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[local("low_back", 6), local("sacrum", 4)],
            techniques=["Structural work", "Myofascial release"],
            subjective="Feet felt better at work. Back the same, 6/10 by the end of a shift.",
            objective="Outer thighs dense; rectus femoris short on both sides. Pelvic tilt "
            "unchanged.",
            assessment="No change in the back yet; too early to judge.",
            treatment="Lengthened the rectus femoris and TFL and freed the IT band. Practised "
            "standing with soft knees.",
            next_focus="Sides of the body and quadratus lumborum.",
        ),
        Visit(
            day=-21,
            hour=9,
            pain=(7, 5),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[local("low_back", 7), local("sacrum", 5)],
            techniques=["Structural work", "Myofascial release", "Breathing work"],
            subjective="Four shifts in a row this week on a short-staffed ward. Back 7/10 on "
            "the last day; sleeping badly.",
            objective="Both QL tender and guarded. Pelvis still tipped forward, lumbar curve deep.",
            assessment="The flare matches the heavy week at work rather than the session. "
            "Watch the trend.",
            treatment="Lateral line from hip to ribs on both sides; QL release with breathing. "
            "Less guarding by the end.",
            next_focus="Adductors and inner line. Ask about sleep and her shift pattern.",
        ),
        Visit(
            day=-14,
            hour=9,
            pain=(6, 5),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[local("low_back", 6), local("sacrum", 4)],
            techniques=["Structural work", "Myofascial release"],
            subjective="Back down to 6/10 again. Sleeps four to five hours after night shifts.",
            objective="Adductors short. Pelvis slightly less tipped. Lumbar extensors tender "
            "to touch on both sides.",
            assessment="Small change in posture, none in pain. Poor sleep and shift load may "
            "be holding her back.",
            treatment="Adductors and the inner line; gentle work along the lumbar extensors "
            "for comfort.",
            next_focus="Hip flexors and abdomen. If the pain has not dropped by then, "
            "reassess before going on.",
        ),
        Visit(
            day=-7,
            hour=9,
            pain=(6, 5),
            posture=locked_short_psoas(
                pelvic_tilt=Tilt.NEUTRAL,
                lumbar_lordosis=Curve.NORMAL,
                head_position=Head.NEUTRAL,
            ),
            regions=[local("low_back", 6), local("sacrum", 4)],
            techniques=["Structural work", "Myofascial release", "Home program review"],
            subjective="Still 6/10 at the end of a shift, as at the start. Glad that standing "
            "feels easier.",
            objective="Pelvis neutral and lumbar curve normal for the first time. Hip flexors "
            "lengthened well. Pain in the same place: low back and sacrum, nothing into the "
            "legs.",
            assessment="The posture has changed as planned but the pain has not moved in five "
            "sessions. The hip flexors may not be what drives it.",
            treatment="Psoas, iliacus and rectus femoris on both sides; opened the abdominal "
            "wall. Taught self-release of the iliopsoas.",
            next_focus="Reassess before session 6: history, sleep, work load. Consider "
            "referring her to her doctor or a physiotherapist before continuing the series.",
        ),
    ],
    bookings=[Booking(day=0, hour=9)],
)

# Samuel Whitfield: early in his series; yesterday's note still waits to be signed.
SAMUEL_SI = DemoPlan(
    client="Samuel Whitfield",
    series=SI_10,
    lead="si@harbour.example",
    started=-20,
    visits=[
        Visit(
            day=-15,
            hour=10,
            pain=(5, 4),
            posture=locked_short_psoas(
                thoracic_curve=Curve.INCREASED,
                posture_notes="Flat feet; both ankles stiff.",
            ),
            regions=[local("low_back", 5), local("sacrum", 2)],
            techniques=["Structural work", "Myofascial release", "Joint mobilisation"],
            subjective="Low back pain on and off for over twenty years, worse after sitting "
            "through a film or driving more than an hour. Retired two years ago; walks the "
            "dog every day.",
            objective="Anterior pelvic tilt, increased lumbar curve, rounded upper back, head "
            "forward. Hip flexors short on both sides; abdominals weak. Flat feet, stiff "
            "ankles.",
            assessment="Long-standing locked short psoas pattern with stiff feet and ankles. "
            "Chronic.",
            treatment="Plantar fascia, ankle retinacula and calves; mobilised both ankles.",
            next_focus="Thighs and the outer thigh.",
        ),
        Visit(
            day=-8,
            hour=10,
            pain=(5, 3),
            posture=locked_short_psoas(thoracic_curve=Curve.INCREASED),
            regions=[local("low_back", 5)],
            techniques=["Structural work", "Myofascial release"],
            subjective="Ankles freer on his dog walks. Back the same after a long drive to "
            "his daughter's.",
            objective="Quadriceps and TFL dense on both sides; knees drift in as he walks.",
            assessment="Feet and ankles moving better; the thighs hold the pelvis forward.",
            treatment="Rectus femoris, TFL and IT band; lateral hamstrings. Knees tracked "
            "straighter walking out.",
            next_focus="Sides of the body.",
        ),
        Visit(
            day=-1,
            hour=10,
            pain=(4, 3),
            posture=locked_short_psoas(thoracic_curve=Curve.INCREASED),
            regions=[local("low_back", 4)],
            techniques=["Structural work", "Myofascial release", "Breathing work"],
            subjective="A little easier this week: 4/10 after the cinema instead of 5.",
            objective="Trunk shifted to the right over the pelvis; left QL short.",
            assessment="First sign of change in his pain.",
            treatment="Lateral line, more on the left; QL release in side-lying with "
            "breathing into the lower ribs.",
            next_focus="Adductors and the inner line.",
            signed=False,
        ),
    ],
    bookings=[Booking(day=6, hour=10)],
)

# Daniel Haddad starts his series today.
DANIEL_SI = DemoPlan(
    client="Daniel Haddad",
    series=SI_10,
    lead="si@harbour.example",
    started=-3,
    bookings=[Booking(day=0, hour=11), Booking(day=7, hour=11)],
)

# Marcus Okafor: his SMT Level 1 therapist has given the three sessions her credential covers.
MARCUS_SMT = DemoPlan(
    client="Marcus Okafor",
    series=SMT_LEVEL_2,
    lead="smt1@harbour.example",
    started=-24,
    visits=[
        Visit(
            day=-21,
            hour=8,
            pain=(6, 4),
            posture=locked_short_psoas(),
            regions=[referred("low_back", 6), referred("groin_r", 3)],
            techniques=["Myofascial release", "Trigger point work"],
            subjective="Low back ache that builds through long hauls, 6/10 after a ten-hour "
            "day, easing when he walks about at truck stops. On and off for two and a half "
            "years.",
            objective="Anterior pelvic tilt, increased lumbar curve. Right psoas short and "
            "tender; pressing it brings on his back ache and a dull ache in the right groin.",
            assessment="Back pain most likely referred from a right iliopsoas trigger point, "
            "kept going by long hours sitting with the hips bent.",
            treatment="Released the right iliopsoas and rectus femoris; held the right psoas "
            "trigger point until the referral faded. Pain 4/10 getting off the table.",
            next_focus="Hamstrings, gluteals and lumbar extensors.",
        ),
        Visit(
            day=-14,
            hour=8,
            pain=(5, 4),
            posture=locked_short_psoas(),
            regions=[referred("low_back", 5), referred("groin_r", 2)],
            techniques=["Myofascial release", "Trigger point work"],
            subjective="Did a three-day run; back 5/10 instead of the usual 6 or 7.",
            objective="Hamstrings locked long; right gluteals weak; lumbar extensors guarded.",
            assessment="Responding. The back of the hips is doing little to hold the pelvis.",
            treatment="Hamstrings, gluteals, piriformis and lumbar extensors. Showed him a "
            "seated glute release for rest stops.",
            next_focus="Sides of the body.",
        ),
        Visit(
            day=-7,
            hour=8,
            pain=(4, 3),
            posture=locked_short_psoas(lumbar_lordosis=Curve.NORMAL),
            regions=[local("low_back", 4)],
            techniques=["Myofascial release", "Active Isolated Stretching"],
            subjective="Back 4/10. Doing the rest-stop routine on every run.",
            objective="Right TFL and IT band tight; right side of the pelvis sits higher. "
            "Pressing the iliopsoas no longer brings on his back pain.",
            assessment="The referral from the iliopsoas has settled; what is left is a milder "
            "local ache. Good response in three sessions.",
            treatment="TFL, IT band and QL on both sides, more on the right. Taught Active "
            "Isolated Stretching for the hip flexors: 2-second holds, 10 repetitions a side.",
            next_focus="Core and abdomen, session 4. My Level 1 credential covers sessions "
            "1–3 only: session 4 needs a Level 2 practitioner.",
        ),
    ],
)

# Patrick Nguyen finished a three-session series about ten weeks ago.
PATRICK_SMT = DemoPlan(
    client="Patrick Nguyen",
    series=SMT_LEVEL_1,
    lead="smt2@harbour.example",
    started=-88,
    status=Plan.Status.COMPLETED,
    ended=-70,
    visits=[
        Visit(
            day=-84,
            hour=16,
            pain=(5, 3),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[referred("low_back", 5), local("groin_r", 2)],
            techniques=["Myofascial release", "Trigger point work"],
            subjective="Pain across the low back, 5/10, from climbing in and out of the van "
            "up to a hundred times a shift. About a year.",
            objective="Anterior pelvic tilt. Thomas test: right hip flexor short. Pressing "
            "the right iliopsoas brings on the back pain.",
            assessment="Referred pain from a right iliopsoas trigger point, kept going by "
            "repeated hip flexion climbing into the cab.",
            treatment="Released the right iliopsoas and rectus femoris; trigger point work on "
            "the right psoas.",
            next_focus="Back of the hips and low back.",
        ),
        Visit(
            day=-77,
            hour=16,
            pain=(4, 2),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[local("low_back", 3)],
            techniques=["Myofascial release", "Muscle energy technique"],
            subjective="Back 4/10 and easier in the mornings.",
            objective="Right gluteals and piriformis tight; lumbar extensors guarded. No "
            "referral from the iliopsoas today.",
            assessment="The referral settled after session 1; local guarding remains.",
            treatment="Hamstrings, gluteals, right piriformis, lumbar extensors.",
            next_focus="Integration and the home program.",
        ),
        Visit(
            day=-70,
            hour=16,
            pain=(2, 1),
            posture=locked_short_psoas(
                pelvic_tilt=Tilt.NEUTRAL,
                lumbar_lordosis=Curve.NORMAL,
                head_position=Head.NEUTRAL,
                hamstrings=Hamstrings.NORMAL,
            ),
            regions=[local("low_back", 2)],
            techniques=[
                "Myofascial release",
                "Active Isolated Stretching",
                "Home program review",
            ],
            subjective="2/10 at the end of a shift. Wants to keep it there on his own.",
            objective="Pelvis close to neutral; right hip flexor nearly as long as the left.",
            assessment="Good result from the three sessions. Discharged with a home program.",
            treatment="Tied the work together through the hips and low back. Taught ball "
            "self-release of the iliopsoas and Active Isolated Stretching for the hip "
            "flexors: 2-second holds, 10–12 repetitions a side, daily and after long shifts.",
            next_focus="Series complete. Call if the pain comes back; a check-in in three "
            "months if he wants one.",
        ),
    ],
)

# Grace Liang moved away after two sessions.
GRACE_SMT = DemoPlan(
    client="Grace Liang",
    series=SMT_LEVEL_2,
    lead="smt2@harbour.example",
    started=-44,
    status=Plan.Status.STOPPED,
    stop_reason="Moved to Denver for a new job after session 2, so the series could not be "
    "finished here. Gave her the home program in writing and the names of two SMT "
    "practitioners near her new home.",
    ended=-30,
    visits=[
        Visit(
            day=-40,
            hour=17,
            pain=(5, 3),
            posture=locked_short_psoas(thoracic_curve=Curve.INCREASED),
            regions=[local("upper_back", 5), local("low_back", 4)],
            techniques=["Myofascial release", "Trigger point work"],
            subjective="Tight between the shoulder blades and a dull low back ache, both "
            "5/10 after long days on the laptop on the sofa.",
            objective="Anterior pelvic tilt, rounded upper back, head forward. Both hip "
            "flexors short; abdominals weak.",
            assessment="A sitting pattern: short hip flexors below, forward head above.",
            treatment="Released the iliopsoas and rectus femoris on both sides. Talked "
            "through working at a table instead of the sofa.",
            next_focus="Back of the hips and low back.",
        ),
        Visit(
            day=-33,
            hour=17,
            pain=(4, 3),
            posture=locked_short_psoas(thoracic_curve=Curve.INCREASED),
            regions=[local("upper_back", 5), local("low_back", 3)],
            techniques=["Myofascial release", "Home program review"],
            subjective="Working at the kitchen table now. Low back better, upper back the "
            "same. Has taken a job in another city and moves in two weeks.",
            objective="Hamstrings locked long; lumbar extensors guarded.",
            assessment="The low back is responding. She cannot finish the series before the move.",
            treatment="Hamstrings, gluteals and lumbar extensors. Wrote out a home program: "
            "iliopsoas self-release and core work with the navel drawn toward the spine.",
            next_focus="Sides of the body, if she can come once more before the move.",
        ),
    ],
)

# Ingrid Solberg: acute, from a jump in running mileage; her second session is today.
INGRID_SMT = DemoPlan(
    client="Ingrid Solberg",
    series=SMT_LEVEL_2,
    lead="smt2@harbour.example",
    started=-7,
    visits=[
        Visit(
            day=-7,
            hour=13,
            pain=(5, 3),
            posture={
                "pelvic_tilt": Tilt.NEUTRAL,
                "lumbar_lordosis": Curve.NORMAL,
                "head_position": Head.NEUTRAL,
                "hamstrings": Hamstrings.NORMAL,
                "abdominals": Abdominals.NORMAL,
            },
            regions=[referred("low_back", 5), local("groin_l", 4)],
            techniques=["Myofascial release", "Trigger point work", "Home program review"],
            subjective="Pain at the front of the left hip and in the low back since raising "
            "her weekly mileage for a marathon two months ago. Worst in the first minutes of "
            "a run, 5/10.",
            objective="Thomas test: left hip flexor short. Left iliopsoas tender, and "
            "pressing it brings on the back pain. Posture otherwise balanced.",
            assessment="Acute overuse of the left hip flexors with pain referred to the low "
            "back. The training load set it off.",
            treatment="Released the left iliopsoas and rectus femoris; trigger point work on "
            "the left psoas. Taught ball self-release before runs. Advised keeping her "
            "mileage level for two weeks.",
            next_focus="Hamstrings, gluteals and lumbar extensors; ask how the runs went.",
        ),
    ],
    bookings=[Booking(day=0, hour=13), Booking(day=7, hour=13)],
)

# Hiroshi Nakamura: an open-ended physiotherapy episode with the clinic director.
HIROSHI_PHYSIO = DemoPlan(
    client="Hiroshi Nakamura",
    series=PHYSIO,
    lead="admin@harbour.example",
    started=-10,
    visits=[
        Visit(
            day=-10,
            hour=10,
            pain=(4, 3),
            posture={
                "pelvic_tilt": Tilt.POSTERIOR,
                "lumbar_lordosis": Curve.REDUCED,
                "thoracic_curve": Curve.INCREASED,
                "head_position": Head.FORWARD,
                "hamstrings": Hamstrings.SHORT,
                "abdominals": Abdominals.WEAK,
            },
            regions=[local("low_back", 4)],
            techniques=["Joint mobilisation", "Myofascial release", "Home program review"],
            subjective="Stiff low back every morning for years, 4/10 on waking, easing after "
            "about half an hour of moving. Wants to keep gardening; kneeling and weeding are "
            "hardest.",
            objective="Flat low back with the pelvis tipped back; rounded upper back, head "
            "forward. Lumbar flexion and extension stiff rather than painful. Hamstrings "
            "short; hip flexors normal length. Hip extensors 4/5 both sides.",
            assessment="Mechanical low back stiffness with weak hip and trunk extensors. No "
            "red flags. Goals: an hour in the garden without pain; stiffness gone within "
            "ten minutes of getting up.",
            treatment="Lumbar mobilisation; myofascial release of the lumbar extensors and "
            "hamstrings. Home program: pelvic tilts lying down, 10 each morning; bridges, "
            "2 sets of 8.",
            next_focus="Check the home program; progress the hip extensor work.",
        ),
        Visit(
            day=-3,
            hour=10,
            pain=(3, 2),
            posture={
                "pelvic_tilt": Tilt.POSTERIOR,
                "lumbar_lordosis": Curve.REDUCED,
                "thoracic_curve": Curve.INCREASED,
                "head_position": Head.FORWARD,
                "hamstrings": Hamstrings.SHORT,
                "abdominals": Abdominals.WEAK,
            },
            regions=[local("low_back", 3)],
            techniques=["Joint mobilisation", "Myofascial release", "Home program review"],
            subjective="Morning stiffness now eases in 15 to 20 minutes. Did the exercises "
            "six mornings out of seven and gardened for 40 minutes at the weekend.",
            objective="Forward bend improved: fingertips reach mid-shin. Bridges with good "
            "control.",
            assessment="Moving toward both goals.",
            treatment="Lumbar mobilisation; myofascial release of the hamstrings. Bridges up "
            "to 3 sets of 10; added a kneel-to-stand drill for the garden.",
            next_focus="Recheck morning stiffness and hamstring length; consider hip hinge "
            "practice.",
        ),
    ],
    bookings=[Booking(day=4, hour=10)],
)

HARBOUR_PLANS = [
    PRIYA_SI,
    ELENA_SI,
    SAMUEL_SI,
    DANIEL_SI,
    MARCUS_SMT,
    PATRICK_SMT,
    GRACE_SMT,
    INGRID_SMT,
    HIROSHI_PHYSIO,
]

# Camille Thibodeaux, the Bayou portal client. Louisiana massage therapists may not call it
# stretching, so these notes say "range of motion" and "lengthening".
CAMILLE_SMT = DemoPlan(
    client="Camille Thibodeaux",
    series=SMT_LEVEL_2,
    lead="practitioner@bayou.example",
    started=-14,
    visits=[
        Visit(
            day=-14,
            hour=16,
            pain=(6, 4),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[referred("low_back", 6), local("groin_l", 3)],
            techniques=["Myofascial release", "Trigger point work", "Home program review"],
            subjective="Low back pain builds through the afternoon at her desk, 6/10 by five "
            "o'clock, and eases on her evening walk. About a year and a half.",
            objective="Anterior pelvic tilt, increased lumbar curve, hamstrings locked long, "
            "weak abdominals. Both hip flexors short, the left more. Pressing the left "
            "iliopsoas brings on her back pain.",
            assessment="Short hip flexors from sitting, with pain referred from a left "
            "iliopsoas trigger point.",
            treatment="Released the iliopsoas and rectus femoris on both sides; trigger point "
            "work on the left psoas. Taught ball self-release before her evening walk.",
            next_focus="Hamstrings, gluteals and lumbar extensors.",
        ),
        Visit(
            day=-7,
            hour=16,
            pain=(5, 3),
            posture=locked_short_psoas(head_position=Head.NEUTRAL),
            regions=[referred("low_back", 5), local("groin_l", 2)],
            techniques=["Myofascial release", "Home program review"],
            subjective="5/10 in the afternoons. Doing the self-release most evenings.",
            objective="Hamstrings locked long; gluteals barely working on either side. The "
            "referral from the left iliopsoas is weaker.",
            assessment="Responding as expected.",
            treatment="Hamstrings, gluteals, piriformis and lumbar extensors. Added hip "
            "flexor range of motion work: to the end of range, hold 2 seconds, 10 times a "
            "side.",
            next_focus="Sides of the body: TFL, IT band and quadratus lumborum.",
        ),
    ],
    bookings=[Booking(day=0, hour=16)],
)

BAYOU_PLANS = [CAMILLE_SMT]
