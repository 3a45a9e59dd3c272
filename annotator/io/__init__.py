"""Reading and writing files: importers turn files into sources; exporters (later) write excerpts."""
