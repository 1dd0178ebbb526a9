"""Output records: plain data (text, character offsets, names), never parser objects.

Serialization to JSON-ready dicts lives here and only here, with a stable key
order and the schema version (docs/schema.md).
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["SCHEMA_VERSION", "ErrorRecord", "QuoteRecord", "Span", "Speaker", "to_dict"]

SCHEMA_VERSION = 1


@attrs.frozen
class Span:
    start: int
    end: int
    text: str


@attrs.frozen
class Speaker:
    start: int
    end: int
    text: str  # the local mention ("he", "The Syrian major")
    name: str | None  # the resolved name, when the source is named in the article
    entity: str  # id shared by every mention of one source in the article


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


@attrs.frozen
class SourceRecord:
    """One source of an article: every mention of one person, body or unnamed source."""

    id: str
    kind: str  # person, organization, unnamed_person, unnamed_group, unknown
    name: str | None
    mentions: tuple[Span, ...]


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
                    "mentions": [_span(m) for m in s.mentions],
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
        },
        "rule": record.rule,
        "sentence": record.sentence,
        "paragraph": record.paragraph,
    }
