"""Exporters: one module per format, behind one small interface; they write to a binary stream."""
