"""The French of the series every clinic starts with and of the default consent text, beside
the English in sessions/defaults.py and sessions/models/intake.py. Series are keyed by their
English name; their steps come in the same order as the English ones."""

SI_FEET = (
    "Pieds et bas des jambes",
    "Construire la base : libérer les pieds, les chevilles et les mollets pour que le poids "
    "repose également sur les deux pieds.",
    "Le client se tient debout, le poids bien réparti sur les arches; les chevilles fléchissent "
    "librement.",
)
SI_THIGHS = (
    "Genoux et cuisses",
    "Équilibrer l'avant et l'arrière des cuisses et libérer l'extérieur de la cuisse (tenseur "
    "du fascia lata et bandelette iliotibiale) pour que les genoux suivent une ligne droite.",
    "Les genoux pointent vers l'avant debout et à la marche; l'extérieur de la cuisse est "
    "moins sur la défensive.",
)
SI_LATERAL = (
    "Côtés du corps",
    "Allonger la ligne latérale de la hanche aux côtes : abducteurs de la hanche, carré des "
    "lombes, côté du tronc.",
    "Plus d'espace entre les côtes et le bassin; le tronc repose à niveau au-dessus des hanches.",
)
SI_INNER = (
    "Intérieur des jambes et plancher pelvien",
    "Travailler les adducteurs et la ligne qui monte de l'intérieur de la cheville jusqu'au "
    "bassin.",
    "Les jambes soutiennent le bassin par en dessous; la ligne intérieure est aussi longue que "
    "l'extérieure.",
)
SI_FLEXORS = (
    "Fléchisseurs de la hanche et abdomen",
    "Relâcher le psoas, l'iliaque, le droit fémoral et la paroi abdominale pour réduire "
    "l'antéversion du bassin et la charge sur la colonne lombaire.",
    "Bassin plus près du neutre; moins de lordose lombaire; le client peut s'allonger à plat "
    "sans que le bas du dos se cambre.",
)
SI_BACK = (
    "Arrière du corps",
    "Ischiojambiers, fessiers, piriforme et sacrum : laisser l'arrière du bassin bouger et les "
    "ischiojambiers cesser de faire office de freins.",
    "Le sacrum bouge avec la respiration; les ischiojambiers ne sont plus bloqués en position "
    "longue.",
)
SI_CORE = (
    "Tronc profond et colonne",
    "Muscles profonds du tronc et extenseurs lombaires : organiser la colonne au-dessus du "
    "bassin maintenant que les jambes et les hanches la soutiennent.",
    "Le client se tient plus droit sans effort; le bas du dos est calme en position debout.",
)
SI_SHOULDERS = (
    "Épaules, côtes et bras",
    "Libérer la ceinture scapulaire et la cage thoracique pour que les épaules reposent sur "
    "le tronc au lieu d'être retenues; traiter la douleur entre les omoplates.",
    "Épaules à niveau et larges; moins de tension entre les omoplates.",
)
SI_NECK = (
    "Cou et tête",
    "Fléchisseurs profonds du cou, nuque et mâchoire : ramener la tête au-dessus des épaules et "
    "corriger la posture de la tête vers l'avant.",
    "La tête s'équilibre au-dessus du tronc; le cou tourne librement.",
)
SI_INTEGRATION = (
    "Intégration",
    "Relier le travail : marcher, se pencher et s'asseoir avec le nouveau soutien; convenir "
    "d'un programme à domicile pour garder le changement.",
    "Le client bouge d'un seul bloc et sait quoi pratiquer à la maison.",
)

SERIES_FR = {
    "Structural Integration — 10 sessions": {
        "name": "Intégration structurale — 10 séances",
        "description": "La série classique de dix séances d'une heure : le soutien se construit "
        "à partir des pieds et des jambes, puis du bassin, du tronc et du dos, pour finir par le "
        "cou et la tête. On s'attend à un changement durable après trois à cinq séances.",
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
    "Structural Integration — 12 sessions": {
        "name": "Intégration structurale — 12 séances",
        "description": "La série de dix séances, précédée d'une séance consacrée à la "
        "respiration et suivie de deux séances d'intégration, pour les schémas installés depuis "
        "longtemps.",
        "steps": [
            (
                "Respiration et cage thoracique",
                "Libérer les côtes, le diaphragme et l'avant de la poitrine pour que la "
                "respiration mobilise tout le tronc.",
                "La respiration atteint l'arrière et les côtés des côtes.",
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
                "Intégration du bas du corps",
                "Marche et station debout : relier les pieds, les jambes et le bassin dans la "
                "démarche.",
                "Une foulée régulière et aisée; le bassin se balance librement.",
            ),
            SI_INTEGRATION,
        ],
    },
    "SMT Level 1 — 3 sessions": {
        "name": "TMS niveau 1 — 3 séances",
        "description": "Trois séances de thérapie myofasciale synergétique pour la douleur au "
        "bas du dos liée aux fléchisseurs de la hanche.",
        "steps": [
            (
                "Évaluation et avant des hanches",
                "Évaluer la posture et la douleur; relâcher l'iliopsoas et le droit fémoral en "
                "cherchant les points gâchettes qui projettent la douleur vers le bas du dos.",
                "Comprendre le schéma; réduire la douleur projetée par les fléchisseurs de la "
                "hanche.",
            ),
            (
                "Arrière des hanches et bas du dos",
                "Ischiojambiers, fessiers, piriforme et extenseurs lombaires.",
                "Moins de protection musculaire au bas du dos; le bassin bouge plus librement.",
            ),
            (
                "Intégration et programme à domicile",
                "Relier le travail et enseigner le programme à domicile : auto-relâchement et "
                "méthode AIS.",
                "Le client fait son programme à domicile sans aide.",
            ),
        ],
    },
    "SMT Level 2 — 6 sessions": {
        "name": "TMS niveau 2 — 6 séances",
        "description": "Six séances de thérapie myofasciale synergétique, qui prolongent le "
        "travail au-delà des hanches jusqu'au tronc, aux épaules et au cou.",
        "steps": [
            (
                "Évaluation et avant des hanches",
                "Évaluer la posture et la douleur; relâcher l'iliopsoas, l'iliaque et le droit "
                "fémoral.",
                "Comprendre le schéma; réduire la douleur projetée par les fléchisseurs de la "
                "hanche.",
            ),
            (
                "Arrière des hanches et bas du dos",
                "Ischiojambiers, fessiers, piriforme et extenseurs lombaires.",
                "Moins de protection musculaire au bas du dos.",
            ),
            (
                "Côtés du corps",
                "Tenseur du fascia lata, bandelette iliotibiale, carré des lombes et côté du "
                "tronc.",
                "Le bassin est à niveau; plus d'espace entre les côtes et le bassin.",
            ),
            (
                "Tronc profond et abdomen",
                "Paroi abdominale et muscles profonds du tronc; commencer un renforcement du "
                "tronc qui épargne le dos.",
                "Le client peut rentrer le nombril vers la colonne tout en respirant.",
            ),
            (
                "Haut du dos, épaules et cou",
                "Douleur entre les omoplates et posture de la tête vers l'avant.",
                "La tête repose au-dessus des épaules; moins de douleur au haut du dos.",
            ),
            (
                "Intégration et programme à domicile",
                "Relier le travail; faire progresser le programme à domicile.",
                "Le client garde le changement grâce au programme à domicile.",
            ),
        ],
    },
    "Physiotherapy episode": {
        "name": "Épisode de physiothérapie",
        "description": "Un épisode de soins sans nombre fixe de visites : une évaluation, puis "
        "des visites de traitement où les progrès sont vérifiés chaque fois.",
        "steps": [
            (
                "Évaluation",
                "Histoire, posture, tests de mouvement et de force; convenir des objectifs et "
                "commencer un programme à domicile.",
                "Une hypothèse clinique, des objectifs mesurables et un premier programme à "
                "domicile.",
            ),
            (
                "Traitement et suivi",
                "Vérifier les progrès par rapport aux objectifs, traiter (relâchement "
                "myofascial, exercices) et ajuster le programme à domicile.",
                "Des progrès réguliers vers les objectifs convenus à l'évaluation.",
            ),
        ],
    },
}

DEFAULT_CONSENT_FR = """\
Avant que nous travaillions ensemble, veuillez lire ce qui suit et signer ci-dessous.

Ce que sont les séances. Nos thérapeutes travaillent avec leurs mains sur les muscles et les \
tissus conjonctifs, et peuvent vous proposer des exercices à faire à la maison. Il ne s'agit \
pas d'un diagnostic médical, et cela ne remplace pas les soins de votre médecin.

Ce que vous pourriez ressentir. Certains gestes sont profonds et peuvent être inconfortables \
un moment. Une sensibilité pendant un jour ou deux après la séance est fréquente. Dites à \
votre thérapeute à tout moment si quelque chose fait trop mal : il modifiera ce qu'il fait ou \
s'arrêtera.

Votre santé. Vous acceptez de nous renseigner honnêtement sur votre santé et de nous avertir \
quand quelque chose change, par exemple une nouvelle blessure, une opération, une grossesse \
ou un nouveau médicament.

C'est vous qui décidez. Vous pouvez poser des questions, refuser n'importe quelle partie \
d'une séance ou tout arrêter, à tout moment et sans avoir à donner de raison.

Votre dossier. Nous prenons des notes à chaque séance. Elles restent confidentielles au sein \
de la clinique, et nous ne les communiquons qu'avec votre permission ou lorsque la loi \
l'exige. Vous pouvez demander à consulter votre dossier ou à en obtenir une copie en tout \
temps.
"""
