"""Migration scripts, oldest first. Keep them additive: every older project must still open."""
