"""Importers: one module per format, registered by extension; they never touch the database."""
