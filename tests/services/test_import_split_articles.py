"""Importing a capture that holds several articles: the import proposes their starts, and with
``split_articles`` makes one source per article, each with its title, in the import's one transaction."""

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from tests.helpers.web_captures import hub_page, render

CLEAN_SPLIT = ImportOptions(clean_web=True, split_articles=True)


def test_a_hub_capture_is_reported_as_a_web_capture_with_two_articles(project: Project) -> None:
    data = render(hub_page()).text.encode()
    report = project.sources.import_bytes("hub.txt", data)
    assert report.web_capture_detected and not report.clean_web and report.removed_lines == ()
    text = project.sources.text(report.source_id)
    assert [(a["title"], text[a["start"] :].split("\n")[0]) for a in report.articles] == [
        ("Stalinism (Wikipedia)", "from Wikipedia"),
        ("Stalinism (Grokipedia)", "from Grokipedia"),
    ]
    assert report.split_into == () and len(project.sources.list()) == 1


def test_split_articles_makes_one_source_per_article_with_its_title(project: Project) -> None:
    data = render(hub_page()).text.encode()
    metadata = {"authors": ["Encyclohub editors"]}
    report = project.sources.import_bytes("hub.txt", data, metadata, options=CLEAN_SPLIT)
    assert len(report.split_into) == 2 and report.source_id == report.split_into[0]
    first, second = (project.sources.get(i) for i in report.split_into)
    assert first.metadata.title == "Stalinism (Wikipedia)"
    assert second.metadata.title == "Stalinism (Grokipedia)"
    assert first.metadata.authors == second.metadata.authors == ("Encyclohub editors",)
    one, two = (project.sources.text(i) for i in report.split_into)
    assert "Stalinism is the means of governing" in one and "Stalinism refers to" not in one
    assert two.startswith("Stalinism\n\nOverview\n\nStalinism refers to")
    assert "Related Hubs" not in two and "[edit]" not in one + two  # cleaned before the split
    assert project.sources.original_bytes(second.id) == data
    assert {"text": "from Grokipedia", "reason": "source label"} in report.removed_lines
    assert [s.id for s in project.sources.list()] == list(report.split_into)
    stored = project.sources.version_info(second.id).report
    assert stored["split_from"] and stored["articles"] == [dict(a) for a in report.articles]


def test_without_clean_up_the_page_head_stays_with_the_first_article(project: Project) -> None:
    data = render(hub_page()).text.encode()
    report = project.sources.import_bytes("hub.txt", data, options=ImportOptions(split_articles=True))
    one, two = (project.sources.text(i) for i in report.split_into)
    assert one.startswith("Encyclohub\nSearch\n") and "\nfrom Wikipedia\nStalinism\n" in one
    assert two.startswith("from Grokipedia\nStalinism\n") and two.rstrip().endswith("Accept")


def test_a_saved_html_hub_page_is_split_too(project: Project) -> None:
    report = project.sources.import_bytes("hub.html", hub_page().encode(), options=CLEAN_SPLIT)
    titles = [project.sources.get(i).metadata.title for i in report.split_into]
    # The "from X" labels trafilatura drops are put back above each article, so a saved page is named as
    # its copied text is.
    assert titles == ["Stalinism (Wikipedia)", "Stalinism (Grokipedia)"]


def test_nothing_is_split_where_one_article_is_found_or_for_a_new_version(project: Project) -> None:
    article = (
        "Stalinism\n\nStalinism is the name historians give to the order of government under Stalin.\n\n"
        "The first five-year plan set targets for coal, iron and steel that were raised again and again.\n"
    )
    single = project.sources.import_bytes("one.txt", article.encode(), options=CLEAN_SPLIT)
    assert single.articles == () and single.split_into == ()
    hub = render(hub_page()).text.encode()
    again = project.sources.import_bytes("hub.txt", hub, options=CLEAN_SPLIT, new_version_of=single.source_id)
    assert again.split_into == () and len(again.articles) == 2
    assert len(project.sources.list()) == 2
