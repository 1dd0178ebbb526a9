"""Indirect quotes: reported clauses with no quotation marks of their own.

S V that C.   S V C.        (C is the clausal complement of a reporting verb)
C, S V.       C1, S V, C2.  (the reporting clause after or inside the content)
According to S, C.          C, according to S.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from operator import attrgetter

import regex

from ..lexicons import CONTENT_CUES, REPORTING_VERBS
from ..model import Document, Token
from ..quotemarks import Quotation
from ..syntax import (
    ACTIVE_OR_PASSIVE_SUBJECTS,
    APPOSITIONS,
    CLAUSAL_COMPLEMENTS,
    OBJECTS,
    PASSIVE_SUBJECTS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SUBJECTS,
    following_dependents,
    is_passive,
    name_taken_for_modal,
    speaker_of,
    tokens_by_upos,
    trim_tokens,
    without_trailing_aside,
)
from .base import Candidate, Rule
from .direct import ADDRESSEE_VERBS, FINITE_TAGS, cue_verbs, is_cue_verb

__all__ = ["INDIRECT_RULES", "pieces_of", "without_second_reports"]

COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
# Reporting-verb classes whose content is not put before the verb ("..., he thinks").
INWARD_CLASSES = frozenset({"cognition"})
MIN_CONTENT_WORDS = 3
# Reporting verbs whose parenthetical use is rarely a report of the clause around
# it ("He continued to ..., she agreed"): right 8 of 42 times on the training split.
NOT_PARENTHETICAL = frozenset({"continue", "agree"})


def pieces_of(tokens: Sequence[Token]) -> tuple[tuple[int, int], ...]:
    """Character spans of the runs of consecutive tokens, each trimmed of edge punctuation."""
    pieces = []
    for run in _runs(sorted(tokens, key=attrgetter("i"))):
        run = trim_tokens(run)
        if run and not (len(run) == 1 and run[0].upos == "PUNCT"):
            pieces.append((run[0].start, run[-1].end))
    return tuple(pieces)


def _runs(ordered: list[Token]) -> list[list[Token]]:
    """``ordered`` (tokens sorted by index) cut wherever an index is not one more than the one before."""
    indexes = [t.i for t in ordered]
    if indexes and indexes == list(range(indexes[0], indexes[0] + len(indexes))):
        return [ordered]  # one run: most content
    cuts = [n for n in range(1, len(indexes)) if indexes[n] != indexes[n - 1] + 1]
    return [ordered[start:end] for start, end in zip([0, *cuts], [*cuts, len(ordered)], strict=True) if start < end]


def without_second_reports(doc: Document, tokens: list[Token]) -> list[Token]:
    """Content ``tokens`` (in text order) without a reporting participle after a comma and what
    it hangs: ``a registry would stop illegal entry[, saying it is about management]`` is a
    second report of the speaker's, a quote of its own."""
    second = []
    for t in tokens[1:]:  # a loop, not a comprehension: asked of all content
        if t.tag == "VBG" and doc.tokens[t.i - 1].text == "," and is_cue_verb(t):
            second.append(t)
    if not second:
        return tokens
    left_out = {t.i for participle in second for t in doc.subtree(participle)}
    return [t for t in tokens if t.i not in left_out]


# Classes of reporting verbs that make a verb joined to the content a second report: not beliefs or
# findings, which go on with what is reported ("he feels he can win", "finds that in public service").
SECOND_REPORT_CLASSES = frozenset({"speech", "stance", "report"})
# Reporting verbs most often of aspect, no report of their own: "continued to campaign", "and will
# continue to do so".
ASPECT_VERBS = frozenset({"continue"})


def _second_report(verb: Token) -> bool:
    """Whether ``verb`` reports content of its own: a verb of speech, stance or report, or a
    content cue other than an intention ("called B careless", "rejected that"; not "refused to
    answer", the speaker's act)."""
    lemma = verb.lemma.lower()
    kind = REPORTING_VERBS.get(lemma)
    if kind is not None:  # not "continue", most often an aspect verb: "and will continue to do so"
        return kind in SECOND_REPORT_CLASSES and lemma not in ASPECT_VERBS
    return bool(CONTENT_CUES.get(lemma, frozenset()) - {"to"})


def _joined_reports(doc: Document, head: Token) -> set[int]:
    """The words of the second reports the parse coordinates with the content's verb ``head``
    and that share its subject (``said [his attacks had given him momentum] and [said C2]``,
    ``he respects Clinton and [calls her …]``), with the conjunction before each."""
    words: set[int] = set()
    for verb in doc.children(head):
        if verb.deprel != "conj" or verb.upos != "VERB" or not _second_report(verb):
            continue
        if any(c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS for c in doc.children(verb)):
            continue
        words.update(t.i for t in doc.subtree(verb))
        words.update(c.i for c in doc.children(head) if c.deprel == "cc" and verb.i - 2 <= c.i < verb.i)
    return words


def _content(doc: Document, head: Token, without: set[int]) -> list[Token]:
    tokens = without_second_reports(doc, doc.subtree(head))
    left_out = _joined_reports(doc, head) | without
    if left_out:
        tokens = [t for t in tokens if t.i not in left_out]
    while tokens and (tokens[0].upos == "PUNCT" or _subordinator(tokens[0])):
        tokens = tokens[1:]
    return tokens


def _subordinator(token: Token) -> bool:
    """ "that", "whether", "if" opening a reported clause (its mark, or a "that" the parse took for
    a relative pronoun: :data:`THAT_AS_SUBORDINATOR`)."""
    if token.lower not in COMPLEMENTIZERS:
        return False
    return token.deprel == "mark" or (token.lower == "that" and token.deprel in THAT_AS_SUBORDINATOR)


def _enough(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` hold MIN_CONTENT_WORDS words, counted no further."""
    words = 0
    for token in tokens:
        if words >= MIN_CONTENT_WORDS:
            break
        words += token.upos != "PUNCT"
    return words >= MIN_CONTENT_WORDS


def reported_clauses(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``S V (that) C``: the clausal complement of a reporting verb with a speaker."""
    for verb in cue_verbs(doc):
        speaker = speaker_of(doc, verb)
        if speaker is None:
            continue
        children = doc.children(verb)
        # A verb reports one clause: with a complement after it, a clause before it is another
        # sentence the parse hangs on it ("C1: S said C2", "C1; S insists C2").
        content_after = False
        for child in children:  # a loop, not any() over a generator: ~2,500 verbs a pass
            if child.i > verb.i and child.deprel in CLAUSAL_COMPLEMENTS:
                content_after = True
                break
        for child in children:
            clause = None if content_after else _clause_hung_lower(doc, verb, child)
            if clause is not None:
                child = clause
            elif (
                child.deprel not in CLAUSAL_COMPLEMENTS
                and not _gerund_clause(doc, verb, child)
                and not _question_clause(doc, verb, child)
            ):
                continue
            if child.i < verb.i and REPORTING_VERBS[verb.lemma.lower()] in INWARD_CLASSES:
                continue  # "C, she thinks" is rare; before a belief verb it is most often a mis-parse
            if child.i < verb.i and content_after:
                continue
            tokens = _content(doc, child, without=set()) + _coordinated_clauses(doc, verb, child)
            if child.i > verb.i:  # what the parse hangs off the verb after the clause ends it: "shows X [were Y]"
                tokens += [t for d in following_dependents(doc, verb, [child]) for t in doc.subtree(d)]
            tokens = without_trailing_aside(doc, sorted(tokens, key=attrgetter("i")), MIN_CONTENT_WORDS)
            pieces = pieces_of(tokens)
            if _enough(tokens) and pieces:
                yield Candidate("reported-clause", pieces, "indirect", verb, speaker, verb.sent)


def speakerless_clauses(
    doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]
) -> Iterator[Candidate]:
    """``S, 44, said C`` / ``S spoke ..., then explained C``: the clausal complement of a reporting
    verb in the active voice whose subject the parse lost; the speaker is the name or pronoun
    right before the verb, else the subject of the nearest clause above (with neither, nothing)."""
    for verb in cue_verbs(doc):
        if is_passive(doc, verb) or speaker_of(doc, verb) is not None:
            continue
        if any(start <= verb.start < end for c in found for start, end in c.pieces):
            continue  # inside reported content: most often the writer's or a hypothetical's verb
        for child in doc.children(verb):
            if child.deprel not in CLAUSAL_COMPLEMENTS or child.i < verb.i:
                continue
            tokens = without_trailing_aside(doc, _content(doc, child, without=set()), MIN_CONTENT_WORDS)
            pieces = pieces_of(tokens)
            speaker = _nearest_subject(doc, verb)
            if _enough(tokens) and pieces and speaker is not None:
                yield Candidate("reported-clause-no-subject", pieces, "indirect", verb, speaker, verb.sent)
            break


def _nearest_subject(doc: Document, verb: Token) -> Token | None:
    """The subject of the closest clause above ``verb`` that has one, else the name or
    pronoun right before it ("Jane Doe, 44, said ...", which the parse did not link)."""
    before = [t for t in doc.sentence_tokens(doc.sentences[verb.sent]) if t.i < verb.i]
    for t in reversed(before):
        if t.upos in ("PUNCT", "NUM", "ADV"):
            continue
        if t.upos == "PROPN" or (t.upos == "PRON" and t.lower in ("he", "she", "they", "i", "we")):
            return t
        if name_taken_for_modal(t) and verb.tag in FINITE_TAGS:  # "May said C": no modal goes before "said"
            return t
        anchor = _appositive_anchor(doc, t)
        if anchor is not None:
            return anchor
        break
    token = verb
    while not token.is_root:
        token = doc.head(token)
        subjects = [c for c in doc.children(token) if c.deprel in SUBJECTS and c.lower != "it"]
        if subjects:
            return subjects[0]
    return None


# The links inside a noun phrase, from a word up to the phrase's head.
PHRASE_LINKS = frozenset({"prep", "pobj", "compound", "amod", "nmod", "poss", "nummod", "conj"})


def _appositive_anchor(doc: Document, last: Token) -> Token | None:
    """The noun that the appositive ending with ``last`` describes: ``Senator Harry Reid, the
    minority leader, said`` (the parse hangs Reid on a fronted phrase and leaves the verb no
    subject)."""
    token = last
    while token.deprel in PHRASE_LINKS and doc.head(token).i < token.i:
        token = doc.head(token)
    if token.deprel not in APPOSITIONS:
        return None
    anchor = doc.head(token)
    return anchor if anchor.upos in ("PROPN", "NOUN") and anchor.i < token.i else None


def _gerund_clause(doc: Document, verb: Token, child: Token) -> bool:
    """``said using a private server was wrong``: spaCy makes a clause whose subject is a
    gerund phrase an open complement (xcomp) of the reporting verb."""
    return (
        child.deprel == "xcomp"
        and child.i > verb.i
        and child.tag == "VBG"
        and REPORTING_VERBS[verb.lemma.lower()] in ("speech", "stance")
        and verb.lemma.lower() not in NOT_PARENTHETICAL  # "continued spending": an aspect verb here
    )


# Prepositions of the occasion of a report: "said in an interview that C", "at a rally", "for the first time".
OCCASION_PREPOSITIONS = frozenset({"in", "at", "during", "following", "after", "before", "for", "without", "on"})
# The links down from the verb's object or preposition to the noun the clause hangs on.
OCCASION_LINKS = frozenset({"pobj", "prep", "npadvmod", "compound", "dobj", "obj"})
# How the parse hangs a clause on a noun.
NOUN_CLAUSE_LINKS = RELATIVE_CLAUSES | {"acl"}
# How the parse hangs a clause's "that" when it is the subordinator: its mark, or, taken for a
# relative pronoun, a role no relative pronoun has in its clause ("said on the sidelines of the
# summit that Kenya would export" with "that" the clause's pobj).
THAT_AS_SUBORDINATOR = frozenset({"mark", "pobj"})
# Nouns that take a that-clause of their own ("the fact that C"), besides the content cues.
CLAUSE_NOUNS = frozenset(
    {"fact", "news", "possibility", "extent", "idea", "sense", "evidence", "notion", "chance", "way"}
)


def _clause_hung_lower(doc: Document, verb: Token, child: Token) -> Token | None:
    """``told reporters that C``, ``said in an interview that C``, ``told the audience at his
    rally that C``: spaCy at times hangs the reported clause on a noun after the verb (its
    addressee, or the object of a preposition of the occasion) as a relative clause. A clause
    opened by the subordinator "that" (not the pronoun, which has a role in its clause) with a
    subject of its own is the report, unless the noun takes such a clause ("reports that C")."""
    addressee = child.deprel in OBJECTS and verb.lemma.lower() in ADDRESSEE_VERBS
    occasion = child.deprel == "prep" and child.lower in OCCASION_PREPOSITIONS
    if child.i < verb.i or not (addressee or occasion):
        return None
    for clause in doc.subtree(child):
        if clause.deprel not in NOUN_CLAUSE_LINKS or clause.i < child.i:
            continue
        children = doc.children(clause)
        opened = any(c.lower == "that" and _subordinator(c) for c in children)
        if not opened or not any(c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS for c in children):
            continue
        noun = doc.head(clause)
        lemma = noun.lemma.lower()
        if "clause" in CONTENT_CUES.get(lemma, ()) or lemma in CLAUSE_NOUNS:
            return None  # "said in a statement that C": the statement's content (noun-cue-clause)
        link = noun
        while link.i != child.i and link.deprel in OCCASION_LINKS:
            link = doc.head(link)
        return clause if link.i == child.i else None
    return None


# Verbs of asking and the subordinators of their indirect question ("asked whether C"), which
# spaCy hangs as an adverbial clause of the verb.
ASKING_VERBS = frozenset({"ask", "wonder", "question", "inquire", "query"})
QUESTION_MARKS = frozenset({"if", "whether"})


def _question_clause(doc: Document, verb: Token, child: Token) -> bool:
    """``asked if C``: an indirect question the parse makes an adverbial clause of the verb."""
    if child.deprel != "advcl" or child.i < verb.i or verb.lemma.lower() not in ASKING_VERBS:
        return False
    return any(c.deprel == "mark" and c.lower in QUESTION_MARKS and c.i < child.i for c in doc.children(child))


def _coordinated_clauses(doc: Document, verb: Token, content: Token) -> list[Token]:
    """Clauses with their own subject that the parse coordinates with the reporting
    verb but that continue its content: "said that A, and B"."""
    extra: list[Token] = []
    for conj in doc.children(verb):
        if conj.deprel != "conj" or conj.i < content.i or is_cue_verb(conj) or _second_report(conj):
            continue
        if not any(c.deprel in SUBJECTS for c in doc.children(conj)):
            continue
        extra.extend(t for t in doc.subtree(conj))
        extra.extend(c for c in doc.children(verb) if c.deprel == "cc" and content.i < c.i < conj.i)
    return extra


def parenthetical_reports(
    doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]
) -> Iterator[Candidate]:
    """``C1, S V, C2`` / ``C, S V``: a reporting clause the parse hangs off the content."""
    for verb in cue_verbs(doc):
        if verb.deprel not in ("parataxis", "advcl") or verb.is_root:
            continue
        if REPORTING_VERBS[verb.lemma.lower()] in INWARD_CLASSES or verb.lemma.lower() in NOT_PARENTHETICAL:
            continue  # "..., he wants / thinks / continued, ...": rarely a report of the clause it hangs on
        if any(c.deprel in CLAUSAL_COMPLEMENTS or c.deprel in OBJECTS for c in doc.children(verb)):
            continue  # the verb has content of its own
        if verb.deprel == "advcl" and not (_as_clause(doc, verb) or _inserted_clause(doc, verb)):
            continue  # "C, adding to X" / "C when S V-ed": an adjunct of the clause, which is not its content
        speaker = speaker_of(doc, verb)
        if speaker is None:
            continue
        head = doc.head(verb)
        own = {t.i for t in doc.subtree(verb)}
        tokens = _content(doc, head, without=own)
        pieces = pieces_of(tokens)
        if _enough(tokens) and pieces:
            yield Candidate("reported-parenthetical", pieces, "indirect", verb, speaker, verb.sent)


def _inserted_clause(doc: Document, verb: Token) -> bool:
    """A clause with its own subject and no subordinator, which the parse makes an adverbial
    clause: ``C, the evidence indicates, C`` (not ``when S V``, not a participle ``V-ing X``)."""
    children = doc.children(verb)
    subordinated = any(c.deprel == "mark" for c in children)
    return not subordinated and any(c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS for c in children)


def _as_clause(doc: Document, verb: Token) -> bool:
    return any(c.lower == "as" and c.i < verb.i for c in doc.children(verb))


PASSIVE_RAISING = frozenset({"expect", "say", "believe", "think", "report", "know", "consider", "rumor", "rumour"})


def passive_reports(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``It was reported that C`` / ``X is expected to C``: content with no source named."""
    for verb in cue_verbs(doc):
        if not is_passive(doc, verb) or speaker_of(doc, verb) is not None:
            continue
        children = doc.children(verb)
        clauses = [
            c for c in children if (c.deprel in CLAUSAL_COMPLEMENTS and c.i > verb.i) or _question_clause(doc, verb, c)
        ]
        subjects = [c for c in children if c.deprel in PASSIVE_SUBJECTS and c.i < verb.i]
        infinitives = [c for c in children if c.deprel == "xcomp" and c.i > verb.i]
        if clauses:
            tokens = _content(doc, clauses[0], without=set())
        elif subjects and infinitives and verb.lemma.lower() in PASSIVE_RAISING and subjects[0].lower != "it":
            tokens = [t for head in (subjects[0], infinitives[0]) for t in doc.subtree(head)]
        else:
            continue
        tokens = without_trailing_aside(doc, tokens, MIN_CONTENT_WORDS)
        pieces = pieces_of(tokens)
        if _enough(tokens) and pieces:
            yield Candidate("reported-passive", pieces, "indirect", verb, None, verb.sent)


# Degree words that make an adjective's that-clause a result, not content: "so narrow that C".
RESULT_DEGREES = frozenset({"so", "too", "enough", "such"})


def stance_clauses(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``S is ADJ that C`` / ``S is ADJ P X``: the clause of an adjective predicated of a speaker
    (``confident``, ``worried``, ``aware``, ``hopeful`` that C), or the object of a stance
    adjective's preposition (``critical of X``, ``worried about X``: content_cues.txt). Not a
    result clause (``so narrow that C``), not ``make sure that C``, not after ``it`` (``it is
    clear that C`` names no one)."""
    for adjective in tokens_by_upos(doc).get("ADJ", ()):
        if adjective.deprel not in ("acomp", "oprd") or adjective.is_root:
            continue
        children = doc.children_after(adjective)
        clauses = [c for c in children if c.deprel in CLAUSAL_COMPLEMENTS]
        if clauses:
            if any(c.lower in RESULT_DEGREES for c in doc.children(adjective)):
                continue
            if doc.head(adjective).lemma.lower() == "make":
                continue
            tokens = _content(doc, clauses[0], without=set())
            least = MIN_CONTENT_WORDS
        else:
            lemma = adjective.lemma.lower()
            objects = [
                g
                for c in children[:1]
                if c.deprel in PREPOSITIONS and c.lower in CONTENT_CUES.get(lemma, ())
                for g in doc.children(c)
                if g.deprel in PREPOSITION_OBJECTS
            ]
            if not objects:
                continue
            tokens = doc.subtree(objects[0])
            least = 2 if tokens[0].upos != "PROPN" or len(tokens) > 1 else 1
        speaker = speaker_of(doc, adjective)
        if speaker is None or speaker.lower in ("it", "there", "this", "that"):
            continue
        tokens = without_trailing_aside(doc, tokens, least)
        pieces = pieces_of(tokens)
        if pieces and sum(t.upos != "PUNCT" for t in tokens) >= least:
            yield Candidate("reported-stance", pieces, "indirect", adjective, speaker, adjective.sent)
    yield from _made_clear(doc)


def _made_clear(doc: Document) -> Iterator[Candidate]:
    """``S made (it) clear (that) C``: the clause after "clear", which the parse hangs on the
    adjective or on the verb; the subject of "make" speaks."""
    for adjective in tokens_by_upos(doc).get("ADJ", ()):
        if adjective.lower != "clear" or adjective.is_root or doc.head(adjective).lemma.lower() != "make":
            continue
        verb = doc.head(adjective)
        clauses = [
            c
            for c in (*doc.children_after(adjective), *doc.children_after(verb))
            if c.i > adjective.i and c.deprel in MADE_CLEAR_CLAUSES and c.upos in ("VERB", "AUX")
        ]
        speaker = speaker_of(doc, verb)
        if not clauses or speaker is None or speaker.lower in ("it", "there", "this", "that"):
            continue
        tokens = without_trailing_aside(doc, _content(doc, clauses[0], without=set()), MIN_CONTENT_WORDS)
        pieces = pieces_of(tokens)
        if pieces and _enough(tokens):
            yield Candidate("reported-stance", pieces, "indirect", verb, speaker, verb.sent)


# Where the parse hangs the clause of "made (it) clear that C".
MADE_CLEAR_CLAUSES = frozenset({"ccomp", "advcl", "csubj"})


# A paragraph opening "Name:" labels what follows as that source's words
# (transcripts, interviews, headlines). Not a label: these common headings.
MAX_LABEL_TOKENS = 4
NOT_LABELS = frozenset(
    {
        "note",
        "update",
        "editor",
        "photo",
        "video",
        "watch",
        "read",
        "source",
        "sources",
        "q",
        "related",
        "caption",
        "credit",
        "correction",
        "disclosure",
        "warning",
        "breaking",
        "live",
        "more",
        "also",
        # a newspaper's sections and genres ("Opinion: Kovac stuns top seed")
        "opinion",
        "analysis",
        "review",
        "obituary",
        "letters",
        "explainer",
        "editorial",
        "commentary",
        "perspective",
        "factbox",
        "timeline",
    }
)


# The tagger often takes a capitalised surname for an adjective ("Lopez:") and an
# all-capitals name for anything ("KATE BOULDUAN:"); other words are no names
# ("Revealed:", "So:", "Contributing:").
def _label_word(token: Token) -> bool:
    if not token.text[:1].isupper():
        return False
    if token.upos in ("PROPN", "NOUN", "ADJ"):
        return True
    return len(token.text) > 1 and token.text.isupper() and token.upos not in ("PRON", "DET", "ADP", "CCONJ", "SCONJ")


def colon_labels(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``NAME: C``: a short name and a colon at the start of a paragraph, then the content."""
    for sentence in doc.sentences:
        if sentence.start != doc.paragraphs[sentence.paragraph].start:
            continue
        tokens = doc.sentence_tokens(sentence)
        colon = _label_colon(tokens)
        if colon is None:
            continue
        label = tokens[:colon]
        if not all(_label_word(t) for t in label):
            continue
        if label[-1].lower in NOT_LABELS:
            continue
        paragraph = doc.paragraphs[sentence.paragraph]
        # the tokens after the colon up to the paragraph's end: in text order, so a bisected run
        after = tokens[colon].i + 1
        content = doc.tokens[after : bisect.bisect_right(doc.tokens, paragraph.end, lo=after, key=attrgetter("end"))]
        pieces = pieces_of(content)
        if _enough(content) and pieces:
            yield Candidate("speaker-colon", pieces, "indirect", tokens[colon], label[-1], sentence.i)


def _label_colon(tokens: Sequence[Token]) -> int | None:
    """Where the colon after a label stands among the first words of a sentence (not first)."""
    for n, token in enumerate(tokens[: MAX_LABEL_TOKENS + 1]):  # a loop: asked of every paragraph
        if token.text == ":":
            return n if n > 0 else None
    return None


_ACCORDING = regex.compile(r"(?i)according")


def according_to(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``According to S, C``: the clause the phrase modifies, attributed to S."""
    tokens = doc.tokens
    for match in _ACCORDING.finditer(doc.text):  # most articles have none: no need to walk every token
        i = bisect.bisect_left(tokens, match.start(), key=attrgetter("start"))
        if i + 1 >= len(tokens) or tokens[i].lower != "according" or tokens[i + 1].lower != "to":
            continue
        token = tokens[i]
        to = tokens[i + 1]
        objects = [c for c in doc.children(to) if c.deprel in ("pobj", "obj")]
        if objects:  # spaCy: according -prep-> to -pobj-> S
            source, phrase_head = objects[0], token
        elif doc.head(token).i not in (token.i, to.i) and doc.head(token).upos in ("NOUN", "PROPN", "PRON"):
            source = phrase_head = doc.head(token)  # UD: S -case-> according
        else:
            continue
        clause = doc.head(phrase_head)
        if clause.i == phrase_head.i or clause.sent != token.sent:
            continue
        while clause.upos not in ("VERB", "AUX") and not clause.is_root and doc.head(clause).sent == clause.sent:
            clause = doc.head(clause)  # climb from a noun to its clause
        phrase = {t.i for t in doc.subtree(phrase_head)}
        content = _sentence_around(doc, token, phrase) or _content(doc, clause, without=phrase)
        pieces = pieces_of(content)
        if _enough(content) and pieces:
            yield Candidate("according-to", pieces, "indirect", token, source, token.sent)


# The nouns of a poll that opens a sentence with its findings: "In a CBS News poll, she led".
POLL_NOUNS = frozenset({"poll", "survey"})


def poll_openers(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent``: the sentence a poll
    opens is what the poll found; not when the sentence's verb reports on its own ("In a poll, 79
    percent said C": that verb's quote)."""
    for sentence in doc.sentences:
        opener = doc.tokens[sentence.first]
        if opener.lower != "in" or opener.deprel != "prep":
            continue
        polls = [c for c in doc.children(opener) if c.deprel in PREPOSITION_OBJECTS and c.lemma.lower() in POLL_NOUNS]
        clause = doc.head(opener)
        if not polls or clause.i == opener.i or clause.sent != opener.sent or is_cue_verb(clause):
            continue
        content = _sentence_around(doc, opener, {t.i for t in doc.subtree(opener)})
        pieces = pieces_of(content)
        if _enough(content) and pieces:
            yield Candidate("poll-opener", pieces, "indirect", opener, polls[0], opener.sent)


def _sentence_around(doc: Document, token: Token, phrase: set[int]) -> list[Token]:
    """The rest of the sentence when the phrase opens or ends it (``According to aides, C1 and
    C2.``: all of it, not the one clause the parse hangs the phrase on), else nothing."""
    sentence = doc.sentence_tokens(doc.sentences[token.sent])
    words = [t for t in sentence if t.upos != "PUNCT"]
    if not words or (words[0].i not in phrase and words[-1].i not in phrase):
        return []
    rest = [t for t in sentence if t.i not in phrase]
    while rest and rest[0].upos == "PUNCT":
        rest = rest[1:]
    return rest


INDIRECT_RULES = (
    Rule(
        "reported-stance",
        "S is ADJ that C  |  S is ADJ P X  |  S made it clear that C  (a stance: confident that C, critical of X)",
        "Her advisers are confident that the bill will pass.",
        stance_clauses,
    ),
    Rule(
        "reported-clause-no-subject",
        "S ..., V (that) C  (a reporting verb whose subject the parse lost: the subject of the clause above)",
        "The mayor spoke for an hour, then explained why the plant would close.",
        speakerless_clauses,
    ),
    Rule(
        "speaker-colon",
        "NAME: C  (a paragraph that opens with a name and a colon: transcripts, headlines)",
        "CLINTON: We are stronger together.",
        colon_labels,
    ),
    Rule(
        "reported-passive",
        "It was V-ed that C  |  X is V-ed to C  (a reporting verb in the passive, no source named)",
        "It was reported that the talks had failed.",
        passive_reports,
    ),
    Rule(
        "reported-clause",
        "S V (that) C  (the clausal complement of a reporting verb)",
        "The minister said that the talks had failed.",
        reported_clauses,
    ),
    Rule(
        "reported-parenthetical",
        "C, S V  |  C1, S V, C2  (the reporting clause after or inside the content)",
        "The talks, the minister said, had failed.",
        parenthetical_reports,
    ),
    Rule(
        "according-to",
        "According to S, C  |  C, according to S",
        "According to the minister, the talks had failed.",
        according_to,
    ),
    Rule(
        "poll-opener",
        "In S, C  (S a poll or survey that opens the sentence with its findings)",
        "In a CBS News poll released Monday, the senator led the governor by eight points.",
        poll_openers,
    ),
)
