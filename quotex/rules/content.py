"""Reported content that is not a clause: objects, infinitives, prepositional
objects, and clauses of cue nouns (lexicon: ``content_cues.txt``).

    S cited C.           S called X Y.        S vowed to C.
    S called for C.      S's claim that C
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from operator import attrgetter

from ..lexicons import CONTENT_CUES, REPORTING_VERBS
from ..model import Document, Token
from ..quotemarks import Quotation
from ..syntax import (
    APPOSITIONS,
    NOT_SPEAKERS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    POSSESSORS,
    PREDICATE_NOUNS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
    following_dependents,
    forbidden,
    is_passive,
    may_speak,
    passive_participle,
    remembered_per_document,
    speaker_of,
    tokens_by_upos,
    verb_of_object,
    without_trailing_aside,
)
from .base import Candidate, Rule
from .direct import cue_verbs
from .indirect import ASKING_VERBS, ASPECT_VERBS, MIN_CONTENT_WORDS, pieces_of, without_second_reports

__all__ = ["CONTENT_RULES"]

PREDICATES = frozenset({"oprd", "xcomp"})
INFINITIVES = frozenset({"xcomp"})
NOUN_CLAUSES = frozenset({"acl", "ccomp"})
FOR_CLAUSES = frozenset({"advcl", "ccomp", "xcomp"})
NOMINAL_SUBJECTS = frozenset({"nsubj"})
OPENING_MARKS = frozenset({'"', "“", "``", "''", "«", "„", "‘", "'"})
# "asked not to be named / identified / quoted": how a source stays anonymous.
NOT_NAMED = frozenset({"name", "identify", "quote", "cite"})
INFINITIVE_KINDS = frozenset({"to"})
WH_TAGS = frozenset({"WP", "WDT"})
# Verbs that make a cue noun the speaker's own: "she made the claim that ...".
LIGHT_VERBS = frozenset({"make", "issue", "release", "express", "voice", "offer", "repeat", "reiterate", "put"})


def _cues(doc: Document, upos: str) -> list[tuple[Token, frozenset[str]]]:
    """The content cues of ``doc`` with this part of speech (VERB or NOUN), and their content kinds."""
    return _content_cues(doc)[upos]


@remembered_per_document  # three rules walk them
def _content_cues(doc: Document) -> dict[str, list[tuple[Token, frozenset[str]]]]:
    by_upos = tokens_by_upos(doc)
    return {
        upos: [
            (t, kinds)
            for t in by_upos.get(upos, ())
            if (kinds := CONTENT_CUES.get(t.lemma.lower())) and not forbidden(doc, t)  # "not authorized to discuss"
        ]
        for upos in ("VERB", "NOUN")
    }


def _subtrees(doc: Document, heads: Sequence[Token]) -> list[Token]:
    """The tokens of the phrases of ``heads``, each once, in text order."""
    return sorted({t.i: t for head in heads for t in doc.subtree(head)}.values(), key=attrgetter("i"))


def _candidate(doc: Document, rule: str, cue: Token, speaker: Token | None, heads: Sequence[Token]) -> Candidate | None:
    tokens = _subtrees(doc, heads)
    tokens = without_second_reports(doc, tokens)
    while tokens and (tokens[0].upos == "PUNCT" or (tokens[0].deprel == "mark" and tokens[0].lower in ("that", "for"))):
        tokens = tokens[1:]
    words = [t for t in tokens if t.upos != "PUNCT"]
    if len(words) < MIN_CONTENT_WORDS - 1 and not (rule == "reported-object" and _a_name(words)):
        return None
    pieces = pieces_of(without_trailing_aside(doc, tokens, MIN_CONTENT_WORDS))
    return Candidate(rule, pieces, "indirect", cue, speaker, cue.sent) if pieces else None


def _a_name(words: Sequence[Token]) -> bool:
    """One proper noun: ``praised Obama``, ``criticized Exxon`` (a name is enough content; other
    one-word objects, ``denied it``, are not)."""
    return len(words) == 1 and words[0].upos == "PROPN"


def _predicate(doc: Document, verb: Token, children: Sequence[Token], kinds: frozenset[str]) -> list[Token]:
    """``called the plan a disaster``: object and predicate."""
    if "predicate" not in kinds:
        return []
    objects = [c for c in children if c.deprel in OBJECTS]
    predicates = [c for c in children if c.deprel in PREDICATES and c.upos in ("NOUN", "PROPN", "ADJ")]
    if len(objects) > 1 and not predicates:
        # spaCy often parses the predicate noun as a second object: labeled [X] [a threat]
        objects, predicates = objects[:1], objects[1:2]
    if objects and not predicates:
        # spaCy makes a quoted predicate an apposition of the object: called X "a disgrace"
        predicates = [c for c in doc.children(objects[0]) if c.deprel in APPOSITIONS and _opens_quotation(doc, c)]
    return [*objects, *predicates] if objects and predicates else []


def _opens_quotation(doc: Document, head: Token) -> bool:
    """True when the phrase of ``head`` starts right after an opening quotation mark."""
    first = min(t.i for t in doc.subtree(head))
    return first > 0 and doc.tokens[first - 1].text in OPENING_MARKS


def _prepositional(doc: Document, verb: Token, children: Sequence[Token], kinds: frozenset[str]) -> list[Token]:
    """``called for an inquiry``; ``accused him of lying`` (the one accused is part of the content,
    and the parse may hang the preposition off it: ``accused [the mayor of lying]``)."""
    targets = [c for c in children if c.deprel in OBJECTS]
    for clause in children:
        if clause.deprel not in FOR_CLAUSES:
            continue
        # "called for X to act": spaCy makes "for" the mark of an infinitive clause
        marks = [g for g in doc.children(clause) if g.deprel == "mark" and g.lower in kinds]
        if marks and marks[0].i == verb.i + 1:
            return [clause]
    prepositions = list(children)
    for obj in targets:
        prepositions += doc.children(obj)
    for prep in prepositions:
        if prep.deprel in PREPOSITIONS and prep.lower in kinds and prep.i > verb.i:
            objects = [g for g in doc.children(prep) if g.deprel in PREPOSITION_OBJECTS]
            if objects and _passive_as_saying(doc, verb, prep, objects[0]):
                return []  # "was quoted by Tasnim as saying C": the participle reports C, not the agent
            if objects:
                target = [t for t in targets if t.i < prep.i]
                return [target[0], prep] if target else objects[:1]
    return []


def _passive_as_saying(doc: Document, verb: Token, prep: Token, obj: Token) -> bool:
    """``X was quoted (by Tasnim) as saying C``: the passive verb's subject says C, as the
    participle's own reading has it; not ``Tasnim quoted X as saying C``, whose content is
    ``X as saying C``."""
    return prep.lower == "as" and obj.tag == "VBG" and obj.lemma.lower() in REPORTING_VERBS and is_passive(doc, verb)


def _infinitive(doc: Document, verb: Token, children: Sequence[Token], kinds: frozenset[str]) -> list[Token]:
    """``vowed to repeal the law``; ``urged Congress to act`` (the one asked is part of the content)."""
    if "to" not in kinds:
        return []
    for child in children:
        if child.lemma.lower() in NOT_NAMED and is_passive(doc, child):
            return []  # "asked not to be named": a condition of anonymity, not content
        if (
            child.deprel in INFINITIVES
            and child.upos in ("VERB", "AUX")
            and any(g.lower == "to" for g in doc.children(child))
        ):
            asked = [c for c in children if c.deprel in OBJECTS and c.i < child.i] or _called_on(doc, children, child)
            return [*asked[:1], child]
    return []


def _called_on(doc: Document, children: Sequence[Token], infinitive: Token) -> list[Token]:
    """``called on [Congress] to act``: the object of a preposition of the verb, right before the
    infinitive, is the one asked."""
    start = doc.subtree(infinitive)[0].i
    for prep in children:
        if prep.deprel in PREPOSITIONS and prep.i < infinitive.i:
            for asked in doc.children(prep):
                if asked.deprel in PREPOSITION_OBJECTS and doc.subtree(asked)[-1].i == start - 1:
                    return [asked]
    return []


def _object(doc: Document, verb: Token, children: Sequence[Token], kinds: frozenset[str]) -> list[Token]:
    """``cited the poll``: the direct object; but not a cue noun with its own content after a
    light verb (``issued a warning that C`` is the noun's quote, C)."""
    if "object" not in kinds:
        return []
    objects = [c for c in children if c.deprel in OBJECTS][:1] or _wh_clause(doc, verb, children)
    if objects and verb.lemma.lower() in LIGHT_VERBS:
        noun_kinds = CONTENT_CUES.get(objects[0].lemma.lower())
        if noun_kinds and objects[0].upos == "NOUN" and _noun_heads(doc, objects[0], noun_kinds):
            return []
    return objects


# The first words of a clause that stands for a thing said: "discussed [how the law would work]".
WH_CLAUSE_TAGS = frozenset({"WRB", "WP", "WDT"})


def _wh_clause(doc: Document, verb: Token, children: Sequence[Token]) -> list[Token]:
    """``discussed how C``, ``highlighted what C``: a wh-clause that the parse makes the clausal
    complement of an object cue stands for its object (a reporting verb's clause is a
    reported clause already)."""
    if verb.lemma.lower() in REPORTING_VERBS:
        return []
    for child in children:
        if child.deprel == "ccomp" and doc.subtree(child)[0].tag in WH_CLAUSE_TAGS:
            return [child]
    return []


# The readings of a cue verb, most specific first: the first that applies wins.
VERB_READINGS = (
    ("reported-predicate", _predicate),
    ("reported-prepositional", _prepositional),
    ("reported-infinitive", _infinitive),
    ("reported-object", _object),
)


def verb_content(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """Predicates, prepositional objects, infinitives and objects of cue verbs with a speaker; and
    the infinitive right after any other reporting verb."""
    read = set()
    for verb, kinds in _cues(doc, "VERB"):
        speaker = speaker_of(doc, verb)
        if speaker is None and not passive_participle(doc, verb) and not _asked(doc, verb):
            continue  # "Asked about the deal, ...": content with no speaker named
        children = doc.children_after(verb)
        for rule, reading in VERB_READINGS:
            heads = reading(doc, verb, children, kinds)
            if heads:  # PolNeAR's content runs on over the verb's modifiers: "cited X [as a priority]"
                heads = [*heads, *following_dependents(doc, verb, heads)]
            candidate = _candidate(doc, rule, verb, speaker, heads) if heads else None
            if candidate is not None:
                read.add(verb.i)
                yield candidate
                break
        else:  # no reading applies; the parse may have missed a quoted predicate
            candidate = _quoted_predicate(doc, verb, speaker, quotations) if "predicate" in kinds else None
            if candidate is not None:
                read.add(verb.i)
                yield candidate
    for verb in cue_verbs(doc):
        if verb.i not in read and (candidate := _next_infinitive(doc, verb)) is not None:
            yield candidate


# Words between a naming verb and a quoted predicate: the one named, and nothing that starts a
# clause of its own ("called Cruz the "ultimate hypocrite"").
MAX_NAMED_WORDS = 10
NOT_IN_NAMED = frozenset({"VERB", "AUX", "SCONJ"})
NAMED_STOPS = frozenset({";", ":", "(", ")", "—", "–", "--"})
NAMED_STARTS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})  # a noun phrase, not "as X"
NOMINALS = frozenset({"NOUN", "PROPN"})


def _quoted_predicate(
    doc: Document, verb: Token, speaker: Token | None, quotations: Sequence[Quotation]
) -> Candidate | None:
    """``He called that "beyond preposterous."``: a naming verb (a cue of a predicate) followed by
    the one it names and a quotation, which the parse does not hang on the verb as a predicate (it
    makes the quoted words a preposition, or a noun the named one owns: ``calls [her "an extremely
    intelligent woman"]``). The content runs from the verb to the quotation's closing mark."""
    if speaker is None or is_passive(doc, verb):
        return None
    quotation = next((q for q in quotations if q.start >= verb.end), None)
    sentence = doc.sentences[verb.sent]
    if quotation is None or quotation.start >= sentence.end or not quotation.close_mark or len(quotation.pieces) > 1:
        return None
    named = [t for t in doc.tokens[verb.i + 1 : sentence.last] if t.end <= quotation.start]
    words = [t for t in named if t.upos != "PUNCT"]
    if not words or len(words) > MAX_NAMED_WORDS or words[0].upos not in NAMED_STARTS:
        return None
    if any(t.upos in NOT_IN_NAMED or t.text in NAMED_STOPS for t in named):
        return None
    tokens = list(itertools.takewhile(lambda t: t.end <= quotation.end, itertools.islice(doc.tokens, verb.i + 1, None)))
    following = next((t for t in doc.tokens[tokens[-1].i + 1 : sentence.last] if t.upos != "PUNCT"), None)
    if following is not None and following.upos in NOMINALS:
        return None  # a quoted modifier, not the predicate: called the ''crooked'' nominating process
    return Candidate("reported-predicate", pieces_of(tokens), "indirect", verb, speaker, verb.sent)


def _asked(doc: Document, verb: Token) -> bool:
    """``She was asked about the deal``: the question of someone not named."""
    return verb.lemma.lower() in ASKING_VERBS and is_passive(doc, verb)


def _next_infinitive(doc: Document, verb: Token) -> Candidate | None:
    """``She warned voters to stay home``: the infinitive of a reporting verb that has no ``to``
    reading, when it (or the one asked) comes right after the verb, past adverbs only; not in
    the passive, not ``continue to``, not after a wh-word (``what many believed to be``)."""
    children = doc.children_after(verb)
    for child in children:  # a loop, not any() over a generator: asked of every reporting verb
        if child.deprel in INFINITIVES:
            break
    else:
        return None  # most reporting verbs: no infinitive at all
    lemma = verb.lemma.lower()
    if "to" in CONTENT_CUES.get(lemma, ()) or lemma in ASPECT_VERBS or is_passive(doc, verb):
        return None
    speaker = speaker_of(doc, verb)
    heads = _infinitive(doc, verb, children, INFINITIVE_KINDS)
    if speaker is None or not heads:
        return None
    first = doc.subtree(heads[0])[0].i
    if any(t.deprel not in ("advmod", "neg", "punct") for t in doc.tokens[verb.i + 1 : first]):
        return None
    if any(t.tag in WH_TAGS and t.i < verb.i for t in doc.subtree(verb)):
        return None
    return _candidate(doc, "reported-infinitive", verb, speaker, heads)


# Verbs of saying whose content can be one word standing for it: "said yes", "said so".
PRO_FORM_VERBS = frozenset({"say", "answer", "reply", "respond"})
ANSWERS = frozenset({"yes", "no"})
PRO_FORMS = ANSWERS | {"so"}


def pro_forms(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``46 percent of voters said yes``, ``neither side would say so``: a verb of saying whose
    content is one word standing for what was said, too short for any other reading."""
    words = doc.tokens
    for verb in cue_verbs(doc):
        if verb.i + 1 == len(words) or words[verb.i + 1].lower not in PRO_FORMS:
            continue  # most reporting verbs: tested first, as the cheapest
        if verb.lemma.lower() not in PRO_FORM_VERBS or is_passive(doc, verb):
            continue
        heads = _pro_form(doc, verb)
        speaker = speaker_of(doc, verb) if heads else None
        if speaker is not None:
            yield Candidate("reported-pro-form", pieces_of(_subtrees(doc, heads)), "indirect", verb, speaker, verb.sent)


def _pro_form(doc: Document, verb: Token) -> list[Token]:
    """The pro-form right after ``verb`` that the parse hangs on it: ``yes`` or ``no`` (with the
    preposition after it: ``said no to the war``; not ``said no one would come``), or ``so``
    (not ``so far``). ``said the same`` is an object, ``reported-object``'s."""
    following = doc.tokens[verb.i + 1] if verb.i + 1 < len(doc.tokens) else None
    if following is None or following.head != verb.i:
        return []
    if following.lower in ANSWERS:
        to = [c for c in doc.children_after(verb) if c.lower == "to" and c.i == following.i + 1]
        return [following, *to]
    return [following] if following.lower == "so" and following.deprel == "advmod" else []


# After a passive cue verb, a complement makes the subject something other than the content:
# "was criticized for X", "was declared the winner", "was shown chanting".
PASSIVE_COMPLEMENTS = frozenset({"xcomp", "oprd", "acomp", "dobj", "obj", "ccomp", "advcl"})
PASSIVE_COMPLEMENT_PREPOSITIONS = frozenset({"for", "as", "to"})
NOT_PASSIVE_CONTENT = frozenset({"it", "who", "which", "that", "this", "what"})


def passive_objects(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``X was V-ed by S``: the passive of a cue verb whose object is its content (``the deal
    was criticized by unions``): the subject is the content, the agent the speaker. Not with a
    complement after the verb (``was criticized for X``, ``was declared the winner``), not a
    pronoun subject, not when a quote found before has its cue in the subject (``The claim that
    C was rejected``: the claim is a quote of its own, which this one would hold and drop as
    nested)."""
    for verb, kinds in _cues(doc, "VERB"):
        if "object" not in kinds or not is_passive(doc, verb):
            continue
        children = doc.children(verb)
        subjects = [c for c in children if c.deprel in PASSIVE_SUBJECTS and c.i < verb.i]
        if not subjects or subjects[0].lower in NOT_PASSIVE_CONTENT:
            continue
        if any(
            c.i > verb.i
            and (
                c.deprel in PASSIVE_COMPLEMENTS
                or (c.deprel in PREPOSITIONS and c.lower in PASSIVE_COMPLEMENT_PREPOSITIONS)
            )
            for c in children
        ):
            continue
        speaker = speaker_of(doc, verb)
        if speaker is None:
            continue  # with no agent: right only 20 times in 34 on the training split
        candidate = _candidate(doc, "reported-passive-object", verb, speaker, subjects[:1])
        if candidate is None or any(
            c.cue is not None and candidate.start <= c.cue.start < candidate.end for c in found
        ):
            continue  # "The claim that C was rejected": the claim's own quote stands
        yield candidate


def noun_content(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``X's claim that C``, ``her plan to C``, ``his criticism of C``, ``X made the claim that C``."""
    for noun, kinds in _cues(doc, "NOUN"):
        heads = _noun_heads(doc, noun, kinds)
        candidate = _candidate(doc, "noun-cue-clause", noun, _noun_speaker(doc, noun), heads) if heads else None
        if candidate is not None:
            yield candidate


def _noun_heads(doc: Document, noun: Token, kinds: frozenset[str]) -> list[Token]:
    """The heads of a cue noun's content: its that-clause, infinitive or prepositional object."""
    for child in doc.children(noun):
        if child.i < noun.i:
            continue
        marks = {g.lower for g in doc.children(child) if g.deprel in ("mark", "aux")}
        clause = ("clause" in kinds and "that" in marks) or ("to" in kinds and "to" in marks)
        if child.deprel in NOUN_CLAUSES and clause:
            return [child]
        if child.deprel in PREPOSITIONS and child.lower in kinds:
            heads = [g for g in doc.children(child) if g.deprel in PREPOSITION_OBJECTS][:1]
            if heads:
                return heads
    return []


def _noun_speaker(doc: Document, noun: Token) -> Token | None:
    for child in doc.children(noun):
        if child.deprel in POSSESSORS:
            return child
        if child.deprel in PREPOSITIONS and child.lower in ("by", "from"):
            objects = [g for g in doc.children(child) if g.deprel in PREPOSITION_OBJECTS]
            if objects:
                return objects[0]
    subject = _predicated_of(doc, noun)
    if subject is not None:
        return subject
    head = doc.head(noun)
    if noun.deprel in OBJECTS and head.lemma.lower() in LIGHT_VERBS:
        return speaker_of(doc, head)
    # "Trump has raised questions about C", "she avoided all mention of C", "Weaver said in a
    # statement that C": with no owner of its own, the noun is the words of whoever performs the
    # verb it is the object of, or hangs from through a preposition, when that is someone
    verb = verb_of_object(doc, noun)
    if verb is None or verb.lemma.lower() in RECEIVING_VERBS:
        return None
    speaker = speaker_of(doc, verb)
    return speaker if speaker is not None and may_speak(speaker) else None


def _predicated_of(doc: Document, noun: Token) -> Token | None:
    """The subject a cue noun is said of, whose words it names: ``[The union's platform] is a call
    for C``, ``[the mayor's main lesson] was a belief that C`` (the noun is the attribute of the
    copula), or the noun's own subject when the tagger takes a verb for it (``[The figures] point
    to C``); not ``it`` or ``there``."""
    clause = doc.head(noun) if noun.deprel in PREDICATE_NOUNS and not noun.is_root else noun
    for child in doc.children(clause):
        if child.deprel in NOMINAL_SUBJECTS and child.i < noun.i:
            return child if child.lower not in NOT_SPEAKERS and child.lower != "it" else None
    return None


# Verbs whose subject is given, asked or examines the words a cue noun names, and so does not
# own them: "Clinton faced questions about C", "the agency investigated complaints that C".
RECEIVING_VERBS = frozenset(
    {
        "face",
        "field",
        "receive",
        "get",
        "draw",
        "attract",
        "hear",
        "read",
        "study",
        "examine",
        "investigate",
        "answer",
        "dodge",
        "deflect",
        "entertain",
        "confront",
        "weather",
        "endure",
        "encounter",
        "understand",
    }
)
CONTENT_RULES = (
    Rule(
        "reported-passive-object",
        "O was V-ed by S  (a cue verb in the passive whose subject is the content, with its agent)",
        "The new trade deal was criticized by the unions.",
        passive_objects,
    ),
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
        "reported-pro-form",
        "S V yes | no | so  (a verb of saying and a word standing for what was said)",
        "Half of the voters said yes.",
        pro_forms,
    ),
    Rule(
        "noun-cue-clause",
        "S's N that C  |  S's N to C  |  S's N P C  (a cue noun and its clause, infinitive or preposition)",
        "Trump's claim that the election was rigged",
        noun_content,
    ),
)
