"""The Montréal demo clinic, which works in French: its practitioner, its portal client
with a Structural Integration plan charted in French, and her home program. The seeding is
in sessions/demo/seed.py (`seed_montreal`) and sessions/demo/programs.py; the notes are
what a Quebec practitioner would write."""

from sessions.demo.data import (
    MIXED,
    SI_10,
    Booking,
    DemoClient,
    DemoPlan,
    Head,
    Tilt,
    Visit,
    local,
    locked_short_psoas,
    referred,
)

SLUG = "montreal"
NAME = "Clinique Corps en équilibre, Montréal"
TIME_ZONE = "America/Toronto"
PRACTITIONER = "practitioner@montreal.example"
CLIENT = "client@montreal.example"
ILIOPSOAS_TP_FR = "Point gâchette de l'iliopsoas"

# fmt: off
PORTAL_CLIENT = DemoClient(
    "Émilie", "Gagnon", 1984, "Enseignante au primaire", MIXED, 610,
    "Douleur sourde au bas du dos en fin de journée, pire après les longues heures de "
    "correction assise. Les deux fléchisseurs de la hanche sont courts; la pression sur "
    "l'iliopsoas droit reproduit sa douleur habituelle.",
)
# fmt: on

EMILIE_SI = DemoPlan(
    client="Émilie Gagnon",
    series=SI_10,
    lead=PRACTITIONER,
    started=-21,
    visits=[
        Visit(
            day=-21,
            hour=10,
            pain=(6, 4),
            posture=locked_short_psoas(),
            regions=[referred("low_back", 6, ILIOPSOAS_TP_FR), local("groin_r", 3)],
            techniques=["Myofascial release", "Structural work"],
            subjective="Douleur au bas du dos à 6/10 le soir, depuis un an et demi. Elle reste "
            "assise de longues heures pour corriger; se lever du fauteuil est le pire moment.",
            objective="Antéversion du bassin, lordose lombaire augmentée, tête vers l'avant, "
            "ischiojambiers bloqués en position longue, abdominaux faibles. Appui plus marqué "
            "sur l'avant-pied droit.",
            assessment="Schéma du psoas court et bloqué, avec une douleur projetée depuis "
            "l'iliopsoas droit. Bonne candidate à la série.",
            treatment="Séance 1 : pieds et bas des jambes. Libération des fascias plantaires, "
            "des mollets et des rétinaculums de la cheville.",
            next_focus="Genoux et cuisses : l'extérieur de la cuisse et la bandelette iliotibiale.",
        ),
        Visit(
            day=-14,
            hour=10,
            pain=(5, 3),
            posture=locked_short_psoas(),
            regions=[referred("low_back", 5, ILIOPSOAS_TP_FR), local("thigh_front_r", 2)],
            techniques=["Myofascial release", "Structural work", "Home program review"],
            subjective="Se sent plus stable debout. La douleur du soir est à 5/10. Fait le "
            "relâchement du psoas la plupart des matins.",
            objective="Le poids se répartit mieux sur les deux pieds. Tenseur du fascia lata "
            "droit tendu et sensible.",
            assessment="Répond comme prévu; la douleur projetée diminue.",
            treatment="Séance 2 : quadriceps, tenseur du fascia lata et bandelette "
            "iliotibiale des deux côtés. Programme à domicile remis.",
            next_focus="Côtés du corps : carré des lombes et flancs.",
        ),
        Visit(
            day=-7,
            hour=10,
            pain=(4, 2),
            posture=locked_short_psoas(pelvic_tilt=Tilt.ANTERIOR, head_position=Head.NEUTRAL),
            regions=[local("low_back", 4)],
            techniques=["Myofascial release", "Structural work", "Home program review"],
            subjective="Semaine plus facile : 4/10 les pires soirs, et elle se lève du fauteuil "
            "sans raideur.",
            objective="Plus d'espace entre les côtes et le bassin. La pression sur l'iliopsoas "
            "droit ne reproduit plus la douleur au dos.",
            assessment="La douleur est maintenant locale; on poursuit la série.",
            treatment="Séance 3 : ligne latérale, carré des lombes et muscles intercostaux.",
            next_focus="Intérieur des jambes et plancher pelvien.",
        ),
    ],
    bookings=[Booking(day=0, hour=10), Booking(day=7, hour=10)],
)

PLANS = [EMILIE_SI]

# Her home program: the release, two AIS movements and core work, five exercises.
PROGRAM = [
    "supine-psoas-hand-release",
    "ais-psoas-side-lying",
    "ais-hamstring-bent-knee",
    "navel-to-spine-breathing",
    "bridge",
]
PROGRAM_NOTE = (
    "Chaque matin, avant le travail. Allez-y lentement et en douceur : cela ne doit jamais "
    "faire mal."
)
