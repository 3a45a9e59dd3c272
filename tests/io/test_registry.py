import pytest

from annotator.domain.errors import SourceRejected
from annotator.io.importers.registry import import_document, supported_extensions


def test_text_and_markdown_are_supported() -> None:
    assert {".txt", ".md", ".markdown", ".text"} <= set(supported_extensions())
    assert import_document("notes.md", b"# Heading\n\nText").media_type == "text/markdown"
    assert import_document("notes.TXT", b"Text").media_type == "text/plain"


def test_unknown_extensions_are_read_as_text_when_they_are_text() -> None:
    assert import_document("README", b"plain words").text == "plain words"


@pytest.mark.parametrize("name", ["book.pdf", "essay.docx", "page.html"])
def test_formats_without_an_importer_yet_are_refused_by_name(name: str) -> None:
    with pytest.raises(SourceRejected, match=name):
        import_document(name, b"whatever")


def test_the_registry_lists_each_importer_with_its_modules_extensions() -> None:
    # The registry names the importer modules rather than importing them (they load on first use), so it
    # repeats their extensions; they must not drift apart.
    import importlib

    from annotator.io.importers.registry import BUILT_IN

    declared = set()
    for module in ("text", "html", "pdf", "docx"):
        loaded = importlib.import_module(f"annotator.io.importers.{module}")
        for name in dir(loaded):
            if name.endswith("_EXTENSIONS"):
                declared |= {(extension, module) for extension in getattr(loaded, name)}
    assert {(e, module) for extensions, module, _ in BUILT_IN for e in extensions} == declared
