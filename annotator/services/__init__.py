"""Services: the one API the command line and the UI share; one transaction per user action."""
