"""Inter-coder agreement (issue 21): Krippendorff's alpha and, for two coders, Cohen's kappa, per facet and
per tag, with the passages the coders disagree on side by side.

Units are characters (every character of every chosen source; see domain/agreement.py for why, how a
book is reduced to runs, and why alpha and kappa are computed there from the weighted runs, checked against
the ``krippendorff`` package rather than by it). Without chosen sources, the sources every
chosen coder annotated are compared: in an archive split between two people, a source only one of them
read would otherwise count as all disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.domain import agreement as units
from annotator.domain.coders import Coder
from annotator.domain.errors import InvalidInput
from annotator.domain.model import Facet, Tag
from annotator.domain.taxonomy import Taxonomy
from annotator.storage import annotations_repo, coders_repo, sources_repo, taxonomy_repo
from annotator.storage.unit_of_work import UnitOfWork

EXCERPT = 240  # characters of a disagreed passage shown (the reader opens the whole)
MAX_DISAGREEMENTS = 2000


@dataclass(frozen=True, slots=True)
class AgreementFigure:
    """One line of the table: a facet (``tag`` None: which of its tags, or none) or one tag of it."""

    facet: str  # the facet's slug
    tag: str | None  # the tag's path ("bias/loaded-language"), None for the facet as a whole
    label: str  # as the Tags panel names it
    alpha: float | None  # None when undefined (every coder gave every unit one and the same value)
    kappa: float | None  # two coders only
    units: int  # characters compared
    coders: tuple[str, ...]

    def record(self) -> dict[str, object]:
        return {
            "facet": self.facet,
            "tag": self.tag,
            "alpha": self.alpha,
            "kappa": self.kappa,
            "units": self.units,
            "coders": list(self.coders),
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A passage the coders coded differently: each coder's tags there (names), side by side."""

    source_id: int
    source_title: str
    start: int
    end: int
    text: str  # the passage, cut to EXCERPT characters
    tags: tuple[tuple[str, ...], ...]  # per coder, in the order of ``AgreementReport.coders``

    def record(self, coders: Sequence[Coder]) -> dict[str, object]:
        return {
            "source_id": self.source_id,
            "source": self.source_title,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "coders": {c.shown: list(t) for c, t in zip(coders, self.tags, strict=True)},
        }


@dataclass(frozen=True, slots=True)
class AgreementReport:
    coders: tuple[Coder, ...]
    source_ids: tuple[int, ...]
    figures: tuple[AgreementFigure, ...]
    disagreements: tuple[Disagreement, ...]  # on the chosen facets' or tags' tags, in text order
    disagreements_cut: bool = False  # more than MAX_DISAGREEMENTS: the first ones only


class AgreementService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def compute(
        self,
        coders: Sequence[str],
        sources: Sequence[int] | None = None,
        facets: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
    ) -> AgreementReport:
        """Agreement of ``coders`` (logins or display names, two or more) on ``sources`` (None: those every
        one of them annotated), per facet of ``facets`` and per tag of it (slugs; None: every facet), or
        per tag of ``tags`` (paths) only."""
        with self._uow.read() as session:
            chosen = coders_repo.resolve_many(session, coders)
            if len({c.id for c in chosen}) < 2:
                raise InvalidInput(
                    "agreement needs two different coders or more (see `annotator coder --list`)"
                )
            taxonomy = taxonomy_repo.load(session)
            groups = _groups(taxonomy, facets, tags)
            chosen_tags = {t.id for _, group in groups for t in group}
            coder_ids = [c.id for c in chosen]
            annotated = annotations_repo.list_annotations(session, taxonomy, coder_ids=coder_ids)
            if sources is None:
                by_coder: dict[int, set[int]] = {}
                for a in annotated:
                    by_coder.setdefault(a.coder.id if a.coder else 0, set()).add(a.source_id)
                common = set.intersection(*(by_coder.get(i, set()) for i in coder_ids))
                source_ids = sorted(common)
            else:
                source_ids = list(dict.fromkeys(sources))
            summaries = {s.id: s for s in sources_repo.list_summaries(session)}
            unknown = [s for s in source_ids if s not in summaries]
            if unknown:
                raise InvalidInput(f"no source with id {unknown[0]} (see `annotator sources`)")
            wanted = set(source_ids)
            spans: dict[int, list[units.CodedSpan]] = {s: [] for s in source_ids}
            for a in annotated:
                if a.source_id in wanted and a.coder is not None:
                    ids = frozenset(t.id for t in a.tags) & chosen_tags
                    if ids:
                        spans[a.source_id].append(units.CodedSpan(a.coder.id, a.start, a.end, ids))
            runs = [
                run
                for s in source_ids
                for run in units.segments(s, summaries[s].length, coder_ids, spans[s], chosen_tags)
            ]
            names = tuple(c.shown for c in chosen)
            figures: list[AgreementFigure] = []
            for facet, group in groups:
                if facet is not None:
                    ids = frozenset(t.id for t in group)
                    table = units.unit_table(runs, lambda v, ids=ids: tuple(sorted(v & ids)))
                    figures.append(_figure(facet.slug, None, facet.name, table, names))
                for tag in group:
                    table = units.unit_table(runs, lambda v, t=tag.id: t in v)
                    path = taxonomy.path(tag)
                    figures.append(_figure(path.split("/")[0], path, taxonomy.shown_name(tag), table, names))
            passages = units.disagreements(runs, lambda v: v)
            cut = len(passages) > MAX_DISAGREEMENTS
            listed = []
            shown = passages[:MAX_DISAGREEMENTS]
            names = {t.id: taxonomy.shown_name(t) for t in taxonomy.tags}
            quotes: dict[tuple[int, int], str] = {}  # (source, start) -> the passage, read per source
            for s in dict.fromkeys(p.source_id for p in shown):
                of_source = [p for p in shown if p.source_id == s]
                ranges = [(p.start, min(p.end, p.start + EXCERPT)) for p in of_source]
                for p, quote in zip(of_source, sources_repo.read_quotes(session, s, ranges), strict=True):
                    quotes[(s, p.start)] = quote.exact
            for p in shown:
                text = quotes[(p.source_id, p.start)] + ("…" if p.end - p.start > EXCERPT else "")
                tag_names = tuple(tuple(names[t.id] for t in _ordered(taxonomy, v)) for v in p.values)
                listed.append(
                    Disagreement(p.source_id, summaries[p.source_id].title, p.start, p.end, text, tag_names)
                )
        return AgreementReport(tuple(chosen), tuple(source_ids), tuple(figures), tuple(listed), cut)


def _figure(
    facet: str, tag: str | None, label: str, table: units.UnitTable, coders: tuple[str, ...]
) -> AgreementFigure:
    kappa = units.cohen_kappa(table) if len(coders) == 2 else None
    return AgreementFigure(facet, tag, label, units.nominal_alpha(table), kappa, table.units, coders)


def _groups(
    taxonomy: Taxonomy, facets: Sequence[str] | None, tags: Sequence[str] | None
) -> list[tuple[Facet | None, list[Tag]]]:
    """(facet, its tags) to compare, or (None, the chosen tags)."""
    if tags:
        return [(None, taxonomy.resolve_all(tags))]
    chosen = [taxonomy.facet(f) for f in facets] if facets else list(taxonomy.facets)
    return [(f, [t for _, t in taxonomy.walk(f.id)]) for f in chosen]


def _ordered(taxonomy: Taxonomy, tag_ids: frozenset[int]) -> list[Tag]:
    return sorted((taxonomy.tag_by_id(t) for t in tag_ids), key=lambda t: (t.facet_id, t.position, t.id))
