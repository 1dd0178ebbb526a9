"""stanza adapter: the optional neural parser (``pip install quotex[stanza]``).

Models are never downloaded at run time; a missing model raises
:class:`ModelNotFoundError` saying how to fetch it. Each paragraph is parsed on
its own, so no sentence crosses a paragraph break, and stanza's paragraph-relative
offsets are shifted back onto the article text.

Multi-word tokens (French ``du`` = ``de`` + ``le``) become one RawToken per
word, placed with :func:`quotex.parsers.conllu.multiword_spans`: words that spell
out the token get their own piece of it; otherwise the first word takes the
whole token and the rest are dropped (their dependents attach to their head),
so a token's text is always the article text at its offsets.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import stanza
from stanza.resources.common import DEFAULT_MODEL_DIR

from ..errors import ModelNotFoundError, ParseError
from ..model import Document, RawToken, build_document
from ..text import paragraph_spans, parse_spans
from .conllu import iob_from_tag, multiword_spans

__all__ = [
    "DEFAULT_PROCESSORS",
    "StanzaParser",
    "document_from_stanza",
    "document_from_stanza_paragraphs",
    "load_pipeline",
    "models_installed",
]

DEFAULT_PROCESSORS = "tokenize,pos,lemma,depparse,ner"


def models_installed(lang: str = "en", model_dir: str | None = None) -> bool:
    """Whether stanza's ``resources.json`` and a model directory for ``lang`` are in ``model_dir``."""
    root = model_dir or DEFAULT_MODEL_DIR
    return os.path.isfile(os.path.join(root, "resources.json")) and os.path.isdir(os.path.join(root, lang))


def load_pipeline(lang: str = "en", processors: str = DEFAULT_PROCESSORS, **kwargs: Any) -> Any:
    """Build a ``stanza.Pipeline`` from installed models only; ``kwargs`` go to the pipeline."""
    options: dict[str, Any] = {"download_method": None, "logging_level": "WARN", **kwargs}
    try:
        return stanza.Pipeline(lang, processors=processors, **options)
    except OSError as error:  # stanza's ResourcesFileNotFoundError, LanguageNotDownloadedError ...
        where = options.get("dir") or options.get("model_dir") or DEFAULT_MODEL_DIR
        raise ModelNotFoundError(
            f"stanza models for {lang!r} ({processors}) are not installed in {where} ({error}). "
            f"Download them with `python -c \"import stanza; stanza.download('{lang}')\"` on a machine that "
            "reaches stanza's model hub (then copy the directory here or set STANZA_RESOURCES_DIR), "
            "or use `--parser spacy`, which works offline."
        ) from error


class StanzaParser:
    name = "stanza"

    def __init__(
        self,
        lang: str = "en",
        processors: str = DEFAULT_PROCESSORS,
        pipeline: Any = None,
        **kwargs: Any,
    ) -> None:
        """Load the stanza pipeline, or use a ready ``pipeline``; ``kwargs`` go to ``stanza.Pipeline``."""
        self.nlp = pipeline if pipeline is not None else load_pipeline(lang, processors, **kwargs)
        self.model_name = f"stanza-{stanza.__version__}-{lang}"

    def __call__(self, text: str, doc_id: str = "") -> Document:
        return next(self.pipe([(text, doc_id)]))

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        """Parse ``(text, doc_id)`` pairs in input order, each article's paragraphs in one stanza batch."""
        for text, doc_id in items:
            spans = paragraph_spans(text)
            pieces = parse_spans(text, spans)
            parsed = self.nlp.bulk_process([text[start:end] for start, end in pieces]) if pieces else []
            pairs = [(stanza_doc, start) for stanza_doc, (start, _end) in zip(parsed, pieces, strict=True)]
            yield document_from_stanza_paragraphs(text, pairs, doc_id=doc_id, paragraphs=spans)


def document_from_stanza(stanza_doc: Any, text: str | None = None, *, doc_id: str = "", offset: int = 0) -> Document:
    """Convert a parsed ``stanza.Document`` whose character offsets index ``text[offset:]``.

    ``text`` defaults to the stanza document's own text; paragraphs are found in
    it with :func:`quotex.text.paragraph_spans`.
    """
    if text is None:
        text = stanza_doc.text
        if text is None:
            raise ParseError(f"document {doc_id!r}: the stanza document has no text; pass text=")
    return document_from_stanza_paragraphs(text, [(stanza_doc, offset)], doc_id=doc_id)


def document_from_stanza_paragraphs(
    text: str,
    parsed: Iterable[tuple[Any, int]],
    *,
    doc_id: str = "",
    paragraphs: Sequence[tuple[int, int]] | None = None,
) -> Document:
    """Convert ``(stanza_doc, offset)`` pairs, one per parsed piece of ``text``, into one Document."""
    sentences = [
        sentence for stanza_doc, offset in parsed for sentence in _raw_sentences(stanza_doc, text, offset, doc_id)
    ]
    spans = paragraph_spans(text) if paragraphs is None else paragraphs
    return build_document(doc_id, text, sentences, spans)


def _raw_sentences(stanza_doc: Any, text: str, offset: int, doc_id: str) -> list[list[RawToken]]:
    """RawTokens of each sentence, one per stanza word, at offsets into ``text``."""
    sentences = []
    pos = offset
    for sentence in stanza_doc.sentences:
        raw = []
        for token in sentence.tokens:
            start, end = _token_span(token, text, offset, pos, doc_id)
            pos = end
            iob, label = iob_from_tag(token.ner)
            words = token.words
            for n, (word, (w_start, w_end)) in enumerate(
                zip(words, multiword_spans(text[start:end], start, [w.text for w in words]), strict=True)
            ):
                raw.append(
                    RawToken(
                        text=text[w_start:w_end],
                        start=w_start,
                        end=w_end,
                        lemma=word.lemma or "",
                        upos=word.upos or "",
                        tag=word.xpos or "",
                        head=word.head - 1 if word.head else -1,
                        deprel=word.deprel or "",
                        ent=label,
                        ent_iob=iob if n == 0 or iob == "O" else "I",
                    )
                )
        sentences.append(raw)
    return sentences


def _token_span(token: Any, text: str, offset: int, pos: int, doc_id: str) -> tuple[int, int]:
    """The token's span in ``text``: its own offsets, else right after the previous token."""
    if token.start_char is not None and token.end_char is not None:
        start, end = offset + token.start_char, offset + token.end_char
        if "".join(text[start:end].split()) == "".join(token.text.split()):  # stanza may rewrite inner spaces
            return start, end
    else:
        start = pos
        while start < len(text) and text[start].isspace():
            start += 1
        end = start + len(token.text)
        if text[start:end] == token.text:
            return start, end
    raise ParseError(
        f"document {doc_id!r}: stanza token {token.text!r} does not match the text at [{start}:{end}] "
        f"({text[start:end]!r})"
    )
