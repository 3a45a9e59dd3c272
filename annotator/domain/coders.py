"""Coders: the people who annotate a project, and how they are told apart."""

from __future__ import annotations

from dataclasses import dataclass

# A coder's mark in the reader's margin, in the order new coders get them (Tableau 10: distinct for most
# colour-vision deficiencies at a bar's width); the first is the one migration 0010 gives the local coder.
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)


@dataclass(frozen=True, slots=True)
class Coder:
    """Someone who annotates: ``login`` is who they are to the database (the OS user of a project file, the
    database user on a server), ``name`` how they want to be shown ('' shows the login)."""

    id: int
    uuid: str
    login: str
    name: str
    color: str

    @property
    def shown(self) -> str:
        return self.name or self.login

    def matches(self, what: str) -> bool:
        """Whether ``what`` names this coder: the login or the display name, any case."""
        key = what.strip().casefold()
        return key in (self.login.casefold(), self.name.casefold())


def next_color(taken: list[str] | tuple[str, ...]) -> str:
    """The first palette colour no coder has yet (after ten, they repeat in order)."""
    for color in PALETTE:
        if color not in taken:
            return color
    return PALETTE[len(taken) % len(PALETTE)]
