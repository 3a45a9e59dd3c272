"""Captures of a made-up local-history site, copied out of a browser as text: several pages of one site
share their chrome (a menu, a members' appeal, a share dialog, a comment form, a column of other stories,
a footer) whose lines read like prose, so that a page read alone keeps some of them. All text is invented
for the tests."""

from __future__ import annotations

# The site's chrome, as every page prints it. Lines marked "prose-shaped" read as sentences.
HEAD = [
    "Harbour Gazette",
    "Towns and villages",
    "Trades and crafts",
    "Floods",
    "Letters",
    "Old maps",
    "Photographs",
    "Events",
    "Search the archive",
    "Notes from the estuary towns, written by our readers since 1998.",  # prose-shaped motto
]
APPEAL = [
    "Enjoyed this piece? Our members keep the archive open for every reader, and a small gift each month "
    "pays "
    "for the next one.",  # prose-shaped
    "Send this story to a friend and tell them in a line why it matters to you.",  # prose-shaped share dialog
    "Your address stays with us and is never shown beside your note below.",  # prose-shaped comment form
]
FOOTER = [
    # prose-shaped
    "Letters to the editor are read every Friday evening by the volunteers of the reading room.",
    "The Gazette is kept by volunteers in Saltmouth, Brinley and Orford Quay.",  # prose-shaped
    "Write to the reading room",
]
TEASERS = {
    "ferry": "How the chain ferry crossed the river for ninety years",
    "rope": "The last rope walk of Brinley and the women who ran it",
    "flood": "The night the sea wall gave way in March 1911",
    "fair": "What the hiring fair of Orford Quay paid a farmhand",
}
HEADING = "What the records say"  # a section heading every article of the site uses

ARTICLES = {
    "ferry": (
        "How the chain ferry crossed the river for ninety years",
        "By Agnes Merrow",
        "Published 4 May 2021",
        [
            "The chain ferry at Saltmouth began work in the spring of 1836, hauled across the river on two "
            "iron "
            "chains laid along the bed, and it carried carts, cattle and passengers until the new bridge "
            "opened.",
            "Its keepers lived in a cottage on the north bank and rang a bell when the tide was too strong, "
            "which the older inhabitants still remembered as the sound of a wasted afternoon.",
            HEADING,
            "The toll books kept at the county office list every crossing of a cart between 1851 and 1903, "
            "with the name of the carter, the load and the penny or twopence paid at the slipway.",
            "They show the ferry busiest in the weeks of the harvest, when the farms of the south bank sent "
            "their grain to the mills of Saltmouth, and almost idle in the wet months after Christmas.",
        ],
    ),
    "rope": (
        "The last rope walk of Brinley and the women who ran it",
        "By Thomas Eade",
        "Published 18 June 2021",
        [
            "Brinley had four rope walks in 1850 and only one by 1900, a long low shed behind the chapel "
            "where "
            "hemp was spun into cord by walking backwards for a quarter of a mile each time.",
            "After the death of the owner in 1887 his two daughters ran the walk themselves, and the parish "
            "clerk noted with some surprise that the orders from the shipyards did not fall.",
            HEADING,
            "The daughters' ledger survives in the reading room, with every coil of rope sold to the yards "
            "of "
            "Orford Quay, its length in fathoms and the price agreed at the door of the shed.",
            "It ends in 1911, the year the shed was let to a coal merchant, with a note in a careful hand "
            "that "
            "the last coil went to the lifeboat station and was not paid for.",
        ],
    ),
    "flood": (
        "The night the sea wall gave way in March 1911",
        "By Agnes Merrow",
        "Published 2 July 2021",
        [
            "On the night of the ninth of March 1911 a spring tide and a north-easterly gale broke the sea "
            "wall "
            "below Orford Quay, and the water stood four feet deep in the lower streets by midnight.",
            "Nobody drowned, which the vicar put down to providence and the harbour master to the fishermen, "
            "who rowed from door to door taking the old and the sick to the chapel on the hill.",
            HEADING,
            "The relief committee's minute book records two hundred and twelve households helped with coal, "
            "bread and blankets, and a sum of forty pounds raised by a concert in the corn exchange.",
            "It also records a quarrel over whether the wall should be rebuilt by the parish or the county, "
            "which was settled only after a second, smaller flood in the autumn of the following year.",
        ],
    ),
    "fair": (
        "What the hiring fair of Orford Quay paid a farmhand",
        "By Thomas Eade",
        "Published 9 August 2021",
        [
            "Every Michaelmas the farmhands of the district stood in the square of Orford Quay with a "
            "token of "
            "their trade in their hats, a tuft of wool for a shepherd and a whip cord for a carter.",
            "A year's hiring was sealed with a shilling, and the wages agreed at the fair were remembered "
            "long "
            "after by those who had been hired as boys of twelve or thirteen.",
        ],
    ),
}


def page(name: str, teasers: tuple[str, ...] | None = None) -> str:
    """The capture of the article ``name`` as a browser copies it: the site's head, the article, the appeal,
    a column of other stories (``teasers``, by default the three other articles) and the footer."""
    title, byline, date, paragraphs = ARTICLES[name]
    shown = teasers if teasers is not None else tuple(k for k in TEASERS if k != name)[:3]
    lines = [
        *HEAD,
        "",
        title,
        byline,
        date,
        "",
        *(p + "\n" for p in paragraphs),
        *APPEAL,
        "",
        "More from the archive",
        *(TEASERS[k] for k in shown),
        "",
        *FOOTER,
    ]
    return "\n".join(lines) + "\n"


OTHER_SITE = """Fenland Chapel Records
Registers
Trustees
Visits

The building fund of the Wisbeach chapel in 1844

The trustees opened a subscription for the new chapel in the winter of 1843 and had raised most of the money
by the following Easter from the farmers of the parish and the shopkeepers of the market place.

Their account book lists every subscriber with the sum promised and the sum paid, and the difference between
the two columns is the best record we have of a bad harvest in that district.

"""
OTHER_SITE += (
    APPEAL[0] + "\nChapel records are copied by hand from the registers kept at the county office.\n"
)
