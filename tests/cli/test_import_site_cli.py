"""`annotator import a.txt b.txt c.txt --clean-web`: captures of one site imported together are cleaned with
each other, and the JSON report lists each line the site repeats with its reason."""

from tests.helpers.site_pages import APPEAL, ARTICLES, page


def test_captures_imported_together_lose_what_their_site_repeats(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    paths = [write_file(f"{name}.txt", page(name)) for name in ("ferry", "rope", "flood")]
    result = cli("import", *paths, "--clean-web", "--json")
    assert result.code == 0
    for record in result.json():
        reasons = {r["text"]: r["reason"] for r in record["removed_lines"]}
        assert reasons[APPEAL[0]] == "repeated on 3 pages of this site (shared lines)"
        assert record["furniture_removed"] == len(record["removed_lines"])
    shown = cli("show", str(result.json()[0]["source_id"]))
    assert APPEAL[0] not in shown.out and ARTICLES["ferry"][3][0] in shown.out


def test_one_capture_alone_keeps_the_site_s_prose(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    (record,) = cli("import", write_file("ferry.txt", page("ferry")), "--clean-web", "--json").json()
    assert all(r["text"] not in APPEAL for r in record["removed_lines"])
