"""Word lists that the rules read, kept as data files beside this module.

Each file has one entry a line, ``entry  class``, with ``#`` comments; an entry
may hold several words ("on condition of anonymity  condition"), the class is
the last word of the line. See docs/lexicons.md for what each list means and
how it grew. :data:`CLASSES` names the classes each file may use; a file that
uses another fails to load.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

__all__ = [
    "ANONYMITY_PHRASES",
    "AUDIENCES",
    "CHANNELS",
    "CLASSES",
    "CONTENT_CUES",
    "FIRST_NAMES",
    "LEXICONS",
    "OUTLETS",
    "OUTLET_WORDS",
    "QUANTIFIERS",
    "REPORTING_VERBS",
    "SOURCE_NOUNS",
    "TITLES",
    "load_pairs",
    "load_table",
]

# The classes each lexicon may use (None: an open set, see the file).
CLASSES: dict[str, frozenset[str] | None] = {
    "reporting_verbs": frozenset({"speech", "stance", "report", "cognition", "evidence"}),
    "content_cues": None,  # a content kind or a preposition; an entry may repeat (load_pairs)
    "source_nouns": frozenset(
        {
            "source",
            "person",
            "people",
            "group",
            "organization",
            "institution",
            "document",
            "share",
            "count",
        }
    ),
    "quantifiers": frozenset({"group", "person", "anaphor", "share"}),
    "titles": None,  # the role noun a title stands for, or "honorific"
    "anonymity_phrases": frozenset({"condition", "not_named", "not_authorized", "familiar", "unnamed"}),
    "outlets": frozenset({"agency", "broadcaster", "newspaper", "magazine", "online", "program"}),
    "outlet_words": frozenset({"name", "noun"}),
    "audiences": frozenset({"press", "public", "body"}),
    "channels": frozenset({"written", "social", "spoken", "event"}),
    "first_names": frozenset({"m", "f"}),
    "given_names": frozenset({"m", "f"}),  # generated (scripts/make_given_names.py)
}
LEXICONS: tuple[str, ...] = tuple(CLASSES)


def _rows(name: str) -> Iterator[tuple[int, str, str]]:
    """(line number, entry, class) of each entry line of ``<name>.txt``.

    Raises ``ValueError`` naming the file and line for a malformed line or a
    class that :data:`CLASSES` does not allow.
    """
    allowed = CLASSES.get(name)
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        entry, _, kind = line.rpartition(" ")
        entry = " ".join(entry.split()).lower()
        if not entry or not kind:
            raise ValueError(f"lexicon {name}.txt line {number}: expected 'entry  class', got {line!r}")
        if allowed is not None and kind not in allowed:
            raise ValueError(
                f"lexicon {name}.txt line {number}: class {kind!r} is not one of {sorted(allowed)} "
                "(add it to quotex.lexicons.CLASSES and docs/lexicons.md)"
            )
        yield number, entry, kind


@cache
def load_table(name: str) -> dict[str, str]:
    """The entries of ``<name>.txt`` mapped to their class (lower-cased entries).

    Raises ``ValueError`` naming the file and line for a malformed line, an entry
    listed twice, or a class that :data:`CLASSES` does not allow.
    """
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
CONTENT_CUES = load_pairs("content_cues")
SOURCE_NOUNS = load_table("source_nouns")
QUANTIFIERS = load_table("quantifiers")
TITLES = load_table("titles")
ANONYMITY_PHRASES = load_table("anonymity_phrases")
OUTLETS = load_table("outlets")
OUTLET_WORDS = load_table("outlet_words")
AUDIENCES = load_table("audiences")
CHANNELS = load_table("channels")
# The hand-made list over the generated one: its entries win where both hold a name.
FIRST_NAMES = load_table("given_names") | load_table("first_names")
