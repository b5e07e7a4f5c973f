"""Values every page's layout reads."""

# The main menu's section of each area; a view name listed here overrides its area's.
SECTIONS = {
    "clients": "clients",
    "care": "clients",
    "care:dashboard": "dashboard",
    "library": "library",
    "series": "series",
    "team": "team",
    "team:settings": "settings",
    "team:audit_log": "audit",
    "care:consent_text": "settings",
    "care:intake_questions": "settings",
    "care:intake_question_edit": "settings",
    "portal": "portal",
    "account": "account",
    "care:calendar_week": "calendar",
    "care:calendar_day": "calendar",
    "care:book_slot": "calendar",
    "care:availability": "calendar",
    "care:feeds": "calendar",
    "privacy": "settings",
}


def section(request):
    """`section`: which entry of the main menu the page belongs to, from its URL's
    namespace, so that renaming a URL cannot silently unmark the menu."""
    match = request.resolver_match
    if match is None:
        return {}
    return {"section": SECTIONS.get(match.view_name) or SECTIONS.get(match.namespace)}
