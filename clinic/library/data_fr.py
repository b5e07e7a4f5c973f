"""The French of the shared exercise library (clinic/library/data.py), keyed by slug.

Each entry has ``name``, ``summary``, ``steps`` and ``cautions`` (in the order of the
English) and ``dose_notes``. As in English, only a name may hold the word for stretches, as
the placeholder ``{stretch}`` (French names start with it, so it is capitalised there);
no other text says "étirement" or "étirer", so the text holds whatever the clinic's wording.
"""

EXERCISES_FR = {}
