"""Storage: SQLAlchemy models, the project file (engine, pragmas, migrations, backups) and repositories."""
