"""Load demo clinics, practitioners and clients for trying the app out.

Running the command again adds only what is missing: records that are already there,
including any edits made to them in the app, are left as they are.
Later features add their demo data with more `seed_*` functions called from `handle`.
"""

import datetime
import random
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from clinic.models import Client, Clinic, Credential, Method, Practitioner, User

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


class Command(BaseCommand):
    help = "Loads demo clinics, practitioners and clients. Only for development and demos."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo data even though DEBUG is off.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password, so it only runs when "
                "DEBUG is on. Use --force if you really want demo data in this database."
            )
        with transaction.atomic():
            sign_ins = seed_harbour() + seed_bayou()
        self.print_sign_ins(sign_ins)

    def print_sign_ins(self, sign_ins):
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in as:"))
        width = max(len(email) for email, _ in sign_ins)
        for email, role in sign_ins:
            self.stdout.write(f"  {email.ljust(width)}  {role}")
        self.stdout.write(f"Every demo account uses the password: {PASSWORD}")


def seed_harbour():
    """The SI clinic: an admin, SI and SMT practitioners, and a full client list."""
    rng = random.Random(f"{SEED}-harbour")
    clinic = ensure_clinic(
        "harbour",
        name="Harbour Structural Integration",
        time_zone="America/Los_Angeles",
        stretch_word=Clinic.StretchWord.STRETCH,
    )
    admin = ensure_practitioner(
        clinic,
        "admin@harbour.example",
        "Helen Marsh",
        "Clinic director, Certified Structural Integration practitioner",
        is_clinic_admin=True,
    )
    ensure_credential(admin, Method.STRUCTURAL_INTEGRATION, "Certified Structural Integration")
    si = ensure_practitioner(
        clinic,
        "si@harbour.example",
        "Theo Lindgren",
        "Certified Structural Integration practitioner",
    )
    ensure_credential(si, Method.STRUCTURAL_INTEGRATION, "Certified Structural Integration")
    smt1 = ensure_practitioner(
        clinic, "smt1@harbour.example", "Maya Castillo", "Licensed massage therapist"
    )
    ensure_credential(smt1, Method.SMT, "SMT Level 1", max_session=3)
    smt2 = ensure_practitioner(
        clinic, "smt2@harbour.example", "Samuel Okonkwo", "Licensed massage therapist"
    )
    ensure_credential(smt2, Method.SMT, "SMT Level 2", max_session=6)

    phones = phone_numbers(rng, "206", len(HARBOUR_CLIENTS) + 1)
    portal_user = ensure_user("client@harbour.example", HARBOUR_PORTAL_CLIENT.full_name)
    ensure_client(clinic, HARBOUR_PORTAL_CLIENT, rng, phones.pop(), user=portal_user)
    for demo in HARBOUR_CLIENTS:
        ensure_client(clinic, demo, rng, phones.pop())

    return [
        ("admin@harbour.example", "Harbour clinic admin, SI practitioner"),
        ("si@harbour.example", "Harbour SI practitioner"),
        ("smt1@harbour.example", "Harbour massage therapist, SMT Level 1 (sessions 1–3)"),
        ("smt2@harbour.example", "Harbour massage therapist, SMT Level 2 (sessions 1–6)"),
        ("client@harbour.example", "Harbour client with a portal sign-in"),
    ]


def seed_bayou():
    """The Louisiana clinic: one massage therapist who runs it, and a smaller client list."""
    rng = random.Random(f"{SEED}-bayou")
    clinic = ensure_clinic(
        "bayou",
        name="Bayou Bodywork",
        time_zone="America/Chicago",
        # Louisiana massage therapists may not call it stretching.
        stretch_word=Clinic.StretchWord.LENGTHENING,
    )
    owner = ensure_practitioner(
        clinic,
        "practitioner@bayou.example",
        "Celeste Doucet",
        "Licensed massage therapist",
        is_clinic_admin=True,
    )
    ensure_credential(owner, Method.SMT, "SMT Level 2", max_session=6)

    phones = phone_numbers(rng, "337", len(BAYOU_CLIENTS) + 1)
    portal_user = ensure_user("client@bayou.example", BAYOU_PORTAL_CLIENT.full_name)
    ensure_client(clinic, BAYOU_PORTAL_CLIENT, rng, phones.pop(), user=portal_user)
    for demo in BAYOU_CLIENTS:
        ensure_client(clinic, demo, rng, phones.pop())

    return [
        ("practitioner@bayou.example", "Bayou clinic admin, SMT Level 2 (sessions 1–6)"),
        ("client@bayou.example", "Bayou client with a portal sign-in"),
    ]


def ensure_clinic(slug, **fields):
    clinic, _ = Clinic.objects.get_or_create(slug=slug, defaults=fields)
    return clinic


def ensure_user(email, full_name):
    """The demo user with this email; a new one gets the demo password, an existing one
    keeps whatever password it has now."""
    user = User.objects.filter(email=email).first()
    if user is None:
        return User.objects.create_user(email, PASSWORD, full_name=full_name)
    if user.full_name != full_name:
        user.full_name = full_name
        user.save(update_fields=["full_name"])
    return user


def ensure_practitioner(clinic, email, full_name, profession, is_clinic_admin=False):
    practitioner, _ = Practitioner.objects.get_or_create(
        user=ensure_user(email, full_name),
        defaults={
            "clinic": clinic,
            "profession": profession,
            "is_clinic_admin": is_clinic_admin,
        },
    )
    return practitioner


def ensure_credential(practitioner, method, title, max_session=None):
    credential, _ = Credential.objects.get_or_create(
        practitioner=practitioner,
        method=method,
        defaults={"title": title, "max_session": max_session},
    )
    return credential


def ensure_client(clinic, demo, rng, phone, user=None):
    """Creates one client unless it exists, so edits made in the app survive a re-run.
    The random draws happen in the same order on every run: the data comes out the same."""
    today = timezone.localdate()
    born = datetime.date(demo.born, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    onset = today - datetime.timedelta(days=demo.onset_days_ago)
    consent_days_ago = rng.randint(0, min(demo.onset_days_ago, 180))
    archived_days_ago = rng.randint(20, 120)
    if user is not None:
        email = user.email
    else:
        email = email_address(demo, rng.choice(EMAIL_DOMAINS))

    client, _ = Client.objects.get_or_create(
        clinic=clinic,
        first_name=demo.first_name,
        last_name=demo.last_name,
        defaults={
            "user": user,
            "date_of_birth": born,
            "email": email,
            "phone": phone,
            "occupation": demo.occupation,
            "activity_level": demo.activity_level,
            "complaint_onset": onset,
            "main_complaint": demo.main_complaint,
            "consent_given_on": (
                today - datetime.timedelta(days=consent_days_ago) if demo.consent else None
            ),
            "archived_at": (
                timezone.now() - datetime.timedelta(days=archived_days_ago)
                if demo.archived
                else None
            ),
        },
    )
    return client


def phone_numbers(rng, area_code, count):
    """Distinct numbers from the 555-0100 to 555-0199 block, which is kept for fiction."""
    return [f"({area_code}) 555-01{n:02d}" for n in rng.sample(range(100), count)]


def email_address(demo, domain):
    local = f"{demo.first_name}.{demo.last_name}".lower()
    local = "".join(c for c in ascii_fold(local) if c.isalnum() or c in ".-")
    return f"{local}@{domain}"


def ascii_fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
