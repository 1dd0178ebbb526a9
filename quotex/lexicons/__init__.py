"""Word lists that the rules read, kept as data files beside this module.

Each file has one entry a line, ``entry  class``, with ``#`` comments; see
docs/lexicons.md for what each list means and how it grew.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["REPORTING_VERBS", "SOURCE_NOUNS", "load_table"]


@cache
def load_table(name: str) -> dict[str, str]:
    """The entries of ``<name>.txt`` mapped to their class (lower-cased entries)."""
    table: dict[str, str] = {}
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        entry, _, kind = line.rpartition(" ")
        entry = entry.strip().lower()
        if not entry or not kind:
            raise ValueError(f"lexicon {name}.txt line {number}: expected 'entry  class', got {line!r}")
        if entry in table:
            raise ValueError(f"lexicon {name}.txt line {number}: {entry!r} is listed twice")
        table[entry] = kind
    return table


REPORTING_VERBS = load_table("reporting_verbs")
SOURCE_NOUNS = load_table("source_nouns")
