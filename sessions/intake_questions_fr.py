"""The French of the red-flag screen (sessions/intake_questions.py), keyed by sign code."""

SIGNS_FR = {
    "saddle_numbness": "Avez-vous un engourdissement, des picotements ou moins de sensations "
    "entre les jambes : autour des fesses, des organes génitaux ou de l'intérieur des cuisses?",
    "bladder": "Avez-vous depuis peu de la difficulté à commencer à uriner ou à vous retenir, "
    "ou ne sentez-vous plus l'urine passer?",
    "bowel": "Avez-vous depuis peu perdu le contrôle de vos selles, ou la sensation de leur "
    "passage?",
    "sexual": "Avez-vous remarqué une nouvelle perte de sensation ou de nouveaux problèmes "
    "pendant les relations sexuelles?",
    "both_legs": "Avez-vous une douleur qui descend dans les deux jambes, ou une faiblesse ou "
    "un engourdissement des deux jambes qui s'aggrave?",
    "walking": "Votre façon de marcher a-t-elle changé, ou vos jambes vous semblent-elles "
    "instables?",
    "cancer": "Avez-vous déjà eu un cancer?",
    "weight_loss": "Avez-vous perdu du poids récemment sans le vouloir?",
    "fever": "Avez-vous fait de la fièvre ou vous êtes-vous senti mal en général, en même "
    "temps que le mal de dos?",
    "constant_pain": "La douleur est-elle présente tout le temps, sans diminuer quand vous vous "
    "reposez ou vous couchez, ou vous réveille-t-elle la nuit?",
    "injury": "La douleur a-t-elle commencé après une mauvaise chute ou un accident, ou après "
    "une petite chute si vous avez les os fragiles (ostéoporose)?",
    "steroids": "Avez-vous pris des corticostéroïdes en comprimés ou en injections pendant "
    "longtemps?",
    "immune": "Votre système immunitaire est-il affaibli, par une maladie ou par un médicament "
    "que vous prenez?",
    "injected_drugs": "Vous êtes-vous déjà injecté des drogues?",
    "age_onset": "Ce mal de dos a-t-il commencé avant vos 20 ans, ou après vos 50 ans?",
    "thoracic": "La douleur se trouve-t-elle dans le haut ou le milieu du dos, entre les "
    "omoplates?",
}

GROUP_TITLES_FR = {
    "cauda_equina": "Nerfs, vessie et intestins",
    "serious": "Votre santé en général",
}

ANSWERS_FR = {"yes": "Oui", "no": "Non", "unsure": "Je ne sais pas"}
