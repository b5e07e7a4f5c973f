"""Shared exercise library, seeded into the database for every clinic.

``EXERCISES`` is plain data: one dict per home-program exercise, with these keys.

- ``slug``: unique, stable kebab-case id used when seeding (update, never rename).
- ``name``: short name a client understands. A name may end with the placeholder
  ``{stretch}``, which the app renders in the clinic's own wording ("stretch",
  "lengthening" or "range of motion"); some states, such as Louisiana, do not let
  massage therapists use the first. No other field uses that word at all, so the
  text stays correct whatever the clinic chooses.
- ``kind``: "release", "stretch" (AIS or a gentle hold), "strengthen" or "mobility".
  Breathing that trains the deep core counts as "strengthen", other breathing as
  "mobility".
- ``summary``: one sentence, for the client, on what the exercise is for.
- ``target_muscles`` and ``regions``: lowercase names; regions come from a fixed set
  (low back, hip, pelvis, thigh, knee, lower leg, abdomen, mid back, upper back,
  neck, shoulder).
- ``steps``: 3 to 7 plain instructions, unnumbered (the app numbers them).
- ``cautions``: 1 to 3 short safety notes.
- Default dose, which a practitioner may change per client: ``sets``,
  ``repetitions`` and ``hold_seconds`` (int or None); ``side`` ("each" = one side
  then the other, "both" = both sides together or not sided, "left", "right");
  ``frequency`` times ``per`` "day" or "week"; ``dose_notes`` (may be empty).

Entries whose name contains "AIS" follow that method: move actively to the end of
the range, hold 2 seconds, come back out, 10 to 12 repetitions, no bouncing.
"""

EXERCISES = [
    {
        "slug": "prone-psoas-ball-release",
        "name": "Psoas self-release with a soft ball",
        "kind": "release",
        "summary": (
            "Softens a tight psoas, the deep hip flexor that runs from your low back to the "
            "top of your thigh, using your own body weight on a soft ball."
        ),
        "target_muscles": ["psoas major", "iliacus"],
        "regions": ["hip", "abdomen", "low back"],
        "steps": [
            (
                "Lie face down propped on your forearms, with a soft, slightly deflated ball about "
                "the size of a grapefruit within reach."
            ),
            (
                "Place the ball under your belly about two finger-widths out to the side of your "
                "navel and a little below it."
            ),
            (
                "Lower your belly slowly onto the ball until you feel firm pressure you can still "
                "breathe into; let your forearms take as much weight as you need."
            ),
            (
                "Breathe slowly into your belly and let the area soften around the ball a little "
                "more each time you breathe out."
            ),
            (
                "If it feels comfortable, bend the knee on that side and let your lower leg sway "
                "slowly from side to side."
            ),
            "Roll gently off the ball to the side, rest for a few breaths, then do the other side.",
        ],
        "cautions": [
            (
                "If you feel a pulse under your fingers or the ball, move slightly outward until "
                "it is gone."
            ),
            "Stop if you feel sharp pain, or pain or tingling that travels down your leg.",
            (
                "Wait an hour after a meal, and ask your practitioner first if you are pregnant or "
                "have a hernia or recent abdominal surgery."
            ),
        ],
        "sets": None,
        "repetitions": 1,
        "hold_seconds": 60,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "60 to 90 seconds a side; also useful just before a workout.",
    },
    {
        "slug": "supine-psoas-hand-release",
        "name": "Psoas self-release with your fingertips",
        "kind": "release",
        "summary": (
            "Lets you find and gently press your own psoas while lying on your back, so the "
            "deep hip flexor can let go."
        ),
        "target_muscles": ["psoas major"],
        "regions": ["hip", "abdomen", "low back"],
        "steps": [
            "Lie on your back with your knees bent and your feet flat on the floor.",
            (
                "Find your navel and the bony point at the front of your hip. Place the fingertips "
                "of both hands halfway between them, then move them about an inch toward your "
                "middle."
            ),
            (
                "As you breathe out, let your fingertips sink slowly into your belly, angling them "
                "down toward your spine."
            ),
            (
                "To check you are on the muscle, lift that foot an inch off the floor: a firm band "
                "should tighten under your fingers. Then set the foot down again."
            ),
            (
                "Keep a steady, comfortable pressure and breathe slowly into your belly until you "
                "feel the area soften."
            ),
            "Ease your fingers out slowly and repeat on the other side.",
        ],
        "cautions": [
            (
                "If you feel a pulse under your fingers or the ball, move slightly outward until "
                "it is gone."
            ),
            "Use gentle pressure: it may feel like a strong ache, but never sharp.",
            "Stop if pain or tingling travels down your leg.",
        ],
        "sets": None,
        "repetitions": 1,
        "hold_seconds": 60,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Also useful just before a workout.",
    },
    {
        "slug": "iliacus-hand-release",
        "name": "Iliacus self-release inside the hip bone",
        "kind": "release",
        "summary": (
            "Eases the iliacus, the hip flexor that lines the inside of your pelvis and often "
            "tightens with long hours of sitting."
        ),
        "target_muscles": ["iliacus"],
        "regions": ["hip", "pelvis", "low back"],
        "steps": [
            (
                "Lie on your back with your knees bent and your feet flat, with a pillow under "
                "your head if you like."
            ),
            (
                "Find the bony point at the front of your hip and place the fingertips of the "
                "same-side hand just inside it."
            ),
            (
                "Breathe out and curl your fingertips gently over the inner rim of the bone, as if "
                "scooping the inside of a bowl, keeping them in contact with the bone."
            ),
            (
                "Hold a steady, comfortable pressure and breathe slowly. Let the knee on that side "
                "drift a little outward to soften the area further."
            ),
            "Release slowly, then repeat on the other side.",
        ],
        "cautions": [
            "Stay in contact with the inside of the bone and keep your fingers off any pulse.",
            (
                "Stop if the pressure causes sharp pain, or numbness or tingling down the front of "
                "your thigh."
            ),
        ],
        "sets": None,
        "repetitions": 2,
        "hold_seconds": 45,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Two holds of 30 to 60 seconds a side.",
    },
    {
        "slug": "psoas-release-heel-slide",
        "name": "Psoas release with a slow heel slide",
        "kind": "release",
        "summary": (
            "Combines gentle pressure on the psoas with a slow leg movement to help the muscle "
            "lengthen and glide."
        ),
        "target_muscles": ["psoas major", "iliacus"],
        "regions": ["hip", "abdomen", "low back"],
        "steps": [
            (
                "Lie on your back with your knees bent and find your psoas with your fingertips, "
                "halfway between your navel and the front of your hip bone."
            ),
            (
                "Sink your fingertips in gently as you breathe out, until you feel the firm band "
                "of the muscle."
            ),
            (
                "Keeping the pressure steady, slowly slide the heel on that side along the floor "
                "until the leg is straight."
            ),
            (
                "Slide the heel back just as slowly, and keep moving the leg out and back for the "
                "whole hold while breathing slowly."
            ),
            "Ease your fingers out and repeat on the other side.",
        ],
        "cautions": [
            (
                "If you feel a pulse under your fingers or the ball, move slightly outward until "
                "it is gone."
            ),
            (
                "Move the leg slowly with your low back relaxed on the floor; stop if pain travels "
                "down your leg."
            ),
        ],
        "sets": None,
        "repetitions": 1,
        "hold_seconds": 60,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "About five slow slides in each 60-second hold.",
    },
    {
        "slug": "seated-psoas-release",
        "name": "Seated psoas release for desk days",
        "kind": "release",
        "summary": (
            "A quick way to ease your hip flexors at your desk after a long spell of sitting."
        ),
        "target_muscles": ["psoas major", "iliacus"],
        "regions": ["hip", "abdomen"],
        "steps": [
            "Sit near the front of a steady chair with your feet flat on the floor.",
            "Lean forward slightly so your belly softens.",
            (
                "Place your fingertips about two finger-widths beside your navel and a little "
                "below it, and press in gently toward your spine as you breathe out."
            ),
            "Hold a steady, comfortable pressure and breathe slowly into your belly.",
            "Release slowly, repeat on the other side, then stand up and take a short walk.",
        ],
        "cautions": [
            (
                "If you feel a pulse under your fingers or the ball, move slightly outward until "
                "it is gone."
            ),
            (
                "Keep the pressure gentle; stop if you feel sharp pain or pain travelling down "
                "your leg."
            ),
        ],
        "sets": None,
        "repetitions": 1,
        "hold_seconds": 30,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Most helpful on days when you sit for long hours.",
    },
    {
        "slug": "pre-workout-iliopsoas-release",
        "name": "Two-minute iliopsoas release before a workout",
        "kind": "release",
        "summary": (
            "A short release of the psoas and iliacus on both sides to free up your hips "
            "before you exercise."
        ),
        "target_muscles": ["psoas major", "iliacus"],
        "regions": ["hip", "abdomen", "low back"],
        "steps": [
            "Lie on your back with your knees bent and your feet flat.",
            (
                "Press gently beside your navel with your fingertips to find the psoas, and hold "
                "for about 30 seconds while breathing slowly."
            ),
            (
                "Move your fingertips to just inside the bony point at the front of your hip to "
                "find the iliacus, and hold for another 30 seconds."
            ),
            "Repeat both holds on the other side.",
            (
                "Stand up and march gently on the spot for half a minute before you start your "
                "workout."
            ),
        ],
        "cautions": [
            (
                "If you feel a pulse under your fingers or the ball, move slightly outward until "
                "it is gone."
            ),
            "Keep it light before exercise: firm but comfortable pressure, never sharp.",
        ],
        "sets": None,
        "repetitions": 1,
        "hold_seconds": 30,
        "side": "each",
        "frequency": 3,
        "per": "week",
        "dose_notes": "Before each workout.",
    },
    {
        "slug": "glute-piriformis-ball-release",
        "name": "Buttock and piriformis release with a ball",
        "kind": "release",
        "summary": (
            "Relieves tension deep in the buttock, where a short piriformis often sits "
            "alongside tight hip flexors."
        ),
        "target_muscles": ["piriformis", "gluteus maximus", "gluteus medius"],
        "regions": ["hip", "pelvis"],
        "steps": [
            "Sit on the floor with your hands behind you and place a ball under one buttock.",
            "Cross that ankle over the opposite knee to open up the buttock.",
            (
                "Roll slowly until you find a tender spot, then stay there and let your weight "
                "sink in."
            ),
            "Breathe slowly and wait for the tenderness to ease before you move on.",
            "Uncross your leg, move off the ball and repeat on the other side.",
        ],
        "cautions": [
            "Move the ball if you feel tingling, numbness or pain down the back of your leg.",
            "Keep the pressure at a level where you can breathe easily and stay relaxed.",
        ],
        "sets": None,
        "repetitions": 2,
        "hold_seconds": 60,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Up to two tender spots a side, about 60 seconds each.",
    },
    {
        "slug": "tfl-ball-release",
        "name": "Outer hip (TFL) release with a ball",
        "kind": "release",
        "summary": (
            "Eases the tensor fasciae latae at the front and outside of your hip, a helper hip "
            "flexor that pulls on the IT band."
        ),
        "target_muscles": ["tensor fasciae latae"],
        "regions": ["hip", "thigh"],
        "steps": [
            (
                "Find the bony point at the front of your hip; the TFL sits just below it and "
                "toward the outside, about where a trouser pocket begins."
            ),
            (
                "Lie face down, turned slightly toward that side, with a ball under that spot. "
                "Rest on your forearms."
            ),
            "Lower your weight slowly onto the ball until the pressure is firm but comfortable.",
            (
                "Breathe slowly, and if you like, bend and straighten the knee on that side a few "
                "times."
            ),
            "Roll off the ball and repeat on the other side.",
        ],
        "cautions": [
            "Keep the ball off the bony point itself and away from the outside of the knee.",
            "Stop if you feel sharp pain or tingling down the thigh.",
        ],
        "sets": None,
        "repetitions": 1,
        "hold_seconds": 60,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "quadratus-lumborum-ball-release",
        "name": "Side of the low back release with a ball",
        "kind": "release",
        "summary": (
            "Loosens the quadratus lumborum, the muscle between your lowest rib and your "
            "pelvis that can ache on one side of the low back."
        ),
        "target_muscles": ["quadratus lumborum", "lumbar extensors"],
        "regions": ["low back"],
        "steps": [
            "Lie on your back with your knees bent and your feet flat on the floor.",
            (
                "Lift your hips slightly and place a soft ball on one side of your low back, in "
                "the fleshy area between your lowest rib and the top of your pelvis, a hand's "
                "width out from your spine."
            ),
            (
                "Lower your hips and tip gently toward the ball until you feel firm, comfortable "
                "pressure."
            ),
            "Breathe slowly and let your side soften over the ball.",
            "Lift your hips, take the ball away and repeat on the other side.",
        ],
        "cautions": [
            (
                "Keep the ball on muscle, never on your spine, your ribs or the bony rim of your "
                "pelvis."
            ),
            "Stop if the pressure sends pain into your buttock or down your leg.",
        ],
        "sets": None,
        "repetitions": 2,
        "hold_seconds": 45,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "ais-psoas-side-lying",
        "name": "Psoas AIS {stretch} lying on your side",
        "kind": "stretch",
        "summary": (
            "Lengthens the psoas and the front of the hip by moving your thigh behind you with "
            "your own muscles, two seconds at a time."
        ),
        "target_muscles": ["psoas major", "iliacus"],
        "regions": ["hip", "low back"],
        "steps": [
            (
                "Lie on your side and hug your bottom knee to your chest with your bottom arm; "
                "this keeps your low back from arching."
            ),
            "Bend your top knee to about a right angle.",
            (
                "Breathe out and move your top thigh backward by squeezing your buttock and the "
                "back of your thigh, keeping the knee bent."
            ),
            (
                "At the end of your range, push gently on the front of the thigh with your top "
                "hand for a little extra, and hold for 2 seconds."
            ),
            "Breathe in as you bring the thigh back to the start. Never bounce.",
            "Repeat, then turn over and do the other side.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Keep the bottom knee hugged in so your low back stays flat and does not arch.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-rectus-femoris-side-lying",
        "name": "Front of thigh AIS {stretch}",
        "kind": "stretch",
        "summary": (
            "Lengthens the rectus femoris, the quadriceps muscle that crosses both hip and "
            "knee and helps tip the pelvis forward when it is tight."
        ),
        "target_muscles": ["rectus femoris", "psoas major"],
        "regions": ["thigh", "hip", "knee"],
        "steps": [
            "Lie on your side and hug your bottom knee to your chest with your bottom arm.",
            (
                "Bend your top knee so the heel moves toward your buttock, and hold the ankle with "
                "your top hand or loop a strap around it."
            ),
            (
                "Breathe out and move the bent top thigh backward by squeezing your buttock and "
                "hamstrings."
            ),
            (
                "At the end of your range, give a light pull with your hand or the strap and hold "
                "for 2 seconds."
            ),
            "Breathe in as you return to the start. Never bounce.",
            "Repeat, then turn over and do the other side.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            (
                "If your knee feels strained, use the strap instead of your hand and bend the knee "
                "a little less."
            ),
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-hamstring-bent-knee",
        "name": "Bent-knee hamstring AIS {stretch}",
        "kind": "stretch",
        "summary": (
            "Gently lengthens the hamstrings at the back of your thigh by straightening your "
            "knee with your own thigh muscles."
        ),
        "target_muscles": ["hamstrings"],
        "regions": ["thigh", "knee"],
        "steps": [
            "Lie on your back with one knee bent and that foot flat on the floor.",
            (
                "Lift your other thigh until it points at the ceiling, and hold it there with both "
                "hands behind the thigh."
            ),
            (
                "Breathe out and straighten the knee by tightening the front of your thigh, until "
                "you feel a gentle pull at the back of the thigh."
            ),
            "Hold for 2 seconds, then bend the knee again as you breathe in. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Keep your head and shoulders relaxed on the floor.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-hamstring-straight-leg-strap",
        "name": "Hamstring AIS {stretch} with a strap",
        "kind": "stretch",
        "summary": (
            "Lengthens the whole back of the thigh by lifting your straight leg with your own "
            "muscles, with a strap for gentle help at the end."
        ),
        "target_muscles": ["hamstrings"],
        "regions": ["thigh", "hip"],
        "steps": [
            (
                "Lie on your back with one knee bent and that foot flat. Loop a strap or rope "
                "around the arch of your other foot and hold an end in each hand."
            ),
            "Lock the knee of the strap leg and pull your toes toward you.",
            (
                "Breathe out and lift the straight leg as high as it will go, using the muscles at "
                "the front of your thigh and hip."
            ),
            (
                "At the end of your range, use the strap to give a gentle extra lift and hold for "
                "2 seconds."
            ),
            "Breathe in as you lower the leg to the floor. Never bounce or yank on the strap.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "The strap only assists at the end; never pull hard on it.",
            "Keep the knee straight and your low back relaxed on the floor.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-inner-hamstrings-strap",
        "name": "Inner hamstring AIS {stretch} with a strap",
        "kind": "stretch",
        "summary": (
            "Works on the inner hamstrings by lifting your straight leg slightly outward with "
            "the foot turned out."
        ),
        "target_muscles": ["hamstrings", "adductors"],
        "regions": ["thigh", "hip"],
        "steps": [
            (
                "Lie on your back with one knee bent and that foot flat, and loop a strap around "
                "the arch of your other foot."
            ),
            (
                "Lock the knee of the strap leg and turn the whole leg outward so the toes point "
                "away from your other leg."
            ),
            (
                "Breathe out and lift the straight leg up and slightly out to the side, using the "
                "muscles at the front of your hip."
            ),
            "At the end of your range, use the strap for gentle help and hold for 2 seconds.",
            "Breathe in as you lower the leg. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Keep the opposite hip down on the floor so your pelvis does not roll.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-outer-hamstrings-strap",
        "name": "Outer hamstring AIS {stretch} with a strap",
        "kind": "stretch",
        "summary": (
            "Works on the outer hamstring by lifting your straight leg slightly across your "
            "body with the foot turned in."
        ),
        "target_muscles": ["hamstrings"],
        "regions": ["thigh", "hip"],
        "steps": [
            (
                "Lie on your back with one knee bent and that foot flat. Loop a strap around the "
                "arch of your other foot and hold both ends in the opposite hand."
            ),
            (
                "Lock the knee of the strap leg and turn the leg inward so the toes point toward "
                "your other leg."
            ),
            (
                "Breathe out and lift the straight leg up and slightly across your body toward the "
                "opposite shoulder."
            ),
            "At the end of your range, use the strap for gentle help and hold for 2 seconds.",
            "Breathe in as you lower the leg. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Keep both shoulders and the back of your pelvis on the floor.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-adductors-strap",
        "name": "Inner thigh AIS {stretch}",
        "kind": "stretch",
        "summary": (
            "Lengthens the adductors on the inside of your thigh, which also help bend the "
            "hip, by sliding your leg out to the side."
        ),
        "target_muscles": ["adductors"],
        "regions": ["thigh", "hip", "pelvis"],
        "steps": [
            (
                "Lie on your back with both legs straight. Loop a strap around the working foot so "
                "it runs along the inside of the ankle, and hold it in the hand on the same side."
            ),
            "Turn your other foot slightly inward to help keep that leg still.",
            (
                "Keeping the knee straight and the toes pointing up, breathe out and slide the "
                "working leg out to the side using the muscles on the outside of your hip."
            ),
            "At the end of your range, use the strap for gentle help and hold for 2 seconds.",
            "Breathe in as you bring the leg back to the middle. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Keep your pelvis flat and still: the leg moves, your body does not.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-piriformis",
        "name": "Piriformis AIS {stretch}",
        "kind": "stretch",
        "summary": (
            "Lengthens the piriformis deep in your buttock by drawing your bent knee across "
            "toward the opposite shoulder."
        ),
        "target_muscles": ["piriformis", "gluteus maximus"],
        "regions": ["hip", "pelvis"],
        "steps": [
            "Lie on your back with both knees bent and your feet flat on the floor.",
            "Lift one knee toward your chest.",
            (
                "Breathe out and draw that knee across your body toward the opposite shoulder, "
                "using the muscles at the front of your hip and inner thigh."
            ),
            (
                "At the end of your range, place your opposite hand on the outside of the knee for "
                "gentle help and hold for 2 seconds; you should feel a pull deep in the buttock."
            ),
            "Breathe in as you bring the knee back to the start. Never bounce.",
            "Repeat, then switch sides.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Stop if you feel a pinch at the front of the hip or pain down the leg.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-gluteals-knee-to-chest",
        "name": "Buttock AIS {stretch}",
        "kind": "stretch",
        "summary": (
            "Lengthens the gluteal muscles by drawing one knee toward your chest with your own "
            "hip muscles."
        ),
        "target_muscles": ["gluteus maximus"],
        "regions": ["hip", "low back"],
        "steps": [
            "Lie on your back with both knees bent and your feet flat.",
            (
                "Breathe out and lift one knee toward the shoulder on the same side, using the "
                "muscles at the front of your hip and your abdominals."
            ),
            (
                "At the end of your range, hold the back of the thigh with both hands for gentle "
                "help and hold for 2 seconds."
            ),
            "Breathe in as you lower the foot to the floor. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Hold behind the thigh, not on top of the knee, to spare the knee joint.",
        ],
        "sets": 1,
        "repetitions": 12,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-tfl-strap",
        "name": "Outer hip AIS {stretch} with a strap",
        "kind": "stretch",
        "summary": (
            "Lengthens the tensor fasciae latae and the outside of the hip by moving your "
            "straight leg across your body."
        ),
        "target_muscles": ["tensor fasciae latae", "gluteus medius"],
        "regions": ["hip", "thigh"],
        "steps": [
            (
                "Lie on your back with both legs straight. Loop a strap around the working foot so "
                "it runs along the outside of the ankle, and hold it in the opposite hand."
            ),
            "Turn the working foot slightly inward.",
            (
                "Keeping the knee straight, breathe out and move the leg across your body, just "
                "high enough to pass over the other leg, using the muscles of your inner thigh."
            ),
            "At the end of your range, use the strap for gentle help and hold for 2 seconds.",
            "Breathe in as you bring the leg back to the middle. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Keep both hips on the floor and stop where your pelvis starts to roll.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-quadratus-lumborum-side-bend",
        "name": "Side-bend AIS {stretch} for the low back",
        "kind": "stretch",
        "summary": (
            "Lengthens the quadratus lumborum at the side of your low back with a slow, active "
            "bend to the side."
        ),
        "target_muscles": ["quadratus lumborum", "obliques"],
        "regions": ["low back", "abdomen"],
        "steps": [
            "Stand with your feet hip-width apart, knees soft and arms by your sides.",
            (
                "Breathe out and bend directly to one side, sliding your hand down the outside of "
                "your thigh; use the muscles at the side of your waist to draw you over."
            ),
            (
                "At the end of your range, reach the opposite arm up and over your head for a "
                "little extra, and hold for 2 seconds."
            ),
            "Breathe in as you come back up to standing. Never bounce.",
            "Repeat, then bend to the other side.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            (
                "Bend straight to the side without leaning forward or twisting, with your weight "
                "even on both feet."
            ),
            "Skip it and tell your practitioner if bending sideways sends pain into your leg.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-calf-straight-knee",
        "name": "Calf AIS {stretch} with a strap",
        "kind": "stretch",
        "summary": (
            "Lengthens the calf muscles by pulling your toes toward you with your shin "
            "muscles, with a strap for gentle help."
        ),
        "target_muscles": ["calves"],
        "regions": ["lower leg", "knee"],
        "steps": [
            (
                "Sit on the floor with one leg straight and the other knee bent. Loop a strap "
                "around the ball of the straight leg's foot."
            ),
            (
                "Breathe out and pull your toes and the top of your foot toward your shin, using "
                "the muscles at the front of your lower leg."
            ),
            "At the end of your range, give a gentle pull on the strap and hold for 2 seconds.",
            "Breathe in as you let the foot relax forward. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Sit with your back against a wall if keeping it upright is hard.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "ais-calf-bent-knee",
        "name": "Lower calf AIS {stretch}",
        "kind": "stretch",
        "summary": (
            "Lengthens the deeper, lower part of the calf, the soleus, by working with the "
            "knee slightly bent."
        ),
        "target_muscles": ["calves"],
        "regions": ["lower leg"],
        "steps": [
            (
                "Sit on the floor with a rolled towel under one knee so it stays slightly bent, "
                "and loop a strap around the ball of that foot."
            ),
            "Breathe out and pull the top of your foot toward your shin with your shin muscles.",
            (
                "At the end of your range, add a gentle pull on the strap and hold for 2 seconds; "
                "you should feel it low in the calf, near the heel."
            ),
            "Breathe in as you relax the foot. Never bounce.",
            "Repeat, then switch legs.",
        ],
        "cautions": [
            "Never bounce or jerk at the end of the movement; keep every repetition smooth.",
            "Ease off if the tendon at the back of your heel feels sore.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Move out, hold 2 seconds, come back: the short hold is what makes it work.",
    },
    {
        "slug": "kneeling-hip-flexor-hold",
        "name": "Kneeling hip flexor {stretch}",
        "kind": "stretch",
        "summary": (
            "A gentle, steady hold that lengthens the front of the hip after long hours of sitting."
        ),
        "target_muscles": ["psoas major", "iliacus", "rectus femoris"],
        "regions": ["hip", "thigh", "low back"],
        "steps": [
            (
                "Kneel on one knee on a folded towel, with the other foot flat on the floor in "
                "front of you. Hold a chair or wall for balance if you need to."
            ),
            (
                "Draw your navel toward your spine and squeeze the buttock of the kneeling leg so "
                "your tailbone tucks slightly under."
            ),
            (
                "Keeping your body upright, shift your weight forward a little until you feel a "
                "gentle pull at the front of the kneeling hip."
            ),
            "Stay still and breathe slowly; the pull should be mild and steady.",
            "Ease back out and switch sides.",
        ],
        "cautions": [
            "Do not arch your low back to go further; the tucked tailbone is what makes it work.",
            "No bouncing. If kneeling hurts your knee, add padding or ask for a standing version.",
        ],
        "sets": None,
        "repetitions": 2,
        "hold_seconds": 30,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Two easy 30-second holds a side.",
    },
    {
        "slug": "navel-to-spine-breathing",
        "name": "Navel-to-spine core breathing",
        "kind": "strengthen",
        "summary": (
            "Teaches your deepest abdominal muscle to switch on gently, the base for every "
            "other core exercise."
        ),
        "target_muscles": ["transversus abdominis", "diaphragm"],
        "regions": ["abdomen", "low back"],
        "steps": [
            (
                "Lie on your back with your knees bent and your feet flat. Rest your fingertips "
                "just inside the bony points at the front of your hips."
            ),
            "Breathe in slowly and let your belly rise.",
            (
                "As you breathe out, gently draw your navel toward your spine, as if closing a "
                "snug zip; the muscle should firm up under your fingertips."
            ),
            (
                "Keep that light tension for 10 seconds while you carry on breathing normally, "
                "then relax fully."
            ),
            (
                "Use only a small effort, about a quarter of your strength, so your low back and "
                "pelvis stay still."
            ),
        ],
        "cautions": [
            "Do not hold your breath.",
            (
                "If your low back presses hard into the floor or your ribs clench, you are working "
                "too hard."
            ),
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": 10,
        "side": "both",
        "frequency": 1,
        "per": "day",
        "dose_notes": "A good warm-up before the other core exercises.",
    },
    {
        "slug": "heel-slides",
        "name": "Heel slides",
        "kind": "strengthen",
        "summary": "Trains your deep core to hold your pelvis steady while your leg moves.",
        "target_muscles": ["transversus abdominis", "rectus abdominis", "psoas major"],
        "regions": ["abdomen", "low back", "hip"],
        "steps": [
            "Lie on your back with your knees bent and your feet flat.",
            "Breathe out and draw your navel gently toward your spine.",
            (
                "Slowly slide one heel along the floor until the leg is straight, keeping your "
                "pelvis and low back still."
            ),
            "Breathe in and slide the heel back to the start just as slowly.",
            "Switch legs and keep alternating.",
        ],
        "cautions": [
            (
                "Keep the navel drawn toward the spine so your low back does not arch as the leg "
                "straightens."
            ),
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "each",
        "frequency": 5,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "bent-knee-fall-outs",
        "name": "Bent-knee fall-outs",
        "kind": "strengthen",
        "summary": "Builds control of your deep core and pelvis as one knee opens out to the side.",
        "target_muscles": ["transversus abdominis", "obliques", "adductors"],
        "regions": ["abdomen", "pelvis", "hip"],
        "steps": [
            "Lie on your back with your knees bent and your feet flat and hip-width apart.",
            (
                "Draw your navel gently toward your spine and picture a glass of water resting on "
                "each hip bone."
            ),
            (
                "Breathe out and let one knee slowly open out to the side, only as far as you can "
                "without your pelvis rolling."
            ),
            "Breathe in and bring the knee back to the middle with control.",
            "Switch sides and keep alternating.",
        ],
        "cautions": [
            "Keep both hip bones level; if your pelvis tips, make the movement smaller.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "each",
        "frequency": 5,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "dead-bug-arms-only",
        "name": "Dead bug, arms only",
        "kind": "strengthen",
        "summary": (
            "The first step of the dead bug, keeping your trunk still while your arms move, "
            "with no load on your low back."
        ),
        "target_muscles": ["transversus abdominis", "rectus abdominis", "obliques"],
        "regions": ["abdomen", "low back", "shoulder"],
        "steps": [
            (
                "Lie on your back with your knees bent, feet flat, and both arms pointing at the "
                "ceiling."
            ),
            "Draw your navel toward your spine so your ribs stay soft and low.",
            (
                "Breathe out and slowly lower one arm back toward the floor beside your head, only "
                "as far as your ribs and low back stay still."
            ),
            "Breathe in as you bring the arm back up, then switch arms.",
        ],
        "cautions": [
            "Stop the arm before your ribs lift or your low back arches off the floor.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "each",
        "frequency": 5,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "dead-bug-heel-taps",
        "name": "Dead bug heel taps",
        "kind": "strengthen",
        "summary": (
            "The middle step of the dead bug, training your deep core to keep your low back "
            "quiet while one leg lowers."
        ),
        "target_muscles": ["transversus abdominis", "rectus abdominis", "psoas major"],
        "regions": ["abdomen", "low back", "hip"],
        "steps": [
            (
                "Lie on your back and lift your legs one at a time until your hips and knees are "
                "bent at right angles, shins parallel to the floor."
            ),
            "Draw your navel toward your spine and rest your arms by your sides.",
            (
                "Breathe out and slowly lower one foot, keeping the knee bent, until the heel "
                "lightly taps the floor."
            ),
            "Breathe in and bring the leg back up, then switch legs.",
            "When you finish, put your feet down one at a time.",
        ],
        "cautions": [
            (
                "Keep the navel drawn toward the spine so your low back does not arch; make the "
                "movement smaller if it does."
            ),
            "Keep your head and neck relaxed on the floor.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "each",
        "frequency": 4,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "dead-bug-opposite-arm-leg",
        "name": "Dead bug, opposite arm and leg",
        "kind": "strengthen",
        "summary": (
            "The full dead bug, building a steady core that protects your low back while your "
            "arms and legs move."
        ),
        "target_muscles": ["transversus abdominis", "rectus abdominis", "obliques", "psoas major"],
        "regions": ["abdomen", "low back", "hip"],
        "steps": [
            (
                "Lie on your back with your hips and knees bent at right angles and both arms "
                "pointing at the ceiling."
            ),
            "Draw your navel toward your spine and let your low back rest gently on the floor.",
            (
                "Breathe out and slowly reach one arm back overhead while straightening the "
                "opposite leg out so it hovers above the floor."
            ),
            (
                "Go only as far as you can keep your low back and ribs still, then breathe in and "
                "return to the start."
            ),
            "Switch to the other arm and leg.",
        ],
        "cautions": [
            (
                "Keep the navel drawn toward the spine; if your back arches, keep the leg higher "
                "or go back to heel taps."
            ),
            "Move slowly; speed hides a loss of control.",
        ],
        "sets": 2,
        "repetitions": 8,
        "hold_seconds": None,
        "side": "each",
        "frequency": 4,
        "per": "week",
        "dose_notes": "Move on to this once heel taps feel easy.",
    },
    {
        "slug": "bird-dog",
        "name": "Bird dog",
        "kind": "strengthen",
        "summary": (
            "Strengthens your back extensors, buttocks and deep core together while your spine "
            "stays steady."
        ),
        "target_muscles": [
            "lumbar extensors",
            "thoracic extensors",
            "gluteus maximus",
            "transversus abdominis",
        ],
        "regions": ["low back", "mid back", "hip", "abdomen"],
        "steps": [
            (
                "Start on your hands and knees, hands under your shoulders and knees under your "
                "hips, with your back flat."
            ),
            "Draw your navel gently toward your spine.",
            (
                "Breathe out, slide one leg back and lift it to hip height while you reach the "
                "opposite arm forward to shoulder height."
            ),
            "Hold for 3 seconds with your hips level, as if balancing a cup on your low back.",
            "Lower slowly and switch sides.",
        ],
        "cautions": [
            "Lift the leg only to hip height so your low back does not arch.",
            "Keep your neck long and your eyes on the floor.",
        ],
        "sets": 2,
        "repetitions": 8,
        "hold_seconds": 3,
        "side": "each",
        "frequency": 4,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "side-plank-on-knees",
        "name": "Side plank on your knees",
        "kind": "strengthen",
        "summary": (
            "Builds the side of your core, including the obliques and quadratus lumborum, in "
            "an easier kneeling position."
        ),
        "target_muscles": [
            "obliques",
            "quadratus lumborum",
            "gluteus medius",
            "transversus abdominis",
        ],
        "regions": ["abdomen", "low back", "hip", "shoulder"],
        "steps": [
            (
                "Lie on your side with your elbow directly under your shoulder and your knees bent "
                "so your feet are behind you."
            ),
            "Draw your navel toward your spine and line up your head, shoulders and hips.",
            (
                "Breathe out and lift your hips until your body is straight from your knees to "
                "your head."
            ),
            "Hold while breathing steadily, then lower your hips with control.",
            "Finish your repetitions, then turn over and work the other side.",
        ],
        "cautions": [
            "Push the floor away with your forearm so you do not sink into your shoulder.",
            "Stop if you feel pain in the shoulder you are leaning on.",
        ],
        "sets": 2,
        "repetitions": 5,
        "hold_seconds": 10,
        "side": "each",
        "frequency": 4,
        "per": "week",
        "dose_notes": "Build up to 20-second holds over a few weeks.",
    },
    {
        "slug": "modified-curl-up",
        "name": "Modified curl-up with head support",
        "kind": "strengthen",
        "summary": (
            "Works your front abdominals with a small lift while your hands carry the weight "
            "of your head to spare your neck."
        ),
        "target_muscles": ["rectus abdominis", "obliques", "transversus abdominis"],
        "regions": ["abdomen", "neck"],
        "steps": [
            (
                "Lie on your back with one knee bent and the other leg straight, so your low back "
                "keeps its natural small curve."
            ),
            "Cradle the back of your head in your hands with your elbows out wide.",
            (
                "Draw your navel toward your spine, then breathe out and lift your head and "
                "shoulders an inch or two, letting your hands carry the weight of your head."
            ),
            "Hold for 5 seconds with your chin slightly tucked and your eyes on the ceiling.",
            "Lower slowly. Halfway through your repetitions, switch which leg is bent.",
        ],
        "cautions": [
            "Let your hands support your head; never pull on your head or neck.",
            "This is a small lift, not a sit-up: your shoulder blades barely leave the floor.",
        ],
        "sets": 2,
        "repetitions": 8,
        "hold_seconds": 5,
        "side": "both",
        "frequency": 4,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "seated-knee-tucks",
        "name": "Seated knee tucks (easier jackknife)",
        "kind": "strengthen",
        "summary": (
            "An easier version of the jackknife that strengthens your abdominals and hip "
            "flexors together from a supported sitting position."
        ),
        "target_muscles": [
            "rectus abdominis",
            "transversus abdominis",
            "psoas major",
            "iliacus",
            "rectus femoris",
        ],
        "regions": ["abdomen", "hip", "low back"],
        "steps": [
            (
                "Sit on a mat with your knees bent and your hands on the floor behind your hips, "
                "fingers pointing forward."
            ),
            "Lean back a little with a long, straight spine and draw your navel toward your spine.",
            (
                "Breathe out and draw your knees in toward your chest, lifting your feet off the "
                "floor."
            ),
            (
                "Breathe in and slowly push your feet out in front of you until your heels lightly "
                "touch the floor."
            ),
            (
                "Keep moving smoothly in and out. To make it harder, let your heels hover instead "
                "of touching down."
            ),
        ],
        "cautions": [
            "Keep your chest lifted and your back long rather than slumping.",
            "Stop if you feel pain in your low back.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "both",
        "frequency": 3,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "jackknife",
        "name": "Jackknife",
        "kind": "strengthen",
        "summary": (
            "A combined abdominal and hip flexor exercise in which your arms and legs rise to "
            "meet over your middle."
        ),
        "target_muscles": [
            "rectus abdominis",
            "transversus abdominis",
            "psoas major",
            "iliacus",
            "rectus femoris",
        ],
        "regions": ["abdomen", "hip"],
        "steps": [
            (
                "Lie on your back with your legs straight and your arms resting on the floor above "
                "your head."
            ),
            "Draw your navel toward your spine and gently tuck your chin.",
            (
                "Breathe out and lift your arms, head, shoulders and legs together, reaching your "
                "hands toward your shins so your body makes a V."
            ),
            "Let your knees bend a little if that helps you keep control.",
            "Breathe in and lower your arms and legs slowly back to the floor.",
        ],
        "cautions": [
            "Start this only once seated knee tucks feel easy for 2 sets of 12.",
            "Keep the navel drawn toward the spine; stop if your low back arches or hurts.",
            "Lift with your abdominals, without jerking your arms or swinging your legs.",
        ],
        "sets": 2,
        "repetitions": 8,
        "hold_seconds": None,
        "side": "both",
        "frequency": 3,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "bridge",
        "name": "Bridge",
        "kind": "strengthen",
        "summary": (
            "Strengthens your buttocks and the back of your hips, which help hold your pelvis "
            "level and take load off your low back."
        ),
        "target_muscles": ["gluteus maximus", "hamstrings", "lumbar extensors"],
        "regions": ["hip", "pelvis", "low back", "thigh"],
        "steps": [
            (
                "Lie on your back with your knees bent and your feet flat and hip-width apart, "
                "close enough that your fingertips can brush your heels."
            ),
            "Draw your navel gently toward your spine.",
            (
                "Breathe out, squeeze your buttocks and lift your hips until your body makes a "
                "straight line from your knees to your shoulders."
            ),
            "Hold for 3 seconds without letting your low back arch.",
            "Breathe in and lower slowly, one part of your spine at a time.",
        ],
        "cautions": [
            (
                "Lift with your buttocks rather than by arching your low back, and stop at a "
                "straight line."
            ),
            "If the backs of your thighs cramp, move your feet a little closer to your body.",
        ],
        "sets": 3,
        "repetitions": 10,
        "hold_seconds": 3,
        "side": "both",
        "frequency": 4,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "single-leg-bridge",
        "name": "Single-leg bridge",
        "kind": "strengthen",
        "summary": (
            "A harder bridge that works each buttock on its own and challenges you to keep "
            "your pelvis level."
        ),
        "target_muscles": ["gluteus maximus", "gluteus medius", "hamstrings"],
        "regions": ["hip", "pelvis", "thigh"],
        "steps": [
            (
                "Lie on your back with both knees bent and feet flat, then straighten one leg so "
                "both thighs are level."
            ),
            "Draw your navel toward your spine.",
            (
                "Breathe out and press through the heel of the bent leg to lift your hips, keeping "
                "the straight leg in line with the other thigh."
            ),
            "Keep both hip bones level at the top and hold for 2 seconds.",
            "Lower slowly. Finish your repetitions, then switch legs.",
        ],
        "cautions": [
            "If your pelvis drops on one side, go back to the two-leg bridge for a while.",
            "Do not arch your low back to get higher.",
        ],
        "sets": 2,
        "repetitions": 8,
        "hold_seconds": 2,
        "side": "each",
        "frequency": 3,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "clamshells",
        "name": "Clamshells",
        "kind": "strengthen",
        "summary": (
            "Strengthens the gluteus medius at the side of your hip, which steadies your "
            "pelvis when you walk and stand."
        ),
        "target_muscles": ["gluteus medius", "piriformis"],
        "regions": ["hip", "pelvis"],
        "steps": [
            (
                "Lie on your side with your hips and knees bent and your heels in line with your "
                "buttocks. Rest your head on your lower arm."
            ),
            (
                "Stack your hips one directly above the other and draw your navel gently toward "
                "your spine."
            ),
            (
                "Keeping your heels together, breathe out and lift your top knee as far as you can "
                "without your pelvis rolling backward."
            ),
            "Pause for a moment at the top, then lower the knee slowly.",
            "Finish your repetitions, then turn over and work the other side.",
        ],
        "cautions": [
            "Keep the movement in the hip; if your top hip rolls back, make the lift smaller.",
        ],
        "sets": 2,
        "repetitions": 12,
        "hold_seconds": None,
        "side": "each",
        "frequency": 4,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "prone-chest-lift",
        "name": "Prone chest lift",
        "kind": "strengthen",
        "summary": (
            "Gently strengthens the muscles along your spine that hold you upright, with a "
            "small lift while lying face down."
        ),
        "target_muscles": ["lumbar extensors", "thoracic extensors", "gluteus maximus"],
        "regions": ["low back", "mid back", "upper back"],
        "steps": [
            (
                "Lie face down with a pillow under your hips and your forehead on a small folded "
                "towel. Rest your arms by your sides, palms up."
            ),
            "Draw your navel gently toward your spine and lightly squeeze your buttocks.",
            (
                "Breathe out, draw your shoulder blades back and down, and lift your chest an inch "
                "or two off the floor."
            ),
            "Keep looking at the floor so your neck stays long, and hold for 3 seconds.",
            "Breathe in and lower slowly.",
        ],
        "cautions": [
            "Keep the lift small; this is not a backbend.",
            "Stop if you feel pinching or pain in your low back.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": 3,
        "side": "both",
        "frequency": 3,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "hip-hinge-with-stick",
        "name": "Hip hinge with a stick",
        "kind": "strengthen",
        "summary": (
            "Teaches you to bend from the hips with a steady back, building your buttocks and "
            "hamstrings for lifting and everyday bending."
        ),
        "target_muscles": ["gluteus maximus", "hamstrings", "lumbar extensors"],
        "regions": ["hip", "low back", "thigh"],
        "steps": [
            (
                "Stand with your feet hip-width apart and hold a broomstick along your back so it "
                "touches the back of your head, the area between your shoulder blades and your "
                "tailbone."
            ),
            "Soften your knees and draw your navel gently toward your spine.",
            (
                "Push your hips back and let your upper body tip forward, keeping all three points "
                "in contact with the stick."
            ),
            (
                "Stop when you feel a gentle pull at the back of your thighs or the stick starts "
                "to leave your back."
            ),
            "Breathe out, squeeze your buttocks and push your hips forward to stand tall again.",
        ],
        "cautions": [
            (
                "If the stick lifts away from your head, upper back or tailbone, your back is "
                "rounding; make the movement smaller."
            ),
            "Move slowly and stay in a range that is free of pain.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "both",
        "frequency": 4,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "seated-knee-lift",
        "name": "Seated knee lift for the psoas",
        "kind": "strengthen",
        "summary": (
            "Strengthens the psoas and iliacus, the deep hip flexors that also help steady "
            "your low back, while you sit tall."
        ),
        "target_muscles": ["psoas major", "iliacus"],
        "regions": ["hip", "low back"],
        "steps": [
            (
                "Sit tall near the front of a steady chair, feet flat and hands resting lightly on "
                "the seat."
            ),
            "Draw your navel gently toward your spine and let the top of your head float up.",
            (
                "Breathe out and lift one knee two or three inches off the seat without leaning "
                "back or slumping."
            ),
            "Hold for 5 seconds, breathing steadily, then lower the foot slowly.",
            "Switch legs and keep alternating.",
        ],
        "cautions": [
            "Stay upright; if you lean back to lift the knee, make the lift smaller.",
            "Stop if you feel a pinch at the front of your hip.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": 5,
        "side": "each",
        "frequency": 5,
        "per": "week",
        "dose_notes": "",
    },
    {
        "slug": "chin-tucks",
        "name": "Chin tucks",
        "kind": "strengthen",
        "summary": (
            "Strengthens the deep muscles at the front of your neck to help counter forward head "
            "posture and the strain it puts on your upper back."
        ),
        "target_muscles": ["deep neck flexors"],
        "regions": ["neck", "upper back"],
        "steps": [
            "Sit or stand tall with your shoulders relaxed and your eyes looking straight ahead.",
            (
                "Glide your chin straight back, as if making a double chin, without tipping your "
                "head up or down."
            ),
            "Feel the back of your neck grow longer, and hold for 5 seconds.",
            "Relax and let your head return to where it started.",
        ],
        "cautions": [
            "Move your head straight back, not down toward your chest.",
            (
                "Keep it gentle, and stop if it brings on dizziness, headache or tingling in your "
                "arms."
            ),
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": 5,
        "side": "both",
        "frequency": 2,
        "per": "day",
        "dose_notes": "Also a quick reset during long spells at a screen.",
    },
    {
        "slug": "supine-pelvic-tilts",
        "name": "Pelvic tilts lying down",
        "kind": "mobility",
        "summary": (
            "Gently moves your pelvis and low back through their range to ease stiffness and "
            "help you find a comfortable middle position."
        ),
        "target_muscles": ["transversus abdominis", "rectus abdominis", "lumbar extensors"],
        "regions": ["pelvis", "low back"],
        "steps": [
            "Lie on your back with your knees bent and your feet flat and hip-width apart.",
            (
                "Breathe out and gently tip your pubic bone toward your navel, so your low back "
                "presses lightly into the floor."
            ),
            (
                "Breathe in and tip your pelvis the other way, so a small arch forms under your "
                "low back."
            ),
            (
                "Rock slowly between the two, then finish in the middle, where your back is "
                "neither flat nor arched."
            ),
        ],
        "cautions": [
            "Keep the movement small and smooth, with your buttocks staying on the floor.",
        ],
        "sets": 1,
        "repetitions": 12,
        "hold_seconds": None,
        "side": "both",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "standing-pelvic-tilts-wall",
        "name": "Standing pelvic tilts at a wall",
        "kind": "mobility",
        "summary": (
            "Helps you sense and correct a forward-tipped pelvis while standing, as a reset "
            "for everyday posture."
        ),
        "target_muscles": ["transversus abdominis", "gluteus maximus", "lumbar extensors"],
        "regions": ["pelvis", "low back", "abdomen"],
        "steps": [
            "Stand with your back against a wall, feet a small step out from it and knees soft.",
            "Notice the gap between your low back and the wall.",
            (
                "Breathe out, draw your navel toward your spine and gently tuck your tailbone so "
                "the gap gets smaller."
            ),
            "Breathe in and let your pelvis tip forward again so the gap grows.",
            (
                "Move slowly between the two, finish in a comfortable middle position, then step "
                "away from the wall and keep that position as you stand."
            ),
        ],
        "cautions": [
            "Keep your shoulders and head resting on the wall; only your pelvis moves.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "both",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "cat-cow",
        "name": "Cat-cow",
        "kind": "mobility",
        "summary": (
            "Moves your whole spine gently between rounding and arching, in time with your breath."
        ),
        "target_muscles": ["lumbar extensors", "thoracic extensors", "rectus abdominis"],
        "regions": ["low back", "mid back", "upper back", "neck"],
        "steps": [
            "Start on your hands and knees, hands under your shoulders and knees under your hips.",
            (
                "Breathe in and let your belly sink toward the floor as your chest and gaze lift "
                "slightly."
            ),
            (
                "Breathe out, press the floor away and round your back up toward the ceiling, "
                "letting your head and tailbone drop."
            ),
            "Keep flowing slowly between the two with your breath.",
        ],
        "cautions": [
            (
                "Move only within a comfortable range, and go easy on the arching part if your low "
                "back is sore."
            ),
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "both",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "standing-hip-circles",
        "name": "Standing hip circles",
        "kind": "mobility",
        "summary": (
            "Moves your hip joint through its full range in every direction to keep it free "
            "and comfortable."
        ),
        "target_muscles": ["psoas major", "gluteus medius", "adductors", "piriformis"],
        "regions": ["hip", "pelvis"],
        "steps": [
            "Stand tall beside a chair or wall and rest one hand on it for balance.",
            "Lift the outside knee to hip height, or as high as is comfortable.",
            (
                "Draw slow, wide circles with your knee: across your body, up, out to the side and "
                "down."
            ),
            "Reverse the direction for the same number of circles.",
            "Turn around and repeat with the other leg.",
        ],
        "cautions": [
            "Keep your standing knee soft and your trunk still; let the hip do the moving.",
        ],
        "sets": 1,
        "repetitions": 8,
        "hold_seconds": None,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "8 circles in each direction.",
    },
    {
        "slug": "side-lying-thoracic-rotation",
        "name": "Side-lying upper back rotation (open book)",
        "kind": "mobility",
        "summary": "Loosens your mid and upper back with a gentle turn while your hips stay still.",
        "target_muscles": ["thoracic extensors", "obliques"],
        "regions": ["mid back", "upper back", "shoulder"],
        "steps": [
            (
                "Lie on your side with your hips and knees bent to about a right angle, a pillow "
                "under your head and both arms straight out in front of you, palms together."
            ),
            "Press your knees together and keep them resting on the floor throughout.",
            (
                "Breathe out and sweep your top arm up and over to the other side, following your "
                "hand with your eyes, so your chest turns toward the ceiling."
            ),
            (
                "Let the arm settle toward the floor behind you as far as is comfortable, and "
                "breathe there for a moment."
            ),
            "Breathe in and bring the arm back over to the start.",
            "Finish your repetitions, then turn over and do the other side.",
        ],
        "cautions": [
            (
                "Keep your knees stacked and still, so the turn comes from your upper back and not "
                "your low back."
            ),
            "If your shoulder pinches, bend the elbow and lead with it instead.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": 3,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "ninety-ninety-hip-switches",
        "name": "90/90 hip switches",
        "kind": "mobility",
        "summary": "Improves how far your hips can turn inward and outward, in a seated position.",
        "target_muscles": ["piriformis", "gluteus medius", "gluteus maximus", "adductors"],
        "regions": ["hip", "pelvis"],
        "steps": [
            (
                "Sit on the floor with your knees bent and your feet flat, a little wider than "
                "your hips, and your hands on the floor behind you."
            ),
            (
                "Let both knees drop to one side so your front and back legs each form a rough "
                "right angle."
            ),
            "Sit up as tall as you comfortably can and take a breath.",
            "Lift both knees back to the middle and let them drop to the other side.",
            "Keep switching slowly from side to side.",
        ],
        "cautions": [
            "Go only as far as your knees are comfortable, with your hands behind you for support.",
            "Move slowly and never force your knees toward the floor.",
        ],
        "sets": 2,
        "repetitions": 8,
        "hold_seconds": None,
        "side": "both",
        "frequency": 1,
        "per": "day",
        "dose_notes": "Each drop to one side counts as one.",
    },
    {
        "slug": "knee-rocks",
        "name": "Knee rocks lying down",
        "kind": "mobility",
        "summary": "A gentle side-to-side rotation that eases stiffness in your low back and hips.",
        "target_muscles": ["obliques", "quadratus lumborum", "lumbar extensors"],
        "regions": ["low back", "hip"],
        "steps": [
            (
                "Lie on your back with your knees bent and together and your feet flat, arms "
                "resting out to the sides."
            ),
            (
                "Breathe out and let both knees tip slowly to one side, only as far as is "
                "comfortable, keeping your shoulders on the floor."
            ),
            "Breathe in and bring your knees back to the middle.",
            "Tip them to the other side and keep rocking slowly.",
        ],
        "cautions": [
            "Keep it slow and free of pain; make the movement smaller if your low back complains.",
        ],
        "sets": 1,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "each",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
    {
        "slug": "belly-breathing-lying-down",
        "name": "Belly breathing lying down",
        "kind": "mobility",
        "summary": (
            "Retrains slow, easy breathing with your diaphragm, a calm way to start or finish "
            "your home program."
        ),
        "target_muscles": ["diaphragm"],
        "regions": ["abdomen", "low back"],
        "steps": [
            (
                "Lie on your back with your knees bent, or with a pillow under your knees. Put one "
                "hand on your chest and the other on your belly."
            ),
            (
                "Breathe in slowly through your nose and let your belly rise into your lower hand, "
                "while the hand on your chest stays almost still."
            ),
            "Breathe out slowly through softly pursed lips and let your belly sink.",
            "Let each breath out be a little longer than the breath in, and keep the rhythm easy.",
        ],
        "cautions": [
            "If you feel light-headed, go back to normal breathing for a while.",
        ],
        "sets": None,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "both",
        "frequency": 2,
        "per": "day",
        "dose_notes": "About 10 slow breaths, or 3 to 5 minutes.",
    },
    {
        "slug": "posture-breathing-hand-on-belly",
        "name": "Tall-posture breathing with a hand on your belly",
        "kind": "mobility",
        "summary": (
            "Links easy belly breathing to an upright posture, so you can reset how you sit "
            "and stand through the day."
        ),
        "target_muscles": ["diaphragm", "transversus abdominis"],
        "regions": ["abdomen", "low back", "neck"],
        "steps": [
            (
                "Sit or stand tall, with your ears over your shoulders and your shoulders over "
                "your hips."
            ),
            "Rest one hand on your belly just below your navel.",
            "Breathe in slowly through your nose and feel your belly move out into your hand.",
            (
                "As you breathe out, let your navel draw gently toward your spine and feel "
                "yourself grow a little taller."
            ),
            "Keep your shoulders soft and low throughout.",
        ],
        "cautions": [
            "Keep the breathing relaxed; do not force the breath in or hold it.",
        ],
        "sets": None,
        "repetitions": 5,
        "hold_seconds": None,
        "side": "both",
        "frequency": 3,
        "per": "day",
        "dose_notes": "5 breaths each time, for example at your desk or while waiting in a queue.",
    },
    {
        "slug": "wall-angels",
        "name": "Wall angels",
        "kind": "mobility",
        "summary": (
            "Opens your chest and wakes up the muscles between your shoulder blades to counter "
            "forward head posture and the ache it can bring there."
        ),
        "target_muscles": [
            "thoracic extensors",
            "rhomboids",
            "middle trapezius",
            "lower trapezius",
            "deep neck flexors",
        ],
        "regions": ["upper back", "mid back", "shoulder", "neck"],
        "steps": [
            (
                "Stand with your back against a wall, feet a small step out and knees soft. Let "
                "the back of your head, your upper back and your buttocks touch the wall, with "
                "your chin gently tucked."
            ),
            (
                "Raise your arms into a goalpost shape, elbows bent at shoulder height, with the "
                "backs of your arms and hands as close to the wall as is comfortable."
            ),
            (
                "Breathe out and slowly slide your arms up the wall as far as you can while "
                "keeping contact."
            ),
            (
                "Breathe in and slide them back down, drawing your elbows toward your ribs and "
                "your shoulder blades down and together."
            ),
        ],
        "cautions": [
            "Draw your navel toward your spine so your low back does not arch off the wall.",
            "Only go as high as you can without shrugging or pain in your shoulders.",
        ],
        "sets": 2,
        "repetitions": 10,
        "hold_seconds": None,
        "side": "both",
        "frequency": 1,
        "per": "day",
        "dose_notes": "",
    },
]


def added(slug, name, kind, summary, muscles, regions, steps, cautions, dose, notes=""):
    """An entry in the same shape as those above; `dose` is (sets, repetitions, hold
    seconds, side, frequency, per)."""
    sets, repetitions, hold_seconds, side, frequency, per = dose
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "summary": summary,
        "target_muscles": muscles,
        "regions": regions,
        "steps": steps,
        "cautions": cautions,
        "sets": sets,
        "repetitions": repetitions,
        "hold_seconds": hold_seconds,
        "side": side,
        "frequency": frequency,
        "per": per,
        "dose_notes": notes,
    }


AIS = (1, 10, 2, "each", 1, "day")
AIS_BOTH = (1, 10, 2, "both", 1, "day")
AIS_STEPS_END = [
    "At the end of your range, hold for 2 seconds, breathing slowly; no bouncing.",
    "Come all the way back out and rest a moment. Repeat 10 to 12 times, then change sides.",
]
AIS_STEPS_END_BOTH = [
    "At the end of your range, hold for 2 seconds, breathing slowly; no bouncing.",
    "Come all the way back out and rest a moment. Repeat 10 to 12 times.",
]
GENTLE = "Move only within a range that feels comfortable; stop if you feel sharp pain."

# Added with the drawings: more self-release, AIS for each group around the hip, pelvis and
# spine, core work that spares the low back, mobility, breathing and posture habits.
EXERCISES += [
    # Self-release
    added(
        "hamstring-ball-release-chair",
        "Back of thigh release on a chair",
        "release",
        "Eases tight hamstrings while you sit, with a ball under the back of your thigh.",
        ["hamstrings"],
        ["thigh", "knee"],
        [
            "Sit on a firm chair and place a tennis ball under the back of one thigh, about "
            "halfway between your knee and your buttock.",
            "Let the weight of your leg sink onto the ball and breathe slowly.",
            "Straighten and bend the knee slowly five or six times while the ball stays put.",
            "Move the ball a hand-width along the thigh and repeat, then change legs.",
        ],
        ["Keep the ball off the crease behind the knee.", GENTLE],
        (None, 1, 60, "each", 1, "day"),
        "About a minute a leg; a good break on long desk days.",
    ),
    added(
        "calf-ball-release",
        "Calf release with a ball",
        "release",
        "Softens the calf muscles with a ball under your lower leg.",
        ["gastrocnemius", "soleus"],
        ["lower leg"],
        [
            "Sit on the floor with your hands behind you and a ball under the middle of one calf.",
            "Cross the other leg over the top if you would like more pressure.",
            "Lift your hips slightly and roll slowly up and down until you find a tender spot.",
            "Rest there for a few slow breaths while you circle your ankle, then change legs.",
        ],
        [
            "Skip any area with varicose veins or swelling.",
            "Ask your practitioner first if you have had a blood clot in the leg.",
        ],
        (None, 1, 60, "each", 1, "day"),
    ),
    added(
        "quadriceps-ball-release",
        "Front of thigh release with a ball",
        "release",
        "Eases the front of your thigh, including the rectus femoris that also tips the pelvis.",
        ["rectus femoris", "vastus lateralis", "vastus medialis"],
        ["thigh", "hip", "knee"],
        [
            "Lie face down propped on your forearms with a firm ball under the front of one "
            "thigh, a hand-width above the knee.",
            "Let your weight settle onto the ball until the pressure is firm but easy to "
            "breathe through.",
            "Slowly bend and straighten the knee five or six times.",
            "Shift the ball a little higher up the thigh and repeat, stopping below the hip "
            "crease, then change legs.",
        ],
        ["Keep the ball off your kneecap.", GENTLE],
        (None, 1, 60, "each", 1, "day"),
    ),
    added(
        "upper-back-ball-release",
        "Upper back release with a ball",
        "release",
        "Eases the ache between your shoulder blades that often comes with a forward head.",
        ["rhomboids", "middle trapezius", "thoracic extensors"],
        ["upper back", "mid back"],
        [
            "Lie on your back with your knees bent and your feet flat.",
            "Place a ball between your spine and one shoulder blade, never on the spine itself.",
            "Cradle your head in your hands so your neck can rest.",
            "Breathe slowly and let your upper back sink onto the ball for a few breaths.",
            "Cross your arms over your chest to reach a little further, then move the ball to "
            "the other side.",
        ],
        [
            "Keep the ball above your lowest ribs, away from the low back.",
            "Stop if you feel tingling down your arm.",
        ],
        (None, 1, 60, "each", 1, "day"),
    ),
    added(
        "foot-ball-release",
        "Sole of the foot release",
        "release",
        "Wakes up and softens the sole of your foot, the start of the line up the back of "
        "your legs.",
        ["plantar fascia", "foot intrinsics"],
        ["lower leg"],
        [
            "Stand beside a wall or chair and rest one hand on it.",
            "Place a small ball under the sole of one foot.",
            "Let some weight sink onto it and roll slowly from the heel to the ball of the foot.",
            "Pause on tender spots for a breath or two, then change feet.",
        ],
        [
            "Ask your practitioner first if you have diabetes or numbness in your feet.",
            GENTLE,
        ],
        (None, 1, 60, "each", 1, "day"),
    ),
    added(
        "suboccipital-ball-release",
        "Base of the skull release",
        "release",
        "Lets the small muscles under the back of your skull let go, for a tired neck and head.",
        ["suboccipitals", "upper trapezius"],
        ["neck"],
        [
            "Lie on your back with your knees bent.",
            "Place two tennis balls in a sock, knotted, and rest the base of your skull on them, "
            "one ball each side of the spine.",
            "Let the weight of your head sink in and breathe slowly.",
            "Nod your chin a tiny amount, as if saying yes, for a minute or two.",
        ],
        [
            "Stop if you feel dizzy, sick, or tingling in your face or arms.",
            "Keep the balls off the spine itself.",
        ],
        (None, 1, 90, "both", 1, "day"),
    ),
    added(
        "diaphragm-rib-release-seated",
        "Seated release under the ribs",
        "release",
        "Frees the edge of the diaphragm under your ribs, so breathing reaches lower.",
        ["diaphragm", "rectus abdominis"],
        ["abdomen", "mid back"],
        [
            "Sit near the front of a chair and lean forward a little so your belly softens.",
            "Curl your fingertips gently under the edge of your lower ribs on one side.",
            "Breathe in slowly; as you breathe out, let your fingers sink a little further under "
            "the ribs.",
            "Stay for five slow breaths, then move along the rib edge and repeat on the other "
            "side.",
        ],
        [
            "Wait an hour after eating.",
            "Stop if you feel sharp pain, and ask first if you have a hernia or recent surgery.",
        ],
        (None, 1, 45, "each", 1, "day"),
    ),
    added(
        "front-of-hip-ball-release",
        "Front of hip release with a ball",
        "release",
        "Softens the front of the hip just below the bony point, where the hip flexors cross.",
        ["iliacus", "rectus femoris", "sartorius"],
        ["hip", "thigh"],
        [
            "Find the bony point at the front of your hip; the spot is just below and inside it.",
            "Lie face down on your forearms with a soft ball under that spot.",
            "Let your weight settle onto the ball and breathe into it for a few breaths.",
            "Bend that knee slowly and let the lower leg sway from side to side, then change "
            "sides.",
        ],
        [
            "If you feel a pulse under the ball, move it slightly outward.",
            "Stop if you feel pain or tingling travel down the leg.",
        ],
        (None, 1, 60, "each", 1, "day"),
    ),
    # AIS
    added(
        "ais-hip-internal-rotators-seated",
        "Seated hip internal rotator AIS {stretch}",
        "stretch",
        "Frees the turn of your hip inward and outward, which long sitting stiffens.",
        ["gluteus medius", "gluteus minimus", "tensor fasciae latae"],
        ["hip", "pelvis"],
        [
            "Sit tall near the front of a chair, knees bent at right angles and feet flat.",
            "Keep the knee still and breathe out as you swing the foot inward, across in front "
            "of the other leg, turning the thigh outward in its socket.",
            *AIS_STEPS_END,
        ],
        ["Keep the knee pointing forward; let the movement come from the hip.", GENTLE],
        AIS,
    ),
    added(
        "ais-hip-external-rotators-seated",
        "Seated hip external rotator AIS {stretch}",
        "stretch",
        "Frees the deep rotators at the back of your hip, piriformis among them.",
        ["piriformis", "obturators", "gemelli", "quadratus femoris"],
        ["hip", "pelvis"],
        [
            "Sit tall near the front of a chair, knees bent at right angles and feet flat.",
            "Keep the knee still and breathe out as you swing the foot outward, away from the "
            "other leg, turning the thigh inward in its socket.",
            *AIS_STEPS_END,
        ],
        ["Keep the knee pointing forward; let the movement come from the hip.", GENTLE],
        AIS,
    ),
    added(
        "ais-low-back-double-knee",
        "Double knee-to-chest AIS {stretch}",
        "stretch",
        "Lengthens the muscles along your low back by rounding it gently, both knees together.",
        ["erector spinae", "multifidus", "quadratus lumborum"],
        ["low back", "hip"],
        [
            "Lie on your back with your knees bent and your feet flat.",
            "Breathe out and lift both knees toward your chest using the muscles at the front of "
            "your hips and belly.",
            "At the end of your range, hold the backs of your thighs for gentle help.",
            *AIS_STEPS_END_BOTH,
        ],
        [
            "Bring the knees up one at a time if lifting both hurts your back.",
            "Hold behind the thighs, not over the knees.",
        ],
        AIS_BOTH,
    ),
    added(
        "ais-low-back-seated-curl",
        "Seated low back AIS {stretch}",
        "stretch",
        "Lengthens the low back muscles from a chair, a good reset after long sitting.",
        ["erector spinae", "multifidus"],
        ["low back", "mid back"],
        [
            "Sit on a steady chair with your feet flat and a little wider than your hips.",
            "Tuck your chin and breathe out as you curl down between your knees, using your belly "
            "muscles, one vertebra at a time.",
            "At the end of your range, let your hands hold your ankles for gentle help.",
            "Hold for 2 seconds, then uncurl back up to sitting tall.",
            "Repeat 10 to 12 times.",
        ],
        [
            "Ask your practitioner first if you have a disc problem or osteoporosis.",
            "Come up slowly if you feel light-headed.",
        ],
        AIS_BOTH,
    ),
    added(
        "ais-latissimus-lying",
        "Lying side of the back AIS {stretch}",
        "stretch",
        "Frees the broad back muscle that links your arm to your low back and pelvis.",
        ["latissimus dorsi", "teres major"],
        ["mid back", "shoulder", "low back"],
        [
            "Lie on your back with your knees bent and your feet flat, arms by your sides.",
            "Draw your navel gently toward your spine so your ribs stay down.",
            "Breathe out and raise one straight arm up and back beside your ear, thumb leading, "
            "using the muscles of your shoulder.",
            *AIS_STEPS_END,
        ],
        ["Keep your low back resting on the floor.", "Stop if your shoulder pinches."],
        AIS,
    ),
    added(
        "ais-chest-standing",
        "Standing chest AIS {stretch}",
        "stretch",
        "Opens the front of your chest and shoulders, which round forward at a desk.",
        ["pectoralis major", "pectoralis minor", "anterior deltoid"],
        ["shoulder", "upper back"],
        [
            "Stand tall with your arms by your sides, palms forward.",
            "Breathe out and sweep both arms back and slightly up by squeezing your shoulder "
            "blades together.",
            *AIS_STEPS_END_BOTH,
        ],
        ["Keep your ribs down so your low back does not arch.", GENTLE],
        AIS_BOTH,
    ),
    added(
        "ais-neck-side-bend",
        "Neck side-bend AIS {stretch}",
        "stretch",
        "Eases the muscles along the side of your neck and the top of your shoulders.",
        ["upper trapezius", "scalenes", "levator scapulae"],
        ["neck", "shoulder"],
        [
            "Sit or stand tall with your shoulders relaxed.",
            "Breathe out and tip one ear toward the shoulder on that side, using the neck muscles "
            "on that side; keep your nose pointing forward.",
            "At the end of your range, let the hand on that side rest lightly on your head for a "
            "little help.",
            *AIS_STEPS_END,
        ],
        [
            "Keep the movement small and slow.",
            "Stop if you feel dizzy or tingling down your arm.",
        ],
        AIS,
    ),
    added(
        "ais-neck-flexion",
        "Chin-to-chest AIS {stretch}",
        "stretch",
        "Lengthens the back of your neck, which tightens when the head sits forward.",
        ["suboccipitals", "splenius capitis", "upper trapezius"],
        ["neck", "upper back"],
        [
            "Sit tall on a chair with your feet flat and your shoulders relaxed.",
            "Tuck your chin slightly, then breathe out and bring your chin toward your chest "
            "using the muscles at the front of your neck.",
            "At the end of your range, rest your hands lightly on the back of your head for a "
            "little help.",
            *AIS_STEPS_END_BOTH,
        ],
        [
            "Keep the help from your hands light.",
            "Stop if you feel tingling in your arms or hands.",
        ],
        AIS_BOTH,
    ),
    added(
        "ais-neck-rotation",
        "Neck turn AIS {stretch}",
        "stretch",
        "Keeps your neck turning freely, for checking over your shoulder.",
        ["sternocleidomastoid", "splenius cervicis", "levator scapulae"],
        ["neck"],
        [
            "Sit tall on a chair with your shoulders relaxed and your chin level.",
            "Breathe out and turn your head to look over one shoulder, keeping your chin level.",
            "At the end of your range, add light help with the fingers on your chin.",
            *AIS_STEPS_END,
        ],
        ["Stop if you feel dizzy.", "Keep your shoulders still and facing forward."],
        AIS,
    ),
    added(
        "ais-hip-flexor-standing",
        "Standing hip flexor AIS {stretch}",
        "stretch",
        "Moves the thigh back behind you to lengthen the psoas, with nothing but a chair to hold.",
        ["psoas major", "iliacus", "rectus femoris"],
        ["hip", "low back", "thigh"],
        [
            "Stand tall beside a chair or wall and rest one hand on it.",
            "Draw your navel toward your spine and tuck your tailbone slightly.",
            "Breathe out and move the outside leg straight back by squeezing your buttock, "
            "without arching your low back.",
            *AIS_STEPS_END,
        ],
        ["Keep your body upright; the leg goes only as far back as your back stays still."],
        AIS,
    ),
    added(
        "ais-short-adductors-seated",
        "Seated inner thigh AIS {stretch}",
        "stretch",
        "Frees the short inner thigh muscles that pull the pelvis and limit the hips opening.",
        ["adductor longus", "adductor brevis", "pectineus", "gracilis"],
        ["thigh", "hip", "pelvis"],
        [
            "Sit on the floor, tall, with the soles of your feet together and your knees up.",
            "Breathe out and lower both knees out toward the floor using the muscles of your "
            "outer hips.",
            "At the end of your range, press lightly on your inner thighs with your hands.",
            *AIS_STEPS_END_BOTH,
        ],
        ["Sit on a folded towel if your low back rounds.", GENTLE],
        AIS_BOTH,
    ),
    added(
        "ais-thoracic-extension-chair",
        "Chair upper back AIS {stretch}",
        "stretch",
        "Arches the upper back over the chair back, the opposite of the desk slump.",
        ["pectoralis major", "rectus abdominis", "thoracic extensors"],
        ["mid back", "upper back"],
        [
            "Sit tall on a chair with a back that reaches your shoulder blades, hands behind "
            "your head.",
            "Draw your navel toward your spine so the low back stays still.",
            "Breathe out and lean your upper back back over the top of the chair, lifting your "
            "chest and elbows.",
            *AIS_STEPS_END_BOTH,
        ],
        ["Support your head with your hands throughout.", GENTLE],
        AIS_BOTH,
    ),
    added(
        "ais-hip-flexor-kneeling",
        "Kneeling hip flexor AIS {stretch}",
        "stretch",
        "The active, repeated version of the kneeling hip flexor exercise, for the psoas and "
        "iliacus.",
        ["psoas major", "iliacus", "rectus femoris"],
        ["hip", "thigh", "low back"],
        [
            "Kneel on one knee on a folded towel with the other foot flat in front of you.",
            "Draw your navel toward your spine and squeeze the buttock of the kneeling leg.",
            "Breathe out and shift your hips forward, keeping your body upright, until you feel "
            "the front of the hip open.",
            *AIS_STEPS_END,
        ],
        ["Keep your low back from arching.", "Pad the kneeling knee well."],
        AIS,
    ),
    added(
        "ais-hamstring-seated-chair",
        "Seated hamstring AIS {stretch}",
        "stretch",
        "Lengthens the back of the thigh from a chair, easy to do at work.",
        ["hamstrings", "gastrocnemius"],
        ["thigh", "knee"],
        [
            "Sit tall near the front of a chair, both feet flat.",
            "Breathe out and straighten one knee by tightening the front of your thigh, toes "
            "pulled toward you.",
            *AIS_STEPS_END,
        ],
        ["Keep sitting tall; do not round your back to reach.", GENTLE],
        AIS,
    ),
    # Core that spares the low back
    added(
        "side-lying-leg-lift",
        "Side-lying leg lift",
        "strengthen",
        "Builds the outer hip muscles that keep the pelvis level as you walk.",
        ["gluteus medius", "gluteus minimus"],
        ["hip", "pelvis"],
        [
            "Lie on your side with your head on your lower arm and your legs long and stacked.",
            "Draw your navel gently toward your spine.",
            "Breathe out and lift the top leg a hand-width, heel leading and toes pointing "
            "forward.",
            "Lower it slowly. Do all your lifts, then change sides.",
        ],
        ["Keep your hips stacked; do not roll back.", "Bend the lower knee if you feel wobbly."],
        (2, 10, None, "each", 1, "day"),
    ),
    added(
        "prone-leg-lift",
        "Face-down leg lift",
        "strengthen",
        "Wakes up the buttock muscles that move the thigh back, so the low back does not "
        "do their work.",
        ["gluteus maximus", "hamstrings"],
        ["hip", "pelvis", "low back"],
        [
            "Lie face down with your forehead on your hands and a pillow under your hips.",
            "Draw your navel gently toward your spine.",
            "Breathe out, squeeze one buttock and lift that straight leg a few inches.",
            "Lower it slowly. Alternate legs, or do all your lifts on one side and then the other.",
        ],
        ["Lift only as far as your low back stays quiet.", GENTLE],
        (2, 10, 2, "each", 1, "day"),
    ),
    added(
        "supine-march",
        "Marching lying down",
        "strengthen",
        "Teaches the deep belly muscles to hold the pelvis still while the hip flexors work.",
        ["transversus abdominis", "psoas major", "iliacus"],
        ["abdomen", "low back", "hip"],
        [
            "Lie on your back with your knees bent and your feet flat.",
            "Draw your navel gently toward your spine.",
            "Breathe out and lift one foot until the knee is above the hip, keeping the pelvis "
            "level.",
            "Lower it slowly and lift the other. Keep going, one side then the other.",
        ],
        [
            "If your low back arches or the pelvis rocks, make the lift smaller.",
            "Keep breathing throughout.",
        ],
        (2, 10, None, "each", 1, "day"),
    ),
    added(
        "forearm-plank-on-knees",
        "Forearm plank on your knees",
        "strengthen",
        "A gentle plank that builds the whole core without loading the low back.",
        ["transversus abdominis", "rectus abdominis", "obliques"],
        ["abdomen", "low back", "shoulder"],
        [
            "Kneel on a mat and lower onto your forearms, elbows under your shoulders.",
            "Walk your knees back until your body makes a line from your knees to your head.",
            "Draw your navel toward your spine and breathe slowly while you hold.",
            "Lower your hips to rest.",
        ],
        ["Stop if your low back sags or aches.", "Keep your neck long, looking at the floor."],
        (3, 1, 15, "both", 1, "day"),
        "Build up to 30 seconds.",
    ),
    added(
        "bridge-march",
        "Bridge with a march",
        "strengthen",
        "A harder bridge that asks the buttocks to hold the pelvis level on one leg at a time.",
        ["gluteus maximus", "gluteus medius", "transversus abdominis"],
        ["hip", "pelvis", "low back"],
        [
            "Lie on your back with your knees bent and your feet flat, hip-width apart.",
            "Draw your navel toward your spine and lift your hips into a bridge.",
            "Keeping the hips level, lift one foot a few inches, put it down, and lift the other.",
            "Lower your hips slowly after each set of steps.",
        ],
        ["Go back to the plain bridge if your pelvis drops to one side.", GENTLE],
        (2, 8, None, "both", 1, "day"),
    ),
    added(
        "prone-y-raise",
        "Face-down arm raise",
        "strengthen",
        "Strengthens the muscles between and below the shoulder blades, for an upright back.",
        ["lower trapezius", "middle trapezius", "thoracic extensors"],
        ["upper back", "mid back", "shoulder"],
        [
            "Lie face down with a folded towel under your forehead and your arms overhead in a Y, "
            "thumbs up.",
            "Draw your shoulder blades gently back and down.",
            "Breathe out and lift both arms a few inches off the floor.",
            "Hold for 3 seconds and lower slowly.",
        ],
        ["Keep looking at the floor.", "Lift only as high as you can without shrugging."],
        (2, 10, 3, "both", 1, "day"),
    ),
    added(
        "sit-to-stand",
        "Sit to stand",
        "strengthen",
        "Practises standing up from a chair with the hips and legs doing the work.",
        ["gluteus maximus", "quadriceps", "hamstrings"],
        ["hip", "thigh", "knee"],
        [
            "Sit near the front of a steady chair, feet flat and a little behind your knees.",
            "Draw your navel toward your spine and lean forward from the hips with a long back.",
            "Press through your heels and stand up tall.",
            "Sit back down slowly, reaching your hips back.",
        ],
        ["Use your hands on your thighs if you need help.", GENTLE],
        (2, 8, None, "both", 1, "day"),
    ),
    added(
        "wall-sit-short",
        "Short wall sit",
        "strengthen",
        "Builds the thighs and buttocks while the wall keeps your back supported.",
        ["quadriceps", "gluteus maximus"],
        ["thigh", "knee", "hip"],
        [
            "Stand with your back against a wall, feet a step out and hip-width apart.",
            "Draw your navel toward your spine.",
            "Slide down the wall until your knees are a little bent, no further than is easy.",
            "Hold, breathing slowly, then slide back up.",
        ],
        ["Keep your knees behind your toes.", "Stop if your knees hurt."],
        (3, 1, 20, "both", 1, "day"),
    ),
    added(
        "standing-knee-lift",
        "Standing knee lift",
        "strengthen",
        "Strengthens the psoas in standing, with the core keeping the back still.",
        ["psoas major", "iliacus", "transversus abdominis"],
        ["hip", "abdomen", "low back"],
        [
            "Stand tall beside a chair or wall and rest one hand on it.",
            "Draw your navel toward your spine.",
            "Breathe out and lift the outside knee to hip height without leaning back.",
            "Hold for 3 seconds and lower slowly. Do all your lifts, then change sides.",
        ],
        ["Stay tall; if you lean back, lift the knee less high."],
        (2, 10, 3, "each", 1, "day"),
    ),
    added(
        "supine-hip-flexor-press",
        "Lying hip flexor press",
        "strengthen",
        "Builds the psoas as a steadying muscle, without moving the low back at all.",
        ["psoas major", "iliacus", "transversus abdominis"],
        ["hip", "abdomen", "low back"],
        [
            "Lie on your back with your knees bent and your feet flat.",
            "Lift one knee above your hip and put the hand on that side against the front of "
            "the knee.",
            "Draw your navel toward your spine, then press the knee into your hand while the "
            "hand holds it still.",
            "Hold for 5 seconds, breathing, then relax. Do all of them, then change sides.",
        ],
        ["Press gently, at about half your strength.", "Keep your low back resting on the floor."],
        (2, 8, 5, "each", 1, "day"),
    ),
    added(
        "hands-and-knees-arm-reach",
        "Hands-and-knees arm reach",
        "strengthen",
        "A first step toward reaching an arm and the opposite leg: one arm reaches while the "
        "back stays still.",
        ["multifidus", "transversus abdominis", "lower trapezius"],
        ["low back", "mid back", "shoulder"],
        [
            "Start on your hands and knees, hands under your shoulders, knees under your hips.",
            "Draw your navel gently toward your spine.",
            "Breathe out and reach one arm forward to shoulder height, thumb up.",
            "Hold for 3 seconds, lower it, and reach with the other arm.",
        ],
        ["Keep your back flat, as if a cup rested on it.", "Pad your knees with a towel."],
        (2, 8, 3, "each", 1, "day"),
    ),
    added(
        "hands-and-knees-leg-reach",
        "Hands-and-knees leg reach",
        "strengthen",
        "Trains the buttock and deep back muscles to move the leg while the pelvis stays level.",
        ["gluteus maximus", "multifidus", "transversus abdominis"],
        ["hip", "low back", "pelvis"],
        [
            "Start on your hands and knees, hands under your shoulders, knees under your hips.",
            "Draw your navel gently toward your spine.",
            "Breathe out and slide one leg back, then lift it no higher than your hip.",
            "Hold for 3 seconds, lower it, and change legs.",
        ],
        ["Keep the pelvis level; do not let the low back arch.", "Pad your knees with a towel."],
        (2, 8, 3, "each", 1, "day"),
    ),
    added(
        "floor-lift-hinge",
        "Lifting from the floor",
        "strengthen",
        "A way to pick things up that lets your hips and legs carry the load, not your low back.",
        ["gluteus maximus", "quadriceps", "hamstrings", "transversus abdominis"],
        ["hip", "low back", "thigh"],
        [
            "Stand close to the object with your feet hip-width apart.",
            "Draw your navel toward your spine and bend your hips and knees, keeping a long back.",
            "Hold the object close to your body.",
            "Breathe out and stand up by pressing through your heels, without twisting.",
        ],
        [
            "Practise with something light first.",
            "Turn with your feet, never by twisting your back.",
        ],
        (1, 8, None, "both", 1, "day"),
    ),
    # Mobility
    added(
        "thread-the-needle",
        "Thread the needle",
        "mobility",
        "Turns the upper back gently from your hands and knees.",
        ["thoracic rotators", "rhomboids", "obliques"],
        ["mid back", "upper back", "shoulder"],
        [
            "Start on your hands and knees, hands under your shoulders, knees under your hips.",
            "Breathe out and slide one arm under your body, palm up, letting that shoulder and "
            "the side of your head come down toward the floor.",
            "Breathe in and sweep the same arm up toward the ceiling, following it with your eyes.",
            "Repeat slowly, then change sides.",
        ],
        ["Keep your hips over your knees.", GENTLE],
        (1, 8, None, "each", 1, "day"),
    ),
    added(
        "hands-and-knees-rock-back",
        "Rocking back on hands and knees",
        "mobility",
        "Loosens the hips and low back with a slow rock toward your heels.",
        ["gluteus maximus", "erector spinae", "latissimus dorsi"],
        ["hip", "low back"],
        [
            "Start on your hands and knees with your back flat.",
            "Draw your navel gently toward your spine.",
            "Breathe out and rock your hips back toward your heels as far as your back stays long.",
            "Breathe in and rock forward again.",
        ],
        ["Put a cushion behind your knees if they complain.", GENTLE],
        (1, 10, None, "both", 1, "day"),
    ),
    added(
        "seated-thoracic-rotation",
        "Seated upper back turn",
        "mobility",
        "Keeps the middle of your back turning freely, from a chair.",
        ["obliques", "thoracic rotators"],
        ["mid back", "upper back"],
        [
            "Sit tall near the front of a chair with your feet flat.",
            "Cross your arms over your chest.",
            "Breathe out and turn your upper body to one side, keeping your knees facing forward.",
            "Breathe in as you come back to the middle, then turn the other way.",
        ],
        ["Grow tall before each turn.", GENTLE],
        (1, 10, None, "each", 1, "day"),
    ),
    added(
        "prone-press-up-forearms",
        "Face-down rest on your forearms",
        "mobility",
        "A gentle arch of the low back, often welcome after a lot of sitting.",
        ["erector spinae", "rectus abdominis"],
        ["low back", "abdomen"],
        [
            "Lie face down with your elbows under your shoulders.",
            "Breathe out and press up onto your forearms, letting your belly stay soft on the "
            "floor.",
            "Rest there for a few slow breaths.",
            "Lower back down slowly.",
        ],
        [
            "Stop if the pain moves further down your leg.",
            "Ask your practitioner first if arching your back usually makes the pain worse.",
        ],
        (1, 5, 20, "both", 1, "day"),
    ),
    added(
        "childs-pose-breathing",
        "Resting back on your heels",
        "mobility",
        "A restful position that lets the low back lengthen while you breathe into your back.",
        ["erector spinae", "latissimus dorsi", "diaphragm"],
        ["low back", "mid back", "hip"],
        [
            "Kneel with your knees apart and sit back toward your heels.",
            "Walk your hands forward and rest your forehead on the floor or a cushion.",
            "Breathe in slowly and feel the back of your ribs widen.",
            "Breathe out and let your hips sink a little further.",
        ],
        ["Put a pillow between your heels and buttocks if you cannot sit back.", GENTLE],
        (None, 8, None, "both", 1, "day"),
        "Eight slow breaths.",
    ),
    # Breathing
    added(
        "crocodile-breathing",
        "Face-down belly breathing",
        "mobility",
        "Lying face down shows you whether your breath reaches your belly and lower back.",
        ["diaphragm", "transversus abdominis"],
        ["abdomen", "low back"],
        [
            "Lie face down with your forehead resting on your stacked hands.",
            "Breathe in slowly through your nose and feel your belly press into the floor and your "
            "lower back rise.",
            "Breathe out slowly through your mouth and let everything soften.",
            "Keep going, without hurrying, for the count of breaths.",
        ],
        ["Use a pillow under your hips if lying flat bothers your back."],
        (None, 10, None, "both", 1, "day"),
        "Ten slow breaths.",
    ),
    added(
        "ninety-ninety-wall-breathing",
        "Breathing with your feet on a wall",
        "strengthen",
        "Sets the pelvis and ribs in a good position and trains the deep core as you breathe out.",
        ["diaphragm", "transversus abdominis", "hamstrings"],
        ["abdomen", "low back", "pelvis"],
        [
            "Lie on your back with your feet flat on a wall, hips and knees bent at right angles.",
            "Press your heels lightly into the wall until you feel the backs of your thighs work.",
            "Breathe in through your nose, then breathe out fully through your mouth, letting your "
            "ribs sink down.",
            "Pause, then take the next breath in without losing that position.",
        ],
        ["Keep your low back resting gently on the floor.", "Stop if you feel light-headed."],
        (2, 5, None, "both", 1, "day"),
        "Five slow breaths a set.",
    ),
    added(
        "seated-counted-breathing",
        "Counted breathing in a chair",
        "mobility",
        "A calm, slow breath you can do anywhere, which also lets tight muscles let go.",
        ["diaphragm"],
        ["abdomen"],
        [
            "Sit tall on a chair with your feet flat and one hand on your belly.",
            "Breathe in through your nose for a count of four, feeling your belly move into "
            "your hand.",
            "Pause for a count of four.",
            "Breathe out through softly pursed lips for a count of six, then pause again.",
        ],
        ["Shorten the counts if you feel short of breath."],
        (None, 6, None, "both", 2, "day"),
        "Six rounds, twice a day.",
    ),
    # Posture habits
    added(
        "desk-sitting-reset",
        "Desk sitting reset",
        "mobility",
        "A quick check that brings you from a slump back to sitting tall, many times a day.",
        ["deep neck flexors", "transversus abdominis", "thoracic extensors"],
        ["low back", "upper back", "neck"],
        [
            "Sit back in your chair with your feet flat and your hips a little higher than "
            "your knees.",
            "Rock your pelvis forward and back, then settle in the middle, on your sit bones.",
            "Let the top of your head float up and your chin draw slightly back.",
            "Rest your shoulders down, and take one slow breath into your belly.",
        ],
        ["Sitting tall should feel easy; ease off if you are straining."],
        (None, 1, None, "both", 6, "day"),
        "Whenever you notice a slump; set a reminder each hour.",
    ),
    added(
        "standing-tall-check-wall",
        "Standing tall check at a wall",
        "mobility",
        "Shows you what standing tall feels like: head, shoulders and buttocks stacked.",
        ["deep neck flexors", "transversus abdominis", "lower trapezius"],
        ["neck", "upper back", "low back", "pelvis"],
        [
            "Stand with your heels a few inches from a wall.",
            "Let your buttocks, shoulder blades and the back of your head touch the wall.",
            "Notice the gap behind your low back: about a hand's thickness is comfortable.",
            "Step away from the wall and keep the same feeling for a few breaths.",
        ],
        ["Do not force your head back to the wall; draw the chin back only as far as is easy."],
        (None, 1, 30, "both", 2, "day"),
    ),
    added(
        "hourly-stand-up-break",
        "Stand up every hour",
        "mobility",
        "Long hours of sitting keep the hip flexors short; standing up often undoes it.",
        ["psoas major", "iliacus", "rectus femoris"],
        ["hip", "low back"],
        [
            "Set a reminder to go off once an hour while you sit.",
            "When it sounds, stand up, reach tall and take two slow breaths.",
            "Walk for a minute, or step one foot back and tuck your tailbone for a few breaths.",
            "Sit back down tall, on your sit bones.",
        ],
        ["Use the chair arms to stand if you need them."],
        (None, 1, None, "both", 8, "day"),
        "Once an hour while you sit.",
    ),
    added(
        "side-sleeping-pillow",
        "Side sleeping with a pillow",
        "mobility",
        "A resting position that keeps the pelvis level and eases the low back overnight.",
        ["gluteus medius", "quadratus lumborum"],
        ["hip", "pelvis", "low back"],
        [
            "Lie on your side with your hips and knees bent a little.",
            "Place a pillow between your knees so your top leg rests level with your hip.",
            "Use a pillow under your head that keeps your neck in line with your spine.",
            "Breathe slowly and let your back settle.",
        ],
        ["Change sides during the night if you can."],
        (None, 1, None, "both", 1, "day"),
        "Each night.",
    ),
    added(
        "phone-at-eye-level",
        "Phone at eye level",
        "mobility",
        "Holding your phone up rather than dropping your head spares your neck and upper back.",
        ["deep neck flexors", "upper trapezius", "suboccipitals"],
        ["neck", "upper back"],
        [
            "Notice when your head drops forward to look at your phone.",
            "Bring the phone up toward eye level instead, resting the elbow on your other hand "
            "or on a table.",
            "Draw your chin gently back and let your shoulders rest down.",
            "Take a break to look into the distance every few minutes.",
        ],
        ["Change hands often so one shoulder does not do all the holding."],
        (None, 1, None, "both", 1, "day"),
        "Whenever you use your phone.",
    ),
    added(
        "pelvic-clock",
        "Pelvic clock",
        "mobility",
        "Small circles of the pelvis lying down, to find and ease the low back's stiff spots.",
        ["erector spinae", "transversus abdominis", "obliques"],
        ["pelvis", "low back"],
        [
            "Lie on your back with your knees bent and your feet flat.",
            "Picture a clock on your belly: navel at twelve, pubic bone at six.",
            "Tip your pelvis slowly toward twelve, then three, then six, then nine, and around.",
            "Make five slow circles one way, then five the other way.",
        ],
        ["Keep the circles small and smooth.", GENTLE],
        (1, 5, None, "both", 1, "day"),
    ),
]
