"""One catalogue of quotex errors.

Every error is a :class:`QuotexError`; each also subclasses the built-in a caller
would expect (bad input is a ``ValueError``, a missing model an ``OSError``), so
``except ValueError`` keeps working for code that does not know quotex.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "ModelNotFoundError",
    "ParseError",
    "QuotexError",
]


class QuotexError(Exception):
    """Base class of every error quotex raises on purpose."""


class InputError(QuotexError, ValueError):
    """An input document or line cannot be read.

    ``source`` names the file (or ``<stdin>``), ``line`` the 1-based line number
    and ``doc_id`` the document id when it is known.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        doc_id: str | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        self.doc_id = doc_id
        where = ", ".join(
            part
            for part in (
                source,
                f"line {line}" if line is not None else None,
                f"document {doc_id!r}" if doc_id is not None else None,
            )
            if part
        )
        super().__init__(f"{where}: {reason}" if where else reason)


class ParseError(QuotexError, ValueError):
    """Pre-parsed input (CoNLL-U, token dicts) is malformed."""


class ModelNotFoundError(QuotexError, OSError):
    """A parser backend or its language model is not installed."""
