"""Plain-text helpers shared by the parser adapters and the rules."""

from __future__ import annotations

import regex

__all__ = [
    "DATELINE",
    "MAX_CHUNK_CHARS",
    "MAX_CHUNK_MARKS",
    "MAX_PARAGRAPH_CHARS",
    "MAX_RUN_CHARS",
    "chunk_spans",
    "dateline_end",
    "has_blank_lines",
    "paragraph_spans",
    "parse_spans",
    "split_paragraph",
]

#: A paragraph longer than this is split at sentence ends (else at white space)
#: into pieces no longer than this, so that parsing stays within the parser's
#: limits and the rules' work per paragraph stays bounded.
MAX_PARAGRAPH_CHARS = 3_000

#: A run of non-space characters longer than this (a run of quote marks, an
#: encoded blob) is no word: it is cut into pieces of this length, each a
#: paragraph of its own (spaCy's tokenizer takes time quadratic in the
#: punctuation of such a run). A run of letters and digits only is cut into
#: pieces of :data:`MAX_PARAGRAPH_CHARS`.
MAX_RUN_CHARS = 300

#: Articles longer than this, or holding more quotation marks (and apostrophes)
#: than :data:`MAX_CHUNK_MARKS`, are parsed and analysed in paragraph-aligned chunks
#: within both limits (see :func:`chunk_spans`): the rules' work grows faster than
#: linearly with the number of quotes in one piece, so this keeps it bounded.
MAX_CHUNK_CHARS = 50_000
MAX_CHUNK_MARKS = 2_000

#: A wire dateline that opens a paragraph: a place in capitals, its state or country, the
#: date, the agency, a dash ("WASHINGTON (AP) — ", "MOSCOW (Reuters) - ", "FERGUSON, Mo. -- ",
#: "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "LONDON, 3 October (Reuters) - ").
DATELINE = regex.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*"  # WASHINGTON, NEW YORK
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"  # , Mo.
    r"(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"  # , Dec. 11
    r"(?: \([A-Za-z ]+\))?"  # (AP)
    r"(?:[ \t]*(?:--|[—–])|[ \t]+-)[ \t]*"  # a hyphen set off by a space: not "AFL-CIO"
)

# Line breaks other than \n, mapped to \n one for one so offsets do not move.
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"})
_MARK = regex.compile(r"[\"'“”„«»‘’‹›]")
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
_LINE_BREAK_RUN = regex.compile(r"(?:[^\S\n]*\n)+")
_ALPHANUMERIC = regex.compile(r"[\p{L}\p{N}]+")
# A place to split an over-long paragraph: after a sentence end (with any closing
# marks), or failing that any white space; quotation marks are tracked so as not
# to split inside a quotation when that can be helped.
_SPLIT_POINT = regex.compile(r"(?=[.!?…\"“”„«»’')\]\s])(?P<stop>[.!?…])?(?P<marks>[\"“”„«»’')\]]*)(?P<space>\s+)?")


def paragraph_spans(text: str, *, max_chars: int | None = None, max_run: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, with surrounding white space trimmed.

    Paragraphs are separated by line breaks, blank or not (scraped news puts
    one paragraph a line as often as it leaves blank lines between them); a
    single line break that looks like a hard wrap (a letter or comma before it,
    a lower-case letter after it) does not end a paragraph.
    A paragraph longer than ``max_chars`` (:data:`MAX_PARAGRAPH_CHARS`), or
    holding a run of more than ``max_run`` (:data:`MAX_RUN_CHARS`) non-space
    characters, is split into several (see :func:`split_paragraph`), so that
    the time spent on any text stays linear in its length.
    """
    text = _unify_line_breaks(text)
    spans = []
    pos = 0
    for match in _LINE_BREAK_RUN.finditer(text):
        if match.group().count("\n") == 1 and _is_hard_wrap(text, match.start(), match.end()):
            continue
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    trimmed = []
    for start, end in spans:
        for piece_start, piece_end in split_paragraph(text, start, end, max_chars=max_chars, max_run=max_run):
            chunk = text[piece_start:piece_end]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                trimmed.append((piece_start + lead, piece_start + lead + len(stripped)))
    return trimmed


def _is_hard_wrap(text: str, start: int, end: int) -> bool:
    """A single line break inside a sentence: a letter or comma before, a lower-case letter after."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (before.isalpha() or before == ",") and after.islower()


def _unify_line_breaks(text: str) -> str:
    return text.translate(_LINE_BREAKS).replace("\r\n", " \n").replace("\r", "\n")


def has_blank_lines(text: str) -> bool:
    """Whether :func:`paragraph_spans` takes blank lines (not single line breaks) to separate paragraphs."""
    return _BLANK_LINE.search(_unify_line_breaks(text)) is not None


def split_paragraph(
    text: str, start: int, end: int, *, max_chars: int | None = None, max_run: int | None = None
) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into pieces of at most ``max_chars`` characters
    (:data:`MAX_PARAGRAPH_CHARS`), none holding a run of more than ``max_run``
    (:data:`MAX_RUN_CHARS`) non-space characters, unless it is all letters and digits.

    Runs are cut into pieces of their own; the rest is cut at the last sentence
    end (``.``, ``!``, ``?`` or ``…`` and white space) in the second half of the
    allowed length that lies outside double quotation marks, else the last such
    sentence end, else the last white space. Linear in ``end - start``.
    """
    max_chars = MAX_PARAGRAPH_CHARS if max_chars is None else max_chars
    max_run = MAX_RUN_CHARS if max_run is None else max_run
    if end - start <= min(max_run, max_chars):
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    pos = start
    for run in regex.finditer(rf"\S{{{max_run + 1},}}", text, pos=start, endpos=end):
        pieces.extend(_split_prose(text, pos, run.start(), max_chars))
        step = max_chars if _ALPHANUMERIC.fullmatch(text, run.start(), run.end()) else max_run
        pieces.extend((i, min(i + step, run.end())) for i in range(run.start(), run.end(), step))
        pos = run.end()
    pieces.extend(_split_prose(text, pos, end, max_chars))
    return pieces


def _split_prose(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_chars:
        cut = _split_point(text, start, start + max_chars)
        pieces.append((start, cut))
        start = cut
    if end > start:
        pieces.append((start, end))
    return pieces


def _split_point(text: str, start: int, limit: int) -> int:
    """Where to end a piece that starts at ``start`` and may not reach past ``limit``."""
    outside = inside = space = -1
    straight = curly = 0  # open straight double marks (0 or 1) and open curly or angle marks
    half = (start + limit) // 2
    for match in _SPLIT_POINT.finditer(text, start, limit):
        for mark in match.group("marks") or "":
            if mark == '"':
                straight ^= 1
            elif mark in "“„«":
                curly += 1
            elif mark in "”»" and curly:
                curly -= 1
        if match.group("space") is None:
            continue
        space = match.end()
        if match.group("stop") is not None and space > half:
            if straight or curly:
                inside = space
            else:
                outside = space
    for cut in (outside, inside, space):
        if cut > start:
            return cut
    return limit  # no white space at all (cannot happen once long runs are cut out)


def chunk_spans(text: str, limit: int = MAX_CHUNK_CHARS, marks: int = MAX_CHUNK_MARKS) -> list[tuple[int, int]]:
    """(start, end) of paragraph-aligned chunks of ``text``, each at most ``limit``
    characters long and holding at most ``marks`` quotation marks, unless it is a
    single paragraph (see :func:`paragraph_spans` for how long that can be).

    Chunks run from the first paragraph's start to the last's end; a text within
    both limits, or with no paragraph, is one chunk: ``(0, len(text))``.
    """
    if len(text) <= limit and _count_marks(text, 0, len(text)) <= marks:
        return [(0, len(text))]
    chunks: list[tuple[int, int]] = []
    held = 0  # marks in the last chunk
    for start, end in paragraph_spans(text):
        count = _count_marks(text, start, end)
        if chunks and end - chunks[-1][0] <= limit and held + count <= marks:
            chunks[-1] = (chunks[-1][0], end)
            held += count
        else:
            chunks.append((start, end))
            held = count
    return chunks or [(0, len(text))]


def _count_marks(text: str, start: int, end: int) -> int:
    return sum(1 for _ in _MARK.finditer(text, start, end))


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the words after a dateline (:data:`DATELINE`) opening ``text[start:end]`` start;
    None when it opens with none, or nothing follows it."""
    found = DATELINE.match(text, start, end)
    return found.end() if found is not None and found.end() < end else None


def parse_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` a parser reads apart: each paragraph, and the dateline that
    opens one apart from the sentence after it. Read together, the parser makes the city the
    sentence's subject or root ("NAIROBI (Reuters) - A police officer said": the speaker
    became "Reuters")."""
    spans = []
    for start, end in paragraphs:
        words = dateline_end(text, start, end)
        if words is None:
            spans.append((start, end))
        else:
            spans += [(start, len(text[start:words].rstrip()) + start), (words, end)]
    return spans
