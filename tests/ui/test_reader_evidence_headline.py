"""What a proposal's tooltip and the Evidence panel call it: a speaker the text only describes is said to be
unnamed, with the words that describe them, not 'the text names nobody'."""

from __future__ import annotations

from annotator.services.project import Project
from annotator.ui.widgets.reader_evidence import headline

TEXT = (
    "The brigades came in the spring of 1930 and took the seed grain from every yard.\n\n"
    "A brigade member later recalled, “We took everything, even the children’s bread.”\n\n"
    "Khrushchev later wrote, “Nobody could have believed it at the time.”\n\n"
    "Nobody wrote it down; the village said only “it was the year of the great hunger” and went quiet.\n"
)


def test_a_described_speaker_is_named_as_described(project: Project) -> None:
    source = project.sources.import_bytes("village.txt", TEXT.encode()).source_id
    quotations = {i.text: i for i in project.evidence.items(source, ["quotation"])}
    described = next(i for t, i in quotations.items() if t.startswith("“We took"))
    named = next(i for t, i in quotations.items() if t.startswith("“Nobody could"))

    assert headline(described) == "Quotation by someone unnamed (“A brigade member”)"
    assert headline(named) == "Quotation by Khrushchev"
