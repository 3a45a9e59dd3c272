"""Annotator: a desktop workbench for source criticism."""

__version__ = "0.1.0"
