"""Whether a text is hard-wrapped: broken into lines at a width, each paragraph over many lines.

E-texts and PDF extractions break every line; texts written one paragraph to a line (reflowed imports,
Word and web pages) do not. The import step that joins the lines (``io/importers/reflow.py``) and the
exports that show a quote as it reads (``excerpts.flowed``) decide it by this one test, on the file's
lines or on the stored text's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

MIN_LINES = 8  # fewer non-blank lines than this never count as hard-wrapped
MIN_WIDTH, MAX_WIDTH = 40, 160  # wrap widths seen in e-texts and PDF extractions

# The end of a sentence: . ! ? … (or a colon), then closing quotes or brackets, then perhaps a note call
# glued on ("flourish.54", "quantities”.56").
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*\d{0,3}$|[\"'”’»)\]][.!?…]?\d{1,3}$")


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip()[-8:]))


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text is hard-wrapped at, or None when it does not look hard-wrapped.

    Hard-wrapped: enough lines, most of them within 70–115 % of a width between 40 and 160 characters,
    few far longer, many lines running straight into the next, and many of those going on mid-sentence
    (no sentence end, the next line in lower case) and about one length, which sets wrapped prose apart
    from verse, from lists and tables, and from text written one paragraph to a line.
    """
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < MIN_LINES:
        return None
    runs = [(a, b) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    if len(runs) < 0.3 * len(lengths):
        return None
    ordered = sorted(lengths)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    if not MIN_WIDTH <= p90 <= MAX_WIDTH:
        return None
    near = sum(1 for n in lengths if 0.7 * p90 <= n <= 1.15 * p90)
    over = sum(1 for n in lengths if n > 1.25 * p90)
    lower = sum(1 for a, b in runs if b.lstrip()[:1].islower() and not ends_sentence(a))
    if near < 0.5 * len(lengths) or over > 0.05 * len(lengths) or lower < 0.25 * len(runs):
        return None
    # The lines that run on mid-sentence are about one length (±15 % in a proportional font), where
    # lines of verse or of a list that happen to start in lower case have all lengths.
    running = sorted(len(a.rstrip()) for a, b in runs if b.lstrip()[:1].islower() and not ends_sentence(a))
    middle = running[len(running) // 2]
    if sum(1 for n in running if 0.85 * middle <= n <= 1.15 * middle) < 0.7 * len(running):
        return None
    return max(n for n in lengths if n <= 1.25 * p90)


def hard_wrapped(text: str) -> bool:
    """Whether the line breaks of ``text`` (a stored text) are a width's rather than paragraph ends.

    Hard-wrapped by ``wrap_width``'s test, or, where that cannot tell (a short letter, a width under 40
    characters), when at least a quarter of the breaks between two lines of text fall mid-sentence (no
    sentence end before, lower case after): a text written a paragraph to a line has next to none.
    """
    lines = text.split("\n")
    if wrap_width(lines) is not None:
        return True
    runs = [(a, b) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    within = sum(1 for a, b in runs if b.lstrip()[:1].islower() and not ends_sentence(a))
    return within > 0 and within >= 0.25 * len(runs)
