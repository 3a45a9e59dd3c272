import pytest

from annotator.domain.errors import Duplicate, InvalidInput, NotFound, TagInUse
from annotator.services.project import Project

DEFAULT_SLUGS = {
    "bias": [
        "ideological",
        "nationalist",
        "loaded-language",
        "selective-evidence",
        "apologetic",
        "polemical",
        "hindsight",
        "single-source",
        "propaganda",
    ],
    "provenance": [
        "eyewitness",
        "official-document",
        "archival",
        "statistical-source",
        "cited-scholarship",
        "quotation",
        "hearsay",
        "author-analysis",
        "unattributed",
    ],
    "claim-type": [
        "factual",
        "statistical",
        "causal",
        "interpretive",
        "evaluative",
        "historiographical",
        "counterfactual",
        "definitional",
    ],
}


@pytest.mark.both_engines
def test_new_project_has_the_default_taxonomy(project: Project) -> None:
    taxonomy = project.taxonomy.taxonomy()
    assert [f.slug for f in taxonomy.facets] == list(DEFAULT_SLUGS)
    for facet in taxonomy.facets:
        assert [t.slug for _, t in taxonomy.walk(facet.id)] == DEFAULT_SLUGS[facet.slug]
    assert all(t.description and t.color.startswith("#") and t.shortcut for t in taxonomy.tags)
    assert len({t.shortcut for t in taxonomy.tags}) == len(taxonomy.tags)


def test_add_tag_gets_slug_from_name_and_facet_colour(project: Project) -> None:
    tag = project.taxonomy.add_tag("bias", "Soviet Triumphalism", description="victory narrative")
    taxonomy = project.taxonomy.taxonomy()
    assert taxonomy.path(tag) == "bias/soviet-triumphalism"
    assert tag.color == taxonomy.facet("bias").color
    child = project.taxonomy.add_tag("bias", "Euphemism", parent="loaded-language", color="#a50")
    assert (child.parent_id, child.color) == (taxonomy.resolve("bias/loaded-language").id, "#AA5500")
    with pytest.raises(Duplicate):
        project.taxonomy.add_tag("bias", "soviet triumphalism")
    with pytest.raises(Duplicate, match="shortcut"):
        project.taxonomy.add_tag("bias", "Other", shortcut="B, 1")
    with pytest.raises(NotFound):
        project.taxonomy.add_tag("mood", "Gloomy")


def test_update_tag_keeps_slug_unless_asked(project: Project) -> None:
    tag = project.taxonomy.update_tag("bias/polemical", name="Polemic", color="#123456", description="d")
    assert (tag.slug, tag.name, tag.color) == ("polemical", "Polemic", "#123456")
    tag = project.taxonomy.update_tag("bias/polemical", slug="polemic")
    assert project.taxonomy.taxonomy().resolve("bias/polemic").id == tag.id


@pytest.mark.both_engines
def test_move_reorders_reparents_and_refuses_cycles(project: Project) -> None:
    project.taxonomy.move_tag("bias/propaganda", index=0)
    taxonomy = project.taxonomy.taxonomy()
    assert [t.slug for _, t in taxonomy.walk(taxonomy.facet("bias").id)][:2] == ["propaganda", "ideological"]
    project.taxonomy.move_tag("bias/nationalist", parent="bias/ideological")
    taxonomy = project.taxonomy.taxonomy()
    assert (
        taxonomy.resolve("bias/ideological/nationalist").parent_id == taxonomy.resolve("bias/ideological").id
    )
    with pytest.raises(InvalidInput, match="inside itself"):
        project.taxonomy.move_tag("bias/ideological", parent="bias/nationalist")
    moved = project.taxonomy.move_tag("bias/ideological", facet="claim-type")
    taxonomy = project.taxonomy.taxonomy()
    assert taxonomy.path(moved) == "claim-type/ideological"
    assert (
        taxonomy.path(taxonomy.tag_by_id(taxonomy.resolve("claim-type/nationalist").id))
        == "claim-type/nationalist"
    )


@pytest.mark.both_engines
def test_deleting_a_tag_in_use_needs_a_choice(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "Some words of a source.")).source_id
    a = project.annotations.create(source, 0, 4, ["bias/polemical", "bias/loaded-language"])
    b = project.annotations.create(source, 5, 10, ["bias/polemical"])
    with pytest.raises(TagInUse, match="2 annotation"):
        project.taxonomy.delete_tag("bias/polemical")
    assert [t.path for t in project.annotations.get(b.id).tags] == ["bias/polemical"]

    project.taxonomy.delete_tag("bias/polemical", in_use="merge", merge_into="bias/loaded-language")
    assert [t.path for t in project.annotations.get(a.id).tags] == ["bias/loaded-language"]
    assert [t.path for t in project.annotations.get(b.id).tags] == ["bias/loaded-language"]

    project.taxonomy.delete_tag("bias/loaded-language", in_use="remove")
    assert project.annotations.get(a.id).tags == ()
    with pytest.raises(NotFound):
        project.taxonomy.taxonomy().resolve("bias/loaded-language")


def test_deleting_a_parent_moves_children_up(project: Project) -> None:
    project.taxonomy.add_tag("bias", "Euphemism", parent="loaded-language")
    project.taxonomy.delete_tag("bias/loaded-language")
    assert project.taxonomy.taxonomy().resolve("bias/euphemism").parent_id is None


def test_facets(project: Project) -> None:
    facet = project.taxonomy.add_facet("Audience", color="#336699", description="Who the text addresses")
    assert facet.slug == "audience"
    project.taxonomy.add_tag("audience", "Party members")
    with pytest.raises(InvalidInput, match="still has tags"):
        project.taxonomy.delete_facet("audience")
    project.taxonomy.update_facet("audience", name="Intended audience")
    project.taxonomy.delete_tag("audience/party-members")
    project.taxonomy.delete_facet("audience")
    assert [f.slug for f in project.taxonomy.taxonomy().facets] == ["bias", "provenance", "claim-type"]


def test_usage_counts(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "Some words of a source.")).source_id
    project.annotations.create(source, 0, 4, ["bias/polemical"])
    tag_id = project.taxonomy.taxonomy().resolve("bias/polemical").id
    assert project.taxonomy.usage() == {tag_id: 1}


@pytest.mark.both_engines
def test_delete_and_restore_tag_exactly(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("a.txt", "Some words of a source.")).source_id
    a = project.annotations.create(source, 0, 4, ["bias/polemical", "bias/loaded-language"])
    b = project.annotations.create(source, 5, 10, ["bias/polemical"])
    child = project.taxonomy.add_tag("bias", "Invective", parent="polemical")
    before = project.taxonomy.taxonomy()
    deleted = project.taxonomy.delete_tag("bias/polemical", in_use="merge", merge_into="bias/loaded-language")
    assert deleted.gained_merge_tag == (b.id,)
    assert project.taxonomy.taxonomy().tag_by_id(child.id).parent_id is None
    project.taxonomy.restore_tag(deleted)
    assert project.taxonomy.taxonomy() == before
    assert [t.path for t in project.annotations.get(a.id).tags] == ["bias/loaded-language", "bias/polemical"]
    assert [t.path for t in project.annotations.get(b.id).tags] == ["bias/polemical"]


@pytest.mark.both_engines
def test_delete_and_restore_facet(project: Project) -> None:
    facet = project.taxonomy.add_facet("Audience")
    deleted = project.taxonomy.delete_facet("audience")
    assert project.taxonomy.restore_facet(deleted) == facet
