"""Re-anchoring through the command line (issue 13): honest methods and orphans in the import report, and
`annotator place` to confirm a suggested place or put an orphan where the historian says."""

from tests.services.test_import_versions import NEWSPAPER, OTHER, REQUISITION

OLD = "\n\n".join([REQUISITION, NEWSPAPER, OTHER])


def test_a_deleted_paragraph_leaves_its_annotation_an_orphan(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("a.txt", OLD))
    harvest = OLD.index("harvest")
    chairman = OLD.index("The chairman")
    cli("annotate", 1, "--start", harvest, "--end", harvest + 7)
    cli("annotate", 1, "--start", chairman, "--end", chairman + 12)
    result = cli("import", write_file("b.txt", "\n\n".join([NEWSPAPER, OTHER])), "--new-version-of", 1)
    assert result.code == 0, result.err
    assert "re-anchored 1 annotations (1 exact), 1 orphaned" in result.out
    assert "orphan: annotation 1 “harvest” (context gone); it stays on source 1" in result.out
    (record,) = cli("annotations", "--source", 1, "--json").json()
    assert (record["id"], record["quote"], record["prefix"]) == (1, "harvest", OLD[harvest - 32 : harvest])
    third = "A preface.\n\n" + "\n\n".join([NEWSPAPER, OTHER])
    again = cli("import", write_file("c.txt", third), "--new-version-of", 2, "--json").json()[0]
    start = third.index("The chairman")
    assert again["methods"] == {"exact": 1} and again["orphans"] == []
    assert again["placed"] == [{"annotation_id": 2, "start": start, "end": start + 12, "method": "exact"}]


def test_a_suggested_place_is_confirmed_with_place(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("a.txt", OLD))
    start = OLD.index("nobody dared")
    cli("annotate", 1, "--start", start, "--end", start + len("nobody dared to object to the plan"))
    corrected = OLD.replace("dared to object", "had dared object")
    report = cli("import", write_file("b.txt", corrected), "--new-version-of", 1, "--json").json()[0]
    assert (report["reanchored"], report["methods"], report["placed"]) == (0, {}, [])
    (orphan,) = report["orphans"]
    assert (orphan["reason"], orphan["suggested_method"]) == ("uncertain", "fuzzy")
    assert orphan["suggested_quote"] == "nobody had dared object to the plan"
    assert cli("annotations", "--source", 2, "--json").json() == []  # not moved until confirmed

    placed = cli("place", 1, "--on", 2)
    assert placed.code == 0, placed.err
    assert placed.out.startswith("placed annotation 1 on source 2 at ")
    (moved,) = cli("annotations", "--source", 2, "--json").json()
    assert (moved["start"], moved["end"]) == (orphan["suggested_start"], orphan["suggested_end"])
    assert moved["quote"] == "nobody had dared object to the plan"


def test_place_at_a_given_passage_and_its_refusals(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("a.txt", OLD))
    harvest = OLD.index("harvest")
    cli("annotate", 1, "--start", harvest, "--end", harvest + 7)
    cli("import", write_file("b.txt", NEWSPAPER), "--new-version-of", 1)
    cli("import", write_file("c.txt", "Another text altogether.\n"))
    for args, message in [
        (("place", 1, "--on", 2), "suggested no place for annotation 1"),
        (("place", 1, "--on", 3, "--start", 0, "--end", 5), "source 3 is not a version of source 1"),
        (("place", 1, "--on", 2, "--start", 5), "give both the start and the end"),
        (("place", 9, "--on", 2), "no annotation with id 9"),
    ]:
        refused = cli(*args)
        assert refused.code == 2 and message in refused.err and len(refused.err.splitlines()) == 1
    assert cli("annotations", "--source", 1, "--json").json()[0]["quote"] == "harvest"
    at = NEWSPAPER.index("harvest")
    placed = cli("place", 1, "--on", 2, "--start", at, "--end", at + 7, "--json").json()[0]
    assert (placed["source_id"], placed["quote"]) == (2, "harvest")
