"""Alembic environment and migration scripts (installed as ``annotator.migrations``).

Make a new revision with ``python -m annotator.storage.migrate revision "what changed"``.
"""
