import tomllib
from importlib.resources import files

import pytest

from annotator.domain.color_vision import (
    MACHADO_2009,
    VISIONS,
    closest_pair,
    delta_e_2000,
    difference,
    simulate,
)
from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.model import Facet, Tag
from annotator.domain.taxonomy import Taxonomy, check_color, slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Loaded language", "loaded-language"),
        ("  Selective evidence / omission ", "selective-evidence-omission"),
        ("Author's own analysis", "author-s-own-analysis"),
        ("Émigré memoir", "emigre-memoir"),
        ("Пропаганда", "пропаганда"),
        ("snake_case Name", "snake-case-name"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_refuses_names_without_letters() -> None:
    with pytest.raises(InvalidInput):
        slugify(" / ! ")


def test_colors() -> None:
    assert check_color("#abc") == "#AABBCC"
    assert check_color("#12ab9F") == "#12AB9F"
    with pytest.raises(InvalidInput):
        check_color("red")


def _taxonomy() -> Taxonomy:
    bias = Facet(1, "f1", "bias", "Bias", "", "#C0392B", 0)
    claim = Facet(2, "f2", "claim-type", "Claim type", "", "#7D3C98", 1)
    tags = (
        Tag(1, "t1", 1, None, "polemical", "Polemical", "", "#AD1457", "", 1),
        Tag(2, "t2", 1, None, "loaded-language", "Loaded language", "", "#E67E22", "", 0),
        Tag(3, "t3", 1, 2, "euphemism", "Euphemism", "", "#E67E22", "", 0),
        Tag(4, "t4", 2, None, "factual", "Factual", "", "#27AE60", "", 0),
    )
    return Taxonomy((bias, claim), tags)


def test_resolve_short_and_full_paths_case_insensitively() -> None:
    taxonomy = _taxonomy()
    assert taxonomy.resolve("bias/polemical").id == 1
    assert taxonomy.resolve("BIAS/Euphemism").id == 3
    assert taxonomy.resolve("bias/loaded-language/euphemism").id == 3
    assert taxonomy.path(taxonomy.tag_by_id(3)) == "bias/euphemism"


@pytest.mark.parametrize("path", ["bias", "nope/factual", "bias/factual", "bias/polemical/euphemism"])
def test_resolve_refuses_unknown_paths(path: str) -> None:
    with pytest.raises(NotFound):
        _taxonomy().resolve(path)


def test_walk_is_depth_first_in_position_order() -> None:
    walked = [(depth, tag.slug) for depth, tag in _taxonomy().walk(1)]
    assert walked == [(0, "loaded-language"), (1, "euphemism"), (0, "polemical")]


# --- The default palette: tags told apart, also by colour-blind readers -----------------------------------

# Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: pairs 1, 7, 17, 25, 34.
CIEDE2000_PAIRS = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]
PAPER = "#FCFBF7"  # the reader's background
FILL_ALPHA = 70 / 255  # the reader's highlight (BACKGROUND_ALPHA); tests/ui/test_tag_colours.py checks pixels


@pytest.mark.parametrize(("lab1", "lab2", "expected"), CIEDE2000_PAIRS)
def test_ciede2000_matches_the_published_test_data(lab1, lab2, expected) -> None:  # type: ignore[no-untyped-def]
    assert delta_e_2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e_2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_dichromat_simulation_keeps_greys_and_merges_red_with_green() -> None:
    for vision in MACHADO_2009:
        assert simulate((1.0, 1.0, 1.0), vision) == pytest.approx((1.0, 1.0, 1.0), abs=2e-3)
        assert simulate((0.5, 0.5, 0.5), vision) == pytest.approx((0.5, 0.5, 0.5), abs=2e-3)
    assert difference("#D62728", "#2CA02C") > 60  # red and green, far apart...
    assert difference("#D62728", "#2CA02C", "deuteranopia") < 25  # ...much less so for a deuteranope


def _default_facets() -> dict[str, list[str]]:
    with files("annotator.resources").joinpath("taxonomy.toml").open("rb") as f:
        spec = tomllib.load(f)
    return {facet["slug"]: [tag["color"] for tag in facet["tag"]] for facet in spec["facet"]}


@pytest.mark.parametrize("vision", VISIONS)
def test_default_tags_of_one_facet_are_told_apart(vision: str) -> None:
    """As underlines and chips (the colour itself) and as highlights in the text (over the paper)."""
    for facet, colors in _default_facets().items():
        distance, first, second = closest_pair(colors, vision)
        assert distance >= 12, (facet, vision, first, second)
        distance, first, second = closest_pair(colors, vision, FILL_ALPHA, PAPER)
        assert distance >= 3.5, (facet, vision, "highlight", first, second)


def test_default_tags_of_different_facets_are_told_apart() -> None:
    facets = list(_default_facets().values())
    for i, colors in enumerate(facets):
        for other in facets[i + 1 :]:
            assert min(difference(a, b) for a in colors for b in other) >= 6
