"""Figures: every number in running text that counts or measures something, with what it counts and when.

One pass of one regular expression finds the numbers ("700,000", "3.5 million", "three million", "two-thirds",
"tens of thousands", «3 млн»); each is then read in its context: joined into a range with the number after
it ("5–7 million", "from 5 to 30 million", "between 1.5 and 2 million", "five or six"), or into a part of a
whole ("13 of 15 generals") or a ratio ("1 in 40 churches", "one deputy for every 25,000 electors"); given
its approximation word, its unit, what it counts (the noun phrase after it, or the event its verb names:
"700,000 were executed" counts executions) and the period of its sentence (or the previous one's).

Not figures: years standing alone and spans of years, dates' days, note calls and reference marks (the
structure's marks, and calls glued to punctuation), citations' page numbers, list and article numbers,
durations and ages ("ten years", "ages 9-14"), compound adjectives ("Five-Year Plan", "15-story"), and
small numbers written in words without a magnitude or unit ("one of", "two sons").

Numbers written in words are read by number-parser (English and Russian cardinals, inflected Russian
included); fractions and vague magnitudes by the tables here.

The rules live in modules by kind: ``words`` (shared vocabulary), ``russian``, ``values`` (numbers, their
values and units), ``verbs`` and ``nouns`` (what is counted, as phrases), ``periods``, ``events`` (named
events and wars), ``carried`` and ``period_for`` (a figure's period), ``subjects``, ``counted_cues``,
``complement`` (what a figure standing as its clause's complement measures: the clause's subject) and
``counted`` (what is counted), ``inherit`` (figures read together), ``tables`` (plain-text tables: a header
row of years over the columns, rows run together after their year, "|" rows without a header rule),
``reading`` (one number in its context) and ``detector`` (the record's assembly and ``find_figures``).
"""

from annotator.domain.figures.numbers.detector import find_figures

__all__ = ["find_figures"]
