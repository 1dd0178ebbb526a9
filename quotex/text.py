"""Plain-text helpers shared by the parser adapters and the rules."""

from __future__ import annotations

import regex

__all__ = ["paragraph_spans"]

# Line breaks other than \n, mapped to \n one for one so offsets do not move.
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"})
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
_PARAGRAPH_BREAK_BLANK = regex.compile(r"(?:[^\S\n]*\n){2,}")
_PARAGRAPH_BREAK_LINE = regex.compile(r"[^\S\n]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, with surrounding white space trimmed.

    Paragraphs are separated by blank lines; a text with no blank line at all
    is taken to have one paragraph a line (the usual shape of scraped news).
    """
    text = text.translate(_LINE_BREAKS).replace("\r\n", " \n").replace("\r", "\n")
    breaks = _PARAGRAPH_BREAK_BLANK if _BLANK_LINE.search(text) else _PARAGRAPH_BREAK_LINE
    spans = []
    pos = 0
    for match in breaks.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            trimmed.append((start + lead, start + lead + len(stripped)))
    return trimmed
