"""From article text to quote records: parse, find quotations, run the rules,
resolve speakers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .model import Document
from .parsers import Parser, load_parser
from .quotemarks import find_quotations
from .records import ArticleRecord, QuoteRecord, SourceRecord, Span, Speaker
from .rules import find_candidates
from .speakers import resolve_sources

__all__ = ["Extractor", "analyse", "extract", "extract_document"]


def extract_document(doc: Document) -> list[QuoteRecord]:
    """The quotes of an already parsed article."""
    return list(analyse(doc).quotes)


def analyse(doc: Document) -> ArticleRecord:
    """The quotes and the sources of an already parsed article."""
    quotations = find_quotations(doc.text, [(p.start, p.end) for p in doc.paragraphs])
    candidates = find_candidates(doc, quotations)
    sources = resolve_sources(doc, [c.speaker for c in candidates if c.speaker is not None])
    records = []
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        speaker = None
        if candidate.speaker is not None:
            source = sources.source_of(candidate.speaker)
            mention = sources.mentions[candidate.speaker.i]
            assert source is not None
            speaker = Speaker(mention.start, mention.end, mention.text, source.name, source.id)
        cue = candidate.cue
        records.append(
            QuoteRecord(
                doc_id=doc.id,
                quote=Span(start, end, doc.text[start:end]),
                fragments=tuple(Span(s, e, doc.text[s:e]) for s, e in candidate.pieces)
                if len(candidate.pieces) > 1
                else (),
                type=candidate.type,
                cue=None if cue is None else Span(cue.start, cue.end, cue.text),
                speaker=speaker,
                rule=candidate.rule,
                sentence=candidate.sentence,
                paragraph=doc.sentences[candidate.sentence].paragraph,
            )
        )
    source_records = tuple(
        SourceRecord(s.id, s.kind, s.name, tuple(Span(m.start, m.end, m.text) for m in s.mentions))
        for s in sources.sources
    )
    return ArticleRecord(doc.id, tuple(records), source_records)


class Extractor:
    """Keeps a loaded parser for many calls.

    >>> extractor = Extractor()                      # doctest: +SKIP
    >>> extractor('"We won," she said.', "a1")       # doctest: +SKIP
    """

    def __init__(self, parser: str | Parser = "spacy", **parser_options: object) -> None:
        self.parser = load_parser(parser, **parser_options) if isinstance(parser, str) else parser

    def __call__(self, text: str, doc_id: str = "") -> list[QuoteRecord]:
        return extract_document(self.parser(text, doc_id))

    def article(self, text: str, doc_id: str = "") -> ArticleRecord:
        """The quotes and sources of one article."""
        return analyse(self.parser(text, doc_id))

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[ArticleRecord]:
        """Analyse ``(text, doc_id)`` pairs, batching the parser; one record per pair, in input order."""
        for doc in self.parser.pipe(items):
            yield analyse(doc)


_extractors: dict[str, Extractor] = {}


def extract(text: str, doc_id: str = "", *, parser: str = "spacy") -> list[QuoteRecord]:
    """The quotes of one article; the parser is loaded once and kept."""
    if parser not in _extractors:
        _extractors[parser] = Extractor(parser)
    return _extractors[parser](text, doc_id)
