"""Direct quotes: text in quotation marks attributed through a reporting verb.

    "Q," S V.          "Q," V S.          S V: "Q"          S V, "Q"
    "Q1," S V, "Q2."   (one quote in two fragments)
    "Q."               (a quote-only sentence continues the previous speaker)

Text in quotation marks with no reporting verb and no sentence of its own is a
scare quote or a title (the "southern gates" of the city) and is not reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lexicons import REPORTING_VERBS
from ..model import Document, Sentence, Token
from ..quotemarks import Quotation
from ..syntax import (
    ACTIVE_OR_PASSIVE_SUBJECTS,
    APPOSITIONS,
    RELATIVE_PRONOUNS,
    forbidden,
    is_passive,
    name_taken_for_modal,
    opens_inverted_report,
    remembered_per_document,
    speaker_of,
    tokens_by_upos,
)
from .base import Candidate, Rule
from .chain import fills_sentences, following_quote, inside_marks

__all__ = ["DIRECT_RULES", "cue_verbs", "is_cue_verb", "quotation_pieces"]

# How far a cue may stand from the quotation, in tokens, when the parse does
# not link them.
MAX_CUE_GAP = 8
MAX_NAME_TOKENS = 4
MAX_AFTER_CUE_TOKENS = 8
# Dependents of the cue verb allowed between it and a following quotation:
# "told reporters: ...", "said on Tuesday, ...".
BETWEEN_CUE_AND_QUOTE = frozenset(
    {
        "dobj",
        "obj",
        "iobj",
        "dative",
        "npadvmod",
        "advmod",
        "prep",
        "pobj",
        "obl",
        "det",
        "amod",
        "compound",
        "case",
        "nmod",
        "poss",
        "punct",
        "tmod",
        "obl:tmod",
        "mark",
    }
)


def is_cue_verb(token: Token) -> bool:
    return token.upos == "VERB" and token.lemma.lower() in REPORTING_VERBS


@remembered_per_document  # four rules and the speaker resolution walk them
def cue_verbs(doc: Document) -> list[Token]:
    """The reporting verbs of ``doc``, in text order, but those of what no one was allowed to say."""
    verbs = tokens_by_upos(doc).get("VERB", ())
    return [t for t in verbs if is_cue_verb(t) and not forbidden(doc, t)]  # is_cue_verb asks for a VERB


def quotation_pieces(quotation: Quotation) -> tuple[tuple[int, int], ...]:
    return quotation.pieces if quotation.pieces else ((quotation.content_start, quotation.content_end),)


def _linked_cue(doc: Document, quotation: Quotation, sentences: Sequence[Sentence]) -> Token | None:
    """A reporting verb outside the quotation that the parse makes the head of its content."""
    cues = []
    tokens = doc.tokens
    inside = doc.token_indexes(quotation.start, quotation.end)  # marks included
    for token in tokens[max(inside.start, sentences[0].first) : min(inside.stop, sentences[-1].last)]:
        if token.upos == "PUNCT" or token.head in inside:  # a head inside the marks, tested by index
            continue
        head = tokens[token.head]
        cue = head if is_cue_verb(head) else _raised_cue(doc, head)
        if cue is not None:
            cues.append(cue)
    if not cues:
        return None
    return min(cues, key=lambda cue: min(abs(cue.start - quotation.end), abs(quotation.start - cue.end)))


def _raised_cue(doc: Document, verb: Token) -> Token | None:
    """``"Q," X was quoted as saying`` / ``was heard telling``: the reporting participle of a
    passive verb the parse hangs the quotation on (its speaker is the passive subject)."""
    if not is_passive(doc, verb):
        return None
    for child in doc.children(verb):
        if child.lower == "as":
            child = next((g for g in doc.children(child) if g.deprel == "pcomp"), child)
        if child.tag == "VBG" and child.i > verb.i and is_cue_verb(child):
            return child
    return None


def _cue_after(doc: Document, quotation: Quotation, sentence: Sentence) -> Token | None:
    """``"Q," he said`` / ``"Q," said Smith``: a reporting verb right after the closing mark.

    When the quotation ends the way a spoken quote does (``,`` ``?`` ``!`` inside
    the marks) and the speaker follows at once, any verb is the cue
    (``"Go back," Trump barked``).
    """
    spoken = _ends_as_spoken(doc, quotation)
    after = doc.sentence_tokens_after(sentence, quotation.end)[: MAX_CUE_GAP + 1]
    # a headline's "'Q': S V" ("'I am not done yet': Reyes says"), cut by the parser after the colon
    colon = doc.text[quotation.end : quotation.end + 1] == ":" and all(t.upos == "PUNCT" for t in after)
    if (not after or colon) and sentence.i + 1 < len(doc.sentences):
        # the parser often ends a sentence after ?" or !" ("Not again!" | she said.), and after ."
        # when all that follows is who said it ("... missing." | Trump said.)
        following = doc.sentences[sentence.i + 1]
        if following.paragraph == sentence.paragraph and (spoken or colon or _only_attribution(doc, following)):
            after = doc.sentence_tokens_after(following, quotation.end)[: MAX_CUE_GAP + 1]
            spoken = False  # across the break, only a reporting verb will do
    for token in after:
        # a "verb" the parse makes a subject is a name it mistook: "Trump shot back"
        verb = token.upos == "VERB" and token.deprel not in ACTIVE_OR_PASSIVE_SUBJECTS
        if is_cue_verb(token) or (spoken and verb):
            speaker = direct_speaker(doc, token, quotation)
            between = [t for t in after if t.i < token.i and t.upos != "PUNCT"]
            allowed = _subtree_ids(doc, speaker) if speaker is not None else set()
            if all(t.i in allowed or t.upos in ("ADV", "AUX", "PART") for t in between):
                if is_cue_verb(token):
                    return token
                # any verb only with a speaker of its own: not "which debuted"
                return token if speaker is not None and speaker.lower not in RELATIVE_PRONOUNS else None
            return None
        if verb or (token.upos == "AUX" and not name_taken_for_modal(token)) or token.text in '"“”«»„':
            return None
    return None


# What may go with a reporting verb that only says who said the quotation before it.
ATTRIBUTION_PARTS = frozenset({"punct", "advmod", "npadvmod", "prep", "aux", "neg"})


def _only_attribution(doc: Document, sentence: Sentence) -> bool:
    """``Trump said.``, ``Rep. Jim McDermott (D-Wash.) said on Tuesday.``: a sentence that is only a
    reporting verb with its subject and verbless circumstances, no content of its own."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.is_root), None)
    if root is None or not is_cue_verb(root):
        return False
    children = doc.children(root)
    subjects = [c for c in children if c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS]
    others = [c for c in children if c.deprel not in ACTIVE_OR_PASSIVE_SUBJECTS]
    return (
        bool(subjects)
        and all(c.deprel in ATTRIBUTION_PARTS for c in others)
        and not any(t.upos in ("VERB", "AUX") for c in others for t in doc.subtree(c))
    )


# What may stand between a quotation and a reporting verb the tagger took for a noun.
BEFORE_NOUN_CUE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})
CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?"})


def _noun_cue_after(doc: Document, quotation: Quotation, sentence: Sentence) -> Token | None:
    """``"Q," the email read.`` / ``"Q," the document states, ...``: a finite form of a reporting
    verb that the tagger took for a noun compounded with the noun before it, ending the clause
    right after the noun phrase that follows the quotation."""
    after = doc.sentence_tokens_after(sentence, quotation.end)[: MAX_CUE_GAP + 1]
    for n, token in enumerate(after):
        if token.upos not in BEFORE_NOUN_CUE:
            return None
        lemma = token.lemma.lower()
        finite = token.lower != lemma or lemma == "read"  # "states", "reads"; "read" is its own past
        if n and token.upos == "NOUN" and finite and lemma in REPORTING_VERBS:
            subject = after[n - 1]  # "email" in "the email read", which the parse hangs on "read"
            following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
            ends = following is None or following.text in CLAUSE_ENDS
            return token if ends and subject.head == token.i and subject.upos in ("ADJ", "NOUN", "PROPN") else None
    return None


def _ends_as_spoken(doc: Document, quotation: Quotation) -> bool:
    return _closes_with(doc, quotation, (",", "?", "!", "—"))


def _closes_with(doc: Document, quotation: Quotation, endings: tuple[str, ...]) -> bool:
    """Whether the quotation is closed and its words end with one of ``endings`` inside the marks."""
    content = doc.text[quotation.content_start : quotation.content_end].rstrip()
    return bool(quotation.close_mark) and content.endswith(endings)


def _inverted_cue(doc: Document, quotation: Quotation, sentence: Sentence) -> Token | None:
    """``Said Ellis: "Q"``: a reporting verb form, a name and a colon or comma before the quotation."""
    before = doc.sentence_tokens_before(sentence, quotation.start)
    if len(before) < 3 or not opens_inverted_report(doc, before[0]) or before[-1].text not in (":", ","):
        return None
    name = before[1:-1]
    return before[0] if len(name) <= MAX_NAME_TOKENS and all(t.upos == "PROPN" for t in name) else None


def _cue_before(doc: Document, quotation: Quotation, sentence: Sentence) -> Token | None:
    """``He said: "Q"`` / ``She told reporters, "Q"``: a reporting verb right before the opening mark.

    Any verb is the cue when only a particle or adverb and a comma stand
    between it and the quotation (``Hillary shot back, "Q"``), and so is *put it*
    (``As Smith put it: "Q"``).
    """
    before = doc.sentence_tokens_before(sentence, quotation.start)[-(MAX_CUE_GAP + 1) :]
    for n in range(len(before) - 1, -1, -1):
        token, between = before[n], before[n + 1 :]
        if is_cue_verb(token) or _puts_it(doc, token):
            speaker = speaker_of(doc, token)
            own = _subtree_ids(doc, speaker) if speaker is not None and speaker.i > token.i else set()
            if all(
                t.i in own or (t.deprel in BETWEEN_CUE_AND_QUOTE and t.upos not in ("VERB", "AUX")) for t in between
            ):
                return token
            return None
        if token.upos == "VERB":
            close = between and between[-1].text == "," and all(t.upos in ("ADV", "PART", "PUNCT") for t in between)
            return token if close and speaker_of(doc, token) is not None else None
        if token.upos == "AUX":
            return None
    return None


def _puts_it(doc: Document, token: Token) -> bool:
    """``As Smith put it, "Q"``: *put it* is a reporting verb."""
    following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    return token.upos == "VERB" and token.lemma.lower() == "put" and following is not None and following.lower == "it"


def _tight_cue_before(doc: Document, quotation: Quotation, sentences: Sequence[Sentence]) -> Token | None:
    """``Priebus said, "Probably."``: a reporting verb with a speaker, a comma or colon, and a
    short quotation that ends the sentence (a fragment is a quote only in this tight frame).
    When the quotation ends with ``!`` or ``?``, the sentence may go on and the comma may be
    missing (``She declared "What a night!" and ...``, ``Some chanted "USA! USA!"``): 3 quotes
    in 3 training articles, none wrong."""
    before = doc.sentence_tokens_before(sentences[0], quotation.start)
    after = doc.sentence_tokens_after(sentences[-1], quotation.end)
    separated = len(before) >= 2 and before[-1].text in (",", ":")
    exclaimed = _closes_with(doc, quotation, ("!", "?"))
    if not (separated or (exclaimed and before)):
        return None
    if any(t.upos != "PUNCT" for t in after) and not exclaimed:
        return None
    cue = before[-2] if separated else before[-1]
    speaker = speaker_of(doc, cue) if is_cue_verb(cue) else None
    return cue if speaker is not None and speaker.i < cue.i and speaker.lower not in RELATIVE_PRONOUNS else None


def _subtree_ids(doc: Document, token: Token) -> set[int]:
    return {t.i for t in doc.subtree(token)}


# A quotation with fewer words and no verb is a fragment ("a crucial step"),
# quoted inside someone's reported speech or as a scare quote, not a direct quote.
MIN_STANDALONE_WORDS = 5


def stands_alone(doc: Document, quotation: Quotation, sentences: Sequence[Sentence]) -> bool:
    """True when the quotation holds a clause or enough words to be a quote by itself."""
    inside = doc.token_indexes(quotation.content_start, quotation.content_end)
    words = 0
    for t in doc.tokens[max(inside.start, sentences[0].first) : min(inside.stop, sentences[-1].last)]:
        if t.upos in ("VERB", "AUX"):
            return True
        words += t.upos != "PUNCT"
        if words >= MIN_STANDALONE_WORDS:  # counted no further
            return True
    return False


def direct_speaker(doc: Document, cue: Token, quotation: Quotation, *, inverted: bool = True) -> Token | None:
    """The speaker of a direct quote: the cue's subject, or, when the parse puts
    that inside the quotation, the noun phrase between the quotation and the cue
    (``"Q," Ramos, 58, told AFP``), or, with none there and ``inverted``, the noun
    phrase right after the cue (``"Q," said Dana Whitfield, half joking``)."""
    if opens_inverted_report(doc, cue) and cue.end <= quotation.start:
        names = [t for t in doc.tokens[cue.i + 1 : cue.i + 1 + MAX_NAME_TOKENS] if t.upos == "PROPN"]
        return names[-1] if names else None
    if cue.upos == "NOUN":  # a verb the tagger took for a noun: its subject is the word before it
        return doc.tokens[cue.i - 1]
    speaker = speaker_of(doc, cue)
    if speaker is not None and not inside_marks(speaker, quotation):
        return speaker
    if cue.start < quotation.end:
        return _apposed_subject(doc, cue) if speaker is None else None
    between = {t.i: t for t in doc.tokens[cue.i - MAX_CUE_GAP : cue.i] if t.start >= quotation.end}
    heads = [
        t
        for t in between.values()
        if t.head not in between and (t.upos in ("PROPN", "NOUN", "PRON") or name_taken_for_modal(t))
    ]
    if len(heads) == 1:
        return heads[0]
    if not inverted or heads or cue.lemma.lower() in ADDRESSEE_VERBS:
        return None  # after "told", "warned" comes the one spoken to
    return _named_after(doc, cue)


def _apposed_subject(doc: Document, cue: Token) -> Token | None:
    """``In a call on Monday, Col. Jane Smith, a spokeswoman, said: "Q"``: the subject of a finite
    active verb that the parse hangs as an apposition on the noun before it (``Monday``); the
    outermost apposition over the word before the verb, or the name of a person within it."""
    if cue.tag not in FINITE_TAGS or is_passive(doc, cue):
        return None
    before = [t for t in doc.sentence_tokens_before(doc.sentences[cue.sent], cue.start) if t.upos != "PUNCT"]
    if not before:
        return None
    apposition = None
    for token in (before[-1], *doc.ancestors(before[-1])):
        if token.i >= cue.i:
            break
        if token.deprel in APPOSITIONS and token.upos in ("NOUN", "PROPN"):
            apposition = token
    if apposition is None:
        return None
    # the name, not the role: "her adviser, Jane Smith, said"
    for token in doc.subtree(apposition):
        if token.ent == "PERSON" and doc.head(token).ent != "PERSON" and token.i < cue.i:
            return token
    return apposition


# Speech verbs whose object is the one spoken to: "told reporters that C", "warned voters that C".
ADDRESSEE_VERBS = frozenset({"tell", "warn", "caution", "assure", "reassure", "inform", "remind", "advise", "promise"})
# What a noun phrase right after an inverted cue may hold ("said the former governor of Ohio").
AFTER_CUE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
NOT_AFTER_CUE_ENTITIES = frozenset({"DATE", "TIME"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _named_after(doc: Document, cue: Token) -> Token | None:
    """``"Q," said Dana Whitfield, half joking``: the speaker of an inverted cue that the parse
    makes the subject of a clause after it, or the verb's object: the head of the words right
    after the cue, up to the first punctuation, verb, preposition or relative pronoun (the last
    noun of that run; a capitalised word of any tag counts, as the tagger takes names for adverbs)."""
    if not _finite(doc, cue) or not is_cue_verb(cue):
        return None  # "..., referencing the large number of ...", "had no such praise": no inverted report
    sentence = doc.sentences[cue.sent]
    head = None
    for token in doc.tokens[cue.i + 1 : min(sentence.last, cue.i + 1 + MAX_AFTER_CUE_TOKENS)]:
        if token.ent in NOT_AFTER_CUE_ENTITIES or token.lower in RELATIVE_PRONOUNS:
            break
        if token.tag == "POS":
            continue  # "said Clinton's introducer": the owner's noun goes on to the head
        if token.upos not in AFTER_CUE_WORDS and not (token.upos in ("ADV", "X", "INTJ") and token.text[:1].isupper()):
            break
        if token.lower in PERSONAL_PRONOUNS:
            return None  # "says she warned ...": the subject of a clause of its own
        if token.upos in ("NOUN", "PROPN", "PRON") or token.text[:1].isupper():
            head = token
        elif token.upos == "NUM" and head is None:
            head = token  # '"Q," read one': a number, when no noun follows
    return head


def _finite(doc: Document, verb: Token) -> bool:
    """A finite verb form, or a base form with no auxiliary, which the tagger gives a past or
    present ``read`` ('"Q," read the statement')."""
    return verb.tag in FINITE_TAGS or (verb.tag == "VB" and not any(c.deprel == "aux" for c in doc.children(verb)))


def find_cue(doc: Document, quotation: Quotation) -> tuple[Token | None, str]:
    """The cue verb of a quotation and the rule that found it."""
    sentences = doc.sentences_over(quotation.start, quotation.end)
    if not sentences:
        return None, ""
    if not stands_alone(doc, quotation, sentences):
        # a fragment is a quote only in the tight "Q," S V frame ("No," she said), not one that
        # ends a subordinate clause: "When the mayor declared the city "open for business," I
        # wondered" is no quote
        spoken = _ends_as_spoken(doc, quotation) and not _in_subordinate_lead(doc, quotation, sentences[0])
        cue = _cue_after(doc, quotation, sentences[-1]) if spoken else None
        speaker = direct_speaker(doc, cue, quotation, inverted=False) if cue is not None and is_cue_verb(cue) else None
        if speaker is None or speaker.start < quotation.end or speaker.lower in RELATIVE_PRONOUNS:
            cue = _tight_cue_before(doc, quotation, sentences)
            return (cue, "quote-cue-before") if cue is not None else (None, "")
        return cue, "quote-cue-after"
    cue = _linked_cue(doc, quotation, sentences)
    if cue is not None:
        return cue, "quote-cue-after" if cue.start >= quotation.end else "quote-cue-before"
    cue = _cue_after(doc, quotation, sentences[-1]) or _noun_cue_after(doc, quotation, sentences[-1])
    if cue is not None:
        return cue, "quote-cue-after"
    cue = _cue_before(doc, quotation, sentences[0]) or _inverted_cue(doc, quotation, sentences[0])
    if cue is not None:
        return cue, "quote-cue-before"
    return None, ""


def _in_subordinate_lead(doc: Document, quotation: Quotation, sentence: Sentence) -> bool:
    """Whether the quotation ends words that open its sentence with a subordinating conjunction,
    a preposition or a participle ("When the mayor declared the city "…,"", "After the company
    promised a "…,"", "Speaking on ABC's "This Week,""): an adverbial clause or phrase of the
    sentence's verb, not what its subject says."""
    words = [t for t in doc.sentence_tokens_before(sentence, quotation.start) if t.upos != "PUNCT"]
    return bool(words) and (words[0].upos in ("SCONJ", "ADP") or words[0].tag in ("VBG", "VBN"))


def cued_quotes(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """Quotations with a reporting verb before or after them.

    A cue shared by two quotations (``"Q1," he said, "Q2."``) makes one quote of
    two fragments, and so does a quote-only sentence right after the cue's
    sentence in the same paragraph (``"Q1," he said. "Q2."``).
    """
    outer = [q for q in quotations if not q.depth]
    by_cue: dict[int, list[tuple[Quotation, str]]] = {}
    for quotation in outer:
        cue, rule = find_cue(doc, quotation)
        if cue is not None:
            by_cue.setdefault(cue.i, []).append((quotation, rule))
    used = {id(q) for matched in by_cue.values() for q, _ in matched}
    for cue_i, matched in by_cue.items():
        cue = doc.tokens[cue_i]
        following = following_quote(doc, outer, cue, matched[-1][0])
        if following is not None and id(following) not in used:
            used.add(id(following))
            matched = [*matched, (following, "quote-split")]
        pieces = tuple(piece for quotation, _ in matched for piece in quotation_pieces(quotation))
        rule = "quote-split" if len(matched) > 1 else matched[0][1]
        yield Candidate(rule, pieces, "direct", cue, direct_speaker(doc, cue, matched[0][0]), cue.sent)


def _overlaps(quotation: Quotation, found: Sequence[Candidate]) -> bool:
    """Whether a quote found shares a character with ``quotation``, marks included."""
    # a loop, not any() over a generator, which costs more: asked of every quotation
    for candidate in found:  # noqa: SIM110
        if candidate.start < quotation.end and quotation.start < candidate.end:
            return True
    return False


DASHES = frozenset("―—–-")
MAX_DASH_NAME_TOKENS = 6


def _after_spaces(text: str, start: int) -> int:
    """Where the white space that starts ``text[start:]`` ends (read in place: no copy of the rest of the text)."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _before_spaces(text: str, end: int) -> int:
    """Where the white space that ends ``text[:end]`` starts (read in place: no copy of the text before)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def dash_quotes(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``"Q" ― Name``: a quotation signed with a dash and a name, epigraph style
    (the name may stand on its own line after the quotation)."""
    for quotation in quotations:
        if quotation.depth:
            continue
        dash = _after_spaces(doc.text, quotation.end)
        if dash >= len(doc.text) or doc.text[dash] not in DASHES or doc.text.count("\n", quotation.end, dash) > 2:
            continue  # most quotations: tested before the quotes found
        if _overlaps(quotation, found):
            continue
        after = [t for t in doc.tokens if t.start > dash][: MAX_DASH_NAME_TOKENS + 1]
        name: list[Token] = []
        for token in after:
            if token.upos == "PUNCT" or token.sent != after[0].sent:
                break
            name.append(token)
        propns = [t for t in name if t.upos == "PROPN"]
        if not propns or len(name) >= MAX_DASH_NAME_TOKENS:
            continue
        rest = after[len(name) :]  # the signature ends its sentence
        if rest and rest[0].sent == name[-1].sent and rest[0].text not in (".", ";"):
            continue
        cue = next(t for t in doc.tokens if t.end > dash)
        pieces = quotation_pieces(quotation)
        yield Candidate("quote-dash", pieces, "direct", cue, propns[-1], cue.sent, cue_span=(dash, dash + 1))


def colon_quotes(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """``S V-ed ...: "Q"``: a quotation introduced by a colon; the speaker is the
    subject of the clause before the colon."""
    for quotation in quotations:
        if quotation.depth:
            continue
        before = _before_spaces(doc.text, quotation.start)
        if before == 0 or doc.text[before - 1] != ":":
            continue  # most quotations: tested before the quotes found
        if _overlaps(quotation, found):
            continue
        sentences = doc.sentences_over(quotation.start, quotation.end)
        if not sentences or not stands_alone(doc, quotation, sentences):
            continue
        colon = next((t for t in doc.tokens if t.start == before - 1), None)
        if colon is None:
            continue
        name = _colon_name(doc, colon) or _from_label(doc, colon)
        if name is not None:
            yield Candidate("quote-colon", quotation_pieces(quotation), "direct", colon, name, colon.sent)
            continue
        clause = colon if colon.is_root else doc.head(colon)
        if clause.start >= quotation.start and colon.i > 0:
            # the parse hangs the colon on the quoted clause: climb from the word before it
            clause = doc.tokens[colon.i - 1]
        while clause.upos not in ("VERB", "AUX") and not clause.is_root:
            clause = doc.head(clause)
        if clause.start >= quotation.start:
            continue
        speaker = speaker_of(doc, clause) if clause.upos in ("VERB", "AUX") else None
        if speaker is None or (speaker.upos == "PRON" and speaker.lower in ("it", "this", "that", "there")):
            continue
        yield Candidate("quote-colon", quotation_pieces(quotation), "direct", clause, speaker, clause.sent)


# Words that may end what stands before a name labelling a quotation: ``... Bush: "Q"``.
BEFORE_COLON_NAME = frozenset({".", "…", "...", '"', "”", "’", "'", *DASHES})
MAX_PARENTHESIS_TOKENS = 6


def _colon_name(doc: Document, colon: Token) -> Token | None:
    """``Bush: "Q"`` · ``Rep. Jane Smith (R-S.C.): "Q"`` · ``Mark Blumenthal and Jon Cohen: "Q"``:
    one to four proper nouns right before the colon, or two such names joined by *and*,
    opening the sentence or after a dash, a full stop or a closing mark; the (first) name's
    last word."""
    i = colon.i - 1
    if i >= 0 and doc.tokens[i].text == ")":
        opening = [t for t in doc.tokens[max(0, i - MAX_PARENTHESIS_TOKENS) : i] if t.text == "("]
        if not opening:
            return None
        i = opening[-1].i - 1
    name, i = _proper_nouns_before(doc, i, colon.sent)
    if name and i >= 0 and doc.tokens[i].lower == "and" and doc.tokens[i].sent == colon.sent:
        name, i = _proper_nouns_before(doc, i - 1, colon.sent)
    if not name:
        return None
    before = doc.tokens[i] if i >= 0 else None
    if before is None or before.sent != colon.sent or before.text in BEFORE_COLON_NAME:
        return name[0]
    return None


def _proper_nouns_before(doc: Document, i: int, sentence: int) -> tuple[list[Token], int]:
    """The one to four proper nouns of ``sentence`` that end at token ``i``, nearest first (none
    when there are more), and the index of the token before them."""
    name: list[Token] = []
    while i >= 0 and doc.tokens[i].sent == sentence and doc.tokens[i].upos == "PROPN":
        name.append(doc.tokens[i])
        i -= 1
    return (name if len(name) <= MAX_NAME_TOKENS else []), i


def _from_label(doc: Document, colon: Token) -> Token | None:
    """``From Bush's Facebook post: "Q"`` · ``From the report: "Q"``: a sentence that before the
    colon is only *from* and a noun phrase names the source of the quotation: that phrase's noun."""
    before = doc.sentence_tokens_before(doc.sentences[colon.sent], colon.start)
    if len(before) < 2 or before[0].lower != "from" or any(t.upos in ("VERB", "AUX") for t in before):
        return None
    objects = [t for t in before if t.head == before[0].i and t.upos in ("NOUN", "PROPN")]
    return objects[0] if len(objects) == 1 else None


# A quote-only sentence continues a speaker quoted at most this many paragraphs before.
CONTINUATION_PARAGRAPHS = 2
MIN_CONTINUATION_WORDS = 4


def continued_quotes(doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate]) -> Iterator[Candidate]:
    """A quotation that is a whole sentence or paragraph on its own, with no cue,
    continues the speaker of the nearest quote before it."""
    taken = [c for c in found]
    for quotation in quotations:
        if quotation.depth or _overlaps(quotation, taken):
            continue
        if len(doc.text[quotation.content_start : quotation.content_end].split()) < MIN_CONTINUATION_WORDS:
            continue
        if not fills_sentences(doc, quotation):
            continue
        sentence = doc.sentences_over(quotation.start, quotation.end)[0]
        previous = [c for c in taken if c.end <= quotation.start]
        speaker = None
        if previous:
            last = max(previous, key=lambda c: c.end)
            if sentence.paragraph - doc.sentences[last.sentence].paragraph <= CONTINUATION_PARAGRAPHS:
                speaker = _introducer(doc, quotations, sentence) or last.speaker
        if speaker is None:
            continue
        candidate = Candidate("quote-continuation", quotation_pieces(quotation), "direct", None, speaker, sentence.i)
        taken.append(candidate)
        yield candidate


# Subjects that name someone who may speak the quotation after their sentence.
INTRODUCER_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})


def _introducer(doc: Document, quotations: Sequence[Quotation], sentence: Sentence) -> Token | None:
    """``Jane Smith agreed.`` · ``He then had a question for the crowd.`` ¶ ``"Q."``: the name or
    personal pronoun that is the subject of the sentence right before a quote-only sentence (in
    the same paragraph or ending the one before), outside quotation marks."""
    if sentence.i == 0:
        return None
    before = doc.sentences[sentence.i - 1]
    if sentence.paragraph - before.paragraph > 1:
        return None
    root = next((t for t in doc.sentence_tokens(before) if t.is_root), None)
    if root is None or root.upos not in ("VERB", "AUX"):
        return None
    speaker = speaker_of(doc, root)
    if speaker is None or speaker.sent != before.i:
        return None
    if speaker.upos != "PROPN" and speaker.ent != "PERSON" and speaker.lower not in INTRODUCER_PRONOUNS:
        return None
    if any(q.start <= token.start < q.end for token in (root, speaker) for q in quotations):
        return None  # the words of a quotation
    return speaker


DIRECT_RULES = (
    Rule(
        "quote-cue-after",
        '"Q," S V  |  "Q," V S  (a reporting verb right after the quotation)',
        '"We will win," she said.',
        cued_quotes,
    ),
    Rule(
        "quote-cue-before",
        'S V: "Q"  |  S V, "Q"  (a reporting verb right before the quotation)',
        'He told reporters: "We will win."',
        cued_quotes,
    ),
    Rule(
        "quote-split",
        '"Q1," S V, "Q2"  (one quote in two fragments around its cue)',
        '"We will win," she said, "and soon."',
        cued_quotes,
    ),
    Rule(
        "quote-dash",
        '"Q" ― Name  (a quotation signed with a dash and a name)',
        '"We will win." ― Jane Smith',
        dash_quotes,
    ),
    Rule(
        "quote-colon",
        'S V ...: "Q"  (a quotation introduced by a colon; the speaker is the subject before it)',
        'She addressed the crowd: "We will win."',
        colon_quotes,
    ),
    Rule(
        "quote-continuation",
        '"Q."  (a quote-only sentence after a quote continues its speaker)',
        'She said: "We will win."\n\n"Nobody in this room doubts it."',
        continued_quotes,
    ),
)
