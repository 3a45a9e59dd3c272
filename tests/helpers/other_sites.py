"""Captures of several made-up local-history sites, copied out of a browser as text: a lone capture of one
site (no other page of it held), and pages of other sites that print the same interface line in the same
words. All text is invented for the tests."""

from __future__ import annotations

PARAGRAPHS = [
    "The mill leat at Corbridge was cut in 1742 by the tenants of the manor, who were bound by their leases "
    "to scour it every spring and to keep its banks free of willow.",
    "Its water turned two wheels, one for corn and one for fulling cloth, and the miller's accounts show the "
    "fulling wheel idle for whole seasons after the weavers moved to the town.",
    "By 1820 the leat was silting badly, and the vestry minutes record a long dispute over who should pay "
    "for the dredging, the miller or the parish.",
    "The dispute ended when the corn wheel burnt down in 1831, and the leat was left to fill with reeds "
    "until the railway company bought the land.",
]
OTHER_PARAGRAPHS = [
    "The toll house stood at the end of the causeway from 1788, and its keeper took a penny for a horse and "
    "a halfpenny for a person on foot, except on Sundays when churchgoers passed free.",
    "Its ledgers, kept in a neat hand by three generations of one family, record the droves of cattle "
    "driven to the autumn fair and the carriers' carts that crossed every week.",
]
PASS_ON = "Pass this page to a neighbour"  # an interface line other sites print in the same words
TITLE = "The mill leat and its keepers"
BYLINE = "By Ruth Asher"
HOST = "corbridge-lanes.example.org"


CAPTION = "Photograph: the corn wheel in 1829"
FOOTER = "© 2021 Corbridge Lanes group"  # furniture by its own shape: what an interface line stands beside


def lone_page(inside: str = PASS_ON, after: str = PASS_ON) -> str:
    """A capture of a site the project holds no other page of: a menu, the article (``inside`` and a
    photograph's caption between its paragraphs), then ``after`` and the group's own lines."""
    lines = ["Corbridge Lanes", "", "Mills", "Roads", "Schools", "", TITLE, BYLINE, ""]
    lines += [
        *PARAGRAPHS[:2],
        inside,
        CAPTION,
        *PARAGRAPHS[2:],
        "",
        after,
        FOOTER,
    ]
    lines.append("")
    return "\n".join(lines)


def other_page(name: str) -> str:
    """A page of another site whose own rules find its furniture: a menu and a share bar around its article,
    each with the interface line ``PASS_ON``."""
    lines = [f"{name} Notes", "", "Home", "About", "Contact", PASS_ON, "Search", ""]
    lines += [f"A history of the {name} toll house", "", *OTHER_PARAGRAPHS, ""]
    lines += ["Share this on Facebook", PASS_ON, "Share this on Twitter", f"© 2020 {name} Notes", ""]
    return "\n".join(lines)
