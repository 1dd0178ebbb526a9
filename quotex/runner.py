"""Running extraction over a stream of articles.

:func:`analyse_all` turns a stream of articles (and error records from the
reader) into one :class:`ArticleRecord` or :class:`ErrorRecord` per input, in
input order: nothing is lost, and one failing article never ends the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .extract import Extractor
from .io import Article
from .records import ArticleRecord, ErrorRecord

__all__ = ["analyse_all"]


def analyse_all(items: Iterable[Article | ErrorRecord], extractor: Extractor) -> Iterator[ArticleRecord | ErrorRecord]:
    """One record per input item, in input order."""
    for item in items:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        try:
            yield extractor.article(item.text, item.doc_id)
        except Exception as error:  # one bad document never ends the run
            yield ErrorRecord(
                item.doc_id, item.source, item.line, f"extraction failed: {type(error).__name__}: {error}"
            )
