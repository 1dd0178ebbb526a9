"""Parser adapters: each turns article text into a :class:`quotex.model.Document`.

Only the adapter modules import their parsing library; everything else reads
the document model. ``load_parser(name)`` returns a callable
``parser(text, doc_id) -> Document`` (with ``parser.pipe`` for batches).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from ..errors import ModelNotFoundError
from ..model import Document

__all__ = ["PARSERS", "Parser", "load_parser"]


class Parser(Protocol):
    name: str

    def __call__(self, text: str, doc_id: str = "") -> Document: ...

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        """Parse ``(text, doc_id)`` pairs, yielding one Document per pair in order."""
        ...


def _spacy(**options: object) -> Parser:
    from .spacy_parser import SpacyParser

    return SpacyParser(**options)  # type: ignore[arg-type]


def _stanza(**options: object) -> Parser:
    from .stanza_parser import StanzaParser

    return StanzaParser(**options)  # type: ignore[arg-type]


PARSERS: dict[str, Callable[..., Parser]] = {"spacy": _spacy, "stanza": _stanza}


def load_parser(name: str = "spacy", **options: object) -> Parser:
    """Load the named parser backend (``spacy`` or ``stanza``)."""
    try:
        factory = PARSERS[name]
    except KeyError:
        raise ModelNotFoundError(f"unknown parser {name!r}; choose one of {', '.join(PARSERS)}") from None
    return factory(**options)
