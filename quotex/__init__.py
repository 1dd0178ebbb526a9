"""quotex: who said what, to whom, and how identifiable is the source.

>>> import quotex                                              # doctest: +SKIP
>>> for q in quotex.extract('"We won," she said.'): print(q.quote.text, q.speaker.text)  # doctest: +SKIP
We won, she
"""

from __future__ import annotations

from .errors import InputError, ModelNotFoundError, ParseError, QuotexError
from .extract import Extractor, analyse, extract, extract_document
from .records import SCHEMA_VERSION, ArticleRecord, ErrorRecord, QuoteRecord, SourceRecord, Span, Speaker, to_dict

__all__ = [
    "SCHEMA_VERSION",
    "ArticleRecord",
    "ErrorRecord",
    "Extractor",
    "InputError",
    "ModelNotFoundError",
    "ParseError",
    "QuoteRecord",
    "QuotexError",
    "SourceRecord",
    "Span",
    "Speaker",
    "analyse",
    "extract",
    "extract_document",
    "to_dict",
]

__version__ = "0.1.0"
