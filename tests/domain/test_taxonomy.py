import pytest

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
