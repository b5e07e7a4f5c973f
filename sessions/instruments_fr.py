"""The French of the built-in measures (sessions/instruments.py), keyed by the measure's key.
Only the words change: item ids, answer values and scoring stay those of the English."""

from copy import deepcopy

BUILTINS_FR = {
    "nprs": {
        "name": "Cote de douleur (0 à 10)",
        "plain_name": "cote de douleur",
        "intro": "0 veut dire aucune douleur, 10 la pire douleur que vous puissiez imaginer.",
        "items": {
            "worst": "Votre douleur la plus forte au cours de la dernière semaine",
            "least": "Votre douleur la plus faible au cours de la dernière semaine",
            "usual": "Votre douleur habituelle au cours de la dernière semaine",
        },
    },
    "psfs": {
        "name": "Échelle fonctionnelle (vos propres activités)",
        "plain_name": "cote des activités quotidiennes",
        "intro": "Nommez de trois à cinq choses que le problème vous rend difficiles, et cotez "
        "chacune de 0 (vous ne pouvez pas le faire) à 10 (vous le faites aussi bien qu'avant). "
        "La prochaine fois, les mêmes activités reviendront pour être cotées de nouveau.",
        "items": {},
    },
    "groc": {
        "name": "Changement global depuis le début",
        "plain_name": "changement global",
        "intro": "",
        "items": {"change": "Depuis le début de cette série, comment les choses ont-elles changé?"},
        "choices": {
            7: "Énormément mieux",
            6: "Beaucoup mieux",
            5: "Nettement mieux",
            4: "Modérément mieux",
            3: "Assez mieux",
            2: "Un peu mieux",
            1: "Très légèrement mieux",
            0: "À peu près pareil",
            -1: "Très légèrement pire",
            -2: "Un peu pire",
            -3: "Assez pire",
            -4: "Modérément pire",
            -5: "Nettement pire",
            -6: "Beaucoup pire",
            -7: "Énormément pire",
        },
    },
}


def french_of(spec):
    """The French name, client name, introduction and items of built-in `spec`, or None."""
    french = BUILTINS_FR.get(spec["key"])
    if french is None:
        return None
    items = deepcopy(spec["items"])
    for item in items:
        item["text"] = french["items"][item["id"]]
        for choice in item.get("choices", []):
            choice["label"] = french["choices"][choice["value"]]
    return {
        "name": french["name"],
        "plain_name": french["plain_name"],
        "intro": french["intro"],
        "items": items,
    }
