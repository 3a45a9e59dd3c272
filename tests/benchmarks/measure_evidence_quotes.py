"""Measure the quotation and speaker detectors (issue 16): recall of real quotations, scare quotes told
apart, the right speaker, and the time on 850,000 characters.

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_quotes.py [CORPUS_DIR]

CORPUS_DIR (default ../shared/corpus) holds the texts labelled in CORPUS_LABELS below, by hand, quotation
by quotation; the texts of tests/benchmarks/evidence_quotes_heldout.py were written after the rules. A
label is (the first characters of the quotation from its opening mark, or of a block quotation from its first
word; "real", "scare" or "block"; the speaker, alternatives separated by "|", None where the text names
nobody). Only outermost quotations are labelled and counted. Labelling decisions: a title between marks
is "scare" (nobody's words in the sentence); a fragment inside reported speech ("screamed that they were
“mad dogs”") is real, a single word between marks is a label; a quotation followed by an author–page
citation is the cited author's; quotations never closed in the text (a typo) are not labelled.

A speaker is right when it names the labelled one (any alternative: its last word is a word of the name
found, so "Gudkov" accepts "Lev Gudkov" but "One of them" does not accept "One"), or when both are None.
A speaker the text only describes ("A brigade member", "one of them") is left unattributed by the
detector, its description kept in ``details["described"]``: that description is compared with the label.
Not a test: nothing here asserts.

How far to trust the numbers: the held-out batches were written one after another, each measured once as
written and then (batches 1-8, 10) used to correct the rules, so their present numbers are no longer
held-out. Their first runs were (real recall / scare quotes told apart / right speaker): 2: 0.89/0.90/0.89,
3: 0.77/0.75/0.23, 4: 0.94/1.00/0.88, 5: 0.86/0.89/0.36, 6: 0.93/0.94/0.67, 7: 0.68/0.70/0.26,
8: 0.67/0.72/0.33, 9: 1.00/0.95/0.93, 10: 0.82/0.84/0.59, 11: 0.93/0.94/0.80, 12: 0.80/0.84/0.60.
Batches 9-12 (mostly corpus-like pages, written after most rules existed) give the estimate for unseen
text: 0.89 / 0.89 / 0.72 — below the issue's targets (0.95 / 0.95 / 0.90); fiction dialogue, court
judgments and wire copy did worst at first sight.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
from annotator.domain.evidence import Evidence, Form
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute
from tests.benchmarks.evidence_quotes_heldout import (
    HELD_OUT,
    HELD_OUT_EIGHTH,
    HELD_OUT_ELEVENTH,
    HELD_OUT_FIFTH,
    HELD_OUT_FOURTH,
    HELD_OUT_NINTH,
    HELD_OUT_SECOND,
    HELD_OUT_SEVENTH,
    HELD_OUT_SIXTH,
    HELD_OUT_TENTH,
    HELD_OUT_THIRD,
    HELD_OUT_TWELFTH,
)

# In the order they were written: each batch was measured once as written, then used to correct the rules.
BATCHES = (HELD_OUT, HELD_OUT_SECOND, HELD_OUT_THIRD, HELD_OUT_FOURTH, HELD_OUT_FIFTH, HELD_OUT_SIXTH,
           HELD_OUT_SEVENTH, HELD_OUT_EIGHTH, HELD_OUT_NINTH, HELD_OUT_TENTH,
           HELD_OUT_ELEVENTH, HELD_OUT_TWELFTH)

try:
    from annotator.domain.evidence.citations import find_citations
except ImportError:  # the citation detector is written alongside; the speakers read brackets without it
    find_citations = None  # type: ignore[assignment]

Label = tuple[str, str, str | None]

CORPUS_LABELS: dict[str, list[Label]] = {
    "ussr-nep-to-terror-revision-notes.txt": [
        ('"The enormous central', "real", "Sakwa"),
        ("‘Chinese option’", "scare", None),
        ('"insisted that during', "real", "Sakwa"),
        ("‘scissors’", "scare", None),
        ('"The tensions generated', "real", "Sakwa"),
        ("‘scissors’", "scare", None),
        ('"The first five-year', "real", "Sakwa"),
        ('"for many Soviet citizens', "real", "Brzezhinski"),
        ("‘socialist achievements’", "scare", None),
        ('"Thousands of other', "real", "Service"),
        ("‘team’", "scare", None),
        ("‘battering ram’", "scare", None),
        ("‘his’", "scare", None),
        ('"Trotsky offended', "real", "Brzezhinski"),
        ('"Bukharin argued', "real", "McAuley"),
        ('"The alternatives were', "real", "Ponton"),
        ('"Investment for heavy', "real", "McAuley"),
        ('"The state was to accumulate', "real", "Sakwa"),
        ('"Consumption was reduced', "real", "Sakwa"),
        ('"never before had such', "real", "Brzezhinski"),
        ('"The price of the Stalinist', "real", "Sakwa"),
        # Its citation comes a sentence later "(Sakwa, 46; McAuley, 42)": the text does not say whose.
        ('"Unofficial statistics', "real", None),
        ('"Rather than any', "real", "Sakwa"),
        ('"There was a fundamental', "real", "Sakwa"),
        ("‘Kulaks’", "scare", None),
        ('"It involved great', "real", "Ponton"),
        ('"In the 1930s the idea', "real", "Sakwa"),
        ('"In most societies', "real", "McAuley"),
        ('"the roots of the', "real", "Brzezhinski"),
        ('"He seemed to represent', "real", "Sakwa"),
        ('"He [Stalin] it was who', "real", "Service"),
        ('"It is hard to imagine', "real", "Service"),
        ('"Stalin’s terror was', "real", "Service"),
        ("‘nationalised masses’", "scare", None),
        ('"though a personal tyrant', "real", "Brzezhinski"),
        ('"to build an efficient', "real", "Service"),
        ('"distorted modernisation"', "real", "Sakwa"),
        ('"He [Stalin] aimed', "real", "Ponton"),
    ],
    "stalinism-complete-negation-of-socialism.txt": [
        ("“Glorious Harbinger", "scare", None),
        ("“The Tragic Fate", "scare", None),
        ("“grain strike,”", "scare", None),
        ("“liquidated as a class.”", "scare", None),
        ("“dekulakization”", "scare", None),
        ("“expropriate”", "scare", None),
        ("“It was terrible", "real", "A brigade member"),
        ("“Kulaks”", "scare", None),
        ("“Dizzy with Success.”", "scare", None),
        ("“abuses”", "scare", None),
        ("“excesses”", "scare", None),
        ("“socially dangerous elements.”", "scare", None),
        ("“socialism in one country”", "scare", None),
        ("“To slacken", "real", "Stalin"),
        ("“shock”", "scare", None),
        ("“Motherhood Medal”", "scare", None),
        ("“Motherhood Glory Medal”", "scare", None),
        ("“Heroine Mother.”", "scare", None),
        ("“strengthen the family,”", "scare", None),
        ("“family values,”", "scare", None),
        ("“corrective labor camps,”", "scare", None),
        ("“sabotage,”", "scare", None),
        ("“socialism in one country”", "scare", None),
        ("“purged”", "scare", None),
        ("“Trotskyism”", "scare", None),
        ("“Trotskyists,”", "scare", None),
        ("“the Sixteen”", "scare", None),
        ("“mad dogs”", "real", "Andrei Vyshinsky"),
        ("“We were bandits", "real", "One of them|accused"),
        ("“Shoot the mad dogs!”", "real", "Soviet newspapers"),
        ("“with enthusiasm”", "real", "Soviet newspapers"),
        ("“Trotskyist-Zinovievist monsters”", "real", "Soviet newspapers"),
        ("“sought to darken", "real", "Soviet newspapers"),
        ("“little ones", "real", "One story|Soviet papers|reports"),
        ("“profound revolution", "real", "Stalin"),
        ("“lead”", "scare", None),
        ("“non-party”", "scare", None),
        ("“socialism.”", "scare", None),
        ("“I have seen the future", "real", "Lincoln Steffens"),
        ("“worked.”", "scare", None),
        ("“Speech to Industrial Managers,”", "scare", None),
        ("“less messy”", "scare", None),
        ("“socialism from below.”", "scare", None),
        ("“authoritarian”", "scare", None),
    ],
    "key-features-of-stalinism-essay-excerpt.txt": [
        ('"Victims of the Soviet', "scare", None),
        ('"Collectivization."', "scare", None),
        ('"On the Cult of Personality', "scare", None),
        ('"The Origins of Soviet', "scare", None),
    ],
}


def gold_positions(text: str, labels: list[Label]) -> list[tuple[int, str, str | None]]:
    """Where each labelled quotation starts, found in order."""
    found, at = [], 0
    for prefix, kind, speaker in labels:
        index = text.find(prefix, at)
        if index < 0:
            raise SystemExit(f"label not found: {prefix!r}")
        found.append((index, kind, speaker))
        at = index + 1
    return found


def same_speaker(gold: str | None, found: str | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    got = found.lower().replace("the ", "").split()
    for option in gold.lower().split("|"):
        words = option.replace("the ", "").split()
        if words[-1] in got:  # "Gudkov" for "Lev Gudkov", "Central Committee" for "the Central Committee"
            return True
    return False


def detect(text: str) -> list[Evidence]:
    citations = find_citations(text) if find_citations else []
    return attribute(text, find_quotations(text), citations)


class Tally:
    def __init__(self) -> None:
        self.real = self.real_found = self.scare = self.scare_found = 0
        self.told_apart = self.labelled_found = self.speaker_right = self.extra = 0
        self.block = self.block_found = self.form_right = 0

    def add(self, other: Tally) -> None:
        for key, value in vars(other).items():
            setattr(self, key, getattr(self, key) + value)

    def line(self, name: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"

        return (
            f"{name:22} real recall {ratio(self.real_found, self.real):16} "
            f"block recall {ratio(self.block_found, self.block):12} "
            f"scare told apart {ratio(self.told_apart, self.labelled_found):16} "
            f"speaker {ratio(self.speaker_right, self.real):16} unlabelled found {self.extra}"
        )


def measure(name: str, text: str, labels: list[Label], verbose: bool = True) -> Tally:
    tally = Tally()
    found = {e.start: e for e in detect(text) if e.details.get("depth", "0") == "0"}
    gold = gold_positions(text, labels)
    wanted = {start for start, _, _ in gold}
    for start, kind, speaker in gold:
        e = found.get(start)
        real = kind != "scare"
        tally.real += real
        tally.scare += not real
        tally.block += kind == "block"
        snippet = repr(text[start : start + 50])
        if e is None:
            if verbose:
                print(f"   missed {kind:5}: {snippet}")
            continue
        tally.labelled_found += 1
        tally.told_apart += e.scare == (not real)
        tally.form_right += (e.form == Form.BLOCK) == (kind == "block")
        if real and not e.scare:
            tally.real_found += 1
            tally.block_found += kind == "block" and e.form == Form.BLOCK
        if not real and e.scare:
            tally.scare_found += 1
        if e.scare != (not real) and verbose:
            print(f"   {'real taken for scare' if real else 'scare taken for real'}: {snippet}")
        if real:
            # A speaker the text only describes ("A brigade member") is no person but still the reading
            got = (e.speaker.name if e.speaker else e.details.get("described")) if not e.scare else None
            if same_speaker(speaker, got) and not e.scare:
                tally.speaker_right += 1
            elif verbose:
                how = e.details.get("speaker_evidence", "")
                print(f"   speaker {got!r} [{how}] for {speaker!r}: {snippet}")
    for start, e in sorted(found.items()):
        if start not in wanted:
            tally.extra += 1
            if verbose:
                what = f"{'scare' if e.scare else 'real'} {e.form.value}"
                print(f"   unlabelled {what}: {text[start : start + 50]!r}")
    print(tally.line(name))
    return tally


def speed(text: str) -> None:
    book = (text * (850_000 // len(text) + 1))[:850_000]
    start = time.perf_counter()
    quotations = find_quotations(book)
    middle = time.perf_counter()
    citations = find_citations(book) if find_citations else []
    cited = time.perf_counter()
    attribute(book, quotations, citations)
    end = time.perf_counter()
    print(
        f"850,000 characters: {len(quotations)} quotations in {middle - start:.2f} s, "
        f"citations {cited - middle:.2f} s, speakers {end - cited:.2f} s; "
        f"quotations + speakers {end - cited + middle - start:.2f} s"
    )


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[3] / "shared" / "corpus")
    total = Tally()
    texts = []
    for name, labels in CORPUS_LABELS.items():
        path = corpus / name
        if not path.exists():
            print(f"{name}: not found in {corpus}, skipped")
            continue
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        total.add(measure(name[:22], text, labels))
    tallies = []
    for batch in BATCHES:
        tally = Tally()
        for name, (text, labels) in batch.items():
            tally.add(measure(name, text, labels))
            texts.append(text)
        tallies.append(tally)
    print()
    print(total.line("corpus"))
    for number, tally in enumerate(tallies, 1):
        print(tally.line(f"held out {number}"))
    both = Tally()
    for part in (total, *tallies):
        both.add(part)
    print(both.line("all"))
    speed("\n\n".join(texts))


if __name__ == "__main__":
    main()
