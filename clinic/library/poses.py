"""The positions the library's drawings are made of, and each drawing's two positions.

``POSES``: one entry per position. ``words`` says what it shows, as the text alternative
reads it (never the word "stretch": the clinic chooses its own); ``view`` is "side" (the
default: seen from the figure's left, facing right) or "front" (seen from the front, or for
lying on your side, from the ceiling: the top side is the left); angles in degrees, 0 the
way the figure faces, 90 up: ``t`` torso (hip to shoulders), ``h`` head (default: as the
torso), ``face`` where the eyes look, ``an``/``af`` near/far arm (upper arm, forearm),
``ln``/``lf`` near/far leg (thigh, shin, and optionally the foot); ``props``: "ball:JOINT"
(a ball between that point and the floor), "strap:FROM-TO", "chair:", "wall:back|front".
Joints: hip, shoulder, head, back, knee_n, knee_f, wrist_n, wrist_f, toe_n, toe_f,
thigh_n, thigh_f, calf_n, calf_f.

``DRAWINGS``: one entry per shared exercise slug, and the drawings a clinic may choose for
its own exercises: ``start`` and ``end`` poses, ``work`` the parts drawn in the worked
colour ("an", "af", "ln", "lf", "t" torso, "h" head and neck), ``then`` (optional) how the
text alternative words the second frame, and ``label``, how the drawing is offered in the
exercise form.
"""


def pose(words, base=None, **angles):
    """A position; with `base`, that position with some angles changed."""
    values = dict(POSES[base]) if base else {"view": "side"}
    values.update(angles, words=words)
    return values


POSES = {}

ARMS_DOWN = {"an": (-92, -88), "af": (-88, -92)}
LEGS_STAND = {"ln": (-90, -90), "lf": (-92, -92)}

# Standing, seen from the side
POSES["stand"] = pose("standing tall, arms by your sides", t=90, face=0, **ARMS_DOWN, **LEGS_STAND)
POSES["stand-knee-up"] = pose("standing, one knee lifted to hip height", "stand", ln=(0, -90))
POSES["stand-heels-up"] = pose(
    "standing up on the balls of your feet", "stand", ln=(-90, -90, -45), lf=(-92, -92, -47)
)
POSES["stand-hinge"] = pose(
    "hinging forward from the hips with a long back, knees soft",
    "stand",
    t=35,
    face=-30,
    an=(-85, -90),
    af=(-88, -92),
    ln=(-80, -98),
    lf=(-82, -100),
)
POSES["stand-squat"] = pose(
    "squatting with a long back, hands low near the floor",
    "stand",
    t=55,
    face=-20,
    an=(-80, -90),
    af=(-82, -92),
    ln=(-20, -112),
    lf=(-22, -114),
)
POSES["stand-split"] = pose(
    "standing in a long step, the back leg straight, the front knee bent",
    "stand",
    an=(-60, -10),
    af=(-62, -12),
    ln=(-120, -120, -30),
    lf=(-60, -95, 0),
)
POSES["stand-split-lunge"] = pose(
    "sinking the hips forward, the back leg long, the body upright",
    "stand-split",
    t=92,
    ln=(-135, -135, -45),
    lf=(-45, -100, 0),
)
POSES["stand-arms-up"] = pose(
    "standing tall, arms reaching overhead", "stand", an=(95, 95), af=(93, 93)
)
POSES["stand-arms-back"] = pose(
    "standing tall, arms drawn back and chest open", "stand", h=95, an=(-120, -150), af=(-118, -148)
)
POSES["stand-chin-back"] = pose("standing tall, chin drawn straight back", "stand", h=97)
POSES["stand-forward-head"] = pose(
    "standing with the head pushed forward and the shoulders rounded", "stand", t=97, h=60, face=-10
)
POSES["stand-leg-back"] = pose(
    "standing on one leg, the other moving back from the hip", "stand", ln=(-120, -120)
)
POSES["stand-wall"] = pose("standing with your back against a wall", "stand", props=("wall:back",))
POSES["stand-wall-tilt"] = pose(
    "tucking the tailbone so the low back eases toward the wall", "stand-wall", t=93, ln=(-84, -94)
)
POSES["stand-wall-sit"] = pose(
    "sliding down the wall into a shallow squat",
    "stand-wall",
    t=90,
    ln=(-35, -95),
    lf=(-37, -97),
)
POSES["stand-wall-arms"] = pose(
    "standing against a wall, elbows bent at shoulder height",
    "stand-wall",
    an=(180, 90),
    af=(178, 88),
)
POSES["stand-wall-arms-up"] = pose(
    "arms slid up the wall overhead", "stand-wall", an=(120, 95), af=(118, 93)
)
POSES["stand-foot-ball"] = pose(
    "standing with one foot resting on a small ball",
    "stand",
    an=(-60, -10),
    af=(-62, -12),
    ln=(-88, -90, -5),
    props=("ball:toe_n",),
)

# Standing, seen from the front
FRONT_ARMS = {"an": (-80, -85), "af": (-100, -95)}
FRONT_LEGS = {"ln": (-87, -90, 0), "lf": (-93, -90, 180)}
POSES["front"] = pose(
    "standing tall, seen from the front", view="front", t=90, **FRONT_ARMS, **FRONT_LEGS
)
POSES["front-bend"] = pose(
    "bending to one side, the hand sliding down the thigh",
    "front",
    t=108,
    h=115,
    an=(-60, -50),
    af=(-110, -100),
)
POSES["front-bend-reach"] = pose(
    "bending to one side, the upper arm reaching over the head",
    "front-bend",
    af=(120, 170),
    an=(-70, -60),
)
POSES["front-neck-side"] = pose("tipping the ear toward one shoulder", "front", h=120)
POSES["front-knee-out"] = pose(
    "standing on one leg, the other knee lifted and circling out", "front", ln=(-20, -100)
)

# Seated
POSES["chair"] = pose(
    "sitting tall on a chair, feet flat",
    t=90,
    face=0,
    an=(-80, -10),
    af=(-82, -12),
    ln=(0, -90, 0),
    lf=(2, -88, 0),
    props=("chair:",),
)
POSES["chair-knee-up"] = pose("one knee lifted a little off the seat", "chair", ln=(18, -72, 0))
POSES["chair-lean"] = pose(
    "leaning forward a little, fingertips pressing beside the navel",
    "chair",
    t=70,
    face=-30,
    an=(-60, 30),
)
POSES["chair-curl"] = pose(
    "curling forward from the chair, hands toward the floor",
    "chair",
    t=25,
    h=-45,
    face=-90,
    an=(-95, -95),
    af=(-97, -97),
)
POSES["chair-turn"] = pose(
    "turning to look behind, one hand on the back of the chair", "chair", face=180, an=(-110, 200)
)
POSES["chair-slump"] = pose("slumped on a chair, the head forward", "chair", t=112, h=70, face=-15)
POSES["chair-leg-out"] = pose(
    "straightening one knee, the foot lifted in front", "chair", ln=(0, -10)
)
POSES["chair-ball"] = pose(
    "sitting on a chair with a ball under one thigh", "chair", props=("chair:", "ball:thigh_n")
)
POSES["chair-ankle-up"] = pose(
    "sitting tall with one foot lifted, the ankle moving", "chair", ln=(10, -80, 30)
)
POSES["floor-sit"] = pose(
    "sitting on the floor, legs out in front",
    t=97,
    face=0,
    an=(-100, -95),
    af=(-102, -97),
    ln=(0, 0),
    lf=(1, 1),
)
POSES["floor-sit-strap"] = pose(
    "sitting on the floor, one leg long, a strap around the foot",
    "floor-sit",
    an=(-20, 5),
    ln=(0, 0, 100),
    lf=(45, -60, 0),
    props=("strap:wrist_n-toe_n",),
)
POSES["floor-sit-strap-flex"] = pose(
    "the toes drawn toward the shin, the strap helping at the end",
    "floor-sit-strap",
    an=(-30, -10),
    ln=(0, 0, 120),
)
POSES["floor-sit-reach"] = pose(
    "reaching forward toward the toes with a long back",
    "floor-sit",
    t=40,
    h=30,
    face=-20,
    an=(5, 0),
    af=(3, -2),
)
POSES["floor-sit-back"] = pose(
    "sitting leaning back on the hands, knees bent",
    t=115,
    face=10,
    an=(-120, -100),
    af=(-122, -102),
    ln=(45, -60, 0),
    lf=(47, -62, 0),
)
POSES["floor-sit-tuck"] = pose(
    "knees drawn in toward the chest, feet lifted", "floor-sit-back", ln=(60, -25), lf=(62, -27)
)
POSES["floor-sit-ball"] = pose(
    "sitting on the floor on a ball, one ankle crossed over the other knee",
    "floor-sit-back",
    ln=(30, -30, 0),
    props=("ball:hip",),
)
POSES["floor-sit-calf-ball"] = pose(
    "sitting on the floor, the calf of one leg resting on a ball",
    "floor-sit-back",
    ln=(-5, -3),
    props=("ball:calf_n",),
)
POSES["floor-cross"] = pose(
    "sitting on the floor, seen from the front, both knees dropped to one side",
    view="front",
    t=90,
    an=(-60, -90),
    af=(-120, -90),
    ln=(-5, -120, 180),
    lf=(-10, -60, 0),
)

# Lying on the back, seen from the side (head on the left)
ARMS_BY_SIDE = {"an": (-4, 0), "af": (-3, 1)}
POSES["back"] = pose(
    "lying on your back, legs long", t=180, face=90, **ARMS_BY_SIDE, ln=(0, 0), lf=(1, 1)
)
POSES["hook"] = pose(
    "lying on your back, knees bent and feet flat", "back", ln=(50, -50, 0), lf=(52, -52, 0)
)
POSES["hook-hands"] = pose(
    "lying on your back, knees bent, fingertips resting on the belly",
    "hook",
    an=(45, -20),
    af=(43, -22),
)
POSES["hook-press"] = pose(
    "the fingertips sinking gently into the belly as you breathe out", "hook-hands", an=(40, -35)
)
POSES["hook-slide"] = pose(
    "one heel sliding along the floor until the leg is long", "hook-hands", ln=(8, -8, 80)
)
POSES["hook-heel-out"] = pose("one heel sliding out until the leg is long", "hook", ln=(3, -3, 85))
POSES["hook-arms-up"] = pose(
    "lying on your back, knees bent, arms pointing at the ceiling", "hook", an=(90, 90), af=(88, 88)
)
POSES["hook-arm-over"] = pose(
    "one arm lowered back toward the floor beside the head", "hook-arms-up", an=(170, 175)
)
POSES["hook-tilt"] = pose("the pelvis tipped so the low back presses gently down", "hook", t=182)
POSES["hook-arch"] = pose(
    "the pelvis tipped the other way, a small arch under the low back", "hook", t=176
)
POSES["hook-ball"] = pose(
    "lying on your back, knees bent, a soft ball under one side of the low back",
    "hook",
    t=172,
    ln=(45, -60, 0),
    lf=(47, -62, 0),
    props=("ball:back",),
)
POSES["hook-ball-up"] = pose(
    "lying with a ball between the shoulder blades, hands behind the head",
    "hook",
    t=168,
    h=185,
    an=(130, -20),
    af=(128, -22),
    props=("ball:shoulder",),
)
POSES["hook-ball-head"] = pose(
    "lying on your back, knees bent, a ball under the base of the skull",
    "hook",
    h=170,
    props=("ball:head",),
)
POSES["hook-belly"] = pose(
    "lying on your back, knees bent, one hand on the belly and one on the chest",
    "hook",
    an=(60, -30),
    af=(70, -10),
)
POSES["hook-belly-in"] = pose(
    "breathing in slowly so the belly rises into the hand", "hook-belly", t=178
)
POSES["knee-chest"] = pose(
    "lying on your back, one knee drawn toward the chest, the hands behind the thigh",
    "back",
    ln=(125, 5),
    an=(45, 70),
    lf=(52, -52, 0),
)
POSES["knee-up"] = pose("lying on your back, one knee lifted toward the chest", "hook", ln=(100, 0))
POSES["knees-chest"] = pose(
    "lying on your back, both knees drawn toward the chest",
    "back",
    ln=(125, 5),
    lf=(127, 7),
    an=(45, 70),
    af=(43, 68),
)
POSES["leg-up-bent"] = pose(
    "lying on your back, one thigh pointing at the ceiling, hands behind it",
    "hook",
    ln=(90, 0),
    an=(55, 85),
)
POSES["leg-up-straight"] = pose(
    "the knee straightened toward the ceiling", "leg-up-bent", ln=(90, 80)
)
POSES["strap-start"] = pose(
    "lying on your back, one knee bent, a strap around the foot of the long leg",
    "hook",
    an=(30, 10),
    ln=(0, 0, 90),
    props=("strap:wrist_n-toe_n",),
)
POSES["strap-up"] = pose(
    "the straight leg lifted as high as it will go, the strap helping at the end",
    "strap-start",
    an=(60, 80),
    ln=(78, 78, 170),
)
POSES["tabletop"] = pose(
    "lying on your back, hips and knees bent at right angles, arms up",
    "back",
    ln=(90, 0),
    lf=(92, 2),
    an=(90, 90),
    af=(88, 88),
)
POSES["tabletop-arms-down"] = pose(
    "lying on your back, hips and knees bent at right angles", "tabletop", **ARMS_BY_SIDE
)
POSES["tabletop-tap"] = pose(
    "one heel lowered to tap the floor", "tabletop-arms-down", ln=(50, -50)
)
POSES["tabletop-reach"] = pose(
    "one arm reaching overhead while the opposite leg straightens out low",
    "tabletop",
    an=(170, 175),
    lf=(20, 20),
)
POSES["bridge-up"] = pose(
    "the hips lifted so the body makes a line from shoulders to knees",
    "hook",
    t=200,
    ln=(20, -60, 0),
    lf=(22, -58, 0),
)
POSES["bridge-one"] = pose(
    "lying on your back, one knee bent, the other leg long at the same height",
    "hook",
    lf=(50, 50),
)
POSES["bridge-one-up"] = pose(
    "the hips lifted on the bent leg, the long leg in line", "bridge-up", lf=(20, 20)
)
POSES["curl-up"] = pose(
    "lying on your back, one knee bent, hands cradling the head",
    "back",
    ln=(0, 0),
    lf=(50, -50, 0),
    an=(120, 20),
    af=(118, 18),
)
POSES["curl-up-lift"] = pose(
    "the head and shoulders lifted an inch or two", "curl-up", t=172, h=150
)
POSES["jack-start"] = pose(
    "lying on your back, legs long, arms on the floor above the head",
    "back",
    an=(178, 178),
    af=(179, 179),
)
POSES["jack-up"] = pose(
    "arms, head, shoulders and legs lifted together, hands reaching toward the shins",
    "back",
    t=165,
    h=140,
    an=(40, 25),
    af=(38, 23),
    ln=(35, 35),
    lf=(37, 37),
)
POSES["back-wall"] = pose(
    "lying on your back, feet on a wall, hips and knees bent at right angles",
    "back",
    ln=(90, 0, 90),
    lf=(92, 2, 92),
    props=("wall:front",),
)
POSES["back-wall-breath"] = pose(
    "the heels pressing lightly into the wall as you breathe out", "back-wall", t=182
)

# Lying on the back, seen from the ceiling; lying on one side, seen from the front
TOP_LEGS = {"ln": (-3, -3, 80), "lf": (3, 3, -80)}
POSES["top"] = pose(
    "lying on your back, seen from above",
    view="front",
    t=180,
    an=(-15, -10),
    af=(15, 10),
    **TOP_LEGS,
)
POSES["top-leg-out"] = pose("one straight leg sliding out to the side", "top", ln=(-30, -30, 60))
POSES["top-leg-across"] = pose("one straight leg moving across the body", "top", ln=(18, 18, 100))
SIDE_LYING = {"an": (-20, -5), "af": (180, 178)}
POSES["side"] = pose(
    "lying on your side, legs long, the lower arm long under the head",
    view="front",
    t=180,
    h=180,
    **SIDE_LYING,
    ln=(-2, 0, 90),
    lf=(0, 0, 90),
)
POSES["side-leg-up"] = pose(
    "the top leg lifted, straight and in line with the body", "side", ln=(25, 25, 115)
)
POSES["side-leg-back"] = pose("the top leg moving back behind the body", "side", ln=(-20, -20, 70))
POSES["side-bent"] = pose(
    "lying on your side, hips and knees bent, heels together",
    "side",
    fore={"thigh": 0.45},
    ln=(-20, -100, 180),
    lf=(-40, -92, 180),
)
POSES["side-clam"] = pose(
    "the top knee lifted while the heels stay together", "side-bent", ln=(45, -70, 180)
)
POSES["side-arm-open"] = pose(
    "the top arm swept open to the other side, the eyes following the hand",
    "tabletop",
    above=True,
    face=-90,
    an=(-90, -90),
    af=(90, 90),
)
POSES["side-hug"] = pose(
    "lying on your side, seen from above: the bottom knee hugged in, the top knee bent",
    t=180,
    face=90,
    above=True,
    an=(60, 30),
    af=(70, 40),
    ln=(0, -90),
    lf=(120, 10),
)
POSES["side-hug-back"] = pose(
    "the top thigh moved back behind the body, the knee still bent", "side-hug", ln=(-35, -110)
)
POSES["side-hug-heel"] = pose(
    "lying on your side, seen from above: the top heel held toward the buttock",
    "side-hug",
    ln=(0, 170),
    an=(-20, -10),
)
POSES["side-hug-heel-back"] = pose(
    "the bent top thigh moved back behind the body", "side-hug-heel", ln=(-30, 150), an=(-40, -25)
)
POSES["side-plank"] = pose(
    "lying on your side on one elbow, knees bent",
    view="front",
    t=168,
    h=170,
    fore={"shin": 0.3, "fore": 0.3},
    an=(-40, -70),
    af=(-90, -90),
    ln=(-4, -90, 0),
    lf=(-6, -90, 0),
)
POSES["side-plank-up"] = pose(
    "the hips lifted into a straight line from knees to head",
    "side-plank",
    t=160,
    ln=(-20, -90, 0),
    lf=(-22, -90, 0),
)
POSES["side-pillow"] = pose(
    "lying on your side, knees bent, a pillow between the knees",
    "side-bent",
    ln=(-30, -150, 120),
    props=("ball:knee_n",),
)

# Lying face down
POSES["front-lie"] = pose(
    "lying face down, forehead resting on the hands",
    t=180,
    h=180,
    face=-90,
    an=(175, -5),
    af=(177, -3),
    ln=(0, 0, 10),
    lf=(1, 1, 11),
)
POSES["front-lie-breath"] = pose(
    "breathing in so the belly presses into the floor", "front-lie", t=178
)
POSES["prop"] = pose(
    "lying face down, propped on the forearms",
    "front-lie",
    t=165,
    h=170,
    face=-60,
    an=(-80, 180),
    af=(-82, 178),
)
POSES["prop-ball"] = pose(
    "lying face down on the forearms, a soft ball under the belly",
    "prop",
    t=160,
    props=("ball:back",),
)
POSES["prop-ball-knee"] = pose(
    "the knee on that side bent, the lower leg swaying slowly", "prop-ball", ln=(0, 90)
)
POSES["prop-ball-thigh"] = pose(
    "lying face down on the forearms, a ball under the front of one thigh",
    "prop",
    t=170,
    props=("ball:thigh_n",),
)
POSES["prop-ball-thigh-knee"] = pose(
    "the knee of that leg bending slowly", "prop-ball-thigh", ln=(0, 80)
)
POSES["prop-ball-hip"] = pose(
    "lying face down on the forearms, a ball under the front of the hip",
    "prop",
    t=168,
    props=("ball:hip",),
)
POSES["front-chest-up"] = pose(
    "lying face down, chest lifted an inch or two, arms by the sides",
    "front-lie",
    t=172,
    h=168,
    an=(-2, 0),
    af=(-1, 1),
)
POSES["front-arms-side"] = pose(
    "lying face down, arms by the sides", "front-lie", an=(-2, 0), af=(-1, 1)
)
POSES["front-leg-up"] = pose(
    "one straight leg lifted a few inches from the hip", "front-lie", ln=(15, 15, 25)
)
POSES["front-knee-bend"] = pose("one heel drawn toward the buttock", "front-lie", ln=(0, 120, 200))
POSES["front-y"] = pose(
    "lying face down, arms out overhead in a Y", "front-lie", an=(180, 180), af=(182, 182), h=180
)
POSES["front-y-up"] = pose(
    "arms and chest lifted a little off the floor", "front-y", t=175, an=(170, 170), af=(172, 172)
)

# On hands and knees, kneeling
POSES["fours"] = pose(
    "on your hands and knees, back flat",
    t=14,
    h=5,
    face=-60,
    an=(-90, -90),
    af=(-92, -92),
    ln=(-90, 180, 180),
    lf=(-92, 178, 178),
)
POSES["fours-round"] = pose(
    "the back rounded up, the head dropping", "fours", t=20, h=-60, face=-120
)
POSES["fours-arch"] = pose(
    "the belly sinking, the chest and gaze lifting", "fours", t=10, h=35, face=0
)
POSES["fours-bird"] = pose(
    "one arm reaching forward and the opposite leg back, level with the body",
    "fours",
    an=(0, 0),
    lf=(180, 180, 180),
)
POSES["fours-back"] = pose(
    "hips rocked back toward the heels, arms long",
    "fours",
    t=-20,
    h=-30,
    face=-90,
    an=(-10, -5),
    af=(-12, -7),
    ln=(-40, 180, 180),
    lf=(-42, 178, 178),
)
POSES["fours-thread"] = pose(
    "one arm threaded under the body, the shoulder and head resting low",
    "fours",
    t=5,
    h=-30,
    an=(-120, -160),
)
POSES["fours-open"] = pose("the same arm opened up toward the ceiling", "fours", h=40, an=(90, 90))
POSES["child"] = pose(
    "resting back on the heels, arms forward, forehead down",
    "fours-back",
    t=-35,
    h=-45,
)
POSES["child-breath"] = pose("breathing into the back of the ribs", "child", t=-30)
POSES["kneel"] = pose(
    "kneeling on one knee, the other foot flat in front",
    t=90,
    face=0,
    an=(-80, -60),
    af=(-82, -62),
    ln=(-95, 180, 180),
    lf=(0, -90, 0),
)
POSES["kneel-forward"] = pose(
    "the hips shifted forward, the body upright", "kneel", ln=(-125, 180, 180), lf=(-20, -80, 0)
)
POSES["plank-knees"] = pose(
    "on the forearms and knees, body in a line",
    t=8,
    h=8,
    face=-30,
    an=(-90, 0),
    af=(-92, -2),
    ln=(-145, 180, 180),
    lf=(-147, 178, 178),
)
POSES["plank-knees-down"] = pose(
    "resting on the forearms and knees, hips low",
    "plank-knees",
    t=-10,
    ln=(-110, 180, 180),
    lf=(-112, 178, 178),
)

POSES["chair-ball-leg-out"] = pose(
    "the knee straightened slowly while the ball stays under the thigh", "chair-ball", ln=(0, -10)
)
POSES["chair-nod"] = pose("the chin drawn down toward the chest", "chair", h=40, face=-60)
POSES["chair-head-turn"] = pose("the head turned to look over one shoulder", "chair", face=140)
POSES["chair-arch"] = pose(
    "sitting with the hands behind the head", "chair", an=(120, -30), af=(118, -32)
)
POSES["chair-arch-back"] = pose(
    "the upper back arched back over the top of the chair, chest lifted",
    "chair-arch",
    t=105,
    h=120,
    face=60,
)
POSES["chair-belly"] = pose("sitting tall, one hand resting on the belly", "chair", an=(-70, 10))
POSES["front-sit"] = pose(
    "sitting tall on a chair, seen from the front, knees bent at right angles",
    view="front",
    t=90,
    fore={"thigh": 0.3},
    an=(-80, -85),
    af=(-100, -95),
    ln=(-60, -90, -90),
    lf=(-120, -90, -90),
)
POSES["front-sit-foot-in"] = pose(
    "the foot swung inward while the knee stays still", "front-sit", ln=(-60, -125, -125)
)
POSES["front-sit-foot-out"] = pose(
    "the foot swung outward while the knee stays still", "front-sit", ln=(-60, -55, -55)
)
POSES["floor-front"] = pose(
    "sitting on the floor, seen from the front, soles together and knees up",
    view="front",
    t=90,
    an=(-70, -90),
    af=(-110, -90),
    ln=(55, -110, 180),
    lf=(125, -70, 0),
)
POSES["floor-front-open"] = pose(
    "both knees lowered out toward the floor", "floor-front", ln=(10, -160, 180), lf=(170, -20, 0)
)
POSES["hook-arm-overhead"] = pose(
    "one straight arm raised up and back beside the ear", "hook", an=(175, 178)
)
POSES["bridge-march"] = pose(
    "one foot lifted while the hips stay up and level", "bridge-up", ln=(80, -10)
)
POSES["stand-phone"] = pose(
    "standing tall, the phone held up at eye level", "stand", an=(-70, 60), af=(-60, 40)
)
POSES["fours-reach"] = pose("one arm reaching forward at shoulder height", "fours", an=(0, 0))
POSES["fours-leg"] = pose("one leg reaching back at hip height", "fours", ln=(180, 180, 180))


def drawing(start, end, work=(), then="", label=""):
    return {
        "start": start,
        "end": end,
        "work": tuple(work.split()) if work else (),
        "then": then,
        "label": label,
    }


# The drawing of each shared exercise, by slug.
DRAWINGS = {
    "prone-psoas-ball-release": drawing("prop-ball", "prop-ball-knee", "ln t"),
    "supine-psoas-hand-release": drawing("hook-hands", "hook-press", "t"),
    "iliacus-hand-release": drawing("hook-hands", "hook-press", "t an"),
    "psoas-release-heel-slide": drawing("hook-hands", "hook-slide", "ln"),
    "seated-psoas-release": drawing("chair", "chair-lean", "t"),
    "pre-workout-iliopsoas-release": drawing("hook-hands", "hook-press", "t"),
    "glute-piriformis-ball-release": drawing("floor-sit-back", "floor-sit-ball", "ln"),
    "tfl-ball-release": drawing("prop", "prop-ball-hip", "ln"),
    "quadratus-lumborum-ball-release": drawing("hook", "hook-ball", "t"),
    "ais-psoas-side-lying": drawing("side-hug", "side-hug-back", "ln"),
    "ais-rectus-femoris-side-lying": drawing("side-hug-heel", "side-hug-heel-back", "ln"),
    "ais-hamstring-bent-knee": drawing("leg-up-bent", "leg-up-straight", "ln"),
    "ais-hamstring-straight-leg-strap": drawing("strap-start", "strap-up", "ln"),
    "ais-inner-hamstrings-strap": drawing(
        "strap-start", "strap-up", "ln", "the straight leg, turned out, lifted up and a little out"
    ),
    "ais-outer-hamstrings-strap": drawing(
        "strap-start",
        "strap-up",
        "ln",
        "the straight leg, turned in, lifted up and a little across",
    ),
    "ais-adductors-strap": drawing("top", "top-leg-out", "ln"),
    "ais-piriformis": drawing(
        "knee-up",
        "knee-chest",
        "ln",
        "the knee drawn up and across the body toward the other shoulder",
    ),
    "ais-gluteals-knee-to-chest": drawing("hook", "knee-chest", "ln"),
    "ais-tfl-strap": drawing("top", "top-leg-across", "ln"),
    "ais-quadratus-lumborum-side-bend": drawing("front", "front-bend-reach", "t"),
    "ais-calf-straight-knee": drawing("floor-sit-strap", "floor-sit-strap-flex", "ln"),
    "ais-calf-bent-knee": drawing(
        "floor-sit-strap",
        "floor-sit-strap-flex",
        "ln",
        "the toes drawn toward the shin, the knee a little bent",
    ),
    "kneeling-hip-flexor-hold": drawing("kneel", "kneel-forward", "ln"),
    "navel-to-spine-breathing": drawing(
        "hook-belly-in", "hook-belly", "t", "breathing out, the navel drawn gently toward the spine"
    ),
    "heel-slides": drawing("hook", "hook-heel-out", "ln t"),
    "bent-knee-fall-outs": drawing("hook", "hook-knee-out", "ln t"),
    "dead-bug-arms-only": drawing("hook-arms-up", "hook-arm-over", "an t"),
    "dead-bug-heel-taps": drawing("tabletop-arms-down", "tabletop-tap", "ln t"),
    "dead-bug-opposite-arm-leg": drawing("tabletop", "tabletop-reach", "an lf t"),
    "bird-dog": drawing("fours", "fours-bird", "an lf t"),
    "side-plank-on-knees": drawing("side-plank", "side-plank-up", "t"),
    "modified-curl-up": drawing("curl-up", "curl-up-lift", "t"),
    "seated-knee-tucks": drawing("floor-sit-back", "floor-sit-tuck", "t ln lf"),
    "jackknife": drawing("jack-start", "jack-up", "t ln lf"),
    "bridge": drawing("hook", "bridge-up", "t ln lf"),
    "single-leg-bridge": drawing("bridge-one", "bridge-one-up", "ln t"),
    "clamshells": drawing("side-bent", "side-clam", "ln"),
    "prone-chest-lift": drawing("front-arms-side", "front-chest-up", "t"),
    "hip-hinge-with-stick": drawing("stand", "stand-hinge", "ln lf"),
    "seated-knee-lift": drawing("chair", "chair-knee-up", "ln"),
    "chin-tucks": drawing("stand-forward-head", "stand-chin-back", "h"),
    "supine-pelvic-tilts": drawing("hook-arch", "hook-tilt", "t"),
    "standing-pelvic-tilts-wall": drawing("stand-wall", "stand-wall-tilt", "t"),
    "cat-cow": drawing("fours-arch", "fours-round", "t"),
    "standing-hip-circles": drawing("front", "front-knee-out", "ln"),
    "side-lying-thoracic-rotation": drawing("side-bent-above", "side-arm-open", "an t"),
    "ninety-ninety-hip-switches": drawing("floor-sit-back", "floor-cross", "ln lf"),
    "knee-rocks": drawing("hook", "hook-knees-side", "ln lf t"),
    "belly-breathing-lying-down": drawing("hook-belly", "hook-belly-in", "t"),
    "posture-breathing-hand-on-belly": drawing("chair-slump", "chair", "t"),
    "wall-angels": drawing("stand-wall-arms", "stand-wall-arms-up", "an af"),
    "hamstring-ball-release-chair": drawing("chair-ball", "chair-ball-leg-out", "ln"),
    "calf-ball-release": drawing("floor-sit-back", "floor-sit-calf-ball", "ln"),
    "quadriceps-ball-release": drawing("prop-ball-thigh", "prop-ball-thigh-knee", "ln"),
    "upper-back-ball-release": drawing("hook", "hook-ball-up", "t"),
    "foot-ball-release": drawing("stand", "stand-foot-ball", "ln"),
    "suboccipital-ball-release": drawing("hook", "hook-ball-head", "h"),
    "diaphragm-rib-release-seated": drawing(
        "chair", "chair-lean", "t", "leaning forward a little, fingertips under the lower ribs"
    ),
    "front-of-hip-ball-release": drawing("prop-ball-hip", "prop-ball-knee", "ln"),
    "ais-hip-internal-rotators-seated": drawing("front-sit", "front-sit-foot-in", "ln"),
    "ais-hip-external-rotators-seated": drawing("front-sit", "front-sit-foot-out", "ln"),
    "ais-low-back-double-knee": drawing("hook", "knees-chest", "t ln lf"),
    "ais-low-back-seated-curl": drawing("chair", "chair-curl", "t"),
    "ais-latissimus-lying": drawing("hook", "hook-arm-overhead", "an"),
    "ais-chest-standing": drawing("stand", "stand-arms-back", "an af"),
    "ais-neck-side-bend": drawing("front", "front-neck-side", "h"),
    "ais-neck-flexion": drawing("chair", "chair-nod", "h"),
    "ais-neck-rotation": drawing("chair", "chair-head-turn", "h"),
    "ais-hip-flexor-standing": drawing("stand", "stand-leg-back", "ln"),
    "ais-short-adductors-seated": drawing("floor-front", "floor-front-open", "ln lf"),
    "ais-thoracic-extension-chair": drawing("chair-arch", "chair-arch-back", "t"),
    "ais-hip-flexor-kneeling": drawing("kneel", "kneel-forward", "ln"),
    "ais-hamstring-seated-chair": drawing("chair", "chair-leg-out", "ln"),
    "side-lying-leg-lift": drawing("side", "side-leg-up", "ln"),
    "prone-leg-lift": drawing("front-lie", "front-leg-up", "ln"),
    "supine-march": drawing("hook", "knee-up", "ln t"),
    "forearm-plank-on-knees": drawing("plank-knees-down", "plank-knees", "t"),
    "bridge-march": drawing("bridge-up", "bridge-march", "ln t"),
    "prone-y-raise": drawing("front-y", "front-y-up", "an af t"),
    "sit-to-stand": drawing("chair", "stand", "ln lf"),
    "wall-sit-short": drawing("stand-wall", "stand-wall-sit", "ln lf"),
    "standing-knee-lift": drawing("stand", "stand-knee-up", "ln"),
    "supine-hip-flexor-press": drawing(
        "hook",
        "knee-up",
        "ln",
        "one knee lifted above the hip, pressing into the hand that holds it still",
    ),
    "hands-and-knees-arm-reach": drawing("fours", "fours-reach", "an t"),
    "hands-and-knees-leg-reach": drawing("fours", "fours-leg", "ln t"),
    "floor-lift-hinge": drawing("stand", "stand-squat", "ln lf"),
    "thread-the-needle": drawing("fours-thread", "fours-open", "an t"),
    "hands-and-knees-rock-back": drawing("fours", "fours-back", "ln lf"),
    "seated-thoracic-rotation": drawing("chair", "chair-turn", "t"),
    "prone-press-up-forearms": drawing("front-lie", "prop", "t"),
    "childs-pose-breathing": drawing("fours", "child", "t"),
    "crocodile-breathing": drawing("front-lie", "front-lie-breath", "t"),
    "ninety-ninety-wall-breathing": drawing("back-wall", "back-wall-breath", "t"),
    "seated-counted-breathing": drawing("chair", "chair-belly", "t"),
    "desk-sitting-reset": drawing("chair-slump", "chair", "t h"),
    "standing-tall-check-wall": drawing("stand-forward-head", "stand-wall", "t h"),
    "hourly-stand-up-break": drawing("chair", "stand-arms-up", "ln lf"),
    "side-sleeping-pillow": drawing("side-bent", "side-pillow", "ln"),
    "phone-at-eye-level": drawing("stand-forward-head", "stand-phone", "h"),
    "pelvic-clock": drawing("hook-arch", "hook-tilt", "t"),
}

POSES["hook-knee-out"] = pose(
    "one bent knee lowered out to the side, the foot staying put",
    "hook",
    fore={"thigh": 0.7, "shin": 0.7},
    ln=(30, -30, 0),
)
POSES["hook-knees-side"] = pose(
    "both knees tipped to one side, the feet staying put",
    "hook-knee-out",
    lf=(32, -32, 0),
)
POSES["side-bent-above"] = pose(
    "lying on your side, seen from above: hips and knees bent, the top arm reaching forward",
    "side-arm-open",
    an=(90, 90),
    af=(92, 92),
)
for name in ("top", "top-leg-out", "top-leg-across"):
    POSES[name]["above"] = True
