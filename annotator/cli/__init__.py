"""Command line: ``annotator SUBCOMMAND``; a thin shell over the services."""
