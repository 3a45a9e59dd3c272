"""`annotator import` of web captures: the report says a capture was detected, what clean-up removed and
which articles it holds; --split-articles imports one source per article."""

from tests.helpers.web_captures import hub_page, render


def test_a_capture_is_detected_and_its_articles_proposed_without_changing_anything(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("hub.txt", render(hub_page()).text)
    result = cli("import", path, "--json")
    assert result.code == 0
    (record,) = result.json()
    assert record["web_capture_detected"] is True and record["clean_web"] is False
    assert record["removed_lines"] == [] and record["split_into"] == []
    assert [a["title"] for a in record["articles"]] == ["Stalinism (Wikipedia)", "Stalinism (Grokipedia)"]
    assert all(isinstance(a["start"], int) for a in record["articles"])
    plain = cli("import", write_file("hub2.txt", render(hub_page()).text + "\n"))
    assert "this looks like a saved web page: --clean-web removes its page furniture" in plain.out
    assert "2 articles found (“Stalinism (Wikipedia)”; “Stalinism (Grokipedia)”)" in plain.out


def test_clean_web_lists_each_removed_line_with_its_reason(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    (record,) = cli("import", write_file("hub.txt", render(hub_page()).text), "--clean-web", "--json").json()
    removed = record["removed_lines"]
    assert record["furniture_removed"] == len(removed) == 35
    assert removed[:3] == [
        {"text": "Encyclohub", "reason": "logo"},
        {"text": "Search", "reason": "page furniture"},
        {"text": "StalinismStalinismMain", "reason": "navigation links"},
    ]
    assert sum(1 for r in removed if r["text"] == "[edit]") == 12  # 10 sections, 2 reference lists


def test_split_articles_imports_one_source_per_article(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("hub.txt", render(hub_page()).text)
    result = cli("import", path, "--clean-web", "--split-articles")
    assert result.code == 0
    assert "split into 2 sources, one per article" in result.out
    listed = cli("sources", "--json").json()
    assert [s["title"] for s in listed] == ["Stalinism (Wikipedia)", "Stalinism (Grokipedia)"]
