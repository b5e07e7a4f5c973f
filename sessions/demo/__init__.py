"""Demo data for `manage.py seed_demo`: its tables, the code that writes them, its home programs."""
