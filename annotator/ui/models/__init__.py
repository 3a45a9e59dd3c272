"""Qt item models: thin adapters over domain records from the services."""
