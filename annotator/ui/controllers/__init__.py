"""Feature controllers the main window composes: each owns its widgets, actions and behaviour.

A controller is handed the window as a ``Host`` (controllers/host.py), never imports it: the window
imports the controllers, not the other way round, and each panel still to come adds a controller.
"""
