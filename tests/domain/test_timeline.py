"""Dated statements of several sources lined up (annotator.domain.timeline): the same event told by
several sources, and the events whose sources give dates that do not overlap."""

from __future__ import annotations

import random

from annotator.domain.timeline import Dated, _disagree, _overlap, align, event_words


def test_the_same_event_in_other_words_is_one_event_and_different_dates_disagree() -> None:
    told = [
        Dated(1, "1934-12-01", "1934-12-01", "Sergei Kirov was assassinated in Leningrad"),
        Dated(2, "1935-12-01", "1935-12-01", "Sergei Kirov was assassinated and the arrests began at once"),
        Dated(3, "1934-12-01", "1934-12-31", "Kirov was assassinated by Leonid Nikolaev"),
        Dated(1, "1932-01-01", "1933-12-31", "The famine"),
        Dated(2, "1932-01-01", "1933-12-31", "about 3.5 million people died in the famine"),
        Dated(2, "1932-01-01", "1932-12-31", "The harvest"),
    ]
    events = align(told)
    assert [e.members for e in events] == [(0, 1, 2), (3, 4)]
    assert [e.disagree for e in events] == [True, False]


def test_one_deed_of_one_day_in_other_words_is_one_event() -> None:
    told = [
        Dated(2, "1934-12-01", "1934-12-01",
              "then Sergei Kirov, a close associate of Stalin and a chief party official in Leningrad, was "
              "assassinated"),
        Dated(3, "1934-12-01", "1934-12-01", "The terror is counted to begin at the murder of Kirov"),
        Dated(3, "1934-01-01", "1934-12-31", "Stalin spoke to the party congress about Kirov's plans"),
    ]  # fmt: skip
    assert [e.members for e in align(told)] == [(0, 1)]


def test_one_source_alone_is_no_event_and_its_own_dates_never_disagree() -> None:
    told = [
        Dated(1, "1937-01-01", "1938-12-31", "the Great Terror"),
        Dated(1, "1936-01-01", "1936-12-31", "the Great Terror began"),
    ]
    assert align(told) == []


def test_words_that_say_nothing_are_left_out() -> None:
    assert event_words("the arrests began at once") == {"arrest"}
    assert event_words("Kirov was assassinated") == {"kirov", "kill"}
    assert event_words("the assassination of Kirov") == event_words("Kirov was murdered") == {"kirov", "kill"}


def test_disagreement_is_what_a_check_of_every_pair_finds() -> None:
    rng = random.Random(17)
    for _ in range(2000):
        told = []
        for _ in range(rng.randint(2, 6)):
            start = rng.randint(1930, 1940)
            end = start + rng.randint(0, 2)
            told.append(Dated(rng.randint(1, 3), f"{start}-01-01", f"{end}-12-31", "x"))
        every_pair = any(
            a.source_id != b.source_id and not _overlap(a, b)
            for n, a in enumerate(told)
            for b in told[n + 1 :]
        )
        assert _disagree(told) == every_pair, told


def test_many_copies_of_one_text_are_aligned_at_once() -> None:
    # 500 sources telling the same 100 events (one text imported 500 times): compared once per kind.
    names = ["".join(chr(97 + int(d)) for d in f"{e:03}") + "ville" for e in range(100)]
    told = [Dated(s, f"{1900 + e}-01-01", f"{1900 + e}-12-31", f"the siege of {names[e]} ended")
            for s in range(500) for e in range(100)]  # fmt: skip
    events = align(told)
    assert len(events) == 100 and all(len(e.members) == 500 and not e.disagree for e in events)


def test_events_before_our_era_overlap_by_their_years_not_their_text() -> None:
    # The 5th century BC holds 490 BC: "-0499" > "-0489" as text, so a lexical comparison missed it
    century, year = Dated(1, "-0499-01-01", "-0400-12-31", ""), Dated(2, "-0489-01-01", "-0489-12-31", "")
    assert _overlap(century, year)
    told = [
        Dated(1, "-0489-09-01", "-0489-09-30", "the Athenians defeated the Persians at Marathon"),
        Dated(2, "-0489-01-01", "-0489-12-31", "at Marathon, where the Athenians defeated the Persians"),
        Dated(3, "-0479-01-01", "-0479-12-31", "the Persians were defeated at Marathon by the Athenians"),
        Dated(1, "-0026-01-01", "0014-12-31", "Augustus ruled the empire alone"),
        Dated(2, "0014-01-01", "0014-12-31", "Augustus ruled alone until he died"),
    ]
    events = align(told)
    assert [e.members for e in events] == [(0, 1, 2), (3, 4)]
    # Marathon in 480 BC (source 3) disagrees with 490 BC; AD 14 lies within 27 BC – AD 14
    assert [e.disagree for e in events] == [True, False]
