"""The French of the drawings' words (clinic/library/poses.py and drawing.py): each position
as the text alternative reads it, the second frame where a drawing words it its own way, and
the labels drawn in the picture. Like the English, never the word for stretches."""

POSES_FR = {
    "stand": "debout bien droit, les bras le long du corps",
    "stand-knee-up": "debout, un genou levé à la hauteur de la hanche",
    "stand-heels-up": "debout sur la pointe des pieds",
    "stand-hinge": "penché vers l'avant à partir des hanches, le dos long, les genoux souples",
    "stand-squat": "accroupi, le dos long, les mains basses près du sol",
    "stand-split": "debout en grand pas, la jambe arrière tendue, le genou avant plié",
    "stand-split-lunge": "les hanches avancées, la jambe arrière longue, le corps droit",
    "stand-arms-up": "debout bien droit, les bras tendus au-dessus de la tête",
    "stand-arms-back": "debout bien droit, les bras ramenés vers l'arrière, la poitrine ouverte",
    "stand-chin-back": "debout bien droit, le menton reculé en ligne droite",
    "stand-forward-head": "debout, la tête projetée vers l'avant et les épaules enroulées",
    "stand-leg-back": "debout sur une jambe, l'autre reculant à partir de la hanche",
    "stand-wall": "debout, le dos contre un mur",
    "stand-wall-tilt": "le coccyx rentré pour que le bas du dos se rapproche du mur",
    "stand-wall-sit": "en glissant le long du mur jusqu'à une légère flexion des genoux",
    "stand-wall-arms": "debout contre un mur, les coudes pliés à la hauteur des épaules",
    "stand-wall-arms-up": "les bras glissés vers le haut du mur, au-dessus de la tête",
    "stand-foot-ball": "debout, un pied posé sur une petite balle",
    "front": "debout bien droit, vu de face",
    "front-bend": "penché d'un côté, la main glissant le long de la cuisse",
    "front-bend-reach": "penché d'un côté, le bras du dessus passant par-dessus la tête",
    "front-neck-side": "l'oreille inclinée vers une épaule",
    "front-knee-out": "debout sur une jambe, l'autre genou levé qui décrit un cercle vers "
    "l'extérieur",
    "chair": "assis bien droit sur une chaise, les pieds à plat",
    "chair-knee-up": "un genou soulevé un peu au-dessus du siège",
    "chair-lean": "penché un peu vers l'avant, le bout des doigts appuyé à côté du nombril",
    "chair-curl": "enroulé vers l'avant depuis la chaise, les mains vers le sol",
    "chair-turn": "tourné pour regarder derrière, une main sur le dossier de la chaise",
    "chair-slump": "affaissé sur une chaise, la tête vers l'avant",
    "chair-leg-out": "un genou qui se tend, le pied soulevé devant",
    "chair-ball": "assis sur une chaise, une balle sous une cuisse",
    "chair-ankle-up": "assis bien droit, un pied soulevé, la cheville en mouvement",
    "floor-sit": "assis au sol, les jambes allongées devant",
    "floor-sit-strap": "assis au sol, une jambe allongée, une sangle autour du pied",
    "floor-sit-strap-flex": "les orteils ramenés vers le tibia, la sangle aidant en fin de "
    "mouvement",
    "floor-sit-reach": "les mains tendues vers les orteils, le dos long",
    "floor-sit-back": "assis, appuyé vers l'arrière sur les mains, les genoux pliés",
    "floor-sit-tuck": "les genoux ramenés vers la poitrine, les pieds soulevés",
    "floor-sit-ball": "assis au sol sur une balle, une cheville croisée sur l'autre genou",
    "floor-sit-calf-ball": "assis au sol, le mollet d'une jambe posé sur une balle",
    "floor-cross": "assis au sol, vu de face, les deux genoux tombés d'un côté",
    "back": "couché sur le dos, les jambes allongées",
    "hook": "couché sur le dos, les genoux pliés et les pieds à plat",
    "hook-hands": "couché sur le dos, les genoux pliés, le bout des doigts posé sur le ventre",
    "hook-press": "le bout des doigts s'enfonçant doucement dans le ventre pendant l'expiration",
    "hook-slide": "un talon glissant sur le sol jusqu'à ce que la jambe soit allongée",
    "hook-heel-out": "un talon glissant vers l'avant jusqu'à ce que la jambe soit allongée",
    "hook-arms-up": "couché sur le dos, les genoux pliés, les bras pointés vers le plafond",
    "hook-arm-over": "un bras abaissé vers le sol à côté de la tête",
    "hook-tilt": "le bassin basculé pour que le bas du dos appuie doucement au sol",
    "hook-arch": "le bassin basculé dans l'autre sens, un petit creux sous le bas du dos",
    "hook-ball": "couché sur le dos, les genoux pliés, une balle souple sous un côté du bas du dos",
    "hook-ball-up": "couché avec une balle entre les omoplates, les mains derrière la tête",
    "hook-ball-head": "couché sur le dos, les genoux pliés, une balle sous la base du crâne",
    "hook-belly": "couché sur le dos, les genoux pliés, une main sur le ventre et une sur la "
    "poitrine",
    "hook-belly-in": "en inspirant lentement pour que le ventre monte dans la main",
    "knee-chest": "couché sur le dos, un genou ramené vers la poitrine, les mains derrière la "
    "cuisse",
    "knee-up": "couché sur le dos, un genou levé vers la poitrine",
    "knees-chest": "couché sur le dos, les deux genoux ramenés vers la poitrine",
    "leg-up-bent": "couché sur le dos, une cuisse pointée vers le plafond, les mains derrière",
    "leg-up-straight": "le genou tendu vers le plafond",
    "strap-start": "couché sur le dos, un genou plié, une sangle autour du pied de la jambe "
    "allongée",
    "strap-up": "la jambe tendue levée aussi haut que possible, la sangle aidant en fin de "
    "mouvement",
    "tabletop": "couché sur le dos, hanches et genoux pliés à angle droit, les bras levés",
    "tabletop-arms-down": "couché sur le dos, hanches et genoux pliés à angle droit",
    "tabletop-tap": "un talon abaissé pour toucher le sol",
    "tabletop-reach": "un bras tendu au-dessus de la tête pendant que la jambe opposée "
    "s'allonge près du sol",
    "bridge-up": "les hanches soulevées, le corps en ligne des épaules aux genoux",
    "bridge-one": "couché sur le dos, un genou plié, l'autre jambe allongée à la même hauteur",
    "bridge-one-up": "les hanches soulevées sur la jambe pliée, la jambe allongée dans "
    "l'alignement",
    "curl-up": "couché sur le dos, un genou plié, les mains soutenant la tête",
    "curl-up-lift": "la tête et les épaules soulevées de quelques centimètres",
    "jack-start": "couché sur le dos, les jambes allongées, les bras au sol au-dessus de la tête",
    "jack-up": "les bras, la tête, les épaules et les jambes soulevés ensemble, les mains vers "
    "les tibias",
    "back-wall": "couché sur le dos, les pieds contre un mur, hanches et genoux pliés à angle "
    "droit",
    "back-wall-breath": "les talons appuyant légèrement contre le mur pendant l'expiration",
    "top": "couché sur le dos, vu d'en haut",
    "top-leg-out": "une jambe tendue glissant vers le côté",
    "top-leg-across": "une jambe tendue croisant devant le corps",
    "side": "couché sur le côté, les jambes allongées, le bras du dessous allongé sous la tête",
    "side-leg-up": "la jambe du dessus soulevée, tendue et dans l'alignement du corps",
    "side-leg-back": "la jambe du dessus reculant derrière le corps",
    "side-bent": "couché sur le côté, hanches et genoux pliés, les talons ensemble",
    "side-clam": "le genou du dessus soulevé pendant que les talons restent ensemble",
    "side-arm-open": "le bras du dessus ouvert vers l'autre côté, le regard suivant la main",
    "side-hug": "couché sur le côté, vu d'en haut : le genou du dessous serré contre soi, le "
    "genou du dessus plié",
    "side-hug-back": "la cuisse du dessus reculée derrière le corps, le genou toujours plié",
    "side-hug-heel": "couché sur le côté, vu d'en haut : le talon du dessus tenu vers la fesse",
    "side-hug-heel-back": "la cuisse du dessus, pliée, reculée derrière le corps",
    "side-plank": "couché sur le côté, appuyé sur un coude, les genoux pliés",
    "side-plank-up": "les hanches soulevées, en ligne droite des genoux à la tête",
    "side-pillow": "couché sur le côté, les genoux pliés, un oreiller entre les genoux",
    "front-lie": "couché sur le ventre, le front posé sur les mains",
    "front-lie-breath": "en inspirant pour que le ventre appuie contre le sol",
    "prop": "couché sur le ventre, appuyé sur les avant-bras",
    "prop-ball": "couché sur le ventre, appuyé sur les avant-bras, une balle souple sous le ventre",
    "prop-ball-knee": "le genou de ce côté plié, la jambe se balançant lentement",
    "prop-ball-thigh": "couché sur le ventre, appuyé sur les avant-bras, une balle sous l'avant "
    "d'une cuisse",
    "prop-ball-thigh-knee": "le genou de cette jambe qui plie lentement",
    "prop-ball-hip": "couché sur le ventre, appuyé sur les avant-bras, une balle sous l'avant "
    "de la hanche",
    "front-chest-up": "couché sur le ventre, la poitrine soulevée de quelques centimètres, les "
    "bras le long du corps",
    "front-arms-side": "couché sur le ventre, les bras le long du corps",
    "front-leg-up": "une jambe tendue soulevée de quelques centimètres à partir de la hanche",
    "front-knee-bend": "un talon ramené vers la fesse",
    "front-y": "couché sur le ventre, les bras au-dessus de la tête en forme de Y",
    "front-y-up": "les bras et la poitrine soulevés un peu du sol",
    "fours": "à quatre pattes, le dos plat",
    "fours-round": "le dos arrondi vers le haut, la tête qui descend",
    "fours-arch": "le ventre qui descend, la poitrine et le regard qui montent",
    "fours-bird": "un bras tendu vers l'avant et la jambe opposée vers l'arrière, à la hauteur "
    "du corps",
    "fours-back": "les hanches reculées vers les talons, les bras allongés",
    "fours-thread": "un bras glissé sous le corps, l'épaule et la tête posées au sol",
    "fours-open": "le même bras ouvert vers le plafond",
    "child": "assis sur les talons, les bras vers l'avant, le front au sol",
    "child-breath": "en respirant dans l'arrière des côtes",
    "kneel": "un genou au sol, l'autre pied à plat devant",
    "kneel-forward": "les hanches avancées, le corps droit",
    "plank-knees": "sur les avant-bras et les genoux, le corps en ligne",
    "plank-knees-down": "au repos sur les avant-bras et les genoux, les hanches basses",
    "chair-ball-leg-out": "le genou qui se tend lentement pendant que la balle reste sous la "
    "cuisse",
    "chair-nod": "le menton ramené vers la poitrine",
    "chair-head-turn": "la tête tournée pour regarder par-dessus une épaule",
    "chair-arch": "assis, les mains derrière la tête",
    "chair-arch-back": "le haut du dos cambré vers l'arrière par-dessus le dossier, la poitrine "
    "levée",
    "chair-belly": "assis bien droit, une main posée sur le ventre",
    "front-sit": "assis bien droit sur une chaise, vu de face, les genoux pliés à angle droit",
    "front-sit-foot-in": "le pied pivotant vers l'intérieur pendant que le genou reste immobile",
    "front-sit-foot-out": "le pied pivotant vers l'extérieur pendant que le genou reste immobile",
    "floor-front": "assis au sol, vu de face, la plante des pieds jointe et les genoux levés",
    "floor-front-open": "les deux genoux descendant vers le sol de chaque côté",
    "hook-arm-overhead": "un bras tendu levé vers le haut et l'arrière, à côté de l'oreille",
    "bridge-march": "un pied soulevé pendant que les hanches restent hautes et à niveau",
    "stand-phone": "debout bien droit, le téléphone tenu à la hauteur des yeux",
    "fours-reach": "un bras tendu vers l'avant à la hauteur de l'épaule",
    "fours-leg": "une jambe tendue vers l'arrière à la hauteur de la hanche",
    "hook-knee-out": "un genou plié qui descend vers le côté, le pied restant en place",
    "hook-knees-side": "les deux genoux inclinés d'un côté, les pieds restant en place",
    "side-bent-above": "couché sur le côté, vu d'en haut : hanches et genoux pliés, le bras du "
    "dessus tendu vers l'avant",
}

THEN_FR = {
    "ais-inner-hamstrings-strap": "la jambe tendue, tournée vers l'extérieur, levée vers le "
    "haut et un peu vers l'extérieur",
    "ais-outer-hamstrings-strap": "la jambe tendue, tournée vers l'intérieur, levée vers le "
    "haut et un peu en travers",
    "ais-piriformis": "le genou ramené vers le haut et en travers du corps, vers l'autre épaule",
    "ais-calf-bent-knee": "les orteils ramenés vers le tibia, le genou un peu plié",
    "navel-to-spine-breathing": "en expirant, le nombril rentré doucement vers la colonne",
    "diaphragm-rib-release-seated": "penché un peu vers l'avant, le bout des doigts sous les "
    "côtes inférieures",
    "supine-hip-flexor-press": "un genou levé au-dessus de la hanche, qui pousse contre la main "
    "qui le retient",
}

SIDE_WORDS_FR = {
    "left": "Côté gauche",
    "right": "Côté droit",
    "each": "Chaque côté, le gauche illustré",
    "both": "Des deux côtés",
}

FRAME_WORDS_FR = ("Départ", "Ensuite")


def describe_fr(start_words, then_words, side):
    """The French text alternative: what the two frames show, and the side."""
    text = f"Départ : {start_words}. Ensuite : {then_words}."
    if side == "left":
        text += " Le côté gauche travaille, illustré en vert."
    elif side == "right":
        text += " Le côté droit travaille, illustré en vert."
    elif side == "each":
        text += " Le côté qui travaille est illustré en vert : le gauche d'abord, puis le droit."
    return text
