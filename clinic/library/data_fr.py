"""The French of the shared exercise library (clinic/library/data.py), keyed by slug.

Each entry has ``name``, ``summary``, ``steps`` and ``cautions`` (in the order of the
English) and ``dose_notes``. As in English, only a name holds the word for stretches, as a
placeholder the clinic's wording fills: ``{Stretch}`` where it starts the name (French
names start with the noun), ``{stretch}`` elsewhere. No other text says "étirement" or
"étirer", so each text holds whatever wording the clinic chose.
"""

PULSE = (
    "Si vous sentez un pouls sous vos doigts ou sous la balle, déplacez-vous un peu vers "
    "l'extérieur jusqu'à ce qu'il disparaisse."
)
NO_BOUNCE = (
    "Ne faites jamais de rebonds ni de saccades en fin de mouvement; gardez chaque répétition "
    "fluide."
)
AIS_NOTE = (
    "Allez au bout du mouvement, tenez 2 secondes, revenez : c'est ce court maintien qui fait "
    "effet."
)
GENTLE = "Bougez seulement dans une amplitude confortable; arrêtez si vous sentez une douleur vive."
AIS_END = [
    "Au bout de votre amplitude, tenez 2 secondes en respirant lentement; pas de rebonds.",
    "Revenez complètement et reposez-vous un instant. Répétez de 10 à 12 fois, puis changez "
    "de côté.",
]
AIS_END_BOTH = [
    "Au bout de votre amplitude, tenez 2 secondes en respirant lentement; pas de rebonds.",
    "Revenez complètement et reposez-vous un instant. Répétez de 10 à 12 fois.",
]


def fr(name, summary, steps, cautions, dose_notes=""):
    return {
        "name": name,
        "summary": summary,
        "steps": steps,
        "cautions": cautions,
        "dose_notes": dose_notes,
    }


EXERCISES_FR = {
    "prone-psoas-ball-release": fr(
        "Auto-relâchement du psoas avec une balle souple",
        "Assouplit un psoas tendu, le fléchisseur profond de la hanche qui va du bas du dos au "
        "haut de la cuisse, grâce au poids de votre corps sur une balle souple.",
        [
            "Couchez-vous sur le ventre, appuyé sur les avant-bras, avec à portée de main une "
            "balle souple, un peu dégonflée, de la taille d'un pamplemousse.",
            "Placez la balle sous votre ventre, environ deux doigts à côté du nombril et un peu "
            "plus bas.",
            "Descendez lentement le ventre sur la balle jusqu'à sentir une pression ferme dans "
            "laquelle vous pouvez encore respirer; laissez vos avant-bras porter autant de poids "
            "qu'il le faut.",
            "Respirez lentement dans le ventre et laissez la région se détendre autour de la "
            "balle un peu plus à chaque expiration.",
            "Si c'est confortable, pliez le genou de ce côté et laissez la jambe se balancer "
            "lentement d'un côté à l'autre.",
            "Roulez doucement de côté pour quitter la balle, reposez-vous quelques respirations, "
            "puis faites l'autre côté.",
        ],
        [
            PULSE,
            "Arrêtez si vous sentez une douleur vive, ou une douleur ou des picotements qui "
            "descendent dans la jambe.",
            "Attendez une heure après un repas, et parlez-en d'abord à votre thérapeute si vous "
            "êtes enceinte ou avez une hernie ou une chirurgie abdominale récente.",
        ],
        "De 60 à 90 secondes par côté; utile aussi juste avant l'entraînement.",
    ),
    "supine-psoas-hand-release": fr(
        "Auto-relâchement du psoas du bout des doigts",
        "Vous permet de trouver et de presser doucement votre propre psoas, couché sur le dos, "
        "pour que ce fléchisseur profond de la hanche se relâche.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat au sol.",
            "Repérez votre nombril et la pointe osseuse à l'avant de la hanche. Placez le bout "
            "des doigts des deux mains à mi-chemin entre les deux, puis déplacez-les d'environ "
            "deux centimètres vers le centre.",
            "En expirant, laissez le bout des doigts s'enfoncer lentement dans le ventre, en les "
            "orientant vers la colonne.",
            "Pour vérifier que vous êtes sur le muscle, soulevez ce pied de deux centimètres : "
            "une bande ferme devrait se contracter sous vos doigts. Reposez ensuite le pied.",
            "Gardez une pression stable et confortable et respirez lentement dans le ventre "
            "jusqu'à sentir la région se détendre.",
            "Retirez lentement les doigts et refaites de l'autre côté.",
        ],
        [
            PULSE,
            "Appuyez doucement : vous pouvez sentir une forte courbature, mais jamais une douleur "
            "vive.",
            "Arrêtez si une douleur ou des picotements descendent dans la jambe.",
        ],
        "Utile aussi juste avant l'entraînement.",
    ),
    "iliacus-hand-release": fr(
        "Auto-relâchement de l'iliaque à l'intérieur de l'os de la hanche",
        "Détend l'iliaque, le fléchisseur de la hanche qui tapisse l'intérieur du bassin et se "
        "raidit souvent après de longues heures assis.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat, avec un oreiller sous "
            "la tête si vous le souhaitez.",
            "Repérez la pointe osseuse à l'avant de la hanche et placez le bout des doigts de la "
            "main du même côté juste à l'intérieur.",
            "Expirez et recourbez doucement le bout des doigts par-dessus le rebord intérieur de "
            "l'os, comme pour racler l'intérieur d'un bol, en gardant le contact avec l'os.",
            "Tenez une pression stable et confortable et respirez lentement. Laissez le genou de "
            "ce côté s'ouvrir un peu vers l'extérieur pour détendre davantage la région.",
            "Relâchez lentement, puis refaites de l'autre côté.",
        ],
        [
            "Restez en contact avec l'intérieur de l'os et éloignez vos doigts de tout pouls.",
            "Arrêtez si la pression cause une douleur vive, ou un engourdissement ou des "
            "picotements à l'avant de la cuisse.",
        ],
        "Deux maintiens de 30 à 60 secondes par côté.",
    ),
    "psoas-release-heel-slide": fr(
        "Relâchement du psoas avec glissement lent du talon",
        "Combine une pression douce sur le psoas et un mouvement lent de la jambe pour aider le "
        "muscle à s'allonger et à glisser.",
        [
            "Couchez-vous sur le dos, les genoux pliés, et trouvez votre psoas du bout des "
            "doigts, à mi-chemin entre le nombril et l'avant de l'os de la hanche.",
            "Enfoncez doucement le bout des doigts en expirant, jusqu'à sentir la bande ferme du "
            "muscle.",
            "En gardant la pression stable, faites glisser lentement le talon de ce côté sur le "
            "sol jusqu'à ce que la jambe soit tendue.",
            "Ramenez le talon tout aussi lentement, et continuez d'allonger et de ramener la "
            "jambe pendant tout le maintien en respirant lentement.",
            "Retirez les doigts et refaites de l'autre côté.",
        ],
        [
            PULSE,
            "Bougez la jambe lentement, le bas du dos détendu au sol; arrêtez si une douleur "
            "descend dans la jambe.",
        ],
        "Environ cinq glissements lents par maintien de 60 secondes.",
    ),
    "seated-psoas-release": fr(
        "Relâchement du psoas assis, pour les journées au bureau",
        "Une façon rapide de détendre vos fléchisseurs de la hanche à votre bureau après une "
        "longue période assis.",
        [
            "Assoyez-vous vers l'avant d'une chaise stable, les pieds à plat au sol.",
            "Penchez-vous légèrement vers l'avant pour que le ventre se relâche.",
            "Placez le bout des doigts environ deux doigts à côté du nombril et un peu plus bas, "
            "et appuyez doucement vers la colonne en expirant.",
            "Tenez une pression stable et confortable et respirez lentement dans le ventre.",
            "Relâchez lentement, refaites de l'autre côté, puis levez-vous et marchez un peu.",
        ],
        [
            PULSE,
            "Gardez une pression douce; arrêtez si vous sentez une douleur vive ou une douleur "
            "qui descend dans la jambe.",
        ],
        "Surtout utile les jours où vous restez assis de longues heures.",
    ),
    "pre-workout-iliopsoas-release": fr(
        "Relâchement de l'iliopsoas en deux minutes avant l'entraînement",
        "Un court relâchement du psoas et de l'iliaque des deux côtés pour libérer vos hanches "
        "avant de faire de l'exercice.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Appuyez doucement du bout des doigts à côté du nombril pour trouver le psoas, et "
            "tenez environ 30 secondes en respirant lentement.",
            "Déplacez le bout des doigts juste à l'intérieur de la pointe osseuse à l'avant de "
            "la hanche pour trouver l'iliaque, et tenez encore 30 secondes.",
            "Refaites les deux maintiens de l'autre côté.",
            "Levez-vous et marchez doucement sur place une demi-minute avant de commencer votre "
            "entraînement.",
        ],
        [
            PULSE,
            "Restez léger avant l'exercice : une pression ferme mais confortable, jamais vive.",
        ],
        "Avant chaque entraînement.",
    ),
    "glute-piriformis-ball-release": fr(
        "Relâchement de la fesse et du piriforme avec une balle",
        "Soulage la tension au fond de la fesse, où un piriforme court accompagne souvent des "
        "fléchisseurs de la hanche tendus.",
        [
            "Assoyez-vous au sol, les mains derrière vous, et placez une balle sous une fesse.",
            "Croisez la cheville de ce côté sur le genou opposé pour ouvrir la fesse.",
            "Roulez lentement jusqu'à trouver un point sensible, puis restez-y et laissez votre "
            "poids s'y enfoncer.",
            "Respirez lentement et attendez que la sensibilité diminue avant de continuer.",
            "Décroisez la jambe, quittez la balle et refaites de l'autre côté.",
        ],
        [
            "Déplacez la balle si vous sentez des picotements, un engourdissement ou une douleur "
            "à l'arrière de la jambe.",
            "Gardez une pression qui vous permet de respirer facilement et de rester détendu.",
        ],
        "Jusqu'à deux points sensibles par côté, environ 60 secondes chacun.",
    ),
    "tfl-ball-release": fr(
        "Relâchement de l'extérieur de la hanche (TFL) avec une balle",
        "Détend le tenseur du fascia lata, à l'avant et à l'extérieur de la hanche, un "
        "fléchisseur auxiliaire qui tire sur la bandelette iliotibiale.",
        [
            "Repérez la pointe osseuse à l'avant de la hanche; le TFL se trouve juste en dessous "
            "et vers l'extérieur, à peu près là où commence une poche de pantalon.",
            "Couchez-vous sur le ventre, un peu tourné vers ce côté, une balle sous cet endroit. "
            "Appuyez-vous sur les avant-bras.",
            "Descendez lentement votre poids sur la balle jusqu'à une pression ferme mais "
            "confortable.",
            "Respirez lentement et, si vous le voulez, pliez et dépliez quelques fois le genou "
            "de ce côté.",
            "Roulez hors de la balle et refaites de l'autre côté.",
        ],
        [
            "Gardez la balle hors de la pointe osseuse elle-même et loin de l'extérieur du genou.",
            "Arrêtez si vous sentez une douleur vive ou des picotements le long de la cuisse.",
        ],
    ),
    "quadratus-lumborum-ball-release": fr(
        "Relâchement du côté du bas du dos avec une balle",
        "Assouplit le carré des lombes, le muscle entre la dernière côte et le bassin qui peut "
        "faire mal d'un côté du bas du dos.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat au sol.",
            "Soulevez un peu les hanches et placez une balle souple d'un côté du bas du dos, dans "
            "la partie charnue entre la dernière côte et le haut du bassin, à une largeur de "
            "main de la colonne.",
            "Redescendez les hanches et inclinez-vous doucement vers la balle jusqu'à une "
            "pression ferme et confortable.",
            "Respirez lentement et laissez votre flanc se détendre sur la balle.",
            "Soulevez les hanches, retirez la balle et refaites de l'autre côté.",
        ],
        [
            "Gardez la balle sur le muscle, jamais sur la colonne, les côtes ou le rebord osseux "
            "du bassin.",
            "Arrêtez si la pression envoie de la douleur dans la fesse ou le long de la jambe.",
        ],
    ),
    "ais-psoas-side-lying": fr(
        "{Stretch} AIS du psoas, couché sur le côté",
        "Allonge le psoas et l'avant de la hanche en amenant la cuisse derrière vous avec vos "
        "propres muscles, deux secondes à la fois.",
        [
            "Couchez-vous sur le côté et serrez le genou du dessous contre la poitrine avec le "
            "bras du dessous; cela empêche le bas du dos de se cambrer.",
            "Pliez le genou du dessus à environ angle droit.",
            "Expirez et amenez la cuisse du dessus vers l'arrière en contractant la fesse et "
            "l'arrière de la cuisse, le genou toujours plié.",
            "Au bout de votre amplitude, poussez doucement sur l'avant de la cuisse avec la main "
            "du dessus pour aller un peu plus loin, et tenez 2 secondes.",
            "Inspirez en ramenant la cuisse au départ. Jamais de rebonds.",
            "Répétez, puis retournez-vous et faites l'autre côté.",
        ],
        [
            NO_BOUNCE,
            "Gardez le genou du dessous serré contre vous pour que le bas du dos reste à plat "
            "et ne se cambre pas.",
        ],
        AIS_NOTE,
    ),
    "ais-rectus-femoris-side-lying": fr(
        "{Stretch} AIS de l'avant de la cuisse",
        "Allonge le droit fémoral, le muscle du quadriceps qui croise la hanche et le genou et "
        "aide à basculer le bassin vers l'avant quand il est tendu.",
        [
            "Couchez-vous sur le côté et serrez le genou du dessous contre la poitrine avec le "
            "bras du dessous.",
            "Pliez le genou du dessus pour amener le talon vers la fesse, et tenez la cheville "
            "avec la main du dessus ou passez-y une sangle.",
            "Expirez et amenez la cuisse du dessus, pliée, vers l'arrière en contractant la "
            "fesse et les ischiojambiers.",
            "Au bout de votre amplitude, tirez légèrement avec la main ou la sangle et tenez "
            "2 secondes.",
            "Inspirez en revenant au départ. Jamais de rebonds.",
            "Répétez, puis retournez-vous et faites l'autre côté.",
        ],
        [
            NO_BOUNCE,
            "Si votre genou force, utilisez la sangle plutôt que la main et pliez un peu moins "
            "le genou.",
        ],
        AIS_NOTE,
    ),
    "ais-hamstring-bent-knee": fr(
        "{Stretch} AIS des ischiojambiers, genou plié",
        "Allonge doucement les ischiojambiers, à l'arrière de la cuisse, en dépliant le genou "
        "avec les muscles de votre propre cuisse.",
        [
            "Couchez-vous sur le dos, un genou plié et ce pied à plat au sol.",
            "Levez l'autre cuisse jusqu'à ce qu'elle pointe vers le plafond, et tenez-la avec "
            "les deux mains derrière la cuisse.",
            "Expirez et dépliez le genou en contractant l'avant de la cuisse, jusqu'à sentir une "
            "légère tension à l'arrière de la cuisse.",
            "Tenez 2 secondes, puis repliez le genou en inspirant. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [NO_BOUNCE, "Gardez la tête et les épaules détendues au sol."],
        AIS_NOTE,
    ),
    "ais-hamstring-straight-leg-strap": fr(
        "{Stretch} AIS des ischiojambiers avec une sangle",
        "Allonge tout l'arrière de la cuisse en levant la jambe tendue avec vos propres "
        "muscles, avec une sangle pour un léger coup de main à la fin.",
        [
            "Couchez-vous sur le dos, un genou plié et ce pied à plat. Passez une sangle ou une "
            "corde autour de l'arche de l'autre pied et tenez un bout dans chaque main.",
            "Verrouillez le genou de la jambe avec la sangle et tirez les orteils vers vous.",
            "Expirez et levez la jambe tendue aussi haut que possible, avec les muscles de "
            "l'avant de la cuisse et de la hanche.",
            "Au bout de votre amplitude, servez-vous de la sangle pour monter un peu plus, et "
            "tenez 2 secondes.",
            "Inspirez en redescendant la jambe au sol. Jamais de rebonds ni de coups secs sur la "
            "sangle.",
            "Répétez, puis changez de jambe.",
        ],
        [
            NO_BOUNCE,
            "La sangle aide seulement à la fin; ne tirez jamais fort dessus.",
            "Gardez le genou tendu et le bas du dos détendu au sol.",
        ],
        AIS_NOTE,
    ),
    "ais-inner-hamstrings-strap": fr(
        "{Stretch} AIS de l'intérieur des ischiojambiers avec une sangle",
        "Travaille les ischiojambiers internes en levant la jambe tendue un peu vers "
        "l'extérieur, le pied tourné vers l'extérieur.",
        [
            "Couchez-vous sur le dos, un genou plié et ce pied à plat, et passez une sangle "
            "autour de l'arche de l'autre pied.",
            "Verrouillez le genou de la jambe avec la sangle et tournez toute la jambe vers "
            "l'extérieur, les orteils pointant à l'opposé de l'autre jambe.",
            "Expirez et levez la jambe tendue vers le haut et un peu sur le côté, avec les "
            "muscles de l'avant de la hanche.",
            "Au bout de votre amplitude, servez-vous de la sangle pour un léger coup de main et "
            "tenez 2 secondes.",
            "Inspirez en redescendant la jambe. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [NO_BOUNCE, "Gardez la hanche opposée au sol pour que le bassin ne roule pas."],
        AIS_NOTE,
    ),
    "ais-outer-hamstrings-strap": fr(
        "{Stretch} AIS de l'extérieur des ischiojambiers avec une sangle",
        "Travaille l'ischiojambier externe en levant la jambe tendue un peu en travers du "
        "corps, le pied tourné vers l'intérieur.",
        [
            "Couchez-vous sur le dos, un genou plié et ce pied à plat. Passez une sangle autour "
            "de l'arche de l'autre pied et tenez les deux bouts dans la main opposée.",
            "Verrouillez le genou de la jambe avec la sangle et tournez la jambe vers "
            "l'intérieur, les orteils pointant vers l'autre jambe.",
            "Expirez et levez la jambe tendue vers le haut et un peu en travers du corps, vers "
            "l'épaule opposée.",
            "Au bout de votre amplitude, servez-vous de la sangle pour un léger coup de main et "
            "tenez 2 secondes.",
            "Inspirez en redescendant la jambe. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [NO_BOUNCE, "Gardez les deux épaules et l'arrière du bassin au sol."],
        AIS_NOTE,
    ),
    "ais-adductors-strap": fr(
        "{Stretch} AIS de l'intérieur de la cuisse",
        "Allonge les adducteurs, à l'intérieur de la cuisse, qui aident aussi à fléchir la "
        "hanche, en faisant glisser la jambe sur le côté.",
        [
            "Couchez-vous sur le dos, les deux jambes tendues. Passez une sangle autour du pied "
            "qui travaille pour qu'elle longe l'intérieur de la cheville, et tenez-la dans la "
            "main du même côté.",
            "Tournez l'autre pied un peu vers l'intérieur pour aider cette jambe à rester "
            "immobile.",
            "Le genou tendu et les orteils vers le haut, expirez et faites glisser la jambe qui "
            "travaille sur le côté avec les muscles de l'extérieur de la hanche.",
            "Au bout de votre amplitude, servez-vous de la sangle pour un léger coup de main et "
            "tenez 2 secondes.",
            "Inspirez en ramenant la jambe au centre. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [NO_BOUNCE, "Gardez le bassin à plat et immobile : la jambe bouge, pas le corps."],
        AIS_NOTE,
    ),
    "ais-piriformis": fr(
        "{Stretch} AIS du piriforme",
        "Allonge le piriforme, au fond de la fesse, en amenant le genou plié en travers vers "
        "l'épaule opposée.",
        [
            "Couchez-vous sur le dos, les deux genoux pliés et les pieds à plat au sol.",
            "Levez un genou vers la poitrine.",
            "Expirez et amenez ce genou en travers du corps vers l'épaule opposée, avec les "
            "muscles de l'avant de la hanche et de l'intérieur de la cuisse.",
            "Au bout de votre amplitude, posez la main opposée sur l'extérieur du genou pour un "
            "léger coup de main et tenez 2 secondes; vous devriez sentir une tension au fond de "
            "la fesse.",
            "Inspirez en ramenant le genou au départ. Jamais de rebonds.",
            "Répétez, puis changez de côté.",
        ],
        [
            NO_BOUNCE,
            "Arrêtez si vous sentez un pincement à l'avant de la hanche ou une douleur dans la "
            "jambe.",
        ],
        AIS_NOTE,
    ),
    "ais-gluteals-knee-to-chest": fr(
        "{Stretch} AIS des fessiers",
        "Allonge les muscles fessiers en amenant un genou vers la poitrine avec vos propres "
        "muscles de la hanche.",
        [
            "Couchez-vous sur le dos, les deux genoux pliés et les pieds à plat.",
            "Expirez et levez un genou vers l'épaule du même côté, avec les muscles de l'avant "
            "de la hanche et les abdominaux.",
            "Au bout de votre amplitude, tenez l'arrière de la cuisse à deux mains pour un léger "
            "coup de main et tenez 2 secondes.",
            "Inspirez en reposant le pied au sol. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [
            NO_BOUNCE,
            "Tenez derrière la cuisse, pas sur le genou, pour épargner l'articulation du genou.",
        ],
        AIS_NOTE,
    ),
    "ais-tfl-strap": fr(
        "{Stretch} AIS de l'extérieur de la hanche avec une sangle",
        "Allonge le tenseur du fascia lata et l'extérieur de la hanche en amenant la jambe "
        "tendue en travers du corps.",
        [
            "Couchez-vous sur le dos, les deux jambes tendues. Passez une sangle autour du pied "
            "qui travaille pour qu'elle longe l'extérieur de la cheville, et tenez-la dans la "
            "main opposée.",
            "Tournez le pied qui travaille un peu vers l'intérieur.",
            "Le genou tendu, expirez et amenez la jambe en travers du corps, juste assez haut "
            "pour passer par-dessus l'autre jambe, avec les muscles de l'intérieur de la cuisse.",
            "Au bout de votre amplitude, servez-vous de la sangle pour un léger coup de main et "
            "tenez 2 secondes.",
            "Inspirez en ramenant la jambe au centre. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [
            NO_BOUNCE,
            "Gardez les deux hanches au sol et arrêtez là où le bassin commence à rouler.",
        ],
        AIS_NOTE,
    ),
    "ais-quadratus-lumborum-side-bend": fr(
        "{Stretch} AIS du bas du dos en flexion latérale",
        "Allonge le carré des lombes, sur le côté du bas du dos, par une flexion latérale lente "
        "et active.",
        [
            "Tenez-vous debout, les pieds écartés à la largeur des hanches, les genoux souples "
            "et les bras le long du corps.",
            "Expirez et penchez-vous droit sur le côté en glissant la main le long de "
            "l'extérieur de la cuisse; servez-vous des muscles du côté de la taille pour vous "
            "incliner.",
            "Au bout de votre amplitude, passez le bras opposé vers le haut et par-dessus la "
            "tête pour aller un peu plus loin, et tenez 2 secondes.",
            "Inspirez en revenant debout. Jamais de rebonds.",
            "Répétez, puis penchez-vous de l'autre côté.",
        ],
        [
            NO_BOUNCE,
            "Penchez-vous bien sur le côté, sans vous pencher vers l'avant ni vous tourner, le "
            "poids réparti sur les deux pieds.",
            "Sautez cet exercice et avisez votre thérapeute si la flexion latérale envoie de la "
            "douleur dans la jambe.",
        ],
        AIS_NOTE,
    ),
    "ais-calf-straight-knee": fr(
        "{Stretch} AIS du mollet avec une sangle",
        "Allonge les muscles du mollet en tirant les orteils vers vous avec les muscles du "
        "tibia, avec une sangle pour un léger coup de main.",
        [
            "Assoyez-vous au sol, une jambe tendue et l'autre genou plié. Passez une sangle "
            "autour de la plante du pied de la jambe tendue, sous les orteils.",
            "Expirez et tirez les orteils et le dessus du pied vers le tibia, avec les muscles "
            "de l'avant de la jambe.",
            "Au bout de votre amplitude, tirez doucement sur la sangle et tenez 2 secondes.",
            "Inspirez en laissant le pied se relâcher vers l'avant. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [NO_BOUNCE, "Assoyez-vous le dos contre un mur s'il est difficile de le garder droit."],
        AIS_NOTE,
    ),
    "ais-calf-bent-knee": fr(
        "{Stretch} AIS du bas du mollet",
        "Allonge la partie profonde et basse du mollet, le soléaire, en travaillant le genou "
        "un peu plié.",
        [
            "Assoyez-vous au sol avec une serviette roulée sous un genou pour qu'il reste un peu "
            "plié, et passez une sangle autour de la plante de ce pied, sous les orteils.",
            "Expirez et tirez le dessus du pied vers le tibia avec les muscles du tibia.",
            "Au bout de votre amplitude, ajoutez une légère traction sur la sangle et tenez "
            "2 secondes; vous devriez le sentir bas dans le mollet, près du talon.",
            "Inspirez en relâchant le pied. Jamais de rebonds.",
            "Répétez, puis changez de jambe.",
        ],
        [NO_BOUNCE, "Allez-y plus doucement si le tendon derrière le talon est sensible."],
        AIS_NOTE,
    ),
    "kneeling-hip-flexor-hold": fr(
        "{Stretch} des fléchisseurs de la hanche, à genoux",
        "Un maintien doux et stable qui allonge l'avant de la hanche après de longues heures "
        "assis.",
        [
            "Mettez un genou au sol sur une serviette pliée, l'autre pied à plat devant vous. "
            "Tenez-vous à une chaise ou au mur pour l'équilibre au besoin.",
            "Rentrez le nombril vers la colonne et serrez la fesse de la jambe au sol pour que "
            "le coccyx rentre légèrement.",
            "En gardant le corps droit, avancez un peu votre poids jusqu'à sentir une légère "
            "tension à l'avant de la hanche au sol.",
            "Restez immobile et respirez lentement; la tension doit rester légère et constante.",
            "Revenez doucement et changez de côté.",
        ],
        [
            "Ne cambrez pas le bas du dos pour aller plus loin; c'est le coccyx rentré qui fait "
            "effet.",
            "Pas de rebonds. Si le genou au sol fait mal, ajoutez un coussin ou demandez une "
            "version debout.",
        ],
        "Deux maintiens faciles de 30 secondes par côté.",
    ),
    "navel-to-spine-breathing": fr(
        "Respiration du tronc, nombril vers la colonne",
        "Apprend à votre muscle abdominal le plus profond à s'activer doucement, la base de "
        "tous les autres exercices du tronc.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat. Posez le bout des "
            "doigts juste à l'intérieur des pointes osseuses à l'avant des hanches.",
            "Inspirez lentement et laissez le ventre se soulever.",
            "En expirant, rentrez doucement le nombril vers la colonne, comme si vous remontiez "
            "une fermeture éclair bien ajustée; le muscle devrait se raffermir sous vos doigts.",
            "Gardez cette légère tension 10 secondes en continuant de respirer normalement, puis "
            "relâchez complètement.",
            "N'utilisez qu'un petit effort, environ le quart de votre force, pour que le bas du "
            "dos et le bassin restent immobiles.",
        ],
        [
            "Ne retenez pas votre respiration.",
            "Si le bas du dos écrase le sol ou si les côtes se crispent, vous forcez trop.",
        ],
        "Un bon échauffement avant les autres exercices du tronc.",
    ),
    "heel-slides": fr(
        "Glissements du talon",
        "Entraîne vos muscles profonds du tronc à garder le bassin stable pendant que la jambe "
        "bouge.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Expirez et rentrez doucement le nombril vers la colonne.",
            "Faites glisser lentement un talon sur le sol jusqu'à ce que la jambe soit tendue, "
            "en gardant le bassin et le bas du dos immobiles.",
            "Inspirez et ramenez le talon au départ tout aussi lentement.",
            "Changez de jambe et continuez en alternant.",
        ],
        [
            "Gardez le nombril rentré vers la colonne pour que le bas du dos ne se cambre pas "
            "quand la jambe se tend.",
        ],
    ),
    "bent-knee-fall-outs": fr(
        "Ouvertures du genou plié",
        "Développe le contrôle des muscles profonds du tronc et du bassin pendant qu'un genou "
        "s'ouvre sur le côté.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat, écartés à la largeur "
            "des hanches.",
            "Rentrez doucement le nombril vers la colonne et imaginez un verre d'eau posé sur "
            "chaque os de la hanche.",
            "Expirez et laissez un genou s'ouvrir lentement sur le côté, seulement aussi loin "
            "que possible sans que le bassin roule.",
            "Inspirez et ramenez le genou au centre avec contrôle.",
            "Changez de côté et continuez en alternant.",
        ],
        [
            "Gardez les deux os de la hanche à niveau; si le bassin bascule, faites un plus "
            "petit mouvement.",
        ],
    ),
}

EXERCISES_FR |= {
    "dead-bug-arms-only": fr(
        "Insecte mort, bras seulement",
        "La première étape de l'insecte mort : garder le tronc immobile pendant que les bras "
        "bougent, sans charge sur le bas du dos.",
        [
            "Couchez-vous sur le dos, les genoux pliés, les pieds à plat et les deux bras pointés "
            "vers le plafond.",
            "Rentrez le nombril vers la colonne pour que les côtes restent souples et basses.",
            "Expirez et abaissez lentement un bras vers le sol à côté de la tête, seulement "
            "aussi loin que les côtes et le bas du dos restent immobiles.",
            "Inspirez en ramenant le bras en haut, puis changez de bras.",
        ],
        ["Arrêtez le bras avant que les côtes se soulèvent ou que le bas du dos se cambre."],
    ),
    "dead-bug-heel-taps": fr(
        "Insecte mort, talon au sol",
        "L'étape intermédiaire de l'insecte mort : entraîner les muscles profonds du tronc à "
        "garder le bas du dos tranquille pendant qu'une jambe descend.",
        [
            "Couchez-vous sur le dos et levez les jambes une à la fois jusqu'à ce que hanches et "
            "genoux soient pliés à angle droit, les tibias parallèles au sol.",
            "Rentrez le nombril vers la colonne et posez les bras le long du corps.",
            "Expirez et abaissez lentement un pied, le genou toujours plié, jusqu'à ce que le "
            "talon touche légèrement le sol.",
            "Inspirez et remontez la jambe, puis changez de jambe.",
            "À la fin, reposez les pieds au sol un à la fois.",
        ],
        [
            "Gardez le nombril rentré vers la colonne pour que le bas du dos ne se cambre pas; "
            "faites un plus petit mouvement s'il se cambre.",
            "Gardez la tête et le cou détendus au sol.",
        ],
    ),
    "dead-bug-opposite-arm-leg": fr(
        "Insecte mort, bras et jambe opposés",
        "L'insecte mort complet : un tronc stable qui protège le bas du dos pendant que les "
        "bras et les jambes bougent.",
        [
            "Couchez-vous sur le dos, hanches et genoux pliés à angle droit, les deux bras "
            "pointés vers le plafond.",
            "Rentrez le nombril vers la colonne et laissez le bas du dos reposer doucement au sol.",
            "Expirez et tendez lentement un bras vers l'arrière au-dessus de la tête en dépliant "
            "la jambe opposée, qui reste suspendue au-dessus du sol.",
            "Allez seulement aussi loin que le bas du dos et les côtes restent immobiles, puis "
            "inspirez et revenez au départ.",
            "Changez pour l'autre bras et l'autre jambe.",
        ],
        [
            "Gardez le nombril rentré vers la colonne; si le dos se cambre, gardez la jambe plus "
            "haute ou revenez au talon au sol.",
            "Bougez lentement; la vitesse cache une perte de contrôle.",
        ],
        "Passez à cette version quand le talon au sol devient facile.",
    ),
    "bird-dog": fr(
        "Chien d'arrêt",
        "Renforce ensemble les extenseurs du dos, les fessiers et les muscles profonds du tronc "
        "pendant que la colonne reste stable.",
        [
            "Placez-vous à quatre pattes, les mains sous les épaules et les genoux sous les "
            "hanches, le dos plat.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez, reculez une jambe et levez-la à la hauteur de la hanche en tendant le bras "
            "opposé vers l'avant à la hauteur de l'épaule.",
            "Tenez 3 secondes, les hanches à niveau, comme si une tasse reposait sur le bas du "
            "dos.",
            "Redescendez lentement et changez de côté.",
        ],
        [
            "Levez la jambe seulement à la hauteur de la hanche pour que le bas du dos ne se "
            "cambre pas.",
            "Gardez la nuque longue et le regard vers le sol.",
        ],
    ),
    "side-plank-on-knees": fr(
        "Planche latérale sur les genoux",
        "Renforce le côté du tronc, y compris les obliques et le carré des lombes, dans une "
        "position plus facile, sur les genoux.",
        [
            "Couchez-vous sur le côté, le coude juste sous l'épaule et les genoux pliés pour que "
            "les pieds soient derrière vous.",
            "Rentrez le nombril vers la colonne et alignez la tête, les épaules et les hanches.",
            "Expirez et soulevez les hanches jusqu'à ce que le corps soit droit des genoux à la "
            "tête.",
            "Tenez en respirant régulièrement, puis redescendez les hanches avec contrôle.",
            "Terminez vos répétitions, puis retournez-vous et travaillez l'autre côté.",
        ],
        [
            "Repoussez le sol avec l'avant-bras pour ne pas vous affaisser dans l'épaule.",
            "Arrêtez si vous sentez une douleur dans l'épaule sur laquelle vous vous appuyez.",
        ],
        "Montez progressivement jusqu'à des maintiens de 20 secondes en quelques semaines.",
    ),
    "modified-curl-up": fr(
        "Redressement partiel modifié, tête soutenue",
        "Travaille les abdominaux avant par un petit soulèvement pendant que vos mains portent "
        "le poids de la tête pour épargner le cou.",
        [
            "Couchez-vous sur le dos, un genou plié et l'autre jambe tendue, pour que le bas du "
            "dos garde sa petite courbe naturelle.",
            "Soutenez l'arrière de la tête avec les mains, les coudes bien ouverts.",
            "Rentrez le nombril vers la colonne, puis expirez et soulevez la tête et les épaules "
            "de quelques centimètres, en laissant les mains porter le poids de la tête.",
            "Tenez 5 secondes, le menton légèrement rentré et le regard vers le plafond.",
            "Redescendez lentement. À la moitié des répétitions, changez de jambe pliée.",
        ],
        [
            "Laissez les mains soutenir la tête; ne tirez jamais sur la tête ou le cou.",
            "C'est un petit soulèvement, pas un redressement assis : les omoplates quittent à "
            "peine le sol.",
        ],
    ),
    "seated-knee-tucks": fr(
        "Genoux à la poitrine, assis (canif facilité)",
        "Une version plus facile du canif qui renforce ensemble les abdominaux et les "
        "fléchisseurs de la hanche, à partir d'une position assise soutenue.",
        [
            "Assoyez-vous sur un tapis, les genoux pliés et les mains au sol derrière les "
            "hanches, les doigts vers l'avant.",
            "Inclinez-vous un peu vers l'arrière, la colonne longue et droite, et rentrez le "
            "nombril vers la colonne.",
            "Expirez et ramenez les genoux vers la poitrine en soulevant les pieds du sol.",
            "Inspirez et poussez lentement les pieds devant vous jusqu'à ce que les talons "
            "touchent légèrement le sol.",
            "Continuez d'aller et venir de façon fluide. Pour corser l'exercice, gardez les "
            "talons suspendus au lieu de les poser.",
        ],
        [
            "Gardez la poitrine levée et le dos long plutôt que de vous affaisser.",
            "Arrêtez si vous sentez une douleur au bas du dos.",
        ],
    ),
    "jackknife": fr(
        "Canif",
        "Un exercice combiné des abdominaux et des fléchisseurs de la hanche où les bras et les "
        "jambes montent se rejoindre au-dessus du ventre.",
        [
            "Couchez-vous sur le dos, les jambes tendues et les bras posés au sol au-dessus de la "
            "tête.",
            "Rentrez le nombril vers la colonne et rentrez doucement le menton.",
            "Expirez et soulevez ensemble les bras, la tête, les épaules et les jambes, les "
            "mains tendues vers les tibias, pour que le corps forme un V.",
            "Laissez les genoux plier un peu si cela vous aide à garder le contrôle.",
            "Inspirez et redescendez lentement les bras et les jambes au sol.",
        ],
        [
            "Commencez cet exercice seulement quand les genoux à la poitrine assis sont faciles "
            "pour 2 séries de 12.",
            "Gardez le nombril rentré vers la colonne; arrêtez si le bas du dos se cambre ou "
            "fait mal.",
            "Montez avec les abdominaux, sans donner d'élan avec les bras ni balancer les jambes.",
        ],
    ),
    "bridge": fr(
        "Pont",
        "Renforce les fessiers et l'arrière des hanches, qui aident à garder le bassin à niveau "
        "et soulagent le bas du dos.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat, écartés à la largeur "
            "des hanches, assez près pour que le bout des doigts effleure les talons.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez, serrez les fesses et soulevez les hanches jusqu'à ce que le corps forme une "
            "ligne droite des genoux aux épaules.",
            "Tenez 3 secondes sans laisser le bas du dos se cambrer.",
            "Inspirez et redescendez lentement, une partie de la colonne à la fois.",
        ],
        [
            "Montez avec les fessiers plutôt qu'en cambrant le bas du dos, et arrêtez à la ligne "
            "droite.",
            "Si l'arrière des cuisses crampe, rapprochez un peu les pieds du corps.",
        ],
    ),
    "single-leg-bridge": fr(
        "Pont sur une jambe",
        "Un pont plus difficile qui travaille chaque fessier séparément et vous demande de "
        "garder le bassin à niveau.",
        [
            "Couchez-vous sur le dos, les deux genoux pliés et les pieds à plat, puis dépliez une "
            "jambe pour que les deux cuisses soient à la même hauteur.",
            "Rentrez le nombril vers la colonne.",
            "Expirez et poussez dans le talon de la jambe pliée pour soulever les hanches, la "
            "jambe tendue dans l'alignement de l'autre cuisse.",
            "Gardez les deux os de la hanche à niveau en haut et tenez 2 secondes.",
            "Redescendez lentement. Terminez vos répétitions, puis changez de jambe.",
        ],
        [
            "Si le bassin descend d'un côté, revenez au pont sur deux jambes pendant un temps.",
            "Ne cambrez pas le bas du dos pour monter plus haut.",
        ],
    ),
    "clamshells": fr(
        "Coquillages",
        "Renforce le moyen fessier, sur le côté de la hanche, qui stabilise le bassin à la "
        "marche et debout.",
        [
            "Couchez-vous sur le côté, hanches et genoux pliés, les talons alignés avec les "
            "fesses. Posez la tête sur le bras du dessous.",
            "Empilez les hanches l'une au-dessus de l'autre et rentrez doucement le nombril vers "
            "la colonne.",
            "Les talons joints, expirez et soulevez le genou du dessus aussi haut que possible "
            "sans que le bassin roule vers l'arrière.",
            "Faites une courte pause en haut, puis redescendez lentement le genou.",
            "Terminez vos répétitions, puis retournez-vous et travaillez l'autre côté.",
        ],
        [
            "Gardez le mouvement dans la hanche; si la hanche du dessus roule vers l'arrière, "
            "soulevez moins haut.",
        ],
    ),
    "prone-chest-lift": fr(
        "Soulèvement de la poitrine sur le ventre",
        "Renforce doucement les muscles le long de la colonne qui vous tiennent droit, par un "
        "petit soulèvement couché sur le ventre.",
        [
            "Couchez-vous sur le ventre, un oreiller sous les hanches et le front sur une petite "
            "serviette pliée. Posez les bras le long du corps, paumes vers le haut.",
            "Rentrez doucement le nombril vers la colonne et serrez légèrement les fesses.",
            "Expirez, ramenez les omoplates vers l'arrière et vers le bas, et soulevez la "
            "poitrine de quelques centimètres.",
            "Continuez de regarder le sol pour que la nuque reste longue, et tenez 3 secondes.",
            "Inspirez et redescendez lentement.",
        ],
        [
            "Gardez un petit soulèvement; ce n'est pas une extension arrière.",
            "Arrêtez si vous sentez un pincement ou une douleur au bas du dos.",
        ],
    ),
    "hip-hinge-with-stick": fr(
        "Charnière de hanche avec un bâton",
        "Vous apprend à vous pencher à partir des hanches, le dos stable, en renforçant les "
        "fessiers et les ischiojambiers pour soulever des charges et vous pencher au quotidien.",
        [
            "Tenez-vous debout, les pieds écartés à la largeur des hanches, et tenez un manche à "
            "balai le long du dos pour qu'il touche l'arrière de la tête, la région entre les "
            "omoplates et le coccyx.",
            "Assouplissez les genoux et rentrez doucement le nombril vers la colonne.",
            "Poussez les hanches vers l'arrière et laissez le haut du corps basculer vers "
            "l'avant, en gardant les trois points en contact avec le bâton.",
            "Arrêtez quand vous sentez une légère tension à l'arrière des cuisses ou que le bâton "
            "commence à quitter votre dos.",
            "Expirez, serrez les fesses et poussez les hanches vers l'avant pour vous redresser.",
        ],
        [
            "Si le bâton quitte la tête, le haut du dos ou le coccyx, votre dos s'arrondit; "
            "faites un plus petit mouvement.",
            "Bougez lentement et restez dans une amplitude sans douleur.",
        ],
    ),
    "seated-knee-lift": fr(
        "Soulèvement du genou assis, pour le psoas",
        "Renforce le psoas et l'iliaque, les fléchisseurs profonds de la hanche qui aident aussi "
        "à stabiliser le bas du dos, pendant que vous êtes assis bien droit.",
        [
            "Assoyez-vous bien droit vers l'avant d'une chaise stable, les pieds à plat et les "
            "mains posées légèrement sur le siège.",
            "Rentrez doucement le nombril vers la colonne et laissez le sommet de la tête monter.",
            "Expirez et soulevez un genou de cinq à huit centimètres au-dessus du siège, sans "
            "vous pencher vers l'arrière ni vous affaisser.",
            "Tenez 5 secondes en respirant régulièrement, puis redescendez lentement le pied.",
            "Changez de jambe et continuez en alternant.",
        ],
        [
            "Restez droit; si vous vous penchez vers l'arrière pour lever le genou, levez-le "
            "moins haut.",
            "Arrêtez si vous sentez un pincement à l'avant de la hanche.",
        ],
    ),
    "chin-tucks": fr(
        "Rentrées du menton",
        "Renforce les muscles profonds à l'avant du cou pour contrer la posture de la tête vers "
        "l'avant et la tension qu'elle met sur le haut du dos.",
        [
            "Assoyez-vous ou tenez-vous bien droit, les épaules détendues et le regard droit "
            "devant.",
            "Reculez le menton en ligne droite, comme pour faire un double menton, sans lever "
            "ni baisser la tête.",
            "Sentez l'arrière du cou s'allonger, et tenez 5 secondes.",
            "Relâchez et laissez la tête revenir à sa position de départ.",
        ],
        [
            "Reculez la tête en ligne droite, pas vers le bas vers la poitrine.",
            "Restez doux, et arrêtez si cela cause des étourdissements, un mal de tête ou des "
            "picotements dans les bras.",
        ],
        "Aussi une remise à zéro rapide pendant les longues périodes devant un écran.",
    ),
    "supine-pelvic-tilts": fr(
        "Bascules du bassin, couché",
        "Fait bouger doucement le bassin et le bas du dos dans leur amplitude pour réduire la "
        "raideur et vous aider à trouver une position du milieu confortable.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat, écartés à la largeur "
            "des hanches.",
            "Expirez et basculez doucement le pubis vers le nombril, pour que le bas du dos "
            "appuie légèrement au sol.",
            "Inspirez et basculez le bassin dans l'autre sens, pour qu'un petit creux se forme "
            "sous le bas du dos.",
            "Basculez lentement entre les deux, puis terminez au milieu, là où le dos n'est ni "
            "plat ni cambré.",
        ],
        ["Gardez le mouvement petit et fluide, les fesses restant au sol."],
    ),
    "standing-pelvic-tilts-wall": fr(
        "Bascules du bassin debout, contre un mur",
        "Vous aide à sentir et à corriger un bassin basculé vers l'avant en position debout, "
        "comme une remise à zéro de la posture de tous les jours.",
        [
            "Tenez-vous dos au mur, les pieds à un petit pas du mur et les genoux souples.",
            "Remarquez l'espace entre le bas du dos et le mur.",
            "Expirez, rentrez le nombril vers la colonne et rentrez doucement le coccyx pour que "
            "l'espace diminue.",
            "Inspirez et laissez le bassin basculer de nouveau vers l'avant pour que l'espace "
            "augmente.",
            "Allez lentement de l'un à l'autre, terminez dans une position du milieu "
            "confortable, puis éloignez-vous du mur en gardant cette position debout.",
        ],
        ["Gardez les épaules et la tête appuyées au mur; seul le bassin bouge."],
    ),
    "cat-cow": fr(
        "Chat-vache",
        "Fait bouger doucement toute la colonne entre l'arrondi et le creux, au rythme de la "
        "respiration.",
        [
            "Placez-vous à quatre pattes, les mains sous les épaules et les genoux sous les "
            "hanches.",
            "Inspirez et laissez le ventre descendre vers le sol pendant que la poitrine et le "
            "regard montent légèrement.",
            "Expirez, repoussez le sol et arrondissez le dos vers le plafond, en laissant tomber "
            "la tête et le coccyx.",
            "Continuez d'enchaîner lentement les deux au rythme de la respiration.",
        ],
        [
            "Bougez seulement dans une amplitude confortable, et allez-y doucement avec le creux "
            "si le bas du dos est sensible.",
        ],
    ),
    "standing-hip-circles": fr(
        "Cercles de hanche debout",
        "Fait bouger l'articulation de la hanche dans toute son amplitude, dans toutes les "
        "directions, pour la garder libre et confortable.",
        [
            "Tenez-vous bien droit à côté d'une chaise ou d'un mur et posez-y une main pour "
            "l'équilibre.",
            "Levez le genou extérieur à la hauteur de la hanche, ou aussi haut que c'est "
            "confortable.",
            "Dessinez de grands cercles lents avec le genou : en travers du corps, vers le haut, "
            "sur le côté et vers le bas.",
            "Inversez le sens pour le même nombre de cercles.",
            "Retournez-vous et refaites avec l'autre jambe.",
        ],
        [
            "Gardez le genou d'appui souple et le tronc immobile; laissez la hanche faire le "
            "mouvement.",
        ],
        "8 cercles dans chaque sens.",
    ),
    "side-lying-thoracic-rotation": fr(
        "Rotation du haut du dos couché sur le côté (livre ouvert)",
        "Assouplit le milieu et le haut du dos par une rotation douce pendant que les hanches "
        "restent immobiles.",
        [
            "Couchez-vous sur le côté, hanches et genoux pliés à environ angle droit, un oreiller "
            "sous la tête et les deux bras tendus devant vous, paumes jointes.",
            "Serrez les genoux ensemble et gardez-les posés au sol tout au long de l'exercice.",
            "Expirez et amenez le bras du dessus vers le haut et de l'autre côté en suivant la "
            "main des yeux, pour que la poitrine se tourne vers le plafond.",
            "Laissez le bras descendre vers le sol derrière vous aussi loin que c'est "
            "confortable, et respirez là un moment.",
            "Inspirez et ramenez le bras au départ.",
            "Terminez vos répétitions, puis retournez-vous et faites l'autre côté.",
        ],
        [
            "Gardez les genoux empilés et immobiles, pour que la rotation vienne du haut du dos "
            "et non du bas du dos.",
            "Si l'épaule pince, pliez le coude et menez le mouvement avec lui.",
        ],
    ),
    "ninety-ninety-hip-switches": fr(
        "Bascules des hanches en 90/90",
        "Améliore la rotation des hanches vers l'intérieur et vers l'extérieur, en position "
        "assise.",
        [
            "Assoyez-vous au sol, les genoux pliés et les pieds à plat, un peu plus écartés que "
            "les hanches, les mains au sol derrière vous.",
            "Laissez les deux genoux tomber d'un côté pour que la jambe avant et la jambe arrière "
            "forment chacune à peu près un angle droit.",
            "Redressez-vous autant que c'est confortable et prenez une respiration.",
            "Ramenez les deux genoux au centre et laissez-les tomber de l'autre côté.",
            "Continuez de basculer lentement d'un côté à l'autre.",
        ],
        [
            "Allez seulement aussi loin que vos genoux sont confortables, les mains derrière "
            "vous pour vous soutenir.",
            "Bougez lentement et ne forcez jamais les genoux vers le sol.",
        ],
        "Chaque bascule d'un côté compte pour une.",
    ),
    "knee-rocks": fr(
        "Bascules des genoux, couché",
        "Une rotation douce d'un côté à l'autre qui réduit la raideur du bas du dos et des "
        "hanches.",
        [
            "Couchez-vous sur le dos, les genoux pliés et collés, les pieds à plat et les bras "
            "posés sur les côtés.",
            "Expirez et laissez les deux genoux basculer lentement d'un côté, seulement aussi "
            "loin que c'est confortable, les épaules au sol.",
            "Inspirez et ramenez les genoux au centre.",
            "Basculez-les de l'autre côté et continuez lentement.",
        ],
        [
            "Restez lent et sans douleur; faites un plus petit mouvement si le bas du dos "
            "proteste.",
        ],
    ),
    "belly-breathing-lying-down": fr(
        "Respiration abdominale, couché",
        "Réapprend une respiration lente et facile avec le diaphragme, une façon calme de "
        "commencer ou de terminer votre programme à domicile.",
        [
            "Couchez-vous sur le dos, les genoux pliés ou un oreiller sous les genoux. Posez une "
            "main sur la poitrine et l'autre sur le ventre.",
            "Inspirez lentement par le nez et laissez le ventre monter dans la main du dessous, "
            "pendant que la main sur la poitrine reste presque immobile.",
            "Expirez lentement, les lèvres légèrement pincées, et laissez le ventre descendre.",
            "Faites chaque expiration un peu plus longue que l'inspiration, et gardez un rythme "
            "facile.",
        ],
        ["Si vous avez la tête légère, reprenez une respiration normale un moment."],
        "Environ 10 respirations lentes, ou de 3 à 5 minutes.",
    ),
    "posture-breathing-hand-on-belly": fr(
        "Respiration en posture droite, une main sur le ventre",
        "Relie une respiration abdominale facile à une posture droite, pour corriger votre "
        "façon de vous asseoir et de vous tenir debout au fil de la journée.",
        [
            "Assoyez-vous ou tenez-vous bien droit, les oreilles au-dessus des épaules et les "
            "épaules au-dessus des hanches.",
            "Posez une main sur le ventre, juste sous le nombril.",
            "Inspirez lentement par le nez et sentez le ventre pousser contre la main.",
            "En expirant, laissez le nombril rentrer doucement vers la colonne et sentez-vous "
            "grandir un peu.",
            "Gardez les épaules souples et basses tout au long de l'exercice.",
        ],
        ["Gardez une respiration détendue; ne forcez pas l'inspiration et ne la retenez pas."],
        "5 respirations chaque fois, par exemple à votre bureau ou en faisant la file.",
    ),
    "wall-angels": fr(
        "Anges au mur",
        "Ouvre la poitrine et réveille les muscles entre les omoplates pour contrer la posture "
        "de la tête vers l'avant et la douleur qu'elle peut y causer.",
        [
            "Tenez-vous dos au mur, les pieds à un petit pas et les genoux souples. L'arrière de "
            "la tête, le haut du dos et les fesses touchent le mur, le menton doucement rentré.",
            "Levez les bras en forme de poteaux de but, les coudes pliés à la hauteur des "
            "épaules, l'arrière des bras et des mains aussi près du mur que c'est confortable.",
            "Expirez et faites glisser lentement les bras vers le haut du mur aussi loin que "
            "possible en gardant le contact.",
            "Inspirez et faites-les redescendre, en ramenant les coudes vers les côtes et les "
            "omoplates vers le bas et l'une vers l'autre.",
        ],
        [
            "Rentrez le nombril vers la colonne pour que le bas du dos ne se décolle pas du mur.",
            "Montez seulement aussi haut que possible sans hausser les épaules ni avoir mal aux "
            "épaules.",
        ],
    ),
    "hamstring-ball-release-chair": fr(
        "Relâchement de l'arrière de la cuisse sur une chaise",
        "Détend des ischiojambiers tendus pendant que vous êtes assis, avec une balle sous "
        "l'arrière de la cuisse.",
        [
            "Assoyez-vous sur une chaise ferme et placez une balle de tennis sous l'arrière d'une "
            "cuisse, à peu près à mi-chemin entre le genou et la fesse.",
            "Laissez le poids de la jambe s'enfoncer sur la balle et respirez lentement.",
            "Dépliez et pliez lentement le genou cinq ou six fois pendant que la balle reste en "
            "place.",
            "Déplacez la balle d'une largeur de main le long de la cuisse et refaites, puis "
            "changez de jambe.",
        ],
        ["Gardez la balle hors du pli derrière le genou.", GENTLE],
        "Environ une minute par jambe; une bonne pause pendant les longues journées au bureau.",
    ),
}

EXERCISES_FR |= {
    "calf-ball-release": fr(
        "Relâchement du mollet avec une balle",
        "Assouplit les muscles du mollet avec une balle sous le bas de la jambe.",
        [
            "Assoyez-vous au sol, les mains derrière vous et une balle sous le milieu d'un mollet.",
            "Croisez l'autre jambe par-dessus si vous voulez plus de pression.",
            "Soulevez un peu les hanches et roulez lentement de haut en bas jusqu'à trouver un "
            "point sensible.",
            "Restez-y quelques respirations lentes en faisant des cercles avec la cheville, puis "
            "changez de jambe.",
        ],
        [
            "Évitez toute région avec des varices ou de l'enflure.",
            "Parlez-en d'abord à votre thérapeute si vous avez déjà eu un caillot de sang dans "
            "la jambe.",
        ],
    ),
    "quadriceps-ball-release": fr(
        "Relâchement de l'avant de la cuisse avec une balle",
        "Détend l'avant de la cuisse, y compris le droit fémoral, qui fait aussi basculer le "
        "bassin.",
        [
            "Couchez-vous sur le ventre, appuyé sur les avant-bras, une balle ferme sous l'avant "
            "d'une cuisse, à une largeur de main au-dessus du genou.",
            "Laissez votre poids reposer sur la balle jusqu'à une pression ferme mais dans "
            "laquelle vous respirez facilement.",
            "Pliez et dépliez lentement le genou cinq ou six fois.",
            "Remontez un peu la balle le long de la cuisse et refaites, en vous arrêtant sous le "
            "pli de la hanche, puis changez de jambe.",
        ],
        ["Gardez la balle hors de la rotule.", GENTLE],
    ),
    "upper-back-ball-release": fr(
        "Relâchement du haut du dos avec une balle",
        "Soulage la douleur entre les omoplates qui accompagne souvent une tête portée vers "
        "l'avant.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Placez une balle entre la colonne et une omoplate, jamais sur la colonne elle-même.",
            "Soutenez la tête avec les mains pour que le cou se repose.",
            "Respirez lentement et laissez le haut du dos s'enfoncer sur la balle quelques "
            "respirations.",
            "Croisez les bras sur la poitrine pour aller un peu plus loin, puis déplacez la balle "
            "de l'autre côté.",
        ],
        [
            "Gardez la balle au-dessus des dernières côtes, loin du bas du dos.",
            "Arrêtez si vous sentez des picotements dans le bras.",
        ],
    ),
    "foot-ball-release": fr(
        "Relâchement de la plante du pied",
        "Réveille et assouplit la plante du pied, le début de la ligne qui remonte à l'arrière "
        "des jambes.",
        [
            "Tenez-vous à côté d'un mur ou d'une chaise et posez-y une main.",
            "Placez une petite balle sous la plante d'un pied.",
            "Laissez un peu de poids s'y enfoncer et roulez lentement du talon jusqu'à l'avant "
            "du pied.",
            "Faites une pause sur les points sensibles une respiration ou deux, puis changez de "
            "pied.",
        ],
        [
            "Parlez-en d'abord à votre thérapeute si vous êtes diabétique ou avez les pieds "
            "engourdis.",
            GENTLE,
        ],
    ),
    "suboccipital-ball-release": fr(
        "Relâchement de la base du crâne",
        "Laisse se détendre les petits muscles sous l'arrière du crâne, pour un cou et une tête "
        "fatigués.",
        [
            "Couchez-vous sur le dos, les genoux pliés.",
            "Mettez deux balles de tennis dans une chaussette nouée et posez la base du crâne "
            "dessus, une balle de chaque côté de la colonne.",
            "Laissez le poids de la tête s'y enfoncer et respirez lentement.",
            "Hochez très légèrement le menton, comme pour dire oui, pendant une minute ou deux.",
        ],
        [
            "Arrêtez si vous avez des étourdissements, des nausées ou des picotements au visage "
            "ou dans les bras.",
            "Gardez les balles hors de la colonne elle-même.",
        ],
    ),
    "diaphragm-rib-release-seated": fr(
        "Relâchement sous les côtes, assis",
        "Libère le bord du diaphragme sous les côtes, pour que la respiration descende plus bas.",
        [
            "Assoyez-vous vers l'avant d'une chaise et penchez-vous un peu vers l'avant pour que "
            "le ventre se relâche.",
            "Recourbez doucement le bout des doigts sous le bord des côtes inférieures d'un côté.",
            "Inspirez lentement; en expirant, laissez les doigts s'enfoncer un peu plus sous les "
            "côtes.",
            "Restez-y cinq respirations lentes, puis déplacez-vous le long du bord des côtes et "
            "refaites de l'autre côté.",
        ],
        [
            "Attendez une heure après avoir mangé.",
            "Arrêtez si vous sentez une douleur vive, et demandez d'abord si vous avez une hernie "
            "ou une chirurgie récente.",
        ],
    ),
    "front-of-hip-ball-release": fr(
        "Relâchement de l'avant de la hanche avec une balle",
        "Assouplit l'avant de la hanche juste sous la pointe osseuse, là où passent les "
        "fléchisseurs de la hanche.",
        [
            "Repérez la pointe osseuse à l'avant de la hanche; l'endroit se trouve juste en "
            "dessous et vers l'intérieur.",
            "Couchez-vous sur le ventre, appuyé sur les avant-bras, une balle souple sous cet "
            "endroit.",
            "Laissez votre poids reposer sur la balle et respirez dedans quelques respirations.",
            "Pliez lentement ce genou et laissez la jambe se balancer d'un côté à l'autre, puis "
            "changez de côté.",
        ],
        [
            "Si vous sentez un pouls sous la balle, déplacez-la un peu vers l'extérieur.",
            "Arrêtez si une douleur ou des picotements descendent dans la jambe.",
        ],
    ),
    "ais-hip-internal-rotators-seated": fr(
        "{Stretch} AIS des rotateurs internes de la hanche, assis",
        "Libère la rotation de la hanche vers l'intérieur et vers l'extérieur, que la position "
        "assise prolongée raidit.",
        [
            "Assoyez-vous bien droit vers l'avant d'une chaise, les genoux pliés à angle droit et "
            "les pieds à plat.",
            "Gardez le genou immobile et expirez en amenant le pied vers l'intérieur, devant "
            "l'autre jambe, ce qui tourne la cuisse vers l'extérieur dans sa cavité.",
            *AIS_END,
        ],
        ["Gardez le genou pointé vers l'avant; laissez le mouvement venir de la hanche.", GENTLE],
    ),
    "ais-hip-external-rotators-seated": fr(
        "{Stretch} AIS des rotateurs externes de la hanche, assis",
        "Libère les rotateurs profonds à l'arrière de la hanche, dont le piriforme.",
        [
            "Assoyez-vous bien droit vers l'avant d'une chaise, les genoux pliés à angle droit et "
            "les pieds à plat.",
            "Gardez le genou immobile et expirez en amenant le pied vers l'extérieur, loin de "
            "l'autre jambe, ce qui tourne la cuisse vers l'intérieur dans sa cavité.",
            *AIS_END,
        ],
        ["Gardez le genou pointé vers l'avant; laissez le mouvement venir de la hanche.", GENTLE],
    ),
    "ais-low-back-double-knee": fr(
        "{Stretch} AIS, deux genoux à la poitrine",
        "Allonge les muscles le long du bas du dos en l'arrondissant doucement, les deux genoux "
        "ensemble.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Expirez et levez les deux genoux vers la poitrine avec les muscles de l'avant des "
            "hanches et du ventre.",
            "Au bout de votre amplitude, tenez l'arrière des cuisses pour un léger coup de main.",
            *AIS_END_BOTH,
        ],
        [
            "Montez les genoux un à la fois si lever les deux vous fait mal au dos.",
            "Tenez derrière les cuisses, pas par-dessus les genoux.",
        ],
    ),
    "ais-low-back-seated-curl": fr(
        "{Stretch} AIS du bas du dos, assis",
        "Allonge les muscles du bas du dos depuis une chaise, une bonne remise à zéro après une "
        "longue période assis.",
        [
            "Assoyez-vous sur une chaise stable, les pieds à plat et un peu plus écartés que les "
            "hanches.",
            "Rentrez le menton et expirez en vous enroulant vers le bas entre les genoux, avec "
            "les muscles du ventre, une vertèbre à la fois.",
            "Au bout de votre amplitude, laissez les mains tenir les chevilles pour un léger coup "
            "de main.",
            "Tenez 2 secondes, puis déroulez-vous jusqu'à être assis bien droit.",
            "Répétez de 10 à 12 fois.",
        ],
        [
            "Parlez-en d'abord à votre thérapeute si vous avez un problème de disque ou de "
            "l'ostéoporose.",
            "Remontez lentement si vous avez la tête légère.",
        ],
    ),
    "ais-latissimus-lying": fr(
        "{Stretch} AIS du côté du dos, couché",
        "Libère le grand muscle du dos qui relie le bras au bas du dos et au bassin.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat, les bras le long du "
            "corps.",
            "Rentrez doucement le nombril vers la colonne pour que les côtes restent basses.",
            "Expirez et levez un bras tendu vers le haut et l'arrière, à côté de l'oreille, le "
            "pouce en premier, avec les muscles de l'épaule.",
            *AIS_END,
        ],
        ["Gardez le bas du dos posé au sol.", "Arrêtez si l'épaule pince."],
    ),
    "ais-chest-standing": fr(
        "{Stretch} AIS de la poitrine, debout",
        "Ouvre l'avant de la poitrine et des épaules, qui s'enroulent vers l'avant au bureau.",
        [
            "Tenez-vous bien droit, les bras le long du corps, paumes vers l'avant.",
            "Expirez et amenez les deux bras vers l'arrière et un peu vers le haut en serrant les "
            "omoplates l'une vers l'autre.",
            *AIS_END_BOTH,
        ],
        ["Gardez les côtes basses pour que le bas du dos ne se cambre pas.", GENTLE],
    ),
    "ais-neck-side-bend": fr(
        "{Stretch} AIS du cou en inclinaison latérale",
        "Détend les muscles le long du côté du cou et sur le dessus des épaules.",
        [
            "Assoyez-vous ou tenez-vous bien droit, les épaules détendues.",
            "Expirez et inclinez une oreille vers l'épaule du même côté, avec les muscles du cou "
            "de ce côté; gardez le nez pointé vers l'avant.",
            "Au bout de votre amplitude, laissez la main de ce côté reposer légèrement sur la "
            "tête pour un petit coup de main.",
            *AIS_END,
        ],
        [
            "Gardez le mouvement petit et lent.",
            "Arrêtez si vous avez des étourdissements ou des picotements dans le bras.",
        ],
    ),
    "ais-neck-flexion": fr(
        "{Stretch} AIS, menton à la poitrine",
        "Allonge l'arrière du cou, qui se raidit quand la tête est portée vers l'avant.",
        [
            "Assoyez-vous bien droit sur une chaise, les pieds à plat et les épaules détendues.",
            "Rentrez légèrement le menton, puis expirez et amenez le menton vers la poitrine avec "
            "les muscles de l'avant du cou.",
            "Au bout de votre amplitude, posez légèrement les mains sur l'arrière de la tête pour "
            "un petit coup de main.",
            *AIS_END_BOTH,
        ],
        [
            "Gardez l'aide des mains légère.",
            "Arrêtez si vous sentez des picotements dans les bras ou les mains.",
        ],
    ),
    "ais-neck-rotation": fr(
        "{Stretch} AIS du cou en rotation",
        "Garde le cou libre de tourner, pour regarder par-dessus l'épaule.",
        [
            "Assoyez-vous bien droit sur une chaise, les épaules détendues et le menton à niveau.",
            "Expirez et tournez la tête pour regarder par-dessus une épaule, le menton à niveau.",
            "Au bout de votre amplitude, ajoutez une légère aide avec les doigts sur le menton.",
            *AIS_END,
        ],
        [
            "Arrêtez si vous avez des étourdissements.",
            "Gardez les épaules immobiles et tournées vers l'avant.",
        ],
    ),
    "ais-hip-flexor-standing": fr(
        "{Stretch} AIS des fléchisseurs de la hanche, debout",
        "Amène la cuisse derrière vous pour allonger le psoas, avec seulement une chaise pour "
        "vous tenir.",
        [
            "Tenez-vous bien droit à côté d'une chaise ou d'un mur et posez-y une main.",
            "Rentrez le nombril vers la colonne et rentrez légèrement le coccyx.",
            "Expirez et amenez la jambe extérieure droit vers l'arrière en serrant la fesse, sans "
            "cambrer le bas du dos.",
            *AIS_END,
        ],
        [
            "Gardez le corps droit; la jambe recule seulement tant que le dos reste immobile.",
        ],
    ),
    "ais-short-adductors-seated": fr(
        "{Stretch} AIS de l'intérieur de la cuisse, assis",
        "Libère les courts muscles de l'intérieur de la cuisse qui tirent sur le bassin et "
        "limitent l'ouverture des hanches.",
        [
            "Assoyez-vous au sol bien droit, la plante des pieds jointe et les genoux levés.",
            "Expirez et abaissez les deux genoux vers le sol avec les muscles de l'extérieur des "
            "hanches.",
            "Au bout de votre amplitude, appuyez légèrement sur l'intérieur des cuisses avec les "
            "mains.",
            *AIS_END_BOTH,
        ],
        ["Assoyez-vous sur une serviette pliée si le bas du dos s'arrondit.", GENTLE],
    ),
    "ais-thoracic-extension-chair": fr(
        "{Stretch} AIS du haut du dos sur une chaise",
        "Cambre le haut du dos par-dessus le dossier de la chaise, l'inverse de l'affaissement "
        "au bureau.",
        [
            "Assoyez-vous bien droit sur une chaise dont le dossier arrive aux omoplates, les "
            "mains derrière la tête.",
            "Rentrez le nombril vers la colonne pour que le bas du dos reste immobile.",
            "Expirez et penchez le haut du dos vers l'arrière par-dessus le dossier, en levant la "
            "poitrine et les coudes.",
            *AIS_END_BOTH,
        ],
        ["Soutenez la tête avec les mains tout au long de l'exercice.", GENTLE],
    ),
    "ais-hip-flexor-kneeling": fr(
        "{Stretch} AIS des fléchisseurs de la hanche, à genoux",
        "La version active et répétée de l'exercice des fléchisseurs de la hanche à genoux, "
        "pour le psoas et l'iliaque.",
        [
            "Mettez un genou au sol sur une serviette pliée, l'autre pied à plat devant vous.",
            "Rentrez le nombril vers la colonne et serrez la fesse de la jambe au sol.",
            "Expirez et avancez les hanches en gardant le corps droit, jusqu'à sentir l'avant de "
            "la hanche s'ouvrir.",
            *AIS_END,
        ],
        ["Empêchez le bas du dos de se cambrer.", "Protégez bien le genou au sol."],
    ),
    "ais-hamstring-seated-chair": fr(
        "{Stretch} AIS des ischiojambiers, assis",
        "Allonge l'arrière de la cuisse depuis une chaise, facile à faire au travail.",
        [
            "Assoyez-vous bien droit vers l'avant d'une chaise, les deux pieds à plat.",
            "Expirez et dépliez un genou en contractant l'avant de la cuisse, les orteils tirés "
            "vers vous.",
            *AIS_END,
        ],
        [
            "Restez assis bien droit; n'arrondissez pas le dos pour aller plus loin.",
            GENTLE,
        ],
    ),
    "side-lying-leg-lift": fr(
        "Élévation de la jambe couché sur le côté",
        "Renforce les muscles de l'extérieur de la hanche qui gardent le bassin à niveau "
        "pendant la marche.",
        [
            "Couchez-vous sur le côté, la tête sur le bras du dessous, les jambes allongées et "
            "empilées.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez et levez la jambe du dessus d'une largeur de main, le talon en premier et "
            "les orteils vers l'avant.",
            "Redescendez-la lentement. Faites toutes vos élévations, puis changez de côté.",
        ],
        [
            "Gardez les hanches empilées; ne roulez pas vers l'arrière.",
            "Pliez le genou du dessous si vous vous sentez instable.",
        ],
    ),
    "prone-leg-lift": fr(
        "Élévation de la jambe sur le ventre",
        "Réveille les fessiers qui amènent la cuisse vers l'arrière, pour que le bas du dos ne "
        "fasse pas leur travail.",
        [
            "Couchez-vous sur le ventre, le front sur les mains et un oreiller sous les hanches.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez, serrez une fesse et soulevez cette jambe tendue de quelques centimètres.",
            "Redescendez-la lentement. Alternez les jambes, ou faites toutes les élévations d'un "
            "côté puis de l'autre.",
        ],
        ["Soulevez seulement tant que le bas du dos reste tranquille.", GENTLE],
    ),
    "supine-march": fr(
        "Marche sur place, couché",
        "Apprend aux muscles profonds du ventre à garder le bassin immobile pendant que les "
        "fléchisseurs de la hanche travaillent.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez et levez un pied jusqu'à ce que le genou soit au-dessus de la hanche, le "
            "bassin à niveau.",
            "Redescendez-le lentement et levez l'autre. Continuez, un côté puis l'autre.",
        ],
        [
            "Si le bas du dos se cambre ou si le bassin bascule, levez moins haut.",
            "Continuez de respirer tout au long de l'exercice.",
        ],
    ),
}

EXERCISES_FR |= {
    "forearm-plank-on-knees": fr(
        "Planche sur les avant-bras et les genoux",
        "Une planche douce qui renforce tout le tronc sans charger le bas du dos.",
        [
            "Mettez-vous à genoux sur un tapis et descendez sur les avant-bras, les coudes sous "
            "les épaules.",
            "Reculez les genoux jusqu'à ce que le corps forme une ligne des genoux à la tête.",
            "Rentrez le nombril vers la colonne et respirez lentement pendant le maintien.",
            "Descendez les hanches pour vous reposer.",
        ],
        [
            "Arrêtez si le bas du dos s'affaisse ou fait mal.",
            "Gardez la nuque longue, le regard vers le sol.",
        ],
        "Montez progressivement jusqu'à 30 secondes.",
    ),
    "bridge-march": fr(
        "Pont avec marche",
        "Un pont plus difficile qui demande aux fessiers de garder le bassin à niveau sur une "
        "jambe à la fois.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat, écartés à la largeur "
            "des hanches.",
            "Rentrez le nombril vers la colonne et soulevez les hanches en pont.",
            "En gardant les hanches à niveau, soulevez un pied de quelques centimètres, reposez-"
            "le, puis soulevez l'autre.",
            "Redescendez lentement les hanches après chaque série de pas.",
        ],
        ["Revenez au pont simple si le bassin descend d'un côté.", GENTLE],
    ),
    "prone-y-raise": fr(
        "Élévation des bras sur le ventre",
        "Renforce les muscles entre et sous les omoplates, pour un dos droit.",
        [
            "Couchez-vous sur le ventre, une serviette pliée sous le front et les bras au-dessus "
            "de la tête en Y, les pouces vers le haut.",
            "Ramenez doucement les omoplates vers l'arrière et vers le bas.",
            "Expirez et soulevez les deux bras de quelques centimètres du sol.",
            "Tenez 3 secondes et redescendez lentement.",
        ],
        [
            "Continuez de regarder le sol.",
            "Montez seulement aussi haut que possible sans hausser les épaules.",
        ],
    ),
    "sit-to-stand": fr(
        "Passer d'assis à debout",
        "Pratique le passage de la chaise à la position debout en laissant les hanches et les "
        "jambes faire le travail.",
        [
            "Assoyez-vous vers l'avant d'une chaise stable, les pieds à plat et un peu en arrière "
            "des genoux.",
            "Rentrez le nombril vers la colonne et penchez-vous vers l'avant à partir des "
            "hanches, le dos long.",
            "Poussez dans les talons et levez-vous bien droit.",
            "Rassoyez-vous lentement en reculant les hanches.",
        ],
        ["Appuyez les mains sur les cuisses si vous avez besoin d'aide.", GENTLE],
    ),
    "wall-sit-short": fr(
        "Chaise au mur, courte",
        "Renforce les cuisses et les fessiers pendant que le mur soutient le dos.",
        [
            "Tenez-vous dos au mur, les pieds à un pas du mur et écartés à la largeur des hanches.",
            "Rentrez le nombril vers la colonne.",
            "Glissez le long du mur jusqu'à ce que les genoux soient un peu pliés, pas plus bas "
            "que ce qui est facile.",
            "Tenez en respirant lentement, puis remontez en glissant.",
        ],
        ["Gardez les genoux derrière les orteils.", "Arrêtez si vos genoux font mal."],
    ),
    "standing-knee-lift": fr(
        "Élévation du genou debout",
        "Renforce le psoas en position debout, le tronc gardant le dos immobile.",
        [
            "Tenez-vous bien droit à côté d'une chaise ou d'un mur et posez-y une main.",
            "Rentrez le nombril vers la colonne.",
            "Expirez et levez le genou extérieur à la hauteur de la hanche sans vous pencher vers "
            "l'arrière.",
            "Tenez 3 secondes et redescendez lentement. Faites toutes vos élévations, puis "
            "changez de côté.",
        ],
        ["Restez droit; si vous vous penchez vers l'arrière, levez le genou moins haut."],
    ),
    "supine-hip-flexor-press": fr(
        "Poussée des fléchisseurs de la hanche, couché",
        "Renforce le psoas comme muscle stabilisateur, sans faire bouger le bas du dos.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Levez un genou au-dessus de la hanche et placez la main du même côté contre l'avant "
            "du genou.",
            "Rentrez le nombril vers la colonne, puis poussez le genou contre la main pendant que "
            "la main le retient.",
            "Tenez 5 secondes en respirant, puis relâchez. Faites-les toutes, puis changez de "
            "côté.",
        ],
        [
            "Poussez doucement, à environ la moitié de votre force.",
            "Gardez le bas du dos posé au sol.",
        ],
    ),
    "hands-and-knees-arm-reach": fr(
        "Bras tendu à quatre pattes",
        "Un premier pas vers le bras et la jambe opposés : un bras se tend pendant que le dos "
        "reste immobile.",
        [
            "Placez-vous à quatre pattes, les mains sous les épaules et les genoux sous les "
            "hanches.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez et tendez un bras vers l'avant à la hauteur de l'épaule, le pouce vers le "
            "haut.",
            "Tenez 3 secondes, redescendez-le et tendez l'autre bras.",
        ],
        [
            "Gardez le dos plat, comme si une tasse reposait dessus.",
            "Protégez vos genoux avec une serviette.",
        ],
    ),
    "hands-and-knees-leg-reach": fr(
        "Jambe tendue à quatre pattes",
        "Entraîne les fessiers et les muscles profonds du dos à bouger la jambe pendant que le "
        "bassin reste à niveau.",
        [
            "Placez-vous à quatre pattes, les mains sous les épaules et les genoux sous les "
            "hanches.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez et faites glisser une jambe vers l'arrière, puis levez-la sans dépasser la "
            "hauteur de la hanche.",
            "Tenez 3 secondes, redescendez-la et changez de jambe.",
        ],
        [
            "Gardez le bassin à niveau; ne laissez pas le bas du dos se cambrer.",
            "Protégez vos genoux avec une serviette.",
        ],
    ),
    "floor-lift-hinge": fr(
        "Soulever un objet du sol",
        "Une façon de ramasser les choses qui laisse les hanches et les jambes porter la "
        "charge, et non le bas du dos.",
        [
            "Placez-vous près de l'objet, les pieds écartés à la largeur des hanches.",
            "Rentrez le nombril vers la colonne et pliez les hanches et les genoux, le dos long.",
            "Tenez l'objet près du corps.",
            "Expirez et relevez-vous en poussant dans les talons, sans vous tourner.",
        ],
        [
            "Pratiquez d'abord avec quelque chose de léger.",
            "Tournez avec les pieds, jamais en tordant le dos.",
        ],
    ),
    "thread-the-needle": fr(
        "Enfiler l'aiguille",
        "Fait tourner doucement le haut du dos, à quatre pattes.",
        [
            "Placez-vous à quatre pattes, les mains sous les épaules et les genoux sous les "
            "hanches.",
            "Expirez et glissez un bras sous le corps, paume vers le haut, en laissant cette "
            "épaule et le côté de la tête descendre vers le sol.",
            "Inspirez et amenez le même bras vers le plafond en le suivant des yeux.",
            "Répétez lentement, puis changez de côté.",
        ],
        ["Gardez les hanches au-dessus des genoux.", GENTLE],
    ),
    "hands-and-knees-rock-back": fr(
        "Bascule vers l'arrière à quatre pattes",
        "Assouplit les hanches et le bas du dos par une bascule lente vers les talons.",
        [
            "Placez-vous à quatre pattes, le dos plat.",
            "Rentrez doucement le nombril vers la colonne.",
            "Expirez et reculez les hanches vers les talons, aussi loin que le dos reste long.",
            "Inspirez et revenez vers l'avant.",
        ],
        ["Placez un coussin derrière les genoux s'ils protestent.", GENTLE],
    ),
    "seated-thoracic-rotation": fr(
        "Rotation du haut du dos, assis",
        "Garde le milieu du dos libre de tourner, depuis une chaise.",
        [
            "Assoyez-vous bien droit vers l'avant d'une chaise, les pieds à plat.",
            "Croisez les bras sur la poitrine.",
            "Expirez et tournez le haut du corps d'un côté, les genoux restant tournés vers "
            "l'avant.",
            "Inspirez en revenant au centre, puis tournez de l'autre côté.",
        ],
        ["Grandissez-vous avant chaque rotation.", GENTLE],
    ),
    "prone-press-up-forearms": fr(
        "Repos sur les avant-bras, couché sur le ventre",
        "Un léger creux du bas du dos, souvent bienvenu après de longues périodes assis.",
        [
            "Couchez-vous sur le ventre, les coudes sous les épaules.",
            "Expirez et montez sur les avant-bras, en laissant le ventre détendu au sol.",
            "Restez-y quelques respirations lentes.",
            "Redescendez lentement.",
        ],
        [
            "Arrêtez si la douleur descend plus bas dans la jambe.",
            "Parlez-en d'abord à votre thérapeute si cambrer le dos aggrave habituellement la "
            "douleur.",
        ],
    ),
    "childs-pose-breathing": fr(
        "Repos assis sur les talons",
        "Une position de repos qui laisse le bas du dos s'allonger pendant que vous respirez "
        "dans le dos.",
        [
            "Mettez-vous à genoux, les genoux écartés, et assoyez-vous vers les talons.",
            "Avancez les mains et posez le front au sol ou sur un coussin.",
            "Inspirez lentement et sentez l'arrière des côtes s'élargir.",
            "Expirez et laissez les hanches descendre un peu plus.",
        ],
        [
            "Placez un oreiller entre les talons et les fesses si vous ne pouvez pas vous "
            "asseoir sur les talons.",
            GENTLE,
        ],
        "Huit respirations lentes.",
    ),
    "crocodile-breathing": fr(
        "Respiration abdominale sur le ventre",
        "Couché sur le ventre, vous sentez si votre respiration atteint le ventre et le bas du "
        "dos.",
        [
            "Couchez-vous sur le ventre, le front posé sur les mains superposées.",
            "Inspirez lentement par le nez et sentez le ventre appuyer contre le sol et le bas du "
            "dos monter.",
            "Expirez lentement par la bouche et laissez tout se détendre.",
            "Continuez, sans vous presser, pour le nombre de respirations prévu.",
        ],
        ["Placez un oreiller sous les hanches si être à plat vous dérange le dos."],
        "Dix respirations lentes.",
    ),
    "ninety-ninety-wall-breathing": fr(
        "Respiration les pieds au mur",
        "Place le bassin et les côtes dans une bonne position et entraîne les muscles profonds "
        "du tronc pendant l'expiration.",
        [
            "Couchez-vous sur le dos, les pieds à plat contre un mur, hanches et genoux pliés à "
            "angle droit.",
            "Appuyez légèrement les talons contre le mur jusqu'à sentir l'arrière des cuisses "
            "travailler.",
            "Inspirez par le nez, puis expirez complètement par la bouche en laissant les côtes "
            "descendre.",
            "Faites une pause, puis prenez l'inspiration suivante sans perdre cette position.",
        ],
        [
            "Gardez le bas du dos posé doucement au sol.",
            "Arrêtez si vous avez la tête légère.",
        ],
        "Cinq respirations lentes par série.",
    ),
    "seated-counted-breathing": fr(
        "Respiration comptée sur une chaise",
        "Une respiration calme et lente à faire n'importe où, qui aide aussi les muscles tendus "
        "à se relâcher.",
        [
            "Assoyez-vous bien droit sur une chaise, les pieds à plat et une main sur le ventre.",
            "Inspirez par le nez en comptant jusqu'à quatre, en sentant le ventre pousser contre "
            "la main.",
            "Faites une pause en comptant jusqu'à quatre.",
            "Expirez par les lèvres légèrement pincées en comptant jusqu'à six, puis faites une "
            "nouvelle pause.",
        ],
        ["Raccourcissez les temps si vous manquez de souffle."],
        "Six cycles, deux fois par jour.",
    ),
    "desk-sitting-reset": fr(
        "Remise à zéro de la posture au bureau",
        "Une vérification rapide qui vous fait passer de l'affaissement à une position assise "
        "droite, plusieurs fois par jour.",
        [
            "Assoyez-vous au fond de votre chaise, les pieds à plat et les hanches un peu plus "
            "hautes que les genoux.",
            "Basculez le bassin vers l'avant et vers l'arrière, puis installez-vous au milieu, "
            "sur les ischions.",
            "Laissez le sommet de la tête monter et le menton reculer légèrement.",
            "Laissez les épaules descendre, et prenez une respiration lente dans le ventre.",
        ],
        ["S'asseoir droit doit être facile; relâchez si vous forcez."],
        "Chaque fois que vous remarquez un affaissement; programmez un rappel toutes les heures.",
    ),
    "standing-tall-check-wall": fr(
        "Vérification de la posture droite au mur",
        "Vous fait sentir ce qu'est se tenir droit : tête, épaules et fesses empilées.",
        [
            "Tenez-vous debout, les talons à quelques centimètres d'un mur.",
            "Laissez les fesses, les omoplates et l'arrière de la tête toucher le mur.",
            "Remarquez l'espace derrière le bas du dos : environ l'épaisseur d'une main est "
            "confortable.",
            "Éloignez-vous du mur et gardez la même sensation quelques respirations.",
        ],
        [
            "Ne forcez pas la tête vers le mur; reculez le menton seulement autant que c'est "
            "facile.",
        ],
    ),
    "hourly-stand-up-break": fr(
        "Se lever toutes les heures",
        "Les longues heures assis gardent les fléchisseurs de la hanche courts; se lever souvent "
        "défait cet effet.",
        [
            "Programmez un rappel toutes les heures pendant que vous êtes assis.",
            "Quand il sonne, levez-vous, grandissez-vous et prenez deux respirations lentes.",
            "Marchez une minute, ou reculez un pied et rentrez le coccyx quelques respirations.",
            "Rassoyez-vous bien droit, sur les ischions.",
        ],
        ["Aidez-vous des accoudoirs pour vous lever au besoin."],
        "Une fois par heure quand vous êtes assis.",
    ),
    "side-sleeping-pillow": fr(
        "Dormir sur le côté avec un oreiller",
        "Une position de repos qui garde le bassin à niveau et soulage le bas du dos pendant la "
        "nuit.",
        [
            "Couchez-vous sur le côté, les hanches et les genoux un peu pliés.",
            "Placez un oreiller entre les genoux pour que la jambe du dessus repose à la hauteur "
            "de la hanche.",
            "Utilisez un oreiller sous la tête qui garde le cou dans l'alignement de la colonne.",
            "Respirez lentement et laissez le dos se détendre.",
        ],
        ["Changez de côté pendant la nuit si vous le pouvez."],
        "Chaque nuit.",
    ),
    "phone-at-eye-level": fr(
        "Le téléphone à la hauteur des yeux",
        "Tenir le téléphone en hauteur plutôt que baisser la tête épargne le cou et le haut du "
        "dos.",
        [
            "Remarquez quand votre tête tombe vers l'avant pour regarder votre téléphone.",
            "Montez plutôt le téléphone vers la hauteur des yeux, le coude appuyé sur l'autre "
            "main ou sur une table.",
            "Reculez doucement le menton et laissez les épaules descendre.",
            "Faites une pause pour regarder au loin toutes les quelques minutes.",
        ],
        ["Changez souvent de main pour qu'une seule épaule ne fasse pas tout le travail."],
        "Chaque fois que vous utilisez votre téléphone.",
    ),
    "pelvic-clock": fr(
        "Horloge du bassin",
        "De petits cercles du bassin, couché, pour trouver et assouplir les points raides du "
        "bas du dos.",
        [
            "Couchez-vous sur le dos, les genoux pliés et les pieds à plat.",
            "Imaginez une horloge sur votre ventre : le nombril à midi, le pubis à six heures.",
            "Basculez lentement le bassin vers midi, puis trois heures, six heures, neuf heures, "
            "et faites le tour.",
            "Faites cinq cercles lents dans un sens, puis cinq dans l'autre.",
        ],
        ["Gardez les cercles petits et fluides.", GENTLE],
    ),
}

# The library's target muscles and body regions in French, for the shared entries.
MUSCLES_FR = {
    "adductor brevis": "court adducteur",
    "adductor longus": "long adducteur",
    "adductors": "adducteurs",
    "anterior deltoid": "deltoïde antérieur",
    "calves": "mollets",
    "deep neck flexors": "fléchisseurs profonds du cou",
    "diaphragm": "diaphragme",
    "erector spinae": "érecteurs du rachis",
    "foot intrinsics": "muscles intrinsèques du pied",
    "gastrocnemius": "gastrocnémien",
    "gemelli": "jumeaux",
    "gluteus maximus": "grand fessier",
    "gluteus medius": "moyen fessier",
    "gluteus minimus": "petit fessier",
    "gracilis": "gracile",
    "hamstrings": "ischiojambiers",
    "iliacus": "iliaque",
    "latissimus dorsi": "grand dorsal",
    "levator scapulae": "élévateur de la scapula",
    "lower trapezius": "trapèze inférieur",
    "lumbar extensors": "extenseurs lombaires",
    "middle trapezius": "trapèze moyen",
    "multifidus": "multifides",
    "obliques": "obliques",
    "obturators": "obturateurs",
    "pectineus": "pectiné",
    "pectoralis major": "grand pectoral",
    "pectoralis minor": "petit pectoral",
    "piriformis": "piriforme",
    "plantar fascia": "fascia plantaire",
    "psoas major": "grand psoas",
    "quadratus femoris": "carré fémoral",
    "quadratus lumborum": "carré des lombes",
    "quadriceps": "quadriceps",
    "rectus abdominis": "grand droit de l'abdomen",
    "rectus femoris": "droit fémoral",
    "rhomboids": "rhomboïdes",
    "sartorius": "sartorius",
    "scalenes": "scalènes",
    "soleus": "soléaire",
    "splenius capitis": "splénius de la tête",
    "splenius cervicis": "splénius du cou",
    "sternocleidomastoid": "sternocléidomastoïdien",
    "suboccipitals": "sous-occipitaux",
    "tensor fasciae latae": "tenseur du fascia lata",
    "teres major": "grand rond",
    "thoracic extensors": "extenseurs thoraciques",
    "thoracic rotators": "rotateurs thoraciques",
    "transversus abdominis": "transverse de l'abdomen",
    "upper trapezius": "trapèze supérieur",
    "vastus lateralis": "vaste latéral",
    "vastus medialis": "vaste médial",
}

REGIONS_FR = {
    "abdomen": "abdomen",
    "hip": "hanche",
    "knee": "genou",
    "low back": "bas du dos",
    "lower leg": "bas de la jambe",
    "mid back": "milieu du dos",
    "neck": "cou",
    "pelvis": "bassin",
    "shoulder": "épaule",
    "thigh": "cuisse",
    "upper back": "haut du dos",
}
