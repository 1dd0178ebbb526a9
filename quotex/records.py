"""Output records: plain data (text, character offsets, names), never parser objects.

Serialization to JSON-ready dicts lives here and only here, with a stable key
order and the schema version (docs/schema.md).
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

__all__ = [
    "SCHEMA_VERSION",
    "ArticleRecord",
    "ErrorRecord",
    "Evidence",
    "QuoteRecord",
    "SourceRecord",
    "Span",
    "Speaker",
    "shift_spans",
    "to_dict",
]

SCHEMA_VERSION = 1


@attrs.frozen
class Span:
    start: int
    end: int
    text: str


@attrs.frozen
class Evidence:
    """A phrase that justifies calling a source anonymous, and the reason it gives."""

    start: int
    end: int
    text: str
    reason: str  # condition, not_named, not_authorized, familiar, unnamed, description


@attrs.frozen
class Speaker:
    start: int
    end: int
    text: str  # the local mention ("he", "The Syrian major")
    name: str | None  # the resolved name, when the source is named in the article
    entity: str  # id shared by every mention of one source in the article
    # What the article says about the source (the same for every quote of it; docs/sources.md)
    kind: str = "unknown"  # person, organization, unnamed_person, unnamed_group, unknown
    anonymous: bool | None = None  # None when the kind is unknown
    title: Span | None = None  # "Col. Gen."
    description: Span | None = None  # "a major in the Syrian armed forces"
    affiliation: Span | None = None  # "Pentagon" in "a Pentagon spokesman"
    evidence: tuple[Evidence, ...] = ()  # why the source is anonymous; empty unless it is


@attrs.frozen
class QuoteRecord:
    doc_id: str
    quote: Span  # from the first to the last character of the content
    fragments: tuple[Span, ...]  # the pieces, when the content is split; else empty
    type: str  # direct, indirect or mixed
    cue: Span | None
    speaker: Speaker | None
    rule: str
    sentence: int
    paragraph: int
    outlet: Span | None = None  # the news outlet the source spoke to: "Sputnik Arabic"
    audience: Span | None = None  # whom else the source addressed: "reporters", "the crowd"
    channel: Span | None = None  # how: "a statement", "Twitter", "a news conference"


@attrs.frozen
class SourceRecord:
    """One source of an article: every mention of one person, body or unnamed source."""

    id: str
    kind: str  # person, organization, unnamed_person, unnamed_group, unknown
    name: str | None
    mentions: tuple[Span, ...]
    anonymous: bool | None = None
    title: Span | None = None
    description: Span | None = None
    affiliation: Span | None = None
    evidence: tuple[Evidence, ...] = ()
    outlets: tuple[Span, ...] = ()  # the outlets the source spoke to, first mention of each


@attrs.frozen
class ArticleRecord:
    """Everything quotex found in one article."""

    doc_id: str
    quotes: tuple[QuoteRecord, ...]
    sources: tuple[SourceRecord, ...]


@attrs.frozen
class ErrorRecord:
    """An input that yielded no quotes because it could not be read or processed."""

    doc_id: str | None
    source: str | None  # file name, or <stdin>
    line: int | None  # 1-based line in the source
    error: str  # what went wrong, and how to fix it


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _evidence(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "text": e.text, "reason": e.reason} for e in evidence]


def to_dict(record: QuoteRecord | ArticleRecord | ErrorRecord) -> dict[str, Any]:
    """The JSON form of a record, keys in schema order."""
    if isinstance(record, ArticleRecord):
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": record.doc_id,
            "quotes": [to_dict(q) for q in record.quotes],
            "sources": [
                {
                    "id": s.id,
                    "kind": s.kind,
                    "name": s.name,
                    "anonymous": s.anonymous,
                    "title": _span(s.title),
                    "description": _span(s.description),
                    "affiliation": _span(s.affiliation),
                    "evidence": _evidence(s.evidence),
                    "mentions": [_span(m) for m in s.mentions],
                    "outlets": [_span(o) for o in s.outlets],
                    "quotes": sum(1 for q in record.quotes if q.speaker is not None and q.speaker.entity == s.id),
                }
                for s in record.sources
            ],
        }
    if isinstance(record, ErrorRecord):
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": record.doc_id,
            "error": record.error,
            "source": record.source,
            "line": record.line,
        }
    quote: dict[str, Any] = {"start": record.quote.start, "end": record.quote.end, "text": record.quote.text}
    if record.fragments:
        quote["fragments"] = [_span(f) for f in record.fragments]
    speaker = record.speaker
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": record.doc_id,
        "quote": quote,
        "type": record.type,
        "cue": _span(record.cue),
        "speaker": None
        if speaker is None
        else {
            "start": speaker.start,
            "end": speaker.end,
            "text": speaker.text,
            "name": speaker.name,
            "entity": speaker.entity,
            "kind": speaker.kind,
            "anonymous": speaker.anonymous,
            "title": _span(speaker.title),
            "description": _span(speaker.description),
            "affiliation": _span(speaker.affiliation),
            "evidence": _evidence(speaker.evidence),
        },
        "outlet": _span(record.outlet),
        "audience": _span(record.audience),
        "channel": _span(record.channel),
        "rule": record.rule,
        "sentence": record.sentence,
        "paragraph": record.paragraph,
    }


def shift_spans(record: ArticleRecord, offset: int, text: str) -> ArticleRecord:
    """A copy of ``record`` with every span moved by ``offset`` and its text re-read from ``text``.

    For records found in a piece of an article that starts at ``offset`` of the
    article's ``text`` (quotex.normalize); every other field is kept.
    """
    mover = _Mover(offset, text)
    return attrs.evolve(
        record,
        quotes=tuple(mover.quote(q) for q in record.quotes),
        sources=tuple(mover.source(s) for s in record.sources),
    )


_R = TypeVar("_R", Evidence, Speaker, SourceRecord, QuoteRecord)


def _evolved(record: _R, **changes: Any) -> _R:
    """``attrs.evolve(record, **changes)``, or ``record`` itself when every change is a value it
    already holds: a copy costs ~30,000 instructions, and most records of a normalised article
    in one piece do not move."""
    for name, value in changes.items():
        held = getattr(record, name)
        if value is not held and value != held:  # is: a span kept as it is, compared without attrs' __eq__
            return attrs.evolve(record, **changes)
    return record


@attrs.frozen
class _Mover:
    offset: int
    text: str

    def span(self, s: Span) -> Span:
        start, end = s.start + self.offset, s.end + self.offset
        text = self.text[start:end]
        if start == s.start and text == s.text:
            return s  # not moved (a normalised article in one piece): the span itself, not a copy
        return Span(start, end, text)

    def maybe(self, s: Span | None) -> Span | None:
        return None if s is None else self.span(s)

    def evidence(self, items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(_evolved(e, **attrs.asdict(self.span(Span(e.start, e.end, e.text)))) for e in items)

    def source(self, s: SourceRecord) -> SourceRecord:
        return _evolved(
            s,
            mentions=tuple(self.span(m) for m in s.mentions),
            title=self.maybe(s.title),
            description=self.maybe(s.description),
            affiliation=self.maybe(s.affiliation),
            evidence=self.evidence(s.evidence),
            outlets=tuple(self.span(o) for o in s.outlets),
        )

    def quote(self, q: QuoteRecord) -> QuoteRecord:
        speaker = q.speaker
        if speaker is not None:
            # the speaker's own span moved as in span(), not through a Span and asdict() (~15,000 instructions)
            start, end = speaker.start + self.offset, speaker.end + self.offset
            speaker = _evolved(
                speaker,
                start=start,
                end=end,
                text=self.text[start:end],
                title=self.maybe(speaker.title),
                description=self.maybe(speaker.description),
                affiliation=self.maybe(speaker.affiliation),
                evidence=self.evidence(speaker.evidence),
            )
        return _evolved(
            q,
            quote=self.span(q.quote),
            fragments=tuple(self.span(f) for f in q.fragments),
            cue=self.maybe(q.cue),
            speaker=speaker,
            outlet=self.maybe(q.outlet),
            audience=self.maybe(q.audience),
            channel=self.maybe(q.channel),
        )
