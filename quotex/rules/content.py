"""Reported content that is not a clause: objects, infinitives, prepositional
objects, and clauses of cue nouns (lexicon: ``content_cues.txt``).

    S cited C.           S called X Y.        S vowed to C.
    S called for C.      S's claim that C
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lexicons import CONTENT_CUES
from ..model import Document, Token
from ..quotemarks import Quotation
from ..syntax import speaker_of
from .base import Candidate, Rule
from .indirect import MIN_CONTENT_WORDS, pieces_of

__all__ = ["CONTENT_RULES"]

OBJECTS = frozenset({"dobj", "obj"})
PREDICATES = frozenset({"oprd", "xcomp"})
INFINITIVES = frozenset({"xcomp"})
PREPOSITIONS = frozenset({"prep"})
PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})
NOUN_CLAUSES = frozenset({"acl", "ccomp"})
POSSESSORS = frozenset({"poss", "nmod:poss"})
# Verbs that make a cue noun the speaker's own: "she made the claim that ...".
LIGHT_VERBS = frozenset({"make", "issue", "release", "express", "voice", "offer", "repeat", "reiterate", "put"})


def _kinds(token: Token) -> frozenset[str]:
    return CONTENT_CUES.get(token.lemma.lower(), frozenset())


def _candidate(doc: Document, rule: str, cue: Token, speaker: Token | None, heads: Sequence[Token]) -> Candidate | None:
    tokens = sorted({t.i: t for head in heads for t in doc.subtree(head)}.values(), key=lambda t: t.i)
    while tokens and (tokens[0].upos == "PUNCT" or (tokens[0].deprel == "mark" and tokens[0].lower == "that")):
        tokens = tokens[1:]
    if sum(t.upos != "PUNCT" for t in tokens) < MIN_CONTENT_WORDS - 1:
        return None
    pieces = pieces_of(tokens)
    return Candidate(rule, pieces, "indirect", cue, speaker, cue.sent) if pieces else None


def verb_content(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """Objects, predicates, infinitives and prepositional objects of cue verbs with a speaker."""
    for verb in doc.tokens:
        kinds = _kinds(verb)
        if verb.upos != "VERB" or not kinds:
            continue
        speaker = speaker_of(doc, verb)
        if speaker is None:
            continue
        children = [c for c in doc.children(verb) if c.i > verb.i]
        found_one = None
        if "predicate" in kinds:
            objects = [c for c in children if c.deprel in OBJECTS]
            predicates = [c for c in children if c.deprel in PREDICATES and c.upos in ("NOUN", "PROPN", "ADJ")]
            if objects and predicates:
                found_one = _candidate(doc, "reported-predicate", verb, speaker, [*objects, *predicates])
        if found_one is None and "object" in kinds:
            objects = [c for c in children if c.deprel in OBJECTS]
            if objects:
                found_one = _candidate(doc, "reported-object", verb, speaker, objects[:1])
        if found_one is None and "to" in kinds:
            infinitives = [
                c
                for c in children
                if c.deprel in INFINITIVES
                and c.upos in ("VERB", "AUX")
                and any(g.lower == "to" for g in doc.children(c))
            ]
            if infinitives:
                # "urged Congress to act": the one asked is part of the content
                asked = [c for c in children if c.deprel in OBJECTS and c.i < infinitives[0].i]
                found_one = _candidate(doc, "reported-infinitive", verb, speaker, [*asked[:1], infinitives[0]])
        if found_one is None:
            for prep in children:
                if prep.deprel in PREPOSITIONS and prep.lower in kinds:
                    objects = [g for g in doc.children(prep) if g.deprel in PREPOSITION_OBJECTS]
                    if objects:
                        # "accused him of lying": the one accused is part of the content
                        target = [c for c in children if c.deprel in OBJECTS and c.i < prep.i]
                        heads = [target[0], prep] if target else objects[:1]
                        found_one = _candidate(doc, "reported-prepositional", verb, speaker, heads)
                        break
        if found_one is not None:
            yield found_one


def noun_content(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``X's claim that C``, ``a statement by X that C``, ``X made the claim that C``."""
    for noun in doc.tokens:
        if noun.upos != "NOUN" or "clause" not in _kinds(noun):
            continue
        clauses = [c for c in doc.children(noun) if c.deprel in NOUN_CLAUSES and c.i > noun.i]
        clauses = [c for c in clauses if any(g.deprel == "mark" and g.lower == "that" for g in doc.children(c))]
        if not clauses:
            continue
        speaker = _noun_speaker(doc, noun)
        candidate = _candidate(doc, "noun-cue-clause", noun, speaker, clauses[:1])
        if candidate is not None:
            yield candidate


def _noun_speaker(doc: Document, noun: Token) -> Token | None:
    for child in doc.children(noun):
        if child.deprel in POSSESSORS:
            return child
        if child.deprel == "prep" and child.lower in ("by", "from"):
            objects = [g for g in doc.children(child) if g.deprel in PREPOSITION_OBJECTS]
            if objects:
                return objects[0]
    head = doc.head(noun)
    if noun.deprel in OBJECTS and head.lemma.lower() in LIGHT_VERBS:
        return speaker_of(doc, head)
    return None


CONTENT_RULES = (
    Rule("reported-object", "S V O  (a cue verb whose object is the content)", "She cited the new poll.", verb_content),
    Rule(
        "reported-predicate",
        "S V O P  (object and predicate: name-calling)",
        "He called the plan a disaster.",
        verb_content,
    ),
    Rule(
        "reported-infinitive",
        "S V to C  (a promise, plan or refusal)",
        "He vowed to repeal the law.",
        verb_content,
    ),
    Rule(
        "reported-prepositional",
        "S V P O  (a cue verb and its preposition)",
        "She called for an inquiry into the deal.",
        verb_content,
    ),
    Rule(
        "noun-cue-clause",
        "S's N that C  (a cue noun and its that-clause)",
        "Trump's claim that the election was rigged",
        noun_content,
    ),
)
