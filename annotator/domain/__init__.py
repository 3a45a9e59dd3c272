"""Domain core: plain dataclasses and rules, with no Qt, no SQLAlchemy and no I/O."""
