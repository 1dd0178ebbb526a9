"""CoNLL-U adapter: read dependency parses written by hand or by another tool.

Tests write small parses in CoNLL-U and get a :class:`quotex.model.Document`
without loading any model. Columns map as FORM → text, LEMMA → lemma, UPOS →
upos, XPOS → tag, DEPREL → deprel (lower-cased, UD or ClearNLP labels alike);
HEAD is 1-based with 0 for the root. Multiword-token range lines (``1-2``) give
the surface form used to place their words; empty nodes (``1.1``) are skipped.
Entity tags come from MISC ``NER=`` or ``NE=`` (key in any case, as stanza
writes ``ner=S-PERSON``), in BIO or BIOES.

The text comes from one of two places:

* with no ``text`` argument it is rebuilt: each sentence from its ``# text =``
  comment, else from its forms and ``SpaceAfter=No``; sentences are joined with
  a space and paragraphs (``# newpar``) with a blank line;
* with ``text`` given, tokens keep the offsets in MISC (``start_char=..|end_char=..``
  as stanza writes, or ``TokenRange=start:end``); a token without them must
  follow the previous one, past white space only.

Paragraphs follow ``# newpar`` markers; a file without any is split with
:func:`quotex.text.paragraph_spans`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from typing import TextIO

import attrs

from ..errors import ParseError
from ..model import Document, RawToken, build_document
from ..text import paragraph_spans

__all__ = ["iob_from_tag", "multiword_spans", "read_conllu", "read_conllu_documents"]

_NEWDOC = re.compile(r"#\s*newdoc\b(?:\s+id\s*=\s*(?P<id>.*\S))?")
_NEWPAR = re.compile(r"#\s*newpar\b")
_TEXT = re.compile(r"#\s*text\s*=(?P<text>.*)")
_ENTITY_KEYS = ("ner", "ne")
_BEGIN_PREFIXES = ("B-", "S-", "U-")
_INSIDE_PREFIXES = ("I-", "E-", "L-")


def read_conllu(source: str | os.PathLike[str] | TextIO, doc_id: str = "", *, text: str | None = None) -> Document:
    """Read one document from CoNLL-U ``source`` (the CoNLL-U string itself, a path or an open file).

    ``doc_id`` defaults to the ``# newdoc id``. Pass the original ``text`` to keep
    offsets into it. Raises :class:`ParseError` naming the document and line on
    malformed input, or when the source holds several ``# newdoc`` documents.
    """
    reader = _Reader(source, doc_id, numbered=False)
    blocks = reader.blocks()
    if len(blocks) > 1:
        raise ParseError(
            f"{reader.where(blocks[0].doc_id)}: holds {len(blocks)} documents (# newdoc); "
            "read them with read_conllu_documents"
        )
    return reader.document(blocks[0], text)


def read_conllu_documents(source: str | os.PathLike[str] | TextIO, doc_id: str = "") -> Iterator[Document]:
    """Read every document of ``source``, split at ``# newdoc`` comments.

    Each id is its ``# newdoc id``, else ``doc_id`` with the 1-based document
    number appended (``"<doc_id>-2"``).
    """
    reader = _Reader(source, doc_id, numbered=True)
    for block in reader.blocks():
        yield reader.document(block, None)


def multiword_spans(surface: str, start: int, words: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of the ``words`` of a token whose text ``surface`` starts at ``start``.

    A single word gets the whole token. Words that spell out the token in order
    (``do`` + ``n't`` = ``don't``) get their own pieces. Otherwise (French ``du`` =
    ``de`` + ``le``) the first word gets the whole token and the others an empty
    span at its end, which :func:`quotex.model.build_document` drops, attaching
    their dependents to their head: offsets then always index the text.
    """
    end = start + len(surface)
    if len(words) <= 1:
        return [(start, end)]
    match = re.fullmatch(r"\s*".join(f"({re.escape(word)})" for word in words), surface)
    if match:
        return [(start + match.start(g), start + match.end(g)) for g in range(1, len(words) + 1)]
    return [(start, end)] + [(end, end)] * (len(words) - 1)


def iob_from_tag(tag: str | None) -> tuple[str, str]:
    """``(iob, label)`` of a BIO or BIOES entity tag: ``S-PERSON`` → ``("B", "PERSON")``.

    ``O``, ``_`` and empty tags are outside; a bare label (``PERSON``) continues
    an entity of the same label on the previous token.
    """
    if not tag or tag in ("O", "_"):
        return "O", ""
    if tag.startswith(_BEGIN_PREFIXES):
        return "B", tag[2:]
    if tag.startswith(_INSIDE_PREFIXES):
        return "I", tag[2:]
    return "I", tag


@attrs.define
class _Word:
    line: int
    form: str
    lemma: str
    upos: str
    xpos: str
    head: int
    deprel: str
    misc: dict[str, str]


@attrs.define
class _Range:
    line: int
    last: int  # 1-based ID of its last word
    form: str
    misc: dict[str, str]


@attrs.define
class _Unit:
    """A surface token: a multiword range or a word outside any range."""

    line: int
    form: str
    misc: dict[str, str]
    words: list[_Word]


@attrs.define
class _Sentence:
    newpar: bool = False
    text: str | None = None
    words: list[_Word] = attrs.Factory(list)
    ranges: dict[int, _Range] = attrs.Factory(dict)  # keyed by the 0-based index of their first word

    def units(self) -> list[_Unit]:
        units = []
        i = 0
        while i < len(self.words):
            if i in self.ranges:
                span = self.ranges[i]
                units.append(_Unit(span.line, span.form, span.misc, self.words[i : span.last]))
                i = span.last
            else:
                word = self.words[i]
                units.append(_Unit(word.line, word.form, word.misc, [word]))
                i += 1
        return units


@attrs.define
class _Block:
    doc_id: str = ""
    sentences: list[_Sentence] = attrs.Factory(list)


class _Reader:
    """Parses CoNLL-U lines into blocks, then blocks into Documents."""

    def __init__(self, source: str | os.PathLike[str] | TextIO, doc_id: str, *, numbered: bool) -> None:
        if isinstance(source, os.PathLike):
            self.name: str | None = os.fspath(source)
            with open(source, encoding="utf-8") as stream:
                content = stream.read()
        elif isinstance(source, str):
            self.name, content = None, source
        else:
            self.name, content = getattr(source, "name", None), source.read()
        self.lines = [line.rstrip("\r") for line in content.split("\n")]
        self.default_id = doc_id
        self.numbered = numbered
        self.doc_id = self._block_id(1, "")

    def _block_id(self, number: int, newdoc_id: str) -> str:
        """The id of the ``number``-th document: see read_conllu and read_conllu_documents."""
        if not self.numbered:
            return self.default_id or newdoc_id
        return newdoc_id or (f"{self.default_id}-{number}" if self.default_id else str(number))

    def where(self, doc_id: str, line: int | None = None) -> str:
        parts = [f"CoNLL-U document {doc_id!r}" if doc_id else "CoNLL-U input"]
        if self.name:
            parts.append(f"({self.name})")
        where = " ".join(parts)
        return f"{where}, line {line}" if line is not None else where

    def error(self, line: int, reason: str) -> ParseError:
        return ParseError(f"{self.where(self.doc_id, line)}: {reason}")

    def blocks(self) -> list[_Block]:
        blocks = [_Block(self.doc_id)]
        sentence = _Sentence()
        for n, line in enumerate(self.lines, 1):
            if not line.strip():
                if sentence.words or sentence.ranges:
                    self._close(sentence)
                    blocks[-1].sentences.append(sentence)
                    sentence = _Sentence()
            elif line.startswith("#"):
                if sentence.words or sentence.ranges:
                    continue  # a comment inside a sentence carries nothing we read
                if match := _NEWDOC.match(line):
                    if blocks[-1].sentences:
                        blocks.append(_Block())
                    blocks[-1].doc_id = self.doc_id = self._block_id(len(blocks), match["id"] or "")
                elif _NEWPAR.match(line):
                    sentence.newpar = True
                elif match := _TEXT.match(line):
                    sentence.text = match["text"].strip()
            else:
                self._add_line(sentence, n, line)
        if sentence.words or sentence.ranges:
            self._close(sentence)
            blocks[-1].sentences.append(sentence)
        if len(blocks) > 1 and not blocks[-1].sentences:
            blocks.pop()  # a trailing ``# newdoc`` with no sentences
        return blocks

    def _add_line(self, sentence: _Sentence, n: int, line: str) -> None:
        cols = line.split("\t")
        if len(cols) != 10:
            raise self.error(n, f"expected 10 tab-separated columns, found {len(cols)}: {line!r}")
        word_id, form, lemma, upos, xpos, _feats, head, deprel, _deps, misc = cols
        if "." in word_id:
            return  # empty node of the enhanced graph
        if "-" in word_id:
            first, _, last = word_id.partition("-")
            expected = len(sentence.words) + 1
            if not (first.isdigit() and last.isdigit()) or int(first) != expected or int(last) < expected:
                raise self.error(n, f"bad multiword token range {word_id!r} (the next word is {expected})")
            sentence.ranges[len(sentence.words)] = _Range(n, int(last), form, _misc(misc))
            return
        if not word_id.isdigit() or int(word_id) != len(sentence.words) + 1:
            raise self.error(n, f"expected word ID {len(sentence.words) + 1}, found {word_id!r}")
        try:
            head_id = int(head)
        except ValueError:
            raise self.error(n, f"HEAD {head!r} is not an integer") from None
        sentence.words.append(
            _Word(
                line=n,
                form=form,
                lemma="" if lemma == "_" and form != "_" else lemma,
                upos=_value(upos),
                xpos=_value(xpos),
                head=head_id,
                deprel=_value(deprel).lower(),
                misc=_misc(misc),
            )
        )

    def _close(self, sentence: _Sentence) -> None:
        """Check heads and ranges once the sentence's length is known."""
        size = len(sentence.words)
        for word in sentence.words:
            if not 0 <= word.head <= size:
                raise self.error(word.line, f"HEAD {word.head} is outside the sentence (1..{size}, or 0 for the root)")
        for first, span in sentence.ranges.items():
            if span.last > size:
                raise self.error(span.line, f"range {first + 1}-{span.last} runs past the sentence's {size} words")

    def document(self, block: _Block, text: str | None) -> Document:
        self.doc_id = doc_id = block.doc_id
        units = [sentence.units() for sentence in block.sentences]
        if text is None:
            text, spans = self._rebuild(block.sentences, units)
        else:
            spans = self._locate(text, units)
        sentences = [
            self._raw_sentence(text, sent_units, sent_spans)
            for sent_units, sent_spans in zip(units, spans, strict=True)
        ]
        return build_document(doc_id, text, sentences, self._paragraphs(text, block.sentences, spans))

    def _rebuild(self, sentences: list[_Sentence], units: list[list[_Unit]]) -> tuple[str, list[list[tuple[int, int]]]]:
        """Rebuild the text from ``# text`` comments or forms; return it with each unit's span."""
        text = ""
        spans = []
        for i, (sentence, sent_units) in enumerate(zip(sentences, units, strict=True)):
            if i:
                text += "\n\n" if sentence.newpar else " "
            sent_text = sentence.text if sentence.text is not None else _join_forms(sent_units)
            base = len(text)
            text += sent_text
            sent_spans = []
            pos = base
            for unit in sent_units:
                pos = _skip_space(text, pos)
                if not text.startswith(unit.form, pos):
                    raise self.error(
                        unit.line, f"token {unit.form!r} does not match the sentence text at {text[pos : pos + 30]!r}"
                    )
                sent_spans.append((pos, pos + len(unit.form)))
                pos += len(unit.form)
            spans.append(sent_spans)
        return text, spans

    def _locate(self, text: str, units: list[list[_Unit]]) -> list[list[tuple[int, int]]]:
        """Spans of the units in a given text: their MISC offsets, else right after the previous token."""
        spans = []
        pos = 0
        for sent_units in units:
            sent_spans = []
            for unit in sent_units:
                span = self._misc_span(unit)
                if span is None:
                    start = _skip_space(text, pos)
                    span = (start, start + len(unit.form))
                start, end = span
                if not 0 <= start <= end <= len(text) or text[start:end] != unit.form:
                    raise self.error(
                        unit.line,
                        f"token {unit.form!r} does not match the text at [{start}:{end}]: {text[start:end]!r}",
                    )
                sent_spans.append(span)
                pos = end
            spans.append(sent_spans)
        return spans

    def _misc_span(self, unit: _Unit) -> tuple[int, int] | None:
        misc = unit.misc
        try:
            if "start_char" in misc and "end_char" in misc:
                return int(misc["start_char"]), int(misc["end_char"])
            if "TokenRange" in misc:
                start, _, end = misc["TokenRange"].partition(":")
                return int(start), int(end)
        except ValueError:
            raise self.error(unit.line, "MISC character offsets are not integers") from None
        return None

    def _raw_sentence(self, text: str, units: list[_Unit], spans: list[tuple[int, int]]) -> list[RawToken]:
        raw = []
        for unit, (start, end) in zip(units, spans, strict=True):
            iob, label = iob_from_tag(_entity_tag(unit.misc))
            word_spans = multiword_spans(text[start:end], start, [word.form for word in unit.words])
            for n, (word, (w_start, w_end)) in enumerate(zip(unit.words, word_spans, strict=True)):
                own_tag = _entity_tag(word.misc) if len(unit.words) > 1 else None
                if own_tag is not None:
                    w_iob, w_label = iob_from_tag(own_tag)
                else:  # the words of a multiword token share its tag
                    w_iob, w_label = (iob, label) if n == 0 or iob == "O" else ("I", label)
                raw.append(
                    RawToken(
                        text=text[w_start:w_end],
                        start=w_start,
                        end=w_end,
                        lemma=word.lemma,
                        upos=word.upos,
                        tag=word.xpos,
                        head=word.head - 1,
                        deprel=word.deprel,
                        ent=w_label,
                        ent_iob=w_iob,
                    )
                )
        return raw

    def _paragraphs(
        self, text: str, sentences: list[_Sentence], spans: list[list[tuple[int, int]]]
    ) -> list[tuple[int, int]]:
        """Paragraph spans from ``# newpar`` markers, else from blank lines in the text."""
        if not any(sentence.newpar for sentence in sentences):
            return paragraph_spans(text)
        paragraphs: list[tuple[int, int]] = []
        for i, (sentence, sent_spans) in enumerate(zip(sentences, spans, strict=True)):
            start, end = sent_spans[0][0], sent_spans[-1][1]
            if i == 0 or sentence.newpar:
                paragraphs.append((start, end))
            else:
                paragraphs[-1] = (paragraphs[-1][0], end)
        return paragraphs


def _value(column: str) -> str:
    return "" if column == "_" else column


def _misc(column: str) -> dict[str, str]:
    if column == "_":
        return {}
    items = {}
    for item in column.split("|"):
        key, _, value = item.partition("=")
        items[key] = value
    return items


def _entity_tag(misc: dict[str, str]) -> str | None:
    for key, value in misc.items():
        if key.lower() in _ENTITY_KEYS:
            return value
    return None


def _join_forms(units: list[_Unit]) -> str:
    parts = []
    for unit in units:
        parts.append(unit.form)
        if unit.misc.get("SpaceAfter") != "No":
            parts.append(" ")
    return "".join(parts).rstrip(" ")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
