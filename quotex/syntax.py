"""Questions the rules ask of a dependency tree, for spaCy and UD labels alike.

spaCy's English models use ClearNLP labels (``nsubjpass``, ``dobj``, ``pobj``),
stanza and CoNLL-U input use Universal Dependencies (``nsubj:pass``, ``obj``,
``obl``); the label sets below name both.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from operator import attrgetter

from .lexicons import CONTENT_CUES, REPORTING_VERBS, SOURCE_NOUNS
from .model import Document, Token, remembered_per_document, remembered_per_token

__all__ = [
    "ACTIVE_OR_PASSIVE_SUBJECTS",
    "CLAUSAL_COMPLEMENTS",
    "PASSIVE_SUBJECTS",
    "PRONOUNS",
    "SUBJECTS",
    "antecedent",
    "following_dependents",
    "is_passive",
    "may_speak",
    "mention_tokens",
    "name_taken_for_modal",
    "opens_inverted_report",
    "relative_clause_noun",
    "remembered_per_document",
    "remembered_per_token",
    "span_of",
    "speaker_of",
    "tokens_by_upos",
    "trim_tokens",
    "verb_of_object",
    "without_trailing_aside",
]

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"})
ACTIVE_OR_PASSIVE_SUBJECTS = SUBJECTS | PASSIVE_SUBJECTS
PASSIVE_AUX = frozenset({"auxpass", "aux:pass"})
AGENTS = frozenset({"agent", "obl:agent"})
CLAUSAL_COMPLEMENTS = frozenset({"ccomp"})
# Words that inherit the subject of the word they hang from: "smiled and said",
# "went on to say", "..., saying that ...", "after saying ...", "likely to say".
SUBJECT_SHARING = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"})
# Participles that describe the noun they modify: "911 calls saying ...".
PARTICIPLE_MODIFIERS = frozenset({"acl"})
RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})
# Marks of a to-infinitive: spaCy "aux", UD "mark".
INFINITIVE_MARKS = frozenset({"aux", "mark"})
# Clauses whose subject is the object of the verb they hang from: "led [Republicans] to say".
OBJECT_CONTROLLED = frozenset({"xcomp"})
OBJECTS = frozenset({"dobj", "obj"})
# The one given something: "gave [the governor] a reason to criticize ...".
DATIVES = frozenset({"dative", "iobj"})
# A preposition and its object in spaCy's English labels: "critical [of] [the deal]".
PREPOSITIONS = frozenset({"prep"})
PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})
# Verbs that make their object do what the clause after it says: "led Republicans to say".
OBJECT_CONTROL_VERBS = frozenset(
    {"lead", "prompt", "force", "leave", "cause", "drive", "spur", "allow", "inspire", "compel", "provoke", "get"}
)
# What makes a participle clause active or its own: "having said", "he said".
ADJUNCT_CLAUSE_OWN = frozenset({"aux"}) | PASSIVE_AUX | ACTIVE_OR_PASSIVE_SUBJECTS
APPOSITIONS = frozenset({"appos"})
POSSESSORS = frozenset({"poss", "nmod:poss"})
# A copula's predicate noun: "Donald is [a man] who ...", "the platform is [a call] for C".
PREDICATE_NOUNS = frozenset({"attr"})
PLACES = frozenset({"GPE", "LOC"})
DASH_TOKENS = frozenset({"--", "–", "—"})  # dashes as tokens, not the hyphen
# Marks that set a phrase apart from the verb after it: "X – 28 members – can ask".
SET_OFF = frozenset({",", ";", "-", *DASH_TOKENS})
PUNCT = frozenset({"PUNCT"})
FINITE_OR_BARE = frozenset({"VB", "VBD", "VBZ", "VBP"})
CONTENT_CLAUSES = CLAUSAL_COMPLEMENTS | RELATIVE_CLAUSES | frozenset({"acl"})
CLOSING_MARKS = frozenset({'"', "”", "''", "’", "'", "»"})
# Endings of nouns for people that the lexicon does not list ("libertarians", "organizers",
# "strategist"); fewer for one person, as "-er", "-or" and "-an" end many singular nouns for
# things ("order", "paper", "plan").
PEOPLE_ENDINGS = ("ist", "er", "or", "ian", "ant", "ee", "eer", "ite", "crat")
PERSON_ENDINGS = ("ist", "ian", "crat", "ee", "eer")
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "you", "it", "who", "which", "that"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


@remembered_per_document  # rules look for verbs, nouns and adjectives with a word of their lexicons
def tokens_by_upos(doc: Document) -> dict[str, list[Token]]:
    """The tokens of ``doc`` by part of speech (VERB, NOUN, ADJ ...), each in text order."""
    found: defaultdict[str, list[Token]] = defaultdict(list)
    for token in doc.tokens:
        found[token.upos].append(token)
    return found


_PERMISSIONS = frozenset({"authorize", "authorise", "allow", "permit"})


def forbidden(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is what someone was not permitted to do, no report of theirs: "because he
    was not authorized to discuss the matter publicly"."""
    if verb.deprel != "xcomp":
        return False
    permission = doc.head(verb)
    return permission.lemma.lower() in _PERMISSIONS and any(c.deprel == "neg" for c in doc.children(permission))


@remembered_per_token  # asked of the same verbs by many rules
def is_passive(doc: Document, verb: Token) -> bool:
    """A verb with a passive auxiliary or subject, or a bare past participle (:func:`passive_participle`);
    not the perfect that the parse takes for a passive (:func:`perfect_after_s`)."""
    for child in doc.children(verb):  # a loop, not any() over a generator: asked of ~5,000 verbs a pass
        if child.deprel in PASSIVE_AUX or child.deprel in PASSIVE_SUBJECTS:
            return not perfect_after_s(doc, verb)
    return passive_participle(doc, verb)


# The contracted "has" the parse reads as a passive "is": "He's said he will run"; but "It's
# said that C" is the passive.
CONTRACTED_HAS = frozenset({"'s", "’s"})
IMPERSONAL_SUBJECTS = frozenset({"it", "there", "that", "this"})


@remembered_per_token
def perfect_after_s(doc: Document, verb: Token) -> bool:
    """``He's said he will run``, ``She's argued for years that C``: a participle whose only passive
    auxiliary is a contracted ``'s`` and which has a clausal complement after it is the perfect
    (``has said``), but not with ``it`` for subject (``It's said that C``); a passive reporting
    verb takes none (``It's been reported that C`` has ``been``)."""
    children = doc.children(verb)
    auxiliaries = [c for c in children if c.deprel in PASSIVE_AUX]
    return (
        len(auxiliaries) == 1
        and auxiliaries[0].lower in CONTRACTED_HAS
        and not any(c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS and c.lower in IMPERSONAL_SUBJECTS for c in children)
        and any(c.deprel == "ccomp" and c.i > verb.i for c in children)
    )


@remembered_per_token
def speaker_of(doc: Document, verb: Token) -> Token | None:
    """The head token of whoever performs ``verb``: its subject, or its agent when passive.

    Climbs over coordination, ``to``-infinitives and ``saying``-clauses to the
    verb whose subject is shared (a passive verb's subject, not its agent: "X was
    quoted as saying"), and from a relative pronoun to the noun it modifies
    ("Smith, who said ...").
    """
    if verb.tag == "VBG" and verb.deprel == "advcl" and _after_comma(doc, verb):
        # "He argued [a registry would stop it], saying ...": the parse hangs the participle on the
        # reported clause, or on a verb of its own content after it ("…, telling the crowd, "Some
        # get …""); it belongs with the verb that reports the clause, or with the clause before
        head = doc.head(verb)
        before = _verb_before(doc, verb) if head.i > verb.i else _reporting_verb_of(doc, head)
        verb = before or verb
    if verb.tag == "VBG" and verb.deprel == "conj" and doc.head(verb).tag in FINITE_OR_BARE:
        # a participle coordinated with a finite verb is a parse slip: "painting X …, "Q," an ad
        # declared, or denouncing X" coordinates "denouncing" with "painting"
        verb = _participle_before(doc, verb) or verb
    verb = _report_joined_inside(doc, verb) or verb
    seen = set()
    while verb.i not in seen:
        seen.add(verb.i)
        if is_passive(doc, verb):
            if len(seen) > 1:
                # climbed from a verb that shares its subject: "X was quoted as saying", "X was
                # criticized after saying": who says is who was quoted or criticized
                subjects = [c for c in doc.children(verb) if c.deprel in PASSIVE_SUBJECTS]
                return subjects[0] if subjects else None
            for child in doc.children(verb):
                if child.deprel in AGENTS:
                    objects = [g for g in doc.children(child) if g.deprel in ("pobj", "obj")]
                    return objects[0] if objects else child if child.upos != "ADP" else None
            return None
        for child in _subjects_nearest_first(doc, verb):
            if child.deprel in SUBJECTS or (child.deprel in PASSIVE_SUBJECTS and perfect_after_s(doc, verb)):
                if child.lower == "it" and len(seen) > 1:
                    return None  # "it is important to show that": no speaker
                if child.lower in RELATIVE_PRONOUNS and verb.deprel in RELATIVE_CLAUSES and not verb.is_root:
                    return _publisher(doc, verb, doc.head(verb)) or child
                if _dateline_city(doc, child):
                    return _apposed_after_dateline(doc, child) or child
                return child
        if verb.deprel in RELATIVE_CLAUSES or (verb.deprel in PARTICIPLE_MODIFIERS and verb.tag == "VBG"):
            head = doc.head(verb)
            if head.upos not in ("NOUN", "PROPN", "PRON"):
                return None
            if verb.deprel in PARTICIPLE_MODIFIERS and _not_the_doer(doc, verb, head):
                return _doer_above(doc, head)
            return _publisher(doc, verb, head) or _performer_of_infinitive(doc, verb, head) or head
        if verb.deprel not in SUBJECT_SHARING or verb.is_root:
            return None
        head = doc.head(verb)
        if verb.deprel in OBJECT_CONTROLLED and head.lemma.lower() in OBJECT_CONTROL_VERBS:
            # "The defeat led Republicans to say ...", "left many voters wondering ...": who says is
            # the one led or left, the object of the verb above, not its subject
            objects = [c for c in doc.children(head) if c.deprel in OBJECTS and c.i < verb.i]
            if objects:
                return objects[-1]
        verb = head
    return None


def _report_joined_inside(doc: Document, verb: Token) -> Token | None:
    """``He said [his attacks had given him momentum] and said C``: a reporting verb with no subject
    that the parse coordinates with the verb of another's report is the reporter's second report."""
    lemma = verb.lemma.lower()
    if verb.deprel != "conj" or (lemma not in REPORTING_VERBS and lemma not in CONTENT_CUES):
        return None
    if any(c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS for c in doc.children(verb)):
        return None
    content = doc.head(verb)
    if content.deprel not in CLAUSAL_COMPLEMENTS or content.is_root:
        return None
    reporter = doc.head(content)
    return reporter if reporter.lemma.lower() in REPORTING_VERBS else None


def _after_comma(doc: Document, token: Token) -> bool:
    """A comma right before ``token``, or before the closing quotation marks right before it."""
    i = token.i - 1
    while i > 0 and doc.tokens[i].text in CLOSING_MARKS:
        i -= 1
    return i >= 0 and doc.tokens[i].text == ","


def _verb_before(doc: Document, participle: Token) -> Token | None:
    """The verb of the clause that ends at the comma before ``participle``, past the clauses that are
    its content ("stood by his comment that [Islam hates us], refusing …": stood)."""
    i = participle.i - 1
    while i > 0 and doc.tokens[i].upos in PUNCT:
        i -= 1
    for token in (doc.tokens[i], *doc.ancestors(doc.tokens[i])):
        if token.upos in ("VERB", "AUX") and token.i < participle.i and token.deprel not in CONTENT_CLAUSES:
            return token
    return None


def _participle_before(doc: Document, participle: Token) -> Token | None:
    """The nearest participle clause in the sentence before the verb the parse coordinates
    ``participle`` with."""
    first = doc.sentences[participle.sent].first
    for token in reversed(doc.tokens[first : doc.head(participle).i]):
        if token.tag == "VBG" and token.deprel in ("advcl", "conj", "xcomp"):
            return token
    return None


def _reporting_verb_of(doc: Document, clause: Token) -> Token | None:
    """The verb before ``clause`` (or the clause it is coordinated with) that reports it: "argued"
    in "argued [a registry would stop it]", "said" in "said [her father has been …] and [would do
    …]"; none for a reporting verb whose subject follows a comma or quotation mark ("…," Smith
    added), a clause before its verb ("C, you know that") or one under an adjective ("so weak that
    C")."""
    while clause.deprel == "conj" and not clause.is_root:
        clause = doc.head(clause)
    if clause.deprel not in CLAUSAL_COMPLEMENTS or clause.is_root:
        return None
    reporter = doc.head(clause)
    if reporter.i > clause.i or reporter.upos not in ("VERB", "AUX"):
        return None
    if clause.lemma.lower() in REPORTING_VERBS:
        for child in doc.children(clause):
            if child.deprel in SUBJECTS and _after_comma(doc, doc.subtree(child)[0]):
                return None  # "'…,' Smith added, saying …": a report of its own
    return reporter


def _subjects_nearest_first(doc: Document, verb: Token) -> list[Token]:
    """The children of ``verb``, led by :func:`_subject_after_dateline` when there is one."""
    children = doc.children(verb)
    nearest = _subject_after_dateline(doc, verb, children)
    return children if nearest is None else [nearest, *children]


def _dateline_city(doc: Document, token: Token) -> bool:
    """A word in capitals opening its sentence, as a dateline's city does ("ORLANDO, Fla. -")."""
    return token.text.isupper() and len(token.text) > 1 and token.i == doc.sentences[token.sent].first


def _apposed_after_dateline(doc: Document, subject: Token) -> Token | None:
    """``ORLANDO, Fla. (Reuters) - President Barack Obama said``: the parse makes the dateline's
    city (:func:`_dateline_city`) the subject and the speaker its apposition after the dash, or
    the apposition of the city's state or country (``TEHRAN, Iran — spokesman Nasser Kanaani``)."""
    places = [subject, *(c for c in doc.children(subject) if c.deprel == "conj")]
    for child in (c for place in places for c in doc.children(place)):
        if child.deprel in APPOSITIONS and any(_dateline_dash(doc, t) for t in doc.tokens[subject.i + 1 : child.i]):
            return child
    return None


def _dateline_dash(doc: Document, token: Token) -> bool:
    """A dash, or a hyphen set off by spaces, that ends a dateline (not the one of "AFL-CIO")."""
    return token.text in DASH_TOKENS or (token.text == "-" and token.start > 0 and doc.text[token.start - 1].isspace())


def _subject_after_dateline(doc: Document, verb: Token, children: Sequence[Token]) -> Token | None:
    """The nearer of two subjects of ``verb`` set apart by punctuation: "WASHINGTON (AP) — Jane Smith
    said …", "Speaking in Salem, New Hampshire, Trump said …" hang a dateline or a place on the verb
    as a subject too. None when the two are one phrase the parse has cut in two."""
    subjects = [c for c in children if c.deprel in SUBJECTS and c.i < verb.i]
    if len(subjects) < 2:
        return None
    earlier, nearest = subjects[-2:]
    opening = doc.subtree(nearest)[0].i
    between = doc.tokens[earlier.i + 1 : opening]
    if not any(t.upos in PUNCT for t in between) or between[-1].text == "(":
        return None  # "Smith, a novelist (his book of stories includes …), has …"
    name = doc.entity_at(nearest)
    if (
        nearest.tag == "DT"  # "Republican figures — both suggested"
        or nearest.ent in PLACES  # "voters in Alabama, Georgia and Virginia said"
        or (name is not None and name.first < opening)  # "the University of California, Berkeley suggest"
        or any(c.deprel in ("conj", "cc") for c in doc.children(nearest))  # "45% of X, 28% of Y and 12% of Z say"
        or any(c.deprel == "cc" for c in doc.children(earlier))  # "Gov. X (D) and Gov. Y (R) said"
        or any(t.text in SET_OFF and t.tag != "HYPH" for t in doc.tokens[nearest.i + 1 : verb.i])  # "– 28 members –"
    ):
        return None
    return nearest


# Occasions on which someone speaks: "a speech attacking X" is its speaker's attack.
OCCASIONS = frozenset(
    {
        "speech",
        "address",
        "remarks",
        "rally",
        "interview",
        "appearance",
        "conversation",
        "debate",
        "briefing",
        "conference",
        "session",
        "hearing",
        "forum",
        "event",
        "visit",
        "tour",
        "stop",
    }
)
# Verbs whose object is the one addressed: "emailed [supporters] saying …".
ADDRESSING_VERBS = frozenset({"email", "e-mail", "text", "tell", "message", "write", "call", "address"})
# Labels that lead from a noun up to the verb it completes: "made a pitch [to] [voters]".
COMPLEMENT_LINKS = OBJECTS | PREPOSITIONS | PREPOSITION_OBJECTS | frozenset({"dative", "attr", "conj", "appos"})


def _not_the_doer(doc: Document, participle: Token, noun: Token) -> bool:
    """Whether ``noun``, which the parse makes the doer of ``participle``, does not say what it says:
    an object with the participle set off by a comma ("made an attempt to …, writing C"), an
    occasion ("opened a rally blasting X"), or the one addressed ("emailed supporters saying C",
    "made a pitch to voters saying C")."""
    if noun.deprel not in COMPLEMENT_LINKS or noun.is_root:
        return False
    if noun.lemma.lower() in OCCASIONS:
        return True
    if _after_comma(doc, participle):
        return True
    if not _people(noun):
        return False
    head = doc.head(noun)
    if noun.deprel in PREPOSITION_OBJECTS:
        return head.lower == "to"
    return noun.deprel in OBJECTS | {"dative"} and head.lemma.lower() in ADDRESSING_VERBS


def _people(noun: Token) -> bool:
    """A plural noun for people: "voters", "supporters", "employees"."""
    return noun.tag in ("NNS", "NNPS") and (noun.ent == "NORP" or noun.lemma.lower().endswith(PEOPLE_ENDINGS))


def _doer_above(doc: Document, noun: Token) -> Token | None:
    """Who performs the verb that ``noun`` completes, directly or through prepositions and nouns
    ("made a pitch to [voters]"), or the owner of an occasion ("[his] speech")."""
    if noun.lemma.lower() in OCCASIONS:
        for child in doc.children(noun):
            if child.deprel in POSSESSORS and child.ent not in ("DATE", "TIME"):  # not "[Thursday's] rally"
                return child
    token = noun
    while token.deprel in COMPLEMENT_LINKS and not token.is_root:
        token = doc.head(token)
        if token.upos in ("VERB", "AUX"):
            return speaker_of(doc, token)
    return None


# Nouns for what a source puts out in writing or on air, and the verbs by which it does: "X
# released a statement saying …", "X posted a video that accuses …" are X's words.
PUBLISHED = frozenset(
    {
        "statement",
        "release",
        "ad",
        "advertisement",
        "video",
        "message",
        "email",
        "e-mail",
        "letter",
        "memo",
        "tweet",
        "post",
        "article",
        "piece",
        "editorial",
        "caption",
        "website",
        "commercial",
        "documentary",
        "mailer",
        "flyer",
        "text",
        "note",
        "column",
        "op-ed",
        "data",
        "report",
        "book",
        "spot",
        "petition",
        "resolution",
        "cover",
    }
)
PUBLISHING_VERBS = frozenset(
    {
        "release",
        "issue",
        "put",
        "send",
        "post",
        "run",
        "launch",
        "publish",
        "air",
        "tweet",
        "retweet",
        "share",
        "draft",
        "write",
        "unveil",
        "roll",
        "file",
        "distribute",
        "circulate",
        "email",
        "place",
        "plant",
        "bankroll",
        "add",
        "produce",
        "pen",
        "approve",
        "pass",
        "adopt",
        "introduce",
        "broadcast",
        "submit",
        "revise",
        "sign",
    }
)


def _publisher(doc: Document, clause: Token, noun: Token) -> Token | None:
    """Who published ``noun``, when it is a statement, ad, video … put out by the subject of the verb
    whose object it is and ``clause`` (a participle or a relative clause not set off by a comma)
    says what it says: ``X`` in "X released a statement saying …"."""
    if noun.lemma.lower() not in PUBLISHED or noun.deprel not in OBJECTS or noun.is_root:
        return None
    opening = doc.subtree(clause)[0].i
    if opening > 0 and doc.tokens[opening - 1].text == ",":
        return None  # "her medical records, which showed …": the writer's aside names the document
    verb = doc.head(noun)
    if verb.lemma.lower() not in PUBLISHING_VERBS:
        return None
    return speaker_of(doc, verb)


def _performer_of_infinitive(doc: Document, clause: Token, noun: Token) -> Token | None:
    """Who does what a ``to``-infinitive on a noun for no one says: the one given the noun
    ("gave [the governor] a reason to criticize …"), else who performs the verb the noun is the
    object of, or hangs from through a preposition ("[The senator] found ways to praise …")."""
    if clause.tag != "VB" or may_speak(noun):
        return None
    if not any(c.lower == "to" and c.deprel in INFINITIVE_MARKS for c in doc.children(clause)):
        return None
    verb = verb_of_object(doc, noun)
    if verb is None:
        return None
    for child in doc.children(verb):
        if child.deprel in DATIVES and child.i < noun.i:
            return child
    return speaker_of(doc, verb)


def verb_of_object(doc: Document, noun: Token) -> Token | None:
    """The verb ``noun`` is the object of, or hangs from through a preposition: ``raised`` in
    "raised [questions] about C", ``closed`` in "closed with [a mention] of C"."""
    head = doc.head(noun)
    verb = head if noun.deprel in OBJECTS else None
    if noun.deprel in PREPOSITION_OBJECTS and head.deprel in PREPOSITIONS and not head.is_root:
        verb = doc.head(head)
    return verb if verb is not None and verb.upos in ("VERB", "AUX") else None


# Pronouns that stand for no one who could speak.
NOT_SPEAKERS = frozenset({"nothing", "something", "anything", "everything", "what", "this", "that", "there"})


def may_speak(token: Token) -> bool:
    """Whether a mention could be someone who speaks: a name, a pronoun for someone, or a noun
    for people, a body or a document; not "the clash" or "concerns"."""
    if token.upos == "PROPN" or token.ent in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = token.lemma.lower()
    if token.upos == "PRON":
        return lemma not in NOT_SPEAKERS
    if lemma in SOURCE_NOUNS:
        return True
    return lemma.endswith(PEOPLE_ENDINGS if token.tag in ("NNS", "NNPS") else PERSON_ENDINGS)


def passive_participle(doc: Document, verb: Token) -> bool:
    """``Asked whether …, Smith said``: a past participle hung on a clause, with no auxiliary
    or subject of its own, is passive; the subject it shares was asked, and did not ask."""
    return (
        verb.tag == "VBN"
        and verb.deprel == "advcl"
        and not any(c.deprel in ADJUNCT_CLAUSE_OWN for c in doc.children(verb))
    )


def antecedent(doc: Document, token: Token) -> Token | None:
    """The noun a relative pronoun stands for: ``Smith`` in "Smith, who said ..."."""
    return relative_clause_noun(doc, token) if token.lower in RELATIVE_PRONOUNS else None


def relative_clause_noun(doc: Document, token: Token) -> Token | None:
    """The noun modified by the relative clause that ``token`` depends on directly: ``Smith``
    for "who" in "Smith, who said ...", or for "all" in "Smith and Jones, all of whom said ..."."""
    if token.is_root:
        return None
    clause = doc.head(token)
    return doc.head(clause) if clause.deprel in RELATIVE_CLAUSES and not clause.is_root else None


def _clause_modifier(token: Token) -> bool:
    """A relative clause or a participle clause ("911 calls saying ..."): not part of a mention."""
    return token.deprel in RELATIVE_CLAUSES or (token.deprel in PARTICIPLE_MODIFIERS and token.tag == "VBG")


@remembered_per_token
def mention_tokens(doc: Document, head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``head``, without relative clauses.

    Appositions stay ("The source, a major in the Syrian armed forces"); a
    relative clause and its commas do not; edge punctuation is trimmed.
    """
    if head.upos == "PRON":
        return [head]
    keep = {head.i}
    # UD hangs a preposition off its noun ("according to the minister"): not part of the mention
    stack = []
    for c in doc.children(head):  # loops, not comprehensions: asked of every speaker mention
        if not _clause_modifier(c) and c.deprel != "case":
            stack.append(c)
    while stack:
        token = stack.pop()
        keep.add(token.i)
        for c in doc.children(token):
            if not _aside(doc, c):
                stack.append(c)
    tokens = []
    for i in sorted(keep):
        tokens.append(doc.tokens[i])
    # a relative clause leaves its opening comma behind; cut a mention at a
    # comma that is followed by nothing of the phrase
    tokens = trim_tokens(_contiguous_around(tokens, head))
    if len(tokens) > 1 and opens_inverted_report(doc, tokens[0]):
        tokens = tokens[1:]
    return _without_dateline(doc, tokens, head) if _dateline_city(doc, tokens[0]) else tokens


def _without_dateline(doc: Document, tokens: list[Token], head: Token) -> list[Token]:
    """A mention that opens with a dateline's city (:func:`_dateline_city`) without the dateline
    the parse hangs on it, up to a dash before the head: ``[WASHINGTON (Reuters) -] U.S.
    Democratic presidential candidate Hillary Clinton``."""
    dashes = [n for n, t in enumerate(tokens) if _dateline_dash(doc, t) and t.i < head.i]
    return trim_tokens(tokens[dashes[-1] + 1 :]) if dashes else tokens


# Modals that are names too: Theresa May, George Will.
MODAL_NAMES = frozenset({"may", "will"})


def name_taken_for_modal(token: Token) -> bool:
    """``May``, ``Will``: a capitalized modal that the caller has reason to read as a name the
    tagger took for an auxiliary (Theresa May, George Will)."""
    return token.upos == "AUX" and token.lower in MODAL_NAMES and token.text[0].isupper() and token.text[1:].islower()


def _aside(doc: Document, token: Token) -> bool:
    """A relative clause set off by a comma, deeper in a mention: "one Democrat familiar with the
    talks, who added ..." is "one Democrat familiar with the talks"."""
    if token.deprel not in RELATIVE_CLAUSES:
        return False
    first = doc.subtree(token)[0].i
    return first > 0 and doc.tokens[first - 1].text == ","


def opens_inverted_report(doc: Document, token: Token) -> bool:
    """``Said`` in "Said Ellis: ...": a reporting verb form that opens its sentence."""
    return token.lower in INVERTED_CUES and doc.sentences[token.sent].first == token.i


# Sentence-initial verb forms that open an inverted report ("Said Ellis: ..."),
# which the parser often tags as part of the name.
INVERTED_CUES = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes"})
# A mention never runs across a colon or into a quotation.
MENTION_STOPS = frozenset({":", '"', "“", "”", "``", "''", "«", "»", "„"})


def _contiguous_around(tokens: Sequence[Token], head: Token) -> list[Token]:
    """The run of consecutive token indexes that contains ``head``, not crossing a colon or quotation
    mark (``tokens``: in text order)."""
    at = bisect.bisect_left(tokens, head.i, key=attrgetter("i"))
    first = last = at
    while first > 0 and tokens[first - 1].i == tokens[first].i - 1 and not _stops(tokens[first - 1]):
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].i == tokens[last].i + 1 and not _stops(tokens[last + 1]):
        last += 1
    return list(tokens[first : last + 1])


def _stops(token: Token) -> bool:
    return token.text in MENTION_STOPS or (token.text[:1] in MENTION_STOPS and not token.text[1:2].isalnum())


def _is_punctuation(token: Token) -> bool:
    """Tagged punctuation, or a token with no letter or digit at all (a mark glued to a dash)."""
    text = token.text
    return token.upos in PUNCT or not (text[:1].isalnum() or any(ch.isalnum() for ch in text))  # most start so


def trim_tokens(tokens: Sequence[Token]) -> list[Token]:
    """Drop punctuation from both edges (keeps a lone punctuation token)."""
    first, last = 0, len(tokens)
    while first < last - 1 and _is_punctuation(tokens[first]):
        first += 1
    while last - 1 > first and _is_punctuation(tokens[last - 1]):
        last -= 1
    return list(tokens[first:last])


# Where the dependents that follow a cue's content stop being part of it.
CONTENT_BREAKS = frozenset({"punct", "cc", "conj", "parataxis"})


def following_dependents(doc: Document, verb: Token, heads: Sequence[Token]) -> list[Token]:
    """The dependents of ``verb`` right after its content ``heads``, up to the first comma or
    conjunction: ``cited the poll [in June]``, ``named Weld [as his running mate]``; and the
    items the parse coordinates with the verb itself, not verbs: ``noting weak wage gains [and
    rising costs]``."""
    last = max(heads, key=attrgetter("i")).i
    following = []
    joined = False  # past a comma or conjunction: only a coordinated item may follow
    for child in doc.children(verb):
        if child.i <= last:
            continue
        if child.deprel == "conj" and child.upos not in ("VERB", "AUX"):
            following.append(child)
            joined = False
        elif child.text == "," or child.deprel == "cc":
            joined = True
        elif joined or child.deprel in CONTENT_BREAKS:
            break
        else:
            following.append(child)
    return following


# A relative clause that opens with one of these after a comma or dash is the writer's aside.
RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which"})
ASIDE_MARKS = frozenset({",", "-", *DASH_TOKENS, "(", ";"})
_ASIDE = re.compile(r"[,\-–—(;]\s*(?:who|whom|whose|which)\b", re.IGNORECASE)  # most content has none


def without_trailing_aside(doc: Document, tokens: list[Token], least: int) -> list[Token]:
    """Content ``tokens`` (in text order) without the relative clause set off by a comma that
    ends them: ``said the bill would help veterans[, who have waited years]``, unless fewer
    than ``least`` words would be left. PolNeAR leaves such asides out of the content."""
    if not tokens or not _ASIDE.search(doc.text, tokens[0].start, tokens[-1].end):
        return tokens
    words = [t for t in tokens if t.upos != "PUNCT"]
    if len(words) < 2:
        return tokens
    inside = {t.i for t in tokens}
    cut = None
    for token in words:
        if token.deprel not in RELATIVE_CLAUSES or token.head not in inside:
            continue
        clause = doc.subtree(token)
        opener = clause[0]
        if clause[-1].i < words[-1].i or opener.i <= words[0].i:
            continue  # not at the end of the content
        if opener.lower in RELATIVE_OPENERS and doc.tokens[opener.i - 1].text in ASIDE_MARKS:
            cut = opener.i if cut is None else min(cut, opener.i)
    if cut is None:
        return tokens
    kept = [t for t in tokens if t.i < cut]
    return kept if sum(t.upos != "PUNCT" for t in kept) >= least else tokens


def span_of(tokens: Iterable[Token]) -> tuple[int, int]:
    """Character span from the first to the last token."""
    tokens = list(tokens)
    return min(t.start for t in tokens), max(t.end for t in tokens)
