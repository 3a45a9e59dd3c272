"""Figures of several sources grouped: one key for what is counted (stemmed, synonyms made one), one kind of
unit, overlapping periods; the spread; groups apart for other things or other periods."""

from __future__ import annotations

from annotator.domain.figures import Figure
from annotator.domain.figures.grouping import counted_key, group_figures


def fig(
    value: float | None,
    counted: str,
    period: tuple[int, int] | None,
    unit: str = "people",
    *,
    low: float | None = None,
    high: float | None = None,
    kind: str = "count",
) -> Figure:
    start, end = period if period else (None, None)
    return Figure(0, 1, value, low, high, "", unit, counted, "", start, end, kind)


def test_synonyms_and_plurals_share_a_key() -> None:
    deaths = {
        counted_key(c)
        for c in (
            "famine deaths",
            "people who died of starvation",
            "victims of the famine",
            "famine fatalities",
            "those who perished in the famine",
        )
    }
    assert deaths == {"death famine"}
    inmates = {
        counted_key(c)
        for c in ("Gulag inmates", "prisoners in the camps", "camp population", "the Gulag's prisoners")
    }
    assert inmates == {"gulag inmate"}
    assert counted_key("officially recorded executions") == counted_key("executions") == "execution"
    assert counted_key("the Gulag") == ""  # a qualifier alone counts nothing


def test_groups_across_sources_by_key_and_overlapping_periods_with_the_spread() -> None:
    figures = [
        fig(None, "famine deaths", (1932, 1933), low=5e6, high=7e6, kind="range"),  # source A
        fig(3.5e6, "victims of the famine", (1932, 1933)),  # source B
        fig(6e6, "people who died of starvation", (1933, 1933)),  # source C
        fig(3e6, "Gulag inmates", (1937, 1939)),
        fig(14e6, "prisoners in the camps", (1929, 1953)),
        fig(2e6, "famine deaths", (1946, 1947)),  # another famine: another group
        fig(20, "famine deaths", (1932, 1933), unit="per cent"),  # a share, not heads
        fig(None, "famine deaths", (1932, 1933), low=2e6, high=9_999_999, kind="vague"),
    ]
    groups = group_figures(figures, smallest=2)
    assert [(g.key, g.members, g.period_start, g.period_end) for g in groups] == [
        ("death famine", [0, 1, 2, 7], 1932, 1933),
        ("gulag inmate", [3, 4], 1929, 1953),
    ]
    famine, gulag = groups
    assert famine.spread(figures) == 2.0  # 7 million ÷ 3.5 million; "millions" does not count
    assert gulag.spread(figures) == round(14 / 3, 2)
    assert [g.members for g in group_figures(figures)][-2:] == [[5], [6]]


def test_unqualified_deaths_join_the_one_qualified_group_of_their_period() -> None:
    figures = [
        fig(6e6, "famine deaths", (1932, 1933)),
        fig(6e6, "dead", (1932, 1933)),
        fig(7e5, "terror deaths", (1937, 1938)),
        fig(1e6, "deaths", (1937, 1938)),
    ]
    assert [g.members for g in group_figures(figures, smallest=2)] == [[0, 1], [2, 3]]


def test_figures_without_a_period_join_the_first_group_of_their_key() -> None:
    figures = [fig(6e6, "famine deaths", (1932, 1933)), fig(3.5e6, "famine deaths", None)]
    assert [g.members for g in group_figures(figures, smallest=2)] == [[0, 1]]
    assert group_figures([fig(1, "", (1932, 1932)), fig(1, "", (1932, 1932))]) == []
