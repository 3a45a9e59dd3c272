"""Data files shipped with the app (installed as ``annotator.resources``)."""
