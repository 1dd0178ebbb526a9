"""The parsed-article model that every rule reads.

Parser adapters (``quotex.parsers``) turn an article into one immutable
:class:`Document`; rules never see spaCy or stanza objects. All character
offsets index the original article text, whatever the backend.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import TypeVar

import attrs

from .errors import ParseError

__all__ = [
    "Document",
    "Entity",
    "Paragraph",
    "RawToken",
    "Sentence",
    "Token",
    "build_document",
    "remembered_per_document",
    "remembered_per_token",
]

T = TypeVar("T")


@attrs.frozen
class Token:
    """One word of the article with its place in the dependency tree."""

    i: int  # index in Document.tokens
    text: str
    lower: str  # text in lower case: the rules compare words by it
    start: int
    end: int
    lemma: str
    upos: str  # universal part of speech: NOUN, PROPN, VERB, PRON ...
    tag: str  # language-specific tag (Penn Treebank for English)
    head: int  # Document index of the head; equal to ``i`` for a sentence root
    deprel: str  # dependency label, lower case; "root" for a sentence root
    ent: str  # entity type (PERSON, ORG, GPE ...) or "" outside entities
    sent: int  # index of the sentence holding the token
    children: tuple[int, ...] = ()

    @property
    def is_root(self) -> bool:
        return self.head == self.i


@attrs.frozen
class Sentence:
    i: int
    start: int
    end: int
    first: int  # first token index
    last: int  # one past the last token index
    paragraph: int

    @property
    def token_range(self) -> range:
        return range(self.first, self.last)


@attrs.frozen
class Paragraph:
    i: int
    start: int
    end: int


@attrs.frozen
class Entity:
    label: str
    start: int
    end: int
    first: int
    last: int


@attrs.frozen
class Document:
    """A parsed article: tokens, sentences, paragraphs and named entities."""

    id: str
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    entities: tuple[Entity, ...]

    def sentence_tokens(self, sentence: Sentence) -> Sequence[Token]:
        return self.tokens[sentence.first : sentence.last]

    def sentence_tokens_before(self, sentence: Sentence, position: int) -> Sequence[Token]:
        """The tokens of ``sentence`` that end at or before character ``position``, in text order."""
        tokens = self.tokens  # in text order: they end in order too, so those found are a bisected prefix
        last = bisect.bisect_right(tokens, position, lo=sentence.first, hi=sentence.last, key=attrgetter("end"))
        return tokens[sentence.first : last]

    def sentence_tokens_after(self, sentence: Sentence, position: int) -> Sequence[Token]:
        """The tokens of ``sentence`` that start at or after character ``position``, in text order."""
        tokens = self.tokens  # in text order: those found are a bisected suffix
        first = bisect.bisect_left(tokens, position, lo=sentence.first, hi=sentence.last, key=attrgetter("start"))
        return tokens[first : sentence.last]

    def head(self, token: Token) -> Token:
        return self.tokens[token.head]

    def children(self, token: Token) -> list[Token]:
        # asked very often, of tokens with no child or a few: a loop costs less than a comprehension
        # (which makes a function at each call before Python 3.12)
        tokens = self.tokens
        found: list[Token] = []
        for c in token.children:
            found.append(tokens[c])
        return found

    def children_after(self, token: Token) -> list[Token]:
        """The children of ``token`` that come after it in the text, in text order."""
        tokens = self.tokens
        found: list[Token] = []
        for c in token.children:  # a loop, as in children()
            if c > token.i:
                found.append(tokens[c])
        return found

    def subtree(self, token: Token) -> list[Token]:
        """The token and all its descendants, in text order."""
        tokens = self.tokens
        found = [token.i]
        stack = list(token.children)
        while stack:
            i = stack.pop()
            found.append(i)
            stack.extend(tokens[i].children)
        found.sort()
        subtree: list[Token] = []
        for i in found:  # a loop, as in children()
            subtree.append(tokens[i])
        return subtree

    def ancestors(self, token: Token) -> Iterator[Token]:
        while not token.is_root:
            token = self.tokens[token.head]
            yield token

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside ``[start, end)``, in text order."""
        indexes = self.token_indexes(start, end)
        return list(self.tokens[indexes.start : indexes.stop])

    def token_indexes(self, start: int, end: int) -> range:
        """The indexes of the tokens that lie wholly inside ``[start, end)``."""
        tokens = self.tokens
        starts = _token_starts(self)  # tokens are in text order
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, lo=first)
        if last > first and tokens[last - 1].end > end:
            last -= 1  # only the last token can run past the end: tokens do not overlap
        return range(first, last)

    def sentences_over(self, start: int, end: int) -> Sequence[Sentence]:
        """The sentences that share a character with ``[start, end)``, in text order."""
        sentences = self.sentences
        first = bisect.bisect_right(sentences, start, key=attrgetter("end"))  # sentences are in text order
        last = bisect.bisect_left(sentences, end, lo=first, key=attrgetter("start"))
        return sentences[first:last]

    def entities_starting_in(self, start: int, end: int) -> Sequence[Entity]:
        """The entities that start in ``[start, end)``, in text order."""
        entities = self.entities  # in text order
        first = bisect.bisect_left(entities, start, key=attrgetter("start"))
        return entities[first : bisect.bisect_left(entities, end, lo=first, key=attrgetter("start"))]

    def entity_at(self, token: Token) -> Entity | None:
        """The entity ``token`` belongs to, if any."""
        n = bisect.bisect_right(self.entities, token.i, key=attrgetter("first")) - 1  # entities are in text order
        if n >= 0 and token.i < self.entities[n].last:
            return self.entities[n]
        return None


def remembered_per_document(function: Callable[[Document], T]) -> Callable[[Document], T]:
    """``function``, computed once for the document it was last asked about in this thread
    (several rules ask it of the same document). ``function`` must depend on nothing but the
    document; the result is shared, not copied."""
    memo = threading.local()  # per thread: threads that analyse other documents do not mix

    def remembered(doc: Document) -> T:
        try:
            last, result = memo.last
        except AttributeError:  # a thread's first call
            last = None
        if last is not doc:
            result = function(doc)
            memo.last = (doc, result)
        return result

    remembered.__doc__ = function.__doc__
    return remembered


def remembered_per_token(function: Callable[[Document, Token], T]) -> Callable[[Document, Token], T]:
    """``function``, computed once per token of the document it was last asked about in this
    thread (the rules and the speaker resolution ask the same questions of a token again and
    again). ``function`` must depend on nothing but the document and the token; results are
    shared, not copied."""
    memo = threading.local()  # per thread: threads that analyse other documents do not mix

    def remembered(doc: Document, token: Token) -> T:
        try:
            last, results = memo.last
        except AttributeError:  # a thread's first call
            last, results = None, {}
        if last is not doc:
            results = {}
            memo.last = (doc, results)
        if token.i not in results:  # a first ask is common: tested, not caught as a KeyError
            results[token.i] = function(doc, token)
        return results[token.i]

    remembered.__doc__ = function.__doc__
    return remembered


@remembered_per_document  # asked for every span whose tokens a rule reads
def _token_starts(doc: Document) -> list[int]:
    """Where each token starts, in text order: a bisection over plain numbers costs far less
    than one that reads each token's start."""
    return [t.start for t in doc.tokens]


@attrs.frozen
class RawToken:
    """A token as an adapter reports it, before indexing.

    ``head`` is the 0-based index of the head within the same sentence, or -1
    for the root. ``ent_iob`` is "B", "I" or "O".
    """

    text: str
    start: int
    end: int
    lemma: str
    upos: str
    tag: str
    head: int
    deprel: str
    ent: str = ""
    ent_iob: str = "O"


def build_document(
    doc_id: str,
    text: str,
    sentences: Iterable[Sequence[RawToken]],
    paragraphs: Sequence[tuple[int, int]],
) -> Document:
    """Index adapter output into a :class:`Document`, checking every offset.

    Whitespace-only tokens are dropped (their dependents are re-attached to
    their head); sentences left empty are skipped. ``paragraphs`` are the
    (start, end) character spans of the article's paragraphs.
    """
    tokens: list[Token] = []
    sents: list[Sentence] = []
    entities: list[Entity] = []
    para_list = tuple(Paragraph(i, s, e) for i, (s, e) in enumerate(paragraphs))
    para_index = 0
    for raw_sentence in sentences:
        kept = _kept_tokens(doc_id, text, raw_sentence)
        if not kept:
            continue
        offset = len(tokens)
        new_index = {orig: offset + n for n, orig in enumerate(kept)}
        sent_i = len(sents)
        heads = []  # document index of each kept token's head, its own for a root
        for n, orig in enumerate(kept):
            head = raw_sentence[orig].head
            while head >= 0 and head not in new_index:
                head = raw_sentence[head].head  # climb over dropped whitespace
            heads.append(offset + n if head < 0 else new_index[head])
        # Heads never leave their sentence, so children are gathered here and each Token is built once.
        children: list[list[int]] = [[] for _ in kept]
        for n, head in enumerate(heads):
            if head != offset + n:
                children[head - offset].append(offset + n)
        for n, orig in enumerate(kept):
            raw = raw_sentence[orig]
            i = offset + n
            is_root = heads[n] == i
            tokens.append(
                Token(
                    i=i,
                    text=raw.text,
                    lower=raw.text.lower(),
                    start=raw.start,
                    end=raw.end,
                    lemma=raw.lemma,
                    upos=raw.upos,
                    tag=raw.tag,
                    head=heads[n],
                    deprel="root" if is_root else raw.deprel.lower(),
                    ent=raw.ent if raw.ent_iob != "O" else "",
                    sent=sent_i,
                    children=tuple(children[n]),
                )
            )
            _extend_entities(entities, tokens[-1], raw.ent_iob)
        start, end = tokens[offset].start, tokens[-1].end
        while para_index + 1 < len(para_list) and para_list[para_index].end <= start:
            para_index += 1
        sents.append(Sentence(sent_i, start, end, offset, len(tokens), para_index))
    return Document(
        id=doc_id,
        text=text,
        tokens=tuple(tokens),
        sentences=tuple(sents),
        paragraphs=para_list,
        entities=tuple(entities),
    )


def _kept_tokens(doc_id: str, text: str, raw_sentence: Sequence[RawToken]) -> list[int]:
    """Indexes of the non-whitespace tokens; raises if an offset is wrong."""
    kept = []
    for orig, raw in enumerate(raw_sentence):
        if not 0 <= raw.start <= raw.end <= len(text) or text[raw.start : raw.end] != raw.text:
            raise ParseError(
                f"document {doc_id!r}: token {raw.text!r} does not match the text at "
                f"[{raw.start}:{raw.end}] ({text[raw.start : raw.end]!r})"
            )
        if not 0 <= raw.head + 1 <= len(raw_sentence):
            raise ParseError(f"document {doc_id!r}: token {raw.text!r} has head {raw.head} outside its sentence")
        if raw.text.strip():
            kept.append(orig)
    return kept


def _extend_entities(entities: list[Entity], token: Token, iob: str) -> None:
    if not token.ent:
        return
    last = entities[-1] if entities else None
    if iob == "I" and last is not None and last.last == token.i and last.label == token.ent:
        entities[-1] = attrs.evolve(last, end=token.end, last=token.i + 1)
    else:
        entities.append(Entity(token.ent, token.start, token.end, token.i, token.i + 1))
