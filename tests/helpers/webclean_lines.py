"""What the web clean-up takes from a capture, as the tests of its rules read it, and a German article body
of our own that several of those tests set furniture around."""

from annotator.io.importers.webclean import furniture


def removed_lines(text: str) -> list[str]:
    """The lines ``furniture`` removes, in order, without the indentation a capture may keep."""
    lines = text.split("\n")
    return [lines[i].strip() for i in sorted(furniture(text))]


# Three paragraphs of running prose: enough for the article's zone to be found around them.
PROSE_DE = (
    "Die Versorgungslage in den Dörfern des Bezirks verschlechterte sich im Herbst 1932 deutlich, und "
    "die Berichte der Kommissionen verzeichneten jede Woche neue Klagen der Bauern.\n"
    "\n"
    "Die Brigaden gingen von Haus zu Haus und suchten nach Getreide; in den Protokollen der "
    "Bezirkskomitees erscheinen diese Durchsuchungen als eine Form des Klassenkampfes.\n"
    "\n"
    "Im Frühjahr 1933 schrieb der Bezirkssekretär an das Gebietskomitee, dass in drei Dörfern keine "
    "Saat mehr vorhanden sei und die Felder unbestellt bleiben würden.\n"
)
