"""To whom and how a source spoke: the outlet, audience and channel of a quote.

    told Sputnik Arabic                 outlet    "Sputnik Arabic"
    in an interview with CNN            outlet    "CNN", channel "an interview"
    speaking to the Associated Press    outlet    "Associated Press"
    was quoted by Tasnim as saying      outlet    "Tasnim"
    told reporters, told the crowd      audience  "reporters", "the crowd"
    said in a statement                 channel   "a statement"
    wrote on Twitter, tweeted           channel   "Twitter", "tweeted"
    said at a news conference           channel   "a news conference"

The words read are those of the reporting clause: the cue verb and its
objects and prepositional phrases, down through participles ("speaking to")
and the channel's own phrases ("an interview with CNN"), but not the quote's
content or the speaker mention. An outlet is found by the gazetteer
(lexicons/outlets.txt) first, since the small spaCy model tags some outlets as
people; then by its last word ("the Des Moines Register") or by a common noun
("told the Kommersant newspaper", "the news agency"; lexicons/outlet_words.txt).
Audiences and channels come from lexicons/audiences.txt and channels.txt.

A quote with no outlet of its own inherits one only where the text carries the
same conversation on (:func:`inherit_outlets`, docs/sources.md).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

import attrs

from .lexicons import AUDIENCES, CHANNELS, OUTLET_WORDS, OUTLETS
from .model import Document, Token
from .records import Span

__all__ = [
    "CONTINUATION_ADVERBS",
    "CONTINUATION_VERBS",
    "Event",
    "Setting",
    "find_setting",
    "inherit_outlets",
    "outlet_at",
]

# Prepositions that introduce each kind of phrase: "told CNN", "spoke to the AP",
# "in an interview with CNN", "on Fox News", "wrote in (at) The Washington Post";
# "said to reporters", "remarks before lawmakers"; "in a statement", "on Twitter",
# "at a news conference", "during a debate", "via email", "over the phone".
OUTLET_PREPOSITIONS = frozenset({"to", "with", "on", "in", "for", "at"})
AUDIENCE_PREPOSITIONS = frozenset({"to", "with", "before", "for"})
CHANNEL_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through", "over", "by"})
# Dependents of the cue that belong to the reporting clause (ClearNLP and UD labels).
CLAUSE_LABELS = frozenset(
    {"dobj", "obj", "iobj", "dative", "prep", "pobj", "obl", "nmod", "advcl", "npadvmod", "advmod", "pcomp"}
    | {"compound", "amod", "det", "poss", "nmod:poss", "case", "appos", "flat", "acl", "xcomp"}
)
ADDRESSEE_LABELS = frozenset({"dobj", "obj", "iobj", "dative"})
# A quote goes on with the same conversation when its cue is one of these
# verbs ("he added") or carries one of these adverbs ("further said").
CONTINUATION_VERBS = frozenset({"add", "continue"})
CONTINUATION_ADVERBS = frozenset({"further"})
# How many paragraphs an outlet carries over to a continuing quote.
INHERIT_PARAGRAPHS = 2
MAX_NAME_WORDS = 6

_OUTLETS_BY_FIRST_CHARACTER: dict[str, list[str]] = {}  # longest first
for _entry in sorted(OUTLETS, key=len, reverse=True):
    _OUTLETS_BY_FIRST_CHARACTER.setdefault(_entry[:1], []).append(_entry)
_OUTLET_NOUNS = frozenset(w for w, c in OUTLET_WORDS.items() if c == "noun")
# What may introduce an outlet or an audience: a preposition, or "tell" for its addressee.
_OUTLET_WORDS_BEFORE = OUTLET_PREPOSITIONS | {"tell"}
_AUDIENCE_WORDS_BEFORE = AUDIENCE_PREPOSITIONS | {"tell"}


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class Setting:
    """The outlet, audience and channel of one reporting verb (each a span, or None)."""

    outlet: Span | None = None
    audience: Span | None = None
    channel: Span | None = None

    @property
    def empty(self) -> bool:
        return self.outlet is None and self.audience is None and self.channel is None


def find_setting(doc: Document, cue: Token, *, skip: Collection[int] = ()) -> Setting:
    """The outlet, audience and channel named in the reporting clause of ``cue``.

    ``skip`` holds the token indexes that are not part of the clause (the
    quote's content, the speaker mention); the first phrase of each kind, in
    text order, is kept.
    """
    outlet = audience = channel = None
    if cue.lemma.lower() == "tweet":
        channel = Span(cue.start, cue.end, cue.text)
    agent = _quoted_by(doc, cue)
    if agent is not None:
        outlet = _outlet(doc, agent, _left_phrase(doc, agent))
    for preposition, obj in _phrases(doc, cue, skip):
        phrase = _left_phrase(doc, obj)
        found = _outlet(doc, obj, phrase)
        if found is not None:  # an outlet is never also the audience or channel ("at The New York Post")
            if preposition in _OUTLET_WORDS_BEFORE:
                outlet = outlet or found
            continue
        if audience is None and preposition in _AUDIENCE_WORDS_BEFORE:
            audience = _audience(doc, obj, phrase)
            if audience is not None:
                continue
        if channel is None and preposition in CHANNEL_PREPOSITIONS:
            channel = _channel(doc, obj, phrase)
    return Setting(outlet, audience, channel)


def _quoted_by(doc: Document, cue: Token) -> Token | None:
    """``was quoted by Tasnim as saying``: the agent of the passive verb that the cue's participle
    completes, which outside the cue's own clause names the outlet that carried the words."""
    if cue.tag != "VBG" or cue.deprel != "pcomp":  # most cues: one test
        return None
    preposition = doc.head(cue)
    verb = doc.head(preposition)
    if preposition.lower != "as" or verb.lemma.lower() != "quote":
        return None
    agents = [g for c in doc.children(verb) if c.deprel == "agent" for g in doc.children(c) if g.deprel == "pobj"]
    return agents[0] if agents else None


def _phrases(doc: Document, cue: Token, skip: Collection[int]) -> Iterator[tuple[str, Token]]:
    """``(preposition, object)`` of every prepositional phrase in the reporting clause, in
    text order; the addressee of "tell" comes as ``("tell", object)``."""
    found: list[tuple[int, str, Token]] = []
    stack = [cue]
    while stack:  # down the clause, each word's phrases read as it is reached
        token = stack.pop()
        children = doc.children(token)
        for c in children:  # a loop, not extend() over a generator: every word of every reporting clause
            if c.deprel in CLAUSE_LABELS and c.i not in skip:
                stack.append(c)
        if token.upos == "VERB" and token.lemma.lower() == "tell":
            objects = [c for c in children if c.deprel in ADDRESSEE_LABELS and c.i not in skip]
            if objects:
                found.append(
                    (token.i, "tell", doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else objects[0])
                )
                found.append((objects[0].i, "tell", objects[0]))
        if token.upos == "ADP" and token is not cue:
            for obj in children:
                if obj.deprel in ("pobj", "obj") and obj.i not in skip:
                    found.append((token.i, token.lower, obj))
        if token.deprel in ("obl", "nmod"):  # UD: the preposition hangs from its object
            for case in children:
                if case.deprel == "case" and case.upos == "ADP":
                    found.append((case.i, case.lower, token))
    for _, preposition, obj in sorted(found, key=lambda f: f[0]):
        yield preposition, obj


def _left_phrase(doc: Document, head: Token) -> list[Token]:
    """``head`` and the words before it in its phrase: "a news conference", "CNN's Jake Tapper"."""
    inside = {t.i for t in doc.subtree(head)}
    words = [head]
    i = head.i - 1
    while (
        i >= 0
        and (i in inside or _hyphenated(doc, i))
        and (doc.tokens[i].upos != "PUNCT" or doc.tokens[i].text in (".", "-"))
    ):
        words.insert(0, doc.tokens[i])
        i -= 1
    return words


def _hyphenated(doc: Document, i: int) -> bool:
    """Whether token ``i`` is glued by a hyphen to the one after it ("e-mail", which the tokenizer splits)."""
    token, after = doc.tokens[i], doc.tokens[i + 1]
    return token.end == after.start and "-" in (token.text, after.text) and token.sent == after.sent


def _outlet(doc: Document, obj: Token, phrase: Sequence[Token]) -> Span | None:
    """The outlet ``obj`` names (``phrase``: its words up to it, :func:`_left_phrase`)."""
    found = outlet_at(doc, phrase[0].i)
    if found is not None:
        return found
    if not _has_outlet_noun(phrase):
        return None
    after = doc.tokens[obj.i + 1] if obj.i + 1 < len(doc.tokens) else None
    if after is not None and after.upos == "PROPN" and after.sent == obj.sent:
        # "the Russian news agency TASS": the name that follows the noun
        run = [after]
        for token in doc.tokens[after.i + 1 : after.i + MAX_NAME_WORDS]:
            if token.upos != "PROPN" or token.sent != obj.sent:
                break
            run.append(token)
        return _span(doc, run[0].start, run[-1].end)
    words = phrase
    if any(t.upos == "PROPN" for t in words):  # "the Kommersant newspaper": the name and the noun
        words = [t for t in words if t.deprel != "det" and t.lower != "the"] or words
    return _span(doc, words[0].start, words[-1].end)


def _has_outlet_noun(phrase: Sequence[Token]) -> bool:
    last = phrase[-1]
    words = [t.lower for t in phrase[:-1]] + [last.lemma.lower()]
    return any(" ".join(words[n:]) in _OUTLET_NOUNS for n in range(len(words)))


def outlet_at(doc: Document, i: int) -> Span | None:
    """The outlet named from token ``i`` on (a leading "the" skipped), or None.

    A gazetteer name ("Sputnik", "the Associated Press") runs on over the
    capitalized words of the same named entity ("Sputnik Arabic"); else a run of
    capitalized words that ends with an outlet word ("the Des Moines Register")
    is an outlet.
    """
    tokens = doc.tokens
    if i < len(tokens) and tokens[i].lower == "the":
        i += 1
    if i >= len(tokens) or not (tokens[i].text[:1].isupper() or tokens[i].text[:1].isdigit()):
        return None
    first = tokens[i]
    lower = doc.text[first.start : first.start + 40].lower()
    for entry in _OUTLETS_BY_FIRST_CHARACTER.get(lower[:1], ()):
        if lower.startswith(entry) and (len(lower) == len(entry) or not lower[len(entry)].isalnum()):
            end = first.start + len(entry)
            last = next((t for t in tokens[i : i + MAX_NAME_WORDS + 1] if t.end == end), None)
            if last is None:
                continue
            entity = doc.entity_at(first)
            j = last.i + 1
            while (
                j < len(tokens)
                and entity is not None
                and entity.first <= j < entity.last
                and tokens[j].text[:1].isupper()
                and tokens[j].sent == first.sent
            ):
                last = tokens[j]
                j += 1
            return _span(doc, first.start, last.end)
    run = []
    for token in tokens[i : i + MAX_NAME_WORDS]:
        if token.sent != first.sent or not token.text[:1].isupper() or token.upos not in ("PROPN", "NOUN", "ADJ"):
            break
        run.append(token)
    while run:
        if run[-1].lower in OUTLET_WORDS and len(run) > 1:
            return _span(doc, run[0].start, run[-1].end)
        run.pop()
    return None


def _audience(doc: Document, obj: Token, phrase: Sequence[Token]) -> Span | None:
    lemma = obj.lemma.lower()
    if lemma not in AUDIENCES and obj.lower not in AUDIENCES:
        return None
    return _span(doc, phrase[0].start, phrase[-1].end)


def _channel(doc: Document, obj: Token, phrase: Sequence[Token]) -> Span | None:
    # the words before the head as written, so that "e-mail", which the tokenizer splits, reads as one word
    gap = " " if doc.text[obj.start - 1 : obj.start].isspace() else ""
    lefts = [" ".join(doc.text[t.start : obj.start].lower().split()) + gap for t in phrase[:-1]] + [""]
    lemma, form = obj.lemma.lower(), obj.lower
    if not any(left + last in CHANNELS for left in lefts for last in (lemma, form)):
        return None
    return _span(doc, phrase[0].start, phrase[-1].end)


def _span(doc: Document, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


# --- inheritance -----------------------------------------------------------------------------


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class Event:
    """A quote or a sourcing statement ("told Sputnik Arabic details"), for :func:`inherit_outlets`."""

    position: int  # character offset, for the text order
    source: str | None  # the id of its source
    setting: Setting  # what its own clause names
    paragraph: int
    quote: bool  # False for a reporting verb with no quote of its own
    continues: bool  # it carries on the quote before it: no cue, "added", "further said"


def inherit_outlets(events: Sequence[Event]) -> list[Span | None]:
    """The outlet of each event (in text order): its own, or the one it inherits.

    An event with no outlet, audience or channel of its own inherits the outlet
    of the event just before it when both have the same source, they are at most
    :data:`INHERIT_PARAGRAPHS` paragraphs apart, and either the event carries
    that quote on (``he added``, ``further said``, a quote with no cue) or the
    event before it is a sourcing statement with no quote of its own ("A
    military source told Sputnik Arabic details of the operation.").
    """
    outlets: list[Span | None] = []
    for n, event in enumerate(events):
        outlet = event.setting.outlet
        if outlet is None and event.setting.empty and n > 0:
            before, inherited = events[n - 1], outlets[n - 1]
            if (
                inherited is not None
                and event.source is not None
                and before.source == event.source
                and event.paragraph - before.paragraph <= INHERIT_PARAGRAPHS
                and (event.continues or not before.quote)
            ):
                outlet = inherited
        outlets.append(outlet)
    return outlets
