import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.metadata import apply_changes
from annotator.domain.model import SourceKind, SourceMetadata


def test_changes_are_validated_and_normalized() -> None:
    metadata = apply_changes(
        SourceMetadata(title="x"),
        {
            "title": "  Report of the district committee ",
            "authors": "Ivanov, I.; Petrova, A. ",
            "kind": "Primary",
            "url": "https://example.org/report",
            "date_accessed": "2026-11-01",
            "language": "RU",
            "reliability_rating": "4",
        },
    )
    assert metadata.title == "Report of the district committee"
    assert metadata.authors == ("Ivanov, I.", "Petrova, A.")
    assert metadata.kind is SourceKind.PRIMARY
    assert metadata.language == "ru"
    assert metadata.reliability_rating == 4


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"kind": "quaternary"}, "primary, secondary, tertiary"),
        ({"url": "example.org"}, "not a web address"),
        ({"url": "javascript:alert(1)"}, "not a web address"),
        ({"date_accessed": "yesterday"}, "YYYY-MM-DD"),
        ({"reliability_rating": 9}, "between 1 and 5"),
        ({"language": "Russian!"}, "language code"),
        ({"colour": "red"}, "unknown source field"),
    ],
)
def test_bad_values_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        apply_changes(SourceMetadata(title="x"), changes)
