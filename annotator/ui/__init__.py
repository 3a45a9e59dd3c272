"""Qt user interface: calls the services, never the storage."""
