"""Full-text search (Whoosh); the index is a derived cache the services keep in step."""
