"""Scale data for `manage.py seed_scale` and the benchmark: its tables and its seeder."""
