"""Who is speaking: speaker mentions grouped into the sources of an article.

Every subject of a reporting verb is a speaker mention, whether or not the
rules found content for it ("A military source told Sputnik Arabic details").
Mentions are read in text order and each joins a source:

* a name joins the source with the same surname (``Rudskoy`` joins
  ``Col. Gen. Sergei Rudskoy``); its canonical name is the fullest form in the
  article;
* ``he``/``she`` join the nearest earlier individual source, ``they`` the
  nearest earlier group, organization or plural;
* a definite description (``the source``, ``the Syrian major``) joins the
  nearest earlier source that has a mention with the same head noun, or, for a
  source noun such as ``source`` or ``official``, the nearest unnamed one;
* anything else starts a new source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from .lexicons import SOURCE_NOUNS
from .model import Document, Token
from .syntax import antecedent, mention_tokens, speaker_of

__all__ = ["Mention", "Source", "SourceIndex", "resolve_sources"]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them"})
FIRST_SECOND_PERSON = frozenset({"i", "we", "you", "me", "us"})
ORGANIZATION_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC", "ORGANIZATION"})
PERSON_LABELS = frozenset({"PERSON", "PER"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@attrs.frozen
class Mention:
    start: int
    end: int
    text: str
    head: int  # token index of the mention's head


@attrs.define
class Source:
    """One source of the article and every mention of it."""

    id: str
    kind: str  # person, organization, unnamed_person, unnamed_group, unknown
    name: str | None
    mentions: list[Mention] = attrs.field(factory=list)
    head_lemmas: set[str] = attrs.field(factory=set)  # head nouns of its descriptions


@attrs.define
class SourceIndex:
    """The sources of one article and which source each mention belongs to."""

    sources: list[Source]
    by_head: dict[int, Source]  # mention head token index -> source
    mentions: dict[int, Mention]  # mention head token index -> mention

    def source_of(self, head: Token) -> Source | None:
        return self.by_head.get(head.i)


def resolve_sources(doc: Document, speaker_heads: Iterable[Token]) -> SourceIndex:
    """Group the given speaker mentions, and the subjects of every reporting verb, into sources."""
    from .rules.direct import is_cue_verb  # the cue test is the rules' own

    heads = {t.i: t for t in speaker_heads}
    for verb in doc.tokens:
        if is_cue_verb(verb):
            speaker = speaker_of(doc, verb)
            if speaker is not None:
                heads.setdefault(speaker.i, speaker)
    full_names = _full_names(doc)
    index = SourceIndex([], {}, {})
    for head in sorted(heads.values(), key=lambda t: t.i):
        tokens = mention_tokens(doc, head)
        mention = Mention(tokens[0].start, tokens[-1].end, doc.text[tokens[0].start : tokens[-1].end], head.i)
        referent = antecedent(doc, head)  # "who" is a mention of the noun it follows
        if referent is not None:
            tokens = mention_tokens(doc, referent)
        source = _find_source(doc, index, referent or head, tokens, full_names)
        source.mentions.append(mention)
        if head.upos in ("NOUN", "PROPN"):
            source.head_lemmas.add(head.lemma.lower())
        for appositive in doc.children(head):
            if appositive.deprel == "appos" and appositive.upos == "NOUN":
                source.head_lemmas.add(appositive.lemma.lower())
        index.by_head[head.i] = source
        index.mentions[head.i] = mention
    return index


def _find_source(
    doc: Document, index: SourceIndex, head: Token, tokens: Sequence[Token], full_names: dict[str, str]
) -> Source:
    lower = head.lower
    if head.upos == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_SECOND_PERSON:
        if lower in PERSON_PRONOUNS:
            found = _latest(index, ("person", "unnamed_person"))
        elif lower in GROUP_PRONOUNS:
            found = _latest(index, ("organization", "unnamed_group", "unknown"))
        else:
            found = None
        return found or _new(index, "unknown", None)
    name, kind = _name_in(doc, head, tokens, full_names)
    if name is not None:
        for source in index.sources:
            if source.name is not None and _surname(source.name) == _surname(name) and source.kind == kind:
                return source
        return _new(index, kind, name)
    lemma = head.lemma.lower()
    if tokens[0].lower in DEFINITE or any(c.lower in DEFINITE for c in doc.children(head) if c.deprel == "det"):
        for source in reversed(index.sources):
            if lemma in source.head_lemmas:
                return source
        if lemma in SOURCE_NOUNS:
            for source in reversed(index.sources):
                if source.kind in ("unnamed_person", "unnamed_group"):
                    return source
    plural = head.tag in ("NNS", "NNPS") or SOURCE_NOUNS.get(lemma) == "group"
    return _new(index, "unnamed_group" if plural else "unnamed_person", None)


def _latest(index: SourceIndex, kinds: Sequence[str]) -> Source | None:
    """The source of the most recent mention whose source is of one of ``kinds``."""
    for head_i in sorted(index.by_head, reverse=True):
        source = index.by_head[head_i]
        if source.kind in kinds:
            return source
    return None


def _new(index: SourceIndex, kind: str, name: str | None) -> Source:
    number = len(index.sources) + 1
    slug = _slug(name) if name else f"{'unknown' if kind == 'unknown' else 'unnamed'}-{number}"
    if any(s.id == slug for s in index.sources):
        slug = f"{slug}-{number}"
    source = Source(slug, kind, name)
    index.sources.append(source)
    return source


def _name_in(doc: Document, head: Token, tokens: Sequence[Token], full_names: dict[str, str]) -> tuple[str | None, str]:
    """The name a mention carries, and whether it names a person or an organization."""
    if head.upos != "PROPN" and not head.ent:
        return None, ""
    entity = doc.entity_at(head)
    if head.upos == "PROPN" and _surname(head.text) in full_names:
        return full_names[_surname(head.text)], "person"
    if entity is not None and entity.label in PERSON_LABELS:
        text = _strip_possessive(doc.text[entity.start : entity.end])
        return full_names.get(_surname(text), text), "person"
    if head.upos != "PROPN":
        return None, ""
    if entity is not None:
        text = doc.text[entity.start : entity.end]
    else:
        names = [t for t in tokens if t.upos == "PROPN" and abs(t.i - head.i) <= 3]
        text = doc.text[min(t.start for t in names) : max(t.end for t in names)]
    return _strip_article(_strip_possessive(text)), "organization"


def _full_names(doc: Document) -> dict[str, str]:
    """Surname -> the fullest person name with that surname in the article."""
    names: dict[str, str] = {}
    for entity in doc.entities:
        if entity.label in PERSON_LABELS:
            name = _strip_possessive(doc.text[entity.start : entity.end])
            key = _surname(name)
            if key and len(name.split()) > len(names.get(key, "").split()):
                names[key] = name
    return names


_POSSESSIVE = regex.compile(r"(?:'s|’s|'|’)$")


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


def _strip_article(text: str) -> str:
    return regex.sub(r"^(?i:the)\s+", "", text)


def _surname(name: str) -> str:
    words = _strip_possessive(name).split()
    return words[-1].lower() if words else ""


def _slug(name: str) -> str:
    return regex.sub(r"[^\p{L}\p{N}]+", "-", name.lower()).strip("-") or "source"
