"""Inter-coder agreement on character units, checked against figures worked out by hand from the
coincidence matrix and against the ``krippendorff`` package given the per-character data directly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import krippendorff
import numpy as np
import pytest

from annotator.domain import agreement as units
from annotator.domain.errors import InvalidInput, NotFound
from annotator.services.project import Project

TEXT = "abcdefghij"  # ten characters, ten units


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[Project]:
    """Coder ann tags X on [0, 4); coder ben tags X on [2, 6) and Y on [8, 10) (facet 'tone' = {X, Y})."""
    project = Project.open(tmp_path / "p.annotator")
    project.taxonomy.add_facet("Tone")
    project.taxonomy.add_tag("tone", "X")
    project.taxonomy.add_tag("tone", "Y")
    source = project.sources.import_bytes("s.txt", TEXT.encode(), {"title": "S"}).source_id
    project.coders.act_as("ann")
    project.annotations.create(source, 0, 4, ["tone/x"])
    project.annotations.create(source, 5, 7, ["bias/loaded-language"])  # another facet: not compared
    project.coders.act_as("ben")
    project.annotations.create(source, 2, 6, ["tone/x"])
    project.annotations.create(source, 8, 10, ["tone/y"])
    yield project
    project.close()


def test_per_tag_alpha_and_kappa_match_the_hand_computed_figures(coded: Project) -> None:
    # Tag X, units 0..9: ann 1111000000, ben 0011110000.
    # Coincidences (two coders, m_u = 2): o11 = 2·2 = 4, o00 = 4·2 = 8, o10 = o01 = 2 + 2 = 4;
    # n1 = 8, n0 = 12, n = 20. alpha = 1 - (n - 1)·(o10 + o01) / (2·n1·n0) = 1 - 19·8/192 = 5/24.
    # kappa: p_o = 6/10; p_e = .4·.4 + .6·.6 = .52; (0.6 - 0.52) / 0.48 = 1/6.
    report = coded.agreement.compute(["ann", "ben"], facets=["tone"])
    with coded:
        by_tag = {f.tag: f for f in report.figures}
    x = by_tag["tone/x"]
    assert x.alpha == pytest.approx(5 / 24)
    assert x.kappa == pytest.approx(1 / 6)
    assert (x.units, x.coders, x.facet) == (10, ("ann", "ben"), "tone")


def test_per_facet_alpha_and_kappa_match_the_hand_computed_figures(coded: Project) -> None:
    # Facet tone, values none/X/Y: ann X X X X - - - - - -, ben - - X X X X - - Y Y.
    # Units: (X,-)×2, (X,X)×2, (-,X)×2, (-,-)×2, (-,Y)×2. o_XX = 4, o_-- = 4, o_X- = o_-X = 4,
    # o_-Y = o_Y- = 2; n_X = 8, n_- = 10, n_Y = 2, n = 20; sum of n_c·n_k over c != k = 400 - 168 = 232.
    # alpha = 1 - 19·12/232 = 1/58. kappa: p_o = 0.4, p_e = .4·.4 + .6·.4 + 0·.2 = .4: (0.4 - 0.4)/0.6 = 0.
    report = coded.agreement.compute(["ann", "ben"], facets=["tone"])
    with coded:
        facet = next(f for f in report.figures if f.tag is None)
    assert facet.alpha == pytest.approx(1 / 58)
    assert facet.kappa == pytest.approx(0.0)
    assert facet.label == "Tone"


def test_the_figures_equal_the_krippendorff_package_on_raw_characters(coded: Project) -> None:
    report = coded.agreement.compute(["ann", "ben"], facets=["tone"])
    with coded:
        by_tag = {f.tag: f for f in report.figures}
    x = [[1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [0, 0, 1, 1, 1, 1, 0, 0, 0, 0]]
    y = [[0] * 10, [0] * 8 + [1, 1]]
    facet = [[1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [0, 0, 1, 1, 1, 1, 0, 0, 2, 2]]
    for data, got in ((x, by_tag["tone/x"]), (y, by_tag["tone/y"]), (facet, by_tag[None])):
        reference = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        assert got.alpha == pytest.approx(reference)


def test_three_coders_against_the_package_and_no_kappa(coded: Project) -> None:
    coded.coders.act_as("cy")
    source = coded.sources.list()[0].id
    coded.annotations.create(source, 1, 5, ["tone/x", "tone/y"])  # both tags: a category of its own
    report = coded.agreement.compute(["ann", "ben", "cy"], facets=["tone"])
    with coded:
        by_tag = {f.tag: f for f in report.figures}
    assert all(f.kappa is None for f in report.figures)
    facet = [
        [1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
        [0, 0, 1, 1, 1, 1, 0, 0, 2, 2],
        [0, 3, 3, 3, 3, 0, 0, 0, 0, 0],
    ]
    reference = krippendorff.alpha(reliability_data=facet, level_of_measurement="nominal")
    assert by_tag[None].alpha == pytest.approx(reference)


def test_disagreements_are_listed_side_by_side(coded: Project) -> None:
    report = coded.agreement.compute(["ann", "ben"], facets=["tone"])
    with coded:
        listed = [(d.start, d.end, d.text, d.tags) for d in report.disagreements]
    assert listed == [(0, 2, "ab", (("X",), ())), (4, 6, "ef", ((), ("X",))), (8, 10, "ij", ((), ("Y",)))]
    assert report.disagreements[0].record(report.coders)["coders"] == {"ann": ["X"], "ben": []}


def test_only_sources_every_coder_annotated_by_default(coded: Project) -> None:
    other = coded.sources.import_bytes("t.txt", b"only ben read this one", {"title": "T"}).source_id
    coded.annotations.create(other, 0, 4, ["tone/x"])  # ben, still acting
    report = coded.agreement.compute(["ann", "ben"], facets=["tone"])
    chosen = coded.agreement.compute(["ann", "ben"], sources=[other], facets=["tone"])
    with coded:
        assert other not in report.source_ids and chosen.source_ids == (other,)
        assert next(f for f in chosen.figures if f.tag == "tone/x").units == len("only ben read this one")


def test_bad_choices_are_refused_with_a_message(coded: Project) -> None:
    with coded:
        with pytest.raises(InvalidInput, match="two different coders"):
            coded.agreement.compute(["ann", "ANN"])
        with pytest.raises(NotFound, match="no coder 'zoe'"):
            coded.agreement.compute(["ann", "zoe"])
        with pytest.raises(InvalidInput, match="no source with id 99"):
            coded.agreement.compute(["ann", "ben"], sources=[99])


def test_runs_weigh_like_characters() -> None:
    spans = [units.CodedSpan(1, 0, 4, frozenset({7})), units.CodedSpan(2, 2, 6, frozenset({7}))]
    runs = units.segments(5, 10, [1, 2], spans, [7])
    assert [(r.start, r.end) for r in runs] == [(0, 2), (2, 4), (4, 6), (6, 10)]
    table = units.unit_table(runs, lambda v: 7 in v)
    assert table.units == 10
    expanded = np.repeat(
        np.array([row for _, row in table.value_counts()]), [w for w, _ in table.value_counts()], axis=0
    )
    assert expanded.shape == (10, 2)
    assert units.cohen_kappa(table) == pytest.approx(1 / 6)


def test_alpha_and_kappa_equal_the_references_on_random_tables() -> None:
    """200 random codings (2-4 coders, 2-5 categories, runs of 1-9 characters) against the package's alpha on
    the characters spelled out, and kappa against its definition computed per character."""
    rng = np.random.default_rng(21)
    for _ in range(200):
        coders, categories = int(rng.integers(2, 5)), int(rng.integers(2, 6))
        rows = [
            (int(rng.integers(1, 10)), tuple(int(v) for v in rng.integers(0, categories, coders)))
            for _ in range(12)
        ]
        table = units.UnitTable(tuple(range(categories)), tuple(rows))
        spelled = np.array([values for weight, values in rows for _ in range(weight)]).T
        if len(np.unique(spelled)) < 2:
            assert units.nominal_alpha(table) is None
            continue
        reference = krippendorff.alpha(reliability_data=spelled, level_of_measurement="nominal")
        assert units.nominal_alpha(table) == pytest.approx(reference, abs=1e-9)
        if coders == 2:
            a, b = spelled
            p_o = float(np.mean(a == b))
            p_e = sum(float(np.mean(a == c)) * float(np.mean(b == c)) for c in range(categories))
            expected = None if p_e >= 1 else (p_o - p_e) / (1 - p_e)
            assert units.cohen_kappa(table) == pytest.approx(expected, abs=1e-9)
