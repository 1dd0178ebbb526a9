"""What the parser sees of an article, and how its results map back to the original text.

Before parsing, the text is normalised (:func:`normalize`) and, when long, cut
into paragraph-aligned chunks (:func:`quotex.text.chunk_spans`). Every
replacement is one character for one character, so an offset into the
normalised text is the same offset into the original; a chunk's offsets are
shifted by the chunk's start. Records found in the parsed pieces are mapped back
with :func:`to_original`, which also re-reads every span's text from the
original, so that ``text[span.start:span.end] == span.text`` holds for the text
the caller passed in, whatever it held. docs/input.md lists the replacements.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator

import attrs

from .model import Document
from .records import ArticleRecord, QuoteRecord, SourceRecord, shift_spans
from .text import MAX_CHUNK_CHARS, MAX_CHUNK_MARKS, chunk_spans, has_blank_lines

__all__ = ["REPLACEMENTS", "Piece", "analyse_texts", "merge", "normalize", "parser_pieces", "to_original"]


def _table() -> dict[int, str]:
    table = {c: " " for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n"}
    table.update({0x0D: "\n", 0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"})
    table.update(dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0xFEFF], " "))
    table.update(dict.fromkeys([*range(0xD800, 0xE000), 0xFFFE, 0xFFFF], "\ufffd"))
    return table


#: Each character the parser never sees, with what it sees instead (one for one):
#: control characters (NUL and the rest of C0 and C1 but tab and newline) and the
#: byte order mark become a space; CR, VT, FF, NEL (U+0085) and the Unicode line and
#: paragraph separators a newline (a CR before a newline becomes a space); non-breaking
#: and other fixed-width spaces a space; lone surrogates and the non-characters
#: U+FFFE/U+FFFF the replacement character U+FFFD.
REPLACEMENTS: dict[int, str] = _table()


def _character_class(codes: Iterable[int]) -> str:
    """A regular-expression class matching the given code points, as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]"


_ABNORMAL = re.compile(_character_class(REPLACEMENTS))  # the standard library scans a plain class of characters faster


def normalize(text: str) -> str:
    """``text`` as the parser should see it: same length, see :data:`REPLACEMENTS`.

    Returns ``text`` itself when there is nothing to replace.
    """
    if _ABNORMAL.search(text) is None:
        return text
    return text.replace("\r\n", " \n").translate(REPLACEMENTS)


@attrs.frozen
class Piece:
    """A stretch of an article, normalised, as given to the parser."""

    start: int  # offset of the piece in the original text
    text: str


def parser_pieces(text: str, limit: int = MAX_CHUNK_CHARS, marks: int = MAX_CHUNK_MARKS) -> list[Piece]:
    """The normalised text, in paragraph-aligned chunks of at most ``limit``
    characters and ``marks`` quotation marks (:func:`quotex.text.chunk_spans`).

    Each chunk of a text whose paragraphs are separated by blank lines gets a
    blank line at its end, so that it is read with the same kind of paragraph
    breaks (the addition lies past every offset that can be found in it).
    """
    clean = normalize(text)
    spans = chunk_spans(clean, limit, marks)
    if len(spans) == 1 and spans[0] == (0, len(clean)):
        return [Piece(0, clean)]
    end_mark = "\n\n" if has_blank_lines(clean) else ""
    return [Piece(start, clean[start:end] + end_mark) for start, end in spans]


def to_original(
    record: ArticleRecord, text: str, doc_id: str, start: int = 0, sentences: int = 0, paragraphs: int = 0
) -> ArticleRecord:
    """A record found in a piece of ``text`` starting at ``start``, with offsets and span
    texts into ``text`` itself, sentence and paragraph numbers counted from
    ``sentences`` and ``paragraphs``, and ``doc_id`` as its id."""
    moved = shift_spans(record, start, text)
    quotes = tuple(
        attrs.evolve(q, doc_id=doc_id, sentence=q.sentence + sentences, paragraph=q.paragraph + paragraphs)
        if sentences or paragraphs or q.doc_id != doc_id
        else q  # an article in one piece: nothing to renumber (a copy costs ~30,000 instructions)
        for q in moved.quotes
    )
    return attrs.evolve(moved, doc_id=doc_id, quotes=quotes)


def merge(doc_id: str, records: list[ArticleRecord]) -> ArticleRecord:
    """One record from the records of an article's chunks, in order.

    A named source found in several chunks (same name and kind) is one source;
    any other source keeps its own, renumbered id (``unnamed-N``, ``unknown-N``
    count the article's sources, as in one piece).
    """
    if len(records) == 1:
        return records[0]
    sources: list[SourceRecord] = []
    named: dict[tuple[str, str], int] = {}
    quotes: list[QuoteRecord] = []
    for record in records:
        ids: dict[str, str] = {}
        for source in record.sources:
            key = (source.name, source.kind) if source.name is not None else None
            if key is not None and key in named:
                n = named[key]
                first = sources[n]
                outlets = first.outlets + tuple(
                    o for o in source.outlets if o.text not in {f.text for f in first.outlets}
                )
                sources[n] = attrs.evolve(first, mentions=first.mentions + source.mentions, outlets=outlets)
                ids[source.id] = first.id
                continue
            new_id = _new_id(source, {s.id for s in sources}, len(sources) + 1)
            ids[source.id] = new_id
            if key is not None:
                named[key] = len(sources)
            sources.append(attrs.evolve(source, id=new_id))
        for q in record.quotes:
            if q.speaker is not None:
                q = attrs.evolve(q, speaker=attrs.evolve(q.speaker, entity=ids.get(q.speaker.entity, q.speaker.entity)))
            quotes.append(q)
    return attrs.evolve(records[0], doc_id=doc_id, quotes=tuple(quotes), sources=tuple(sources))


def _new_id(source: SourceRecord, taken: set[str], number: int) -> str:
    if source.name is None:  # unnamed-N / unknown-N: N is the source's place in the article
        base = source.id.rsplit("-", 1)[0]
        new_id = f"{base}-{number}"
    else:
        new_id = source.id if source.id not in taken else f"{source.id}-{number}"
    suffix = 1
    while new_id in taken:
        suffix += 1
        new_id = f"{source.id}-{number}-{suffix}"
    return new_id


@attrs.define
class _Article:
    text: str
    doc_id: str
    pieces: list[Piece]
    records: list[ArticleRecord] = attrs.field(factory=list)
    sentences: int = 0
    paragraphs: int = 0


def analyse_texts(
    parse: Callable[[Iterable[tuple[str, str]]], Iterator[Document]],
    analyse: Callable[[Document], ArticleRecord],
    items: Iterable[tuple[str, str]],
    *,
    limit: int = MAX_CHUNK_CHARS,
    marks: int = MAX_CHUNK_MARKS,
) -> Iterator[ArticleRecord]:
    """One record per ``(text, doc_id)`` pair, in input order: each text normalised and
    chunked (:func:`parser_pieces`), every piece parsed in one ``parse`` stream and
    analysed, the pieces' records mapped back to the original text and merged.

    Each parsed document is checked against the piece it should belong to (its id
    and text), so a parser that drops or reorders documents raises instead of
    pairing records with the wrong article.
    """
    pending: deque[_Article] = deque()

    def pieces() -> Iterator[tuple[str, str]]:
        for text, doc_id in items:
            article = _Article(text, doc_id, parser_pieces(text, limit, marks))
            pending.append(article)
            for piece in article.pieces:
                yield piece.text, doc_id

    for doc in parse(pieces()):
        if not pending:
            raise RuntimeError(f"the parser returned a document ({doc.id!r}) for no input")
        article = pending[0]
        piece = article.pieces[len(article.records)]
        if doc.id != article.doc_id or doc.text != piece.text:
            raise RuntimeError(
                f"the parser returned document {doc.id!r} where a piece of {article.doc_id!r} was expected; "
                "a parser's pipe must yield one document per input, in order"
            )
        record = analyse(doc)
        if piece.text is not article.text:  # normalised or chunked: map back to the original
            record = to_original(
                record, article.text, article.doc_id, piece.start, article.sentences, article.paragraphs
            )
        article.records.append(record)
        article.sentences += len(doc.sentences)
        article.paragraphs += len(doc.paragraphs)
        if len(article.records) == len(article.pieces):
            pending.popleft()
            yield merge(article.doc_id, article.records)
    if pending:
        raise RuntimeError(f"the parser returned no document for {pending[0].doc_id!r}")
