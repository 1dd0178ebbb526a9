"""Word lists that the rules read, kept as data files beside this module.

Each file has one entry a line, ``entry  class``, with ``#`` comments; see
docs/lexicons.md for what each list means and how it grew.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

__all__ = ["CONTENT_CUES", "REPORTING_VERBS", "SOURCE_NOUNS", "load_pairs", "load_table"]


def _rows(name: str) -> Iterator[tuple[int, str, str]]:
    """(line number, entry, class) of each entry line of ``<name>.txt``."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        entry, _, kind = line.rpartition(" ")
        entry = entry.strip().lower()
        if not entry or not kind:
            raise ValueError(f"lexicon {name}.txt line {number}: expected 'entry  class', got {line!r}")
        yield number, entry, kind


@cache
def load_table(name: str) -> dict[str, str]:
    """The entries of ``<name>.txt`` mapped to their class; an entry may appear once."""
    table: dict[str, str] = {}
    for number, entry, kind in _rows(name):
        if entry in table:
            raise ValueError(f"lexicon {name}.txt line {number}: {entry!r} is listed twice")
        table[entry] = kind
    return table


@cache
def load_pairs(name: str) -> dict[str, frozenset[str]]:
    """The entries of ``<name>.txt`` mapped to all their classes; an entry may have several lines."""
    pairs: dict[str, set[str]] = {}
    for number, entry, kind in _rows(name):
        if kind in pairs.setdefault(entry, set()):
            raise ValueError(f"lexicon {name}.txt line {number}: {entry!r} {kind!r} is listed twice")
        pairs[entry].add(kind)
    return {entry: frozenset(kinds) for entry, kinds in pairs.items()}


REPORTING_VERBS = load_table("reporting_verbs")
SOURCE_NOUNS = load_table("source_nouns")
CONTENT_CUES = load_pairs("content_cues")
