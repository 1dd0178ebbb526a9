"""Quotation marks: find the stretches of an article's text that stand inside quotation marks.

This works on plain text, before (and without) any parser. :func:`find_quotations`
pairs opening and closing marks paragraph by paragraph and returns one
:class:`Quotation` per pair, outermost and nested alike.

Mark styles, each opening mark with the marks that may close it:

==========  ========================================================================
``"…"``     straight double; open or close is decided from the characters around it
``“…”``     English curly double (a ``“`` in closing position also closes a ``“``)
``„…“``     German, also ``„…”``
``«…»``     guillemets
``‘…’``     curly single; ``’`` is also the apostrophe, see below
``‹…›``     single guillemets
``'…'``     straight single, only where it is clearly a quotation mark
==========  ========================================================================

Decisions, for a reader auditing a result:

* **Apostrophes.** ``’`` and ``'`` inside a word (``Iraq’s``, ``don't``) are never
  marks. ``‘`` and ``'`` open only at a word start (after white space, an opening
  bracket, a dash or another opening mark, before a letter or digit) and not before
  an elision (``’90s``, ``'em``, ``'Tis``, ``rock 'n' roll``; see :data:`ELISIONS`).
  ``’`` and ``'`` close only while a matching mark is open, after a non-space and
  before a non-letter, and not where they look like a plural possessive
  (``the players’ union``: an ``s``, the mark, a space and a lower-case word).
* **Straight double quotes** open when preceded by white space, the paragraph start,
  an opening bracket, a dash or another opening mark and followed by a non-space;
  close when preceded by anything else and followed by a non-letter; otherwise (an
  ambiguous mark) they close a straight quote that is open and open one if none is.
* **Pairing** uses a stack per paragraph. A closing mark closes the innermost open
  mark it can close; marks opened inside it and never closed are dropped (they are
  most often apostrophes or typos). A closing mark with nothing to close is ignored.
* **Paragraph ends.** A quotation never crosses a paragraph break, except by the
  newspaper convention for long quotations: when the outermost quotation still open
  at the end of a paragraph is of the same style as a mark that opens the next
  paragraph, it continues there (each paragraph opens with a mark, only the last
  closes); the result is one :class:`Quotation` with one piece per paragraph. Any
  other mark still open at a paragraph end makes a quotation that ends with the
  paragraph, with ``close_mark == ""``, kept only when its content has at least
  :data:`MIN_UNCLOSED_WORDS` words (a lone stray mark is noise, a long run of words
  after an opening mark is most likely a quotation whose closing mark was lost).
* **Depth** is counted among the quotations returned: 0 for one inside no other.

Every offset indexes the input string. The work is linear in the length of the
text (plus a logarithmic factor per unclosed quotation), whatever the marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import attrs
import regex

from .errors import InputError
from .text import paragraph_spans

__all__ = ["ELISIONS", "MIN_UNCLOSED_WORDS", "OPENERS_CLOSED_BY", "OPENING_MARKS", "Quotation", "find_quotations"]

#: An unclosed quotation (one running to the end of its paragraph) is kept only
#: when its content has at least this many words.
MIN_UNCLOSED_WORDS = 3

#: Words whose first letters are elided with an apostrophe, so that ``'tis`` or
#: ``‘em`` does not open a quotation. Two digits (``’90s``, ``'06``) are elisions too.
ELISIONS = ("tis", "twas", "twere", "em", "n", "cause", "cos", "til", "bout", "nuff", "kay")

#: For every closing mark, the opening marks it may close. Straight and curly
#: double marks close each other: scraped text often mixes them ("Q,” he said).
OPENERS_CLOSED_BY: dict[str, str] = {
    '"': '"“',
    "”": '“„"',
    "“": "„“",
    "»": "«",
    "’": "‘",
    "›": "‹",
    "'": "'",
}

OPENING_MARKS = '"“„«‘‹' + "'"
_MARK = re.compile(r"[\"'“”„«»‘’‹›]")  # the standard library scans a plain class of characters faster
# Characters after which a mark stands at the start of something (white space counts too).
_OPENING_CONTEXT = frozenset("([{<-‐‑‒–—―/" + OPENING_MARKS)
_ELISION = regex.compile(
    r"['‘’](?:\d\d(?!\d)|(?:" + "|".join(ELISIONS) + r")(?![\p{L}\p{N}]))",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]+")

_SKIP, _OPEN, _CLOSE = 0, 1, 2


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class Quotation:
    """One stretch of text between quotation marks.

    ``text[content_start:content_end]`` is the content. A quotation running over
    several paragraphs (each opening with a mark) has one piece per paragraph,
    the opening marks of the later paragraphs lying between the pieces.
    """

    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or content end if unclosed)
    content_start: int  # first char inside the marks
    content_end: int  # one past the last char inside the marks
    open_mark: str
    close_mark: str  # "" when the quotation never closes
    paragraphs: tuple[int, ...]  # indexes into the paragraph list
    pieces: tuple[tuple[int, int], ...]  # content spans, one per paragraph covered
    depth: int = 0  # 0 = outermost


class _Open:
    """A mark opened and not yet closed, with the pieces it has so far."""

    __slots__ = ("mark", "paragraphs", "piece_start", "pieces", "pos")

    def __init__(self, pos: int, mark: str, paragraph: int) -> None:
        self.pos = pos
        self.mark = mark
        self.paragraphs = [paragraph]
        self.pieces: list[tuple[int, int]] = []
        self.piece_start = pos + 1


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[Quotation]:
    """Every quotation in ``text``, outermost and nested, sorted by start.

    ``paragraphs`` are (start, end) spans in text order, not overlapping; they
    default to :func:`quotex.text.paragraph_spans`. Marks outside every paragraph
    are ignored. Unbalanced or stray marks never raise (see the module docstring
    for how they are resolved).
    """
    spans = paragraph_spans(text) if paragraphs is None else [(int(s), int(e)) for s, e in paragraphs]
    _check_spans(text, spans)
    found: list[_Found] = []
    word_starts: dict[int, list[int]] = {}
    carried: _Open | None = None  # the quotation continuing into this paragraph
    for p, (pstart, pend) in enumerate(spans):
        counts = dict.fromkeys(OPENING_MARKS, 0)
        stack: list[_Open] = []
        scan_from = pstart
        if carried is not None:
            stack.append(carried)
            counts[carried.mark] += 1
            scan_from = pstart + 1  # its opening mark is the continuation mark
            carried = None
        for match in _MARK.finditer(text, scan_from, pend):
            i = match.start()
            mark = text[i]
            kind = _classify(text, i, pstart, pend, mark, counts)
            if kind == _OPEN:
                stack.append(_Open(i, mark, p))
                counts[mark] += 1
            elif kind == _CLOSE:
                openers = OPENERS_CLOSED_BY[mark]
                for opener in openers:  # a loop, not any() over a generator: every closing mark
                    if counts[opener]:
                        break
                else:
                    continue  # stray closing mark
                while True:  # each entry is popped once: linear overall
                    entry = stack.pop()
                    counts[entry.mark] -= 1
                    if entry.mark in openers:
                        break
                found.append(_found(entry, i, i + 1, mark))
        if not stack:
            continue
        end = pend
        while end > pstart and text[end - 1].isspace():
            end -= 1
        if p + 1 < len(spans) and _opens_paragraph(text, spans[p + 1], stack[0].mark):
            carried = stack[0]
            carried.pieces.append((carried.piece_start, max(carried.piece_start, end)))
            carried.paragraphs.append(p + 1)
            carried.piece_start = spans[p + 1][0] + 1
            unclosed = stack[1:]
        else:
            unclosed = stack
        for entry in unclosed:
            content_end = max(entry.piece_start, end)
            if _word_count(text, spans, entry, content_end, word_starts) >= MIN_UNCLOSED_WORDS:
                found.append(_found(entry, content_end, content_end, ""))
    return _with_depths(found)


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for n, (start, end) in enumerate(spans):
        if not previous_end <= start <= end <= len(text):
            raise InputError(
                f"paragraph {n} spans ({start}, {end}): paragraphs must lie inside the text "
                f"(length {len(text)}), in order and without overlapping; "
                "pass quotex.text.paragraph_spans(text) or leave paragraphs out"
            )
        previous_end = end


def _classify(text: str, i: int, start: int, end: int, mark: str, counts: dict[str, int]) -> int:
    """Whether the mark at ``i`` opens, closes or is no quotation mark at all."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if mark in "«‹„":
        return _OPEN
    if mark in "»›”":
        return _CLOSE
    at_start = prev.isspace() or prev in _OPENING_CONTEXT
    if mark == "“":
        if (counts["„"] or counts["“"]) and not at_start and not nxt.isalnum():
            return _CLOSE
        return _OPEN
    if mark == '"':
        if at_start and not nxt.isspace():
            return _OPEN
        if not at_start and not nxt.isalnum():
            return _CLOSE
        return _CLOSE if counts['"'] else _OPEN
    # Single marks, which may be apostrophes.
    if prev.isalnum() and nxt.isalnum():
        return _SKIP
    if mark in "‘'":
        opens = nxt.isalnum() if mark == "'" else not nxt.isspace()
        if at_start and opens:
            return _SKIP if _ELISION.match(text, i, end) else _OPEN
        if mark == "‘":
            return _SKIP
    if (
        counts["‘" if mark == "’" else "'"]
        and not prev.isspace()
        and not nxt.isalnum()
        and not _is_possessive(text, i, end)
        and not _closes_elision(text, i, start)
    ):
        return _CLOSE
    return _SKIP


def _is_possessive(text: str, i: int, end: int) -> bool:
    """``players’ union``: an s, the mark, one space and a lower-case word."""
    return text[i - 1] in "sS" and i + 2 < end and text[i + 1] == " " and text[i + 2].islower()


def _closes_elision(text: str, i: int, start: int) -> bool:
    """The second mark of ``rock ’n’ roll``."""
    return i - 2 >= start and text[i - 1] in "nN" and text[i - 2] in "'‘’" and (i - 3 < start or text[i - 3].isspace())


def _opens_paragraph(text: str, span: tuple[int, int], mark: str) -> bool:
    """Whether the paragraph starts with ``mark`` used as an opening mark."""
    start, end = span
    if start >= end or text[start] != mark:
        return False
    return _classify(text, start, start, end, mark, dict.fromkeys(OPENING_MARKS, 0)) == _OPEN


def _word_count(
    text: str, spans: list[tuple[int, int]], entry: _Open, content_end: int, cache: dict[int, list[int]]
) -> int:
    """Words in the content of an unclosed quotation, by bisecting each paragraph's word starts once found."""
    total = 0
    pieces = [*entry.pieces, (entry.piece_start, content_end)]
    for p, (a, b) in zip(entry.paragraphs, pieces, strict=True):
        starts = cache.get(p)
        if starts is None:
            starts = cache[p] = [m.start() for m in _WORD.finditer(text, *spans[p])]
        total += bisect_left(starts, b) - bisect_left(starts, a)
    return total


# The fields of a Quotation but its depth, start and end first for sorting.
_Found = tuple[int, int, int, int, str, str, tuple[int, ...], tuple[tuple[int, int], ...]]


def _found(entry: _Open, content_end: int, end: int, close_mark: str) -> _Found:
    pieces = (*entry.pieces, (entry.piece_start, content_end))
    return (entry.pos, end, entry.pos + 1, content_end, entry.mark, close_mark, tuple(entry.paragraphs), pieces)


def _with_depths(found: list[_Found]) -> list[Quotation]:
    """Sort by start, count the quotations around each one and make the records."""
    found.sort(key=lambda f: (f[0], -f[1]))
    ends: list[int] = []  # ends of the quotations enclosing the current one
    result = []
    for f in found:
        start, end = f[0], f[1]
        while ends and (ends[-1] <= start or ends[-1] < end):
            ends.pop()
        result.append(Quotation(*f, depth=len(ends)))
        ends.append(end)
    return result
