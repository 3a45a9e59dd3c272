from tests.search.test_similar import MEMOIR, REPORT


def test_similar_command(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("report.txt", REPORT), "--language", "en")
    cli("import", write_file("memoir.txt", MEMOIR), "--language", "en")
    start = REPORT.index("On 1 December")
    end = REPORT.index("\n", start)
    # Only passages sharing words that are not function words are ranked: one memoir line here.
    records = cli("similar", 1, start, end, 2, "--top", 2, "--json").json()
    assert len(records) == 1
    assert set(records[0]) >= {"source_id", "start", "end", "score", "terms"}
    assert records[0]["source_id"] == 2
    assert "Kirov" in MEMOIR[records[0]["start"] : records[0]["end"]]
    assert "Kirov" in records[0]["terms"]
    human = cli("similar", 1, start, end, 2)
    assert human.code == 0 and "1. [" in human.out
    bad = cli("similar", 1, 50, 10, 2)
    assert bad.code == 2 and "Traceback" not in bad.err
