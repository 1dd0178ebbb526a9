"""Who is speaking: speaker mentions grouped into the sources of an article.

Every subject of a reporting verb is a speaker mention, whether or not the
rules found content for it ("A military source told Sputnik Arabic details").
Each mention is read as a name, a pronoun, a description, a quantifier or an
anaphor and, in text order, joins a source or starts one (docs/sources.md has
the rules in full, lexicons/source_nouns.txt the classes of nouns):

* a name joins the source with the same full name; a surname, the fullest name
  with that surname named last (``Rudskoy`` joins ``Col. Gen. Sergei Rudskoy``);
* ``he``/``she`` join the nearest earlier individual of a fitting sex (a source,
  or a named person who is the subject of a clause), ``they`` the nearest
  group, organization or plural, ``it`` the nearest organization;
* a definite description (``the source``, ``the Syrian major``) joins the
  nearest earlier source described with the same noun, else a named person who
  holds that role in the article (``the senator`` and ``Sen. Ted Cruz``), else,
  for a source noun (``the official``), the latest unnamed person, for a role
  noun the person named last;
* an indefinite description, a plural or a quantifier (``some``) starts a new
  source; a source introduced unnamed and named later is a person.

Then each source gets its kind (``person``, ``organization``,
``unnamed_person``, ``unnamed_group``, ``unknown``), its title, description and
affiliation, and, when it is anonymous, the evidence for that.
"""

from __future__ import annotations

import bisect
import collections
import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter

import attrs
import regex

from .lexicons import ANONYMITY_PHRASES, FIRST_NAMES, OUTLET_WORDS, QUANTIFIERS, SOURCE_NOUNS, TITLES
from .model import Document, Entity, Sentence, Token
from .quotemarks import OPENING_MARKS, Quotation
from .records import Evidence, Span
from .syntax import (
    ACTIVE_OR_PASSIVE_SUBJECTS,
    APPOSITIONS,
    CLAUSAL_COMPLEMENTS,
    DASH_TOKENS,
    OBJECTS,
    PEOPLE_ENDINGS,
    PERSON_ENDINGS,
    PLACES,
    POSSESSORS,
    PREDICATE_NOUNS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SUBJECTS,
    antecedent,
    mention_tokens,
    name_taken_for_modal,
    relative_clause_noun,
    speaker_of,
    tokens_by_upos,
    trim_tokens,
)

__all__ = [
    "KINDS",
    "Mention",
    "Source",
    "SourceIndex",
    "Statement",
    "resolve_sources",
]

SURNAME_CACHE_SIZE = 4096
TITLE_CACHE_SIZE = 1024
KINDS = ("person", "organization", "unnamed_person", "unnamed_group", "unknown")
UNNAMED = frozenset({"unnamed_person", "unnamed_group"})

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
THING_PRONOUNS = frozenset({"it", "its"})
THIRD_PERSON_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_PRONOUN_WORDS = THIRD_PERSON_PRONOUNS | FIRST_PERSON_SINGULAR | RELATIVE_PRONOUNS
PERSON_LABELS = frozenset({"PERSON", "PER"})
ORGANIZATION_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "ORGANIZATION"})
GROUP_LABELS = frozenset({"NORP"})
ROLE_CLASSES = frozenset({"source", "person", "people"})  # source_nouns.txt classes of one person's role
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# An indefinite noun phrase in one of these places introduces someone: "a federal judge ruled".
INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
INTRODUCING = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "pobj", "obl", "dative", "iobj", "conj"})
# The endings of syntax.PEOPLE_ENDINGS and PERSON_ENDINGS, and "-phobe", for the sources of
# mentions: other plurals ("revelations", "measures") name no source.
PEOPLE_SUFFIXES = (*PEOPLE_ENDINGS, "phobe")
PERSON_SUFFIXES = (*PERSON_ENDINGS, "phobe")
AGED = "-year-old"  # the end of the lemma of an age read as a description: "46-year-old"
# Pronouns of no one in particular: the reporting verbs they are subjects of are
# hypothetical ("if someone had told him", "somebody might say"), so a later "he" is
# someone else. "One" alone is one too ("one suggested she marry"); "one of the
# sources" is a source.
INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "anyone", "anybody", "one", "nobody", "everyone", "everybody"})
# Determiners that make a description generic: "any candidate", "every voter".
GENERIC_DETERMINERS = frozenset({"any", "every", "no"})
# Suffixes that tell a son from his father: "Donald Trump Jr.", "John D. Rockefeller III".
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# What a noun has before it that a headline drops: "official says" for "an official says".
BARE_NOUN_DETERMINERS = frozenset({"det", "predet", "nummod", "poss", "nmod:poss"})
# How many first letters a people's name shares with its country's ("Saud-is", "Saud-i Arabia").
COUNTRY_STEM = 4
# Quantifiers of some people of a kind, not all of them: "some senators", "many of the candidates".
LOOSE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "other", "others"})
# the verbs of "those surveyed", "those polled": a poll's sample
POLL_VERBS = frozenset({"survey", "poll", "sample"})
# Determiners that point back to people named before: "both men", "neither man".
ANAPHORIC_DETERMINERS = frozenset({"both", "each", "either", "neither"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# How far after a headline's or a lead's epithet ("DNC chair dismisses ...") the person it
# stands for is named, in paragraphs.
LEAD_PARAGRAPHS = 2
# How far after a lead's indefinite description ("A lawmaker in the Philippines is calling for
# ...") the paragraphs that name the person it describes reach, in paragraphs.
LEAD_NAMING_PARAGRAPHS = 1
# Verbs whose plural object is people a report draws on, whom a later "they" may mean ("The
# newspaper cited three people familiar with the investigation. They said ...").
CITING_VERBS = frozenset({"cite", "quote"})
# Nouns that say no more of a person than sex and age, which a writer uses for someone just
# described ("A voter at the rally, a retired teacher, said ... the woman said").
PLAIN_PERSON_NOUNS = frozenset({"man", "woman", "guy", "lady", "boy", "girl"})
# What a verb reports: its clause, its object, the object of its preposition ("argued that C",
# "criticized X", "spoke about X").
REPORTED_CONTENT = CLAUSAL_COMPLEMENTS | OBJECTS | PREPOSITIONS | {"xcomp"}
# Quantifiers that take the whole of what their "of" phrase names ("all of whom", "both of them").
WHOLE_QUANTIFIERS = frozenset({"all", "both", "each"})
# How many sentences before a "they" the named people it may stand for may be ("Franken said ...
# Silverman responded ... They continued").
PEOPLE_IN_VIEW_SENTENCES = 2
# A copula's noun ("a man" in "Donald is a man who ..."), and the subjects that say nothing of
# whom it is: "it is Trump who", "this is a candidate who".
NO_REFERENT_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "there", "what", "which"})
NAME_MODIFIERS = frozenset({"compound", "poss", "nmod:poss", "nmod", "flat", "flat:name"})
# Participles that give their noun a name ("a worker named X", "a user going by the handle X", "a man
# identified as X"), and how many words after the participle the name may start.
NAMING_PARTICIPLES = frozenset({"name", "call", "go", "identify"})
# Verbs by which someone gives their own name: "identified herself as Caroline".
SELF_NAMING_VERBS = frozenset({"identify", "introduce"})
SELF_NAMING_STEMS = ("dentif", "ntroduc")  # what all their forms share, capitalized or not
REFLEXIVES = frozenset({"himself", "herself"})
NAMING_REACH = 4
PREPOSITION_OBJECTS = frozenset({"pobj", "obj", "obl", "nmod"})
# Prepositions whose object says whom a source belongs to: "a spokesman for the
# Pentagon", "a source in the Syrian army", "an aide to Clinton".
AFFILIATION_PREPOSITIONS = frozenset({"of", "for", "at", "with", "in", "from", "to"})
# Nouns that say a source's sex, for he/she.
FEMALE_NOUNS = frozenset(
    {"woman", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "actress", "wife", "mother"}
    | {"daughter", "sister", "lady", "girl", "niece", "queen", "princess"}
)
MALE_NOUNS = frozenset(
    {"man", "spokesman", "congressman", "chairman", "businessman", "actor", "husband", "father", "son"}
    | {"brother", "boy", "guy", "nephew", "king", "prince"}
)
GENDERED_NOUNS = FEMALE_NOUNS | MALE_NOUNS
# Nouns that introduce a person as someone's relative ("her husband, Frank Fiorina").
KIN_NOUNS = frozenset(
    {"husband", "wife", "spouse", "widow", "widower", "son", "daughter", "child", "father", "mother", "brother"}
    | {"sister", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "stepson", "stepdaughter"}
)
FEMALE_HONORIFICS = frozenset({"mrs.", "ms.", "miss", "mrs", "ms", "dame"})
MALE_HONORIFICS = frozenset({"mr.", "mr", "sir"})
HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS
NEGATION_CLITICS = frozenset({"n't", "n’t"})  # "did n't", as the tokenizers split "didn't"


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class Mention:
    start: int
    end: int
    text: str
    head: int  # token index of the mention's head


@attrs.define
class Source:
    """One source of the article, every mention of it, and what the article says about it."""

    id: str
    kind: str  # one of KINDS
    name: str | None
    mentions: list[Mention] = attrs.field(factory=list)
    head_lemmas: set[str] = attrs.field(factory=set)  # head nouns of its descriptions and roles
    plural: bool = False
    gender: str | None = None  # "m" or "f" when a pronoun, honorific or noun says so
    title: Span | None = None
    description: Span | None = None
    affiliation: Span | None = None
    evidence: list[Evidence] = attrs.field(factory=list)

    @property
    def anonymous(self) -> bool | None:
        """True for an unnamed person or group, None for an unknown source."""
        if self.kind == "unknown":
            return None
        return self.kind in UNNAMED


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class Statement:
    """A reporting verb and the head of its speaker mention, in or out of a quote."""

    verb: int
    speaker: int


@attrs.define
class SourceIndex:
    """The sources of one article and which source each mention belongs to."""

    sources: list[Source]
    by_head: dict[int, Source]  # mention head token index -> source
    mentions: dict[int, Mention]  # mention head token index -> mention
    statements: list[Statement] = attrs.field(factory=list)  # every reporting verb with a speaker

    def source_of(self, head: Token) -> Source | None:
        return self.by_head.get(head.i)


def resolve_sources(doc: Document, speaker_heads: Iterable[Token], quotations: Sequence[Quotation] = ()) -> SourceIndex:
    """Group the given speaker mentions, and the subjects of every reporting verb outside
    ``quotations``, into sources."""
    from .rules.direct import cue_verbs  # the cue test is the rules' own
    from .rules.indirect import ASPECT_VERBS

    heads = {t.i: t for t in speaker_heads}
    statements = []
    quoted = sorted((q.content_start, q.content_end) for q in quotations if q.depth == 0)
    for verb in cue_verbs(doc):
        if _inside(quoted, verb.start):
            continue  # the quoted speaker's own words: "Not once has an adviser of mine said ..."
        if verb.lemma.lower() in ASPECT_VERBS:
            continue  # "inquiries were continuing": no one speaks, unless a rule made it a cue
        speaker = speaker_of(doc, verb)
        if speaker is not None:
            heads.setdefault(speaker.i, speaker)
            statements.append(Statement(verb.i, speaker.i))
    reporters = {s.verb: s.speaker for s in statements}
    identified = _self_identifications(doc)
    for subject, _ in identified:
        heads.setdefault(subject.i, subject)
    resolver = _Resolver(doc, _People(doc), sorted(heads), quoted, reporters)
    for i in sorted(heads):
        resolver.add(doc.tokens[i])
    resolver.add_name_mentions()
    resolver.attach_evidence()
    resolver.describe()
    resolver.name_self_identified(identified)
    resolver.name_spokespeople()
    resolver.name_lead_descriptions()
    resolver.name_headline_epithets()
    resolver.number()
    index = resolver.index
    index.statements = statements
    return index


def _title_case(doc: Document, token: Token) -> bool:
    """Whether the sentence of ``token`` is a headline in title case: most of its words capitalized."""
    sentence = doc.sentences[token.sent]
    words = [t.text for t in doc.tokens[sentence.first : sentence.last] if t.text[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _inside(spans: Sequence[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies in one of ``spans`` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, position, key=itemgetter(0)) - 1  # a span may start at position
    return at >= 0 and position < spans[at][1]


# --- named people of the article ---------------------------------------------------------


@attrs.frozen
class _DescribedPerson:
    """An unnamed person as a description introduced them: its noun, the sex it gives, its sentence."""

    lemma: str
    gender: str | None
    sentence: Sentence


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class _Occurrence:
    """One place where the article names a person, with what it says of them there."""

    name: str  # the name without title or possessive
    entity: Entity
    title: Span | None
    description: Span | None
    affiliation: Span | None
    roles: frozenset[str]  # role nouns: from the title, the words before the name, an apposition
    gender: str | None
    words: frozenset[str]  # the lowercased words of its title, description and affiliation


class _People:
    """Every person the article names (PERSON entities), their full names and roles."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.occurrences: list[_Occurrence] = []
        misread: list[Entity] = []  # a known first name and a surname tagged as a body ("Carly Fiorina", ORG)
        for entity in doc.entities:
            if entity.label in PERSON_LABELS:
                occurrence = _read_occurrence(doc, entity)
                if occurrence is not None:
                    self.occurrences.append(occurrence)
            elif entity.label not in PLACES and (_first_and_surname(doc, entity) or _aged_name(doc, entity)):
                misread.append(entity)
        # one whose surname stands alone elsewhere, or whose age follows it, is a person the tagger
        # missed ("an interview with Sean Hannity" ... "Hannity asked"; "Olena Kravets, 67,")
        alone = _surnames_alone(doc) if misread else set()
        missed = {e.start for e in misread if doc.tokens[e.last - 1].text in alone or _aged_name(doc, e)}
        for entity in misread:
            occurrence = _read_occurrence(doc, entity) if entity.start in missed else None
            if occurrence is not None:
                self.occurrences.append(occurrence)
        self.occurrences.sort(key=lambda o: o.entity.start)
        self.surnames = {_surname(o.name) for o in self.occurrences}
        self._name_counts = collections.Counter(o.name for o in self.occurrences)
        self._fuller: dict[str, list[_Occurrence]] = {}  # surname -> occurrences of more than the surname
        for o in self.occurrences:
            if len(o.name.split()) > 1 and self._first_name(o):
                self._fuller.setdefault(_surname(o.name), []).append(o)
        # the others are fuller forms of a surname the article names a person by ("Carly Fiorina" ... "Fiorina")
        for entity in misread:
            if entity.start in missed or _surname(doc.tokens[entity.last - 1].text) not in self.surnames:
                continue
            occurrence = _read_occurrence(doc, entity)
            if occurrence is not None:
                named = self._fuller.setdefault(_surname(occurrence.name), [])
                named.append(occurrence)
                named.sort(key=lambda o: o.entity.start)
        # people introduced as someone's relative after another of their surname: a surname alone is not
        # them ("Hillary Clinton" ... "her husband, Bill Clinton" ... "Clinton said")
        self._relatives = {
            o.name for named in self._fuller.values() for o in named if o.roles & KIN_NOUNS and o.name != named[0].name
        }
        self._full_names: dict[tuple[str, int, str | None], str] = {}
        self._by_full_name: dict[str, list[_Occurrence]] | None = None  # built when first asked

    def _first_name(self, occurrence: _Occurrence) -> bool:
        """Whether the first word of a name of several words is a name, not a capitalized word run into
        it at the start of a sentence or headline ("Asserting Clinton", "Without Bloomberg")."""
        first = occurrence.name.split()[0]
        for token in self.doc.tokens[occurrence.entity.first : occurrence.entity.last]:
            if token.text == first:
                return token.upos == "PROPN" or token.lower in FIRST_NAMES
        return True

    def full_name(self, name: str, at: int, gender: str | None = None) -> str:
        """The fullest form of ``name`` in the article.

        A name of several words keeps its first name ("Eric Trump" is not "Donald
        Trump") and gets the longest form with the same first name and surname
        ("Donald J. Trump"); a surname alone gets the person with that surname
        named last before ``at``, else first after it (of the given ``gender``, when
        the article says it: "Mrs. Clinton" is not "Bill Clinton").
        """
        # where a name of several words stands does not change its full name: one entry for all its places
        key = (name, 0, None) if len(name.split()) > 1 else (name, at, gender)
        if key not in self._full_names:
            self._full_names[key] = self._full_name(name, at, gender)
        return self._full_names[key]

    def _full_name(self, name: str, at: int, gender: str | None) -> str:
        fuller = self._fuller.get(_surname(name), [])
        if not fuller and " " not in name:
            # no one has it as a surname: the one full name it opens, a given name ("Hillary") or a
            # family name written first ("Mr. Lou" of "Lou Jiwei", "Ban" of "Ban Ki-moon"); not one
            # of "Donald Trump" and "Donald Trump Jr.", nor "Guccifer 2.0" or "George (W. Bush"
            prefix = f"{name} "
            opened = {
                self.full_name(full, 0)
                for full in self._name_counts
                if full.startswith(prefix) and all(word[:1].isupper() for word in full.split())
            }
            return opened.pop() if len(opened) == 1 else name
        if not fuller:
            return name
        words = name.split()
        if len(words) > 1:
            # the same first name and generation: "Donald Trump" is not "Donald Trump Jr."
            same = [
                o.name
                for o in fuller
                if o.name.split()[0].lower() == words[0].lower() and _generation(o.name) == _generation(name)
            ]
            return max([name, *same], key=len)
        fuller = [o for o in fuller if o.name not in self._relatives] or fuller
        if gender is not None:
            fuller = [o for o in fuller if o.gender in (None, gender)] or fuller
        return self._nearest(fuller, at)

    def known_start(self, name: str) -> str:
        """``name``, or the longest run of its first words that is the name of a person named
        elsewhere (a full name, or a surname alone): a headline's capitals run words into a
        name ("Trump May Not Have Suggested", "Marco Rubio Responds To Question")."""
        words = name.split()
        if len(words) < 3 or self._name_counts[name] > 1:
            return name
        for n in range(len(words) - 1, 0, -1):
            start = " ".join(words[:n])
            if self._name_counts[start] or (n == 1 and start.lower() in self.surnames):
                return start
        return name

    def of(self, name: str) -> list[_Occurrence]:
        """The occurrences of the person called ``name`` (a full name), in text order."""
        if self._by_full_name is None:  # once per article, not once per source
            self._by_full_name = {}
            for o in self.occurrences:
                self._by_full_name.setdefault(self.full_name(o.name, o.entity.start), []).append(o)
        return self._by_full_name.get(name, [])

    def with_role(self, role: str, at: int) -> str | None:
        """The full name of a person the article gives ``role``: the latest before ``at``, else the first after."""
        holders = [o for o in self.occurrences if role in o.roles]
        return self._nearest(holders, at) if holders else None

    def described(self, modifiers: Sequence[str], role: str, at: int) -> str | None:
        """The full name of a person whose title, description or affiliation holds each of
        ``modifiers`` ("Vermont" of "Vermont Sen. Bernie Sanders", "French" of "French President
        Francois Hollande") and gives them ``role``: the latest before ``at``, else the first after."""
        found = [o for o in self.occurrences if role in o.roles and all(_names_word(m, o.words) for m in modifiers)]
        return self._nearest(found, at) if found else None

    def _nearest(self, occurrences: Sequence[_Occurrence], at: int) -> str:
        """The full name of the last of ``occurrences`` (in text order, not empty) before ``at``,
        else of the first after it."""
        before = [o for o in occurrences if o.entity.start < at]
        chosen = before[-1] if before else occurrences[0]
        return self.full_name(chosen.name, chosen.entity.start)

    def gender_of(self, name: str) -> str | None:
        """The sex the article gives the person called ``name`` (a full name) by an honorific or a
        first name, when it gives one sex only."""
        genders = {o.gender for o in self.of(name)} - {None}
        return genders.pop() if len(genders) == 1 else None

    def holders(self, role: str) -> int:
        """How many people the article names with ``role``."""
        return len({o.name for o in self.occurrences if role in o.roles})

    def starting_in(self, start: int, end: int) -> list[_Occurrence]:
        """The occurrences whose name starts in ``[start, end)``, in text order."""
        key = attrgetter("entity.start")
        first = bisect.bisect_left(self.occurrences, start, key=key)
        return self.occurrences[first : bisect.bisect_left(self.occurrences, end, lo=first, key=key)]

    def next(self, head: Token, within: int) -> str | None:
        """The full name of the person who is first the subject of a clause after ``head``, at most
        ``within`` paragraphs on, and not named in ``head``'s own sentence ("SEIU chief says Trump
        can win" is not Trump)."""
        doc = self.doc
        sentence = doc.sentences[head.sent]
        # the surnames in the sentence, tagged as a person or not ("Trump" alone is often no PERSON)
        words = set(_WORDS.findall(doc.text[sentence.start : sentence.end].lower()))
        after = [o for o in self.occurrences if o.entity.start > head.start and _surname(o.name) not in words]
        # the person a lead describes comes back as a clause's subject ("Mary Kay Henry said"),
        # not as an object ("in an interview with David Axelrod")
        after = [o for o in after if _entity_head(doc, o.entity).deprel in ACTIVE_OR_PASSIVE_SUBJECTS]
        if not after:
            return None
        there = doc.sentences[doc.tokens[after[0].entity.first].sent].paragraph
        if there - sentence.paragraph > within:
            return None
        return self.full_name(after[0].name, after[0].entity.start)

    def latest(self, at: int, besides: Collection[str] = (), gender: str | None = None) -> str | None:
        """The full name of the person named last before ``at`` as the subject of a clause, else
        named last at all (whose surname is none of ``besides``): "Ryan told CNN's Jake Tapper" is
        Ryan's; not someone of the other sex than ``gender`` ("the woman" is not Bill Clinton)."""
        avoid = {_surname(name) for name in besides}
        before = [o for o in self.occurrences if o.entity.end <= at and _surname(o.name) not in avoid]
        if gender is not None:
            before = [o for o in before if self.gender_of(self.full_name(o.name, o.entity.start)) in (None, gender)]
        for o in reversed(before):
            if _entity_head(self.doc, o.entity).deprel in ACTIVE_OR_PASSIVE_SUBJECTS:
                return self.full_name(o.name, o.entity.start)
        return self.full_name(before[-1].name, before[-1].entity.start) if before else None


_TITLES_BY_LENGTH = sorted(TITLES, key=len, reverse=True)
_TITLES_BY_LAST_CHARACTER: dict[str, list[str]] = {}  # longest first
for _title in _TITLES_BY_LENGTH:
    _TITLES_BY_LAST_CHARACTER.setdefault(_title[-1], []).append(_title)
# Compiled once: a title and its space at the start of a text (longest first), and each title as a word.
_TITLE_AT = regex.compile("|".join(f"{regex.escape(title)} " for title in _TITLES_BY_LENGTH))
_TITLE_WORDS = [(title, regex.compile(rf"(?<![\w.]){regex.escape(title)}(?!\w)")) for title in _TITLES_BY_LENGTH]
_TITLE_FIRST_WORDS = frozenset(title.split(" ")[0] for title in _TITLES_BY_LENGTH)


def _read_occurrence(doc: Document, entity: Entity) -> _Occurrence | None:
    name = _strip_possessive(doc.text[entity.start : entity.end])
    head = _entity_head(doc, entity)
    before = _words_before(doc, entity, head)
    # spaCy sometimes puts the title inside the entity ("President Obama")
    inner_title, name_start = _strip_titles_left(doc, entity.start, entity.start + len(name))
    role, name_start = _strip_role_left(doc, entity, name_start)
    if inner_title is not None or name_start > entity.start:
        name = doc.text[name_start : entity.start + len(name)]
    if not name or not name[0].isupper():
        return None
    title_start, title_end, honorifics = _titles_before(doc, before)
    title = None
    roles: set[str] = {role} if role else set()
    if title_start is not None and title_end is not None:
        title = _span(doc, title_start, title_end)
        roles |= _title_roles(title.text)
    if inner_title is not None:
        title = inner_title
        roles |= _title_roles(inner_title.text)
    gender = "m" if honorifics & MALE_HONORIFICS else "f" if honorifics & FEMALE_HONORIFICS else _name_gender(name)
    description = affiliation = None
    if before:  # most names have no words before them in their phrase
        leftover = [t for t in before if (title_start is None or t.end <= title_start) and t.lower not in honorifics]
        nouns = [t for t in leftover if t.upos == "NOUN"]
        if nouns:  # "Republican presidential candidate Donald Trump"
            words = _drop_determiners(leftover)
            if words:
                description = _span(doc, words[0].start, words[-1].end)
            roles.add(nouns[-1].lemma.lower())
            gender = gender or _noun_gender(nouns[-1])
        names = [t for t in leftover if t.upos == "PROPN" or t.ent in ORGANIZATION_LABELS]
        if names and not nouns:  # "FBI Director James Comey"
            affiliation = _span(doc, names[0].start, _strip_possessive_end(doc, names[-1]))
    appositive = _appositive(doc, head)
    if appositive is not None:  # "Sergei Rudskoy, the chief of ..."
        words = _phrase(doc, appositive)
        description = _span(doc, words[0].start, words[-1].end)
        roles.add(appositive.lemma.lower())
        affiliation = _affiliation_of(doc, appositive) or affiliation
        gender = gender or _noun_gender(appositive)
    elif head.deprel in APPOSITIONS and doc.head(head).upos == "NOUN":  # "the FBI director, James Comey"
        noun = doc.head(head)
        words = [t for t in _phrase(doc, noun) if t.i < head.i and t.end <= entity.start]
        words = trim_tokens(words) if words else []
        if words:
            description = _span(doc, words[0].start, words[-1].end)
        roles.add(noun.lemma.lower())
        affiliation = _affiliation_of(doc, noun) or affiliation
    spans: list[Span | None] = [title, description, affiliation]
    for child in doc.children(head):  # "Senator Marco Rubio of Florida"
        if child.deprel == "prep" and child.lower in ("of", "from"):
            spans += [_span(doc, c.start, c.end) for c in doc.children(child) if c.ent in PLACES]
    said = frozenset(w.lower() for span in spans if span for w in _WORDS.findall(span.text))
    return _Occurrence(name, entity, title, description, affiliation, frozenset(roles), gender, said)


def _first_and_surname(doc: Document, entity: Entity) -> bool:
    """Whether an entity is a first name and a surname and nothing else ("Sean Hannity")."""
    return entity.last - entity.first == 2 and _a_persons_name(doc.tokens[entity.first], doc.tokens[entity.last - 1])


# The ages a number set off after a name may give: "Olena Kravets, 67,".
AGES = range(1, 120)


def _aged_name(doc: Document, entity: Entity) -> bool:
    """Whether an entity is two or three capitalized proper nouns with an age set off after them
    ("Olena Kravets, 67, stood in line"), which only a person has, whatever the tagger's label."""
    tokens = doc.tokens
    last = entity.last
    if not 2 <= last - entity.first <= 3 or last + 2 >= len(tokens) or tokens[last].text != ",":
        return False  # nearly every entity: no slice made
    age, after = tokens[last + 1], tokens[last + 2]
    return (
        age.text.isdigit()
        and int(age.text) in AGES
        and after.text in (",", ".")
        and all(t.upos == "PROPN" and t.text[:1].isupper() for t in tokens[entity.first : last])
    )


def _a_persons_name(first: Token, last: Token) -> bool:
    """Whether two proper nouns are a known first name and a capitalized word that ends no body's
    or outlet's name ("Carly Fiorina"; not "Troy University", "Orlando Sentinel")."""
    return (
        last.upos == "PROPN"
        and first.upos in ("PROPN", "ADV")  # "Carly", "Kelly": names ending in -ly taken for adverbs
        and first.lower in FIRST_NAMES
        and last.text[:1].isupper()
        and last.lower not in _ORGANIZATION_WORDS
        and last.lower not in OUTLET_WORDS
    )


def _surnames_alone(doc: Document) -> set[str]:
    """The capitalized words with no first name before them."""
    tokens = doc.tokens
    return {
        t.text
        for t in tokens[1:]
        if t.text[:1].isupper() and t.upos in ("PROPN", "NOUN") and tokens[t.i - 1].lower not in FIRST_NAMES
    }


def _entity_head(doc: Document, entity: Entity) -> Token:
    """The token of the entity whose head lies outside it."""
    for token in doc.tokens[entity.first : entity.last]:
        if token.is_root or not entity.first <= token.head < entity.last:
            return token
    return doc.tokens[entity.last - 1]


def _words_before(doc: Document, entity: Entity, head: Token) -> list[Token]:
    """The words of the entity's noun phrase just before it: "Col. Gen." of "Col. Gen. Sergei Rudskoy"."""
    words: list[Token] = []
    i = entity.first - 1
    top = head
    parent = doc.head(head)
    if (
        not head.is_root
        and parent.i == entity.first - 1
        and parent.upos in ("NOUN", "PROPN")
        and head.deprel in ("appos", "compound", "flat", "nmod", "npadvmod", "dep")
    ):
        top = parent  # "actress Susan Sarandon" parsed with "actress" as the head
    while i >= 0 and doc.tokens[i].sent == head.sent and _hangs_from(doc, doc.tokens[i], top):
        token = doc.tokens[i]
        if token.upos == "PUNCT" and token.text not in (".",):
            break
        if token.deprel in ("det", "predet") and token.lower not in ("the", "a", "an", "former"):
            break
        words.insert(0, token)
        i -= 1
    return words


def _hangs_from(doc: Document, token: Token, top: Token) -> bool:
    """Whether ``token`` is ``top`` or one of its descendants."""
    while token.i != top.i:
        if token.head == token.i:  # the root, and no top on the way
            return False
        token = doc.tokens[token.head]
    return True


def _titles_before(doc: Document, words: Sequence[Token]) -> tuple[int | None, int | None, set[str]]:
    """The span of the titles that end ``words`` ("Col. Gen."), and the honorifics among them."""
    if not words:
        return None, None, set()
    start, end = words[0].start, words[-1].end
    text = doc.text[start:end]
    cut = len(text)
    found_start: int | None = None
    found_end: int | None = None
    honorifics: set[str] = set()
    while True:
        head = text[:cut].rstrip()
        lower = head.lower()
        for title in _TITLES_BY_LAST_CHARACTER.get(lower[-1:], ()):
            if lower.endswith(title) and (len(head) == len(title) or not head[-len(title) - 1].isalnum()):
                begin = len(head) - len(title)
                if TITLES[title] == "honorific":
                    honorifics.add(title)
                else:
                    found_start = start + begin
                    if found_end is None:
                        found_end = start + len(head)
                cut = begin
                break
        else:
            break
    if found_start is not None and found_end is not None:
        # honorifics inside the span are dropped ("Mr. President" is a title)
        return found_start, found_end, honorifics
    return None, None, honorifics


def _strip_titles_left(doc: Document, start: int, end: int) -> tuple[Span | None, int]:
    """Titles at the start of an entity's text, and where the name after them starts."""
    lower = doc.text[start:end].lower()
    pos = 0
    title_end = None
    # a title can start here only if the word here is a title's first word (most names have none)
    while lower[pos : lower.find(" ", pos)] in _TITLE_FIRST_WORDS and (found := _TITLE_AT.match(lower, pos)):
        title = found.group()[:-1]
        if TITLES[title] != "honorific":
            title_end = pos + len(title)
        pos = found.end()
    found = _span(doc, start, start + title_end) if title_end is not None else None
    return found, start + pos


def _strip_role_left(doc: Document, entity: Entity, start: int) -> tuple[str | None, int]:
    """A role noun the tagger ran into a name as its first word ("Comedian Sarah Silverman",
    "Hacker Guccifer"), if the name starts at ``start``: the noun, and where the name after it
    starts; not a first name ("Dean Baker")."""
    first = doc.tokens[entity.first]
    if SOURCE_NOUNS.get(first.lower) not in ROLE_CLASSES or first.start != start or entity.last - entity.first < 2:
        return None, start  # the first test rules out nearly every name, at one lookup
    after = doc.tokens[entity.first + 1]
    if first.lower in FIRST_NAMES or after.start != first.end + 1 or not after.text[:1].isupper():
        return None, start
    return first.lower, after.start


@lru_cache(maxsize=TITLE_CACHE_SIZE)  # bounded: titles are few, but a stream may bring odd ones
def _title_roles(title: str) -> frozenset[str]:
    roles = set()
    lower = title.lower()
    for entry, pattern in _TITLE_WORDS:
        if pattern.search(lower) and TITLES[entry] != "honorific":
            roles.add(TITLES[entry])
            roles.add(entry.split()[-1].rstrip("."))
    return frozenset(roles)


# --- reading one mention -----------------------------------------------------------------


@attrs.define(unsafe_hash=True)  # not frozen, cheaper to build (see rules.base.Candidate); never changed
class _Reading:
    """What one mention says about its source."""

    # name, members (a group named through its members), pronoun, quantifier-pronoun ("some of
    # them"), definite, indefinite, plural, quantifier, anaphor, unknown
    form: str
    kind: str  # the kind of source the mention alone suggests
    name: str | None = None
    lemma: str = ""  # the head noun of a description
    noun_class: str = ""  # its class in source_nouns.txt
    plural: bool = False
    gender: str | None = None


class _Resolver:
    """Reads the speaker mentions of one article in text order and builds its sources."""

    def __init__(
        self,
        doc: Document,
        people: _People,
        speaker_heads: Sequence[int],
        quoted: Sequence[tuple[int, int]] = (),
        reporters: dict[int, int] | None = None,
    ) -> None:
        self.doc = doc
        self.people = people
        self.index = SourceIndex([], {}, {})
        self.speaker_heads = set(speaker_heads)
        # a subject inside a quotation is what the speaker talks about, not whom a later pronoun
        # means: in '"Hillary Clinton represents the same failed policies," she said' she is the speaker
        subjects = {i for i in _subject_candidates(doc, people) if not _inside(quoted, doc.tokens[i].start)}
        self.antecedents = sorted(self.speaker_heads | subjects)
        self.quoted = quoted
        self.reporters = reporters or {}  # the speaker of each reporting verb outside quotation marks
        self.plural_heads: set[int] = set()  # mentions of several people ("Trump and Cruz", "officials")
        self.forms: dict[int, str] = {}  # how each mention was read
        self.anonymity = list(_anonymity_phrases(doc))  # (start, end, reason, first token)
        self.anonymity_starts = {first for _, _, _, first in self.anonymity}

    # -- adding mentions

    def add(self, head: Token) -> None:
        if head.i in self.index.by_head:
            return
        mention = _mention(self.doc, head)
        referent = self._referent(head)
        reading = self.read(referent)
        known = self.index.by_head.get(referent.i) if referent.i != head.i else None
        source = known or self.find(referent, reading)  # "An official who asked ...": one source
        self.join(source, mention, referent, reading)

    def _referent(self, head: Token) -> Token:
        """The token that says who the mention is: itself; the noun "who" follows; the owner of
        a document ("his remarks", "Trump's statement")."""
        referent = antecedent(self.doc, head) or head
        if head.lower in ("who", "whom"):
            if referent.deprel == "pobj" and _place_or_thing(referent):
                # "farmers in Iowa, who said", "staff members around the world, who review": "who" is
                # people, not the place or thing the parser hangs the clause on, but the people before it
                preposition = self.doc.head(referent)
                noun = self.doc.head(preposition)
                if noun.deprel in ("amod", "acl") and not noun.is_root:
                    # "one Democrat familiar with the talks, who", "people briefed on the plan, who":
                    # the phrase hangs on an adjective or participle of the noun it describes
                    noun = self.doc.head(noun)
                # not a member or an example: "candidates, including Trump and Cruz, who", "such as"
                example = preposition.lower in ("including", "like", "as")
                if (
                    preposition.deprel == "prep"
                    and not example
                    and noun.upos in ("NOUN", "PROPN")
                    and _names_people(noun)
                ):
                    referent = noun
            if referent.deprel == "conj" and self.doc.head(referent).deprel in APPOSITIONS:
                referent = self.doc.head(referent)  # "Krueger, a professor ... and a former chairman ..., who"
            elif referent.deprel == "conj" and referent.lower == "others":
                first = self.doc.head(referent)
                if first.ent in PERSON_LABELS or first.lower in self.people.surnames:
                    # "Hawkins and others who want to ban abortion": Hawkins's group
                    referent = first
        owner = self.doc.head(referent)
        if (
            referent.deprel in APPOSITIONS
            and referent.ent not in PERSON_LABELS  # a name the parser hangs on the name before it
            and (owner.ent in PERSON_LABELS | ORGANIZATION_LABELS or owner.upos == "PROPN")
        ):
            referent = owner  # "Elizabeth Arnold, a former staff member, who said"; "Judicial Watch, a group that"
        predicate = referent
        while predicate.deprel == "conj" and predicate.upos in ("NOUN", "PROPN"):  # "a liar, xenophobe ... who"
            predicate = self.doc.head(predicate)
        if head.lower in ("who", "whom") and predicate.deprel in PREDICATE_NOUNS and predicate.upos == "NOUN":
            # "Donald is a man who speaks his mind": the man is the copula's subject
            owner = self.doc.head(predicate)
            subjects = [c for c in self.doc.children(owner) if c.deprel in SUBJECTS and c.i < predicate.i]
            while not subjects and owner.deprel == "conj":  # "Trump incites violence and is a liar who"
                owner = self.doc.head(owner)
                subjects = [c for c in self.doc.children(owner) if c.deprel in SUBJECTS and c.i < owner.i]
            # only a name or a pronoun: "the main barrier has been black voters, who" is no barrier
            if subjects and subjects[0].upos in ("PROPN", "PRON") and subjects[0].lower not in NO_REFERENT_SUBJECTS:
                referent = subjects[0]
        if SOURCE_NOUNS.get(_lemma(referent)) == "document":
            owners = [c for c in self.doc.children(referent) if c.deprel in POSSESSORS and c.i < referent.i]
            if owners and (owners[0].upos in ("PRON", "PROPN") or owners[0].ent):
                return owners[0]
        return referent

    def join(self, source: Source, mention: Mention, head: Token, reading: _Reading) -> None:
        source.mentions.append(mention)
        self.index.by_head[mention.head] = source
        self.index.mentions[mention.head] = mention
        if reading.name is not None and source.name is None and source.kind not in ("organization",):
            source.name = reading.name  # introduced unnamed, named now
            source.kind = reading.kind
            source.id = self._id(reading.name, source.kind, self.index.sources.index(source) + 1)
        if reading.lemma:
            source.head_lemmas.add(reading.lemma)
        elif reading.kind == "organization" and reading.name:  # "the department" of "the State Department"
            source.head_lemmas.add(reading.name.split()[-1].lower())
        self.forms[mention.head] = reading.form
        for appositive in self.doc.children(head):
            if appositive.deprel in APPOSITIONS and appositive.upos == "NOUN":
                source.head_lemmas.add(appositive.lemma.lower())
                source.gender = source.gender or _noun_gender(appositive)
        source.gender = source.gender or reading.gender
        if reading.plural:
            self.plural_heads.add(mention.head)

    def new(self, reading: _Reading) -> Source:
        slug = self._id(reading.name, reading.kind, len(self.index.sources) + 1)
        source = Source(slug, reading.kind, reading.name, plural=reading.plural, gender=reading.gender)
        self.index.sources.append(source)
        return source

    def _id(self, name: str | None, kind: str, number: int) -> str:
        """A source's id: its name as a slug ("sergei-rudskoy"), else ``unnamed-N`` or ``unknown-N``
        (N: its place among the article's sources)."""
        prefix = "unknown" if kind == "unknown" else "unnamed"
        slug = _slug(name) if name else f"{prefix}-{number}"
        for source in self.index.sources:  # a loop, not any() over a generator: every source, at each new one
            if source.id == slug:
                return f"{slug}-{number}"
        return slug

    # -- reading a mention

    def read(self, head: Token) -> _Reading:
        doc = self.doc
        lower = head.lower
        if head.upos != "PRON":
            named = self._read_appositive_name(head)
            if named is not None:
                return named
        quantifier = QUANTIFIERS.get(lower)
        if self._poll_share(head):  # "One in three said", "4 in 10 voters", "those surveyed"
            return _Reading("quantifier", "unknown", plural=True)
        if head.tag in PLURAL_TAGS or quantifier == "group" or self._people_body(head) is not None:
            # before the readings of a party or a quantifier: "Democrats, including Clinton",
            # "others, including Sen. Jeff Merkley" name their members
            members = self._named_members(head)
            if members is not None:
                kind, name = members
                lemma = _lemma(head)
                noun_class = SOURCE_NOUNS.get(lemma, "")
                return _Reading("members", kind, name=name, lemma=lemma, noun_class=noun_class, plural=True)
        if quantifier is not None and head.upos in ("PRON", "DET", "ADJ", "NUM", "ADV", "NOUN", "SYM"):
            return self._read_quantifier(head, quantifier)
        if head.upos == "PRON" or lower in THIRD_PERSON_PRONOUNS:
            gender = "m" if lower in MALE_PRONOUNS else "f" if lower in FEMALE_PRONOUNS else None
            return _Reading("pronoun", "unknown", plural=lower in GROUP_PRONOUNS, gender=gender)
        # "a super PAC": a body's noun, capitalized, is no name after "a"
        body_noun = SOURCE_NOUNS.get(lower) == "organization" and head.upos == "PROPN" and _after_a(doc, head)
        name_reading = None if body_noun else self._read_name(head)
        if name_reading is not None:
            return name_reading
        age = _age(doc, head)
        if age is not None:  # "the 46-year-old", "a 21-year-old": a person of that age
            form = "definite" if self._definite(head) else "indefinite"
            return _Reading(form, "unnamed_person", lemma=age, noun_class="person")
        lemma = _lemma(head)
        noun_class = SOURCE_NOUNS.get(lemma, "")
        plural = head.tag in PLURAL_TAGS
        before = [c for c in doc.children(head) if c.i < head.i]
        determiners = {c.lower for c in before if c.deprel in ("det", "predet", "poss", "nmod:poss")}
        numbered = any(c.deprel == "nummod" for c in before)
        definite = self._definite(head)
        if (noun_class == "count" and not definite) or (head.upos == "NUM" and not noun_class):
            # "a handful of Democrats", "a number of writers"; not "the number of people collecting
            # Social Security", a statistic
            complement = _of_object(doc, head)
            if complement is not None:
                inner = self.read(complement)
                if inner.form == "anaphor" and noun_class == "count":  # "a number of the candidates"
                    return _Reading("quantifier", "unnamed_group", lemma=inner.lemma, plural=True)
                return attrs.evolve(inner, form="quantifier") if inner.form != "pronoun" else inner
        if noun_class in ("share", "count") or (head.upos == "NUM" and not noun_class):
            # "About half said", "60 percent of voters say": poll data, whoever was polled
            return _Reading("quantifier", "unknown", lemma=lemma, noun_class=noun_class, plural=True)
        if determiners & ANAPHORIC_DETERMINERS or (plural and numbered and determiners & {"the", "all", "these"}):
            # "both men", "neither man", "the two candidates": people named before
            return _Reading("anaphor", "unknown", lemma=lemma, noun_class=noun_class, plural=True)
        if determiners & GENERIC_DETERMINERS:  # "any candidate", "every voter": no one in particular
            return _Reading("unknown", "unknown", lemma=lemma, plural=plural)
        members = self._named_members(head) if plural else None
        if members is not None:  # "critics, including Sen. John McCain"
            kind, name = members
            return _Reading("members", kind, name=name, lemma=lemma, noun_class=noun_class, plural=True)
        if noun_class == "institution":  # "police said", "the authorities"
            form = "definite" if definite else "indefinite"
            return _Reading(
                form, "organization", name=self._organization_name(head), lemma=lemma, noun_class=noun_class
            )
        if noun_class in ("organization", "document"):
            named_modifier = self._organization_name(head)
            form = "definite" if definite else "indefinite"
            # "the companies", "the groups" point back to bodies in view, which articles name; "their
            # families", "the families of the victims", "the groups and their donors" are loose groups
            anaphoric = (
                bool(determiners & DEFINITE)
                and _of_object(doc, head) is None
                and not any(c.deprel == "conj" for c in doc.children(head))
            )
            # a bare singular is a headline's word for a named body ("Newspaper: Defense secretary
            # used personal email"), not one the article leaves unnamed
            bare_singular = not plural and not before
            unnamed = (not definite and not bare_singular) or (plural and not anaphoric)
            if noun_class == "organization" and named_modifier is None and unnamed:
                # "a conservative group", "advocacy groups": a body the article does not name
                return _Reading(form, "unnamed_group", lemma=lemma, noun_class=noun_class, plural=True)
            return _Reading(form, "organization", name=named_modifier, lemma=lemma, noun_class=noun_class)
        if plural and noun_class == "person" and definite:
            # "the candidates" where the article names them (a bare plural, "Republican senators", is
            # a loose group, though the article names some senators); not some of a
            # kind ("some senators", "many economists", "other senators"), nor someone's people
            # ("Clinton's lawyers", "his friends") unless the article names several with the role
            quantified = any(c.lower in LOOSE_QUANTIFIERS for c in before if c.deprel in ("det", "amod"))
            owned = any(c.deprel in POSSESSORS for c in before)
            # a relative clause says who they are: "the Republican leaders who rebuked Trump"
            restricted = any(c.deprel in RELATIVE_CLAUSES for c in self.doc.children(head) if c.i > head.i)
            if not quantified and not restricted and (not owned or self.people.holders(lemma) > 1):
                return _Reading("anaphor", "unknown", lemma=lemma, noun_class=noun_class, plural=True)
        if noun_class == "group" or head.ent in GROUP_LABELS or (plural and (noun_class or _people_word(head))):
            form = "definite" if definite else "plural"
            return _Reading(form, "unnamed_group", lemma=lemma, noun_class=noun_class or "group", plural=True)
        if plural or head.upos not in ("NOUN", "PROPN", "ADJ"):
            return _Reading("unknown", "unknown", lemma=lemma, plural=plural)
        bare = not any(c.deprel in BARE_NOUN_DETERMINERS for c in before)
        if bare and noun_class == "person":  # "said DNC chair ...": a role used as a title
            definite = True
        form = "definite" if definite else "indefinite"
        person = noun_class in ("source", "person", "people") or (
            not noun_class and _people_word(head, PERSON_SUFFIXES)
        )
        kind = "unnamed_person" if person else "unknown"
        return _Reading(form, kind, lemma=lemma, noun_class=noun_class, gender=_noun_gender(head))

    def _poll_share(self, head: Token) -> bool:
        """A share of a poll's sample, poll data like "60 percent of voters": a count "in" a count
        ("One in three said", "about 4 in 10 Republican voters want"), or "those" a poll asked
        ("those surveyed said", "those polled"; not "those interviewed", a reporter's sources)."""
        doc = self.doc
        for child in doc.children(head):
            if child.lower == "in" and head.upos == "NUM" and any(c.upos == "NUM" for c in doc.children(child)):
                return True
            if child.deprel == "nummod" and any(c.lower == "in" for c in doc.children(child)):
                return True
            if head.lower == "those" and child.deprel == "acl" and child.lemma.lower() in POLL_VERBS:
                return True
        return False

    def _read_quantifier(self, head: Token, quantifier: str) -> _Reading:
        complement = _of_object(self.doc, head)
        if complement is not None and complement.lower in ("whom", "which"):
            # "Sens. A, B and C, all of whom opposed": the noun whose relative clause "all" is the subject of
            complement = relative_clause_noun(self.doc, head) if head.deprel in SUBJECTS else None
        if complement is not None:  # "some of his aides", "one of the sources"
            inner = self.read(complement)
            if head.lower in WHOLE_QUANTIFIERS and inner.kind in ("person", "organization"):
                return attrs.evolve(inner, plural=True)  # all of them: the named people themselves
            if inner.form == "pronoun":
                return attrs.evolve(inner, form="quantifier-pronoun", plural=quantifier != "person")
            if quantifier == "person" and inner.kind == "unnamed_group":
                return attrs.evolve(inner, form="quantifier", kind="unnamed_person", plural=False)
            if inner.kind in ("person", "organization"):  # "one of Trump's aides" is not Trump
                return _Reading("quantifier", "unnamed_group" if quantifier != "person" else "unnamed_person")
            if inner.form == "anaphor" and head.lower in LOOSE_QUANTIFIERS:
                # "some of the candidates": some people of a kind, whoever the kind are
                return _Reading("quantifier", "unnamed_group", lemma=inner.lemma, plural=True)
            return attrs.evolve(inner, form="quantifier")
        if quantifier == "share":
            return _Reading("quantifier", "unknown", plural=True)
        if quantifier == "anaphor":
            return _Reading("anaphor", "unknown", plural=True)
        if quantifier == "group":
            return _Reading("quantifier", "unnamed_group", lemma=head.lower, plural=True)
        if quantifier == "person":
            return _Reading("quantifier", "unnamed_person", lemma=head.lower)
        return _Reading("quantifier", "unknown", plural=True)  # "about 4 in 10", "60 %": poll data

    def _read_appositive_name(self, head: Token) -> _Reading | None:
        """A description that gives a name after its head: in apposition ("a campaign spokesman,
        Jason Miller", "One of the men, Jessie Elkins", "One of them, UnitedHealth Group"), through
        a participle ("a worker named Antonio Arroyo"), or as the last of a list of roles
        ("lobbyist and GOP strategist Charlie Black")."""
        doc = self.doc
        if head.ent in PERSON_LABELS:  # a person's apposition describes them: "Mitch McConnell (R-Ky.)"
            return None
        for child in doc.children(head):
            if child.i < head.i:
                continue
            if child.deprel == "acl":  # "a worker named Antonio Arroyo", "a man calling himself Paul Paul"
                entity = self._name_given(child)
                if entity is not None:
                    return self._person_reading(entity, head)
            if child.deprel == "conj" and self._titled_conjunct(head, child):
                entity = doc.entity_at(child)
                if entity is not None:  # "lobbyist and GOP strategist Charlie Black": one person's titles
                    return self._person_reading(entity, head)
            if child.deprel not in APPOSITIONS or _beyond_its_verb(doc, head, child):
                continue
            # the apposition is the name ("a campaign spokesman, Jason Miller"), not a description
            # naming someone else ("Warren Gunnels, Mr. Sanders's policy adviser")
            entity = doc.entity_at(child) if child.ent in PERSON_LABELS else None
            if entity is not None:
                reading = self._person_reading(entity, head)
                if any(c.deprel == "conj" and c.ent in PERSON_LABELS for c in doc.children(child)):
                    # "Democratic candidates Hillary Clinton and Bernie Sanders": several people
                    reading = attrs.evolve(reading, plural=True)
                if head.upos == "NOUN" and self._definite(head):  # "The spokesman, John Smith,"
                    return attrs.evolve(reading, lemma=_lemma(head), noun_class=SOURCE_NOUNS.get(_lemma(head), ""))
                return reading
            entity = doc.entity_at(child)
            if entity is not None and entity.label in ORGANIZATION_LABELS and child.upos == "PROPN":
                return _Reading("name", "organization", name=_strip_article(doc.text[entity.start : entity.end]))
        set_off = self._name_set_off_by_a_dash(head)
        if set_off is not None:  # "A former Republican candidate -- John McCain -- said"
            return self._person_reading(set_off, head)
        misplaced = self._name_hung_on_a_name(head)
        if misplaced is not None:  # "A spokesman for Sen. Ted Cruz, Rick Tyler, said": Tyler is the spokesman
            return self._person_reading(misplaced, head)
        if head.tag in PLURAL_TAGS and head.upos == "NOUN" and head.i + 1 < len(doc.tokens):
            # the people a plural noun stands for, named after a comma and parsed as a list:
            # "The town's historians, Ada Brill and Tom Kessel, wrote"
            listed = [c for c in doc.children(head) if c.deprel == "conj" and c.i > head.i + 1]
            if listed and doc.tokens[head.i + 1].text == "," and listed[0].ent in PERSON_LABELS:
                words = doc.subtree(listed[0])  # in text order
                name = _strip_possessive(doc.text[words[0].start : words[-1].end])
                return _Reading("name", "person", name=name, plural=True)
        return None

    def _name_set_off_by_a_dash(self, head: Token) -> Entity | None:
        """A person's name right after a dash that follows a subject noun, which the parse takes
        for a second subject of the same verb or hangs on the noun ("A former Republican
        presidential candidate -- John McCain, who lost in 2008 -- said")."""
        doc = self.doc
        if head.upos != "NOUN" or head.deprel not in SUBJECTS or head.i + 2 >= len(doc.tokens):
            return None
        dash, first = doc.tokens[head.i + 1], doc.tokens[head.i + 2]
        if dash.text not in DASH_TOKENS or first.ent not in PERSON_LABELS:
            return None
        entity = doc.entity_at(first)
        if entity is None:
            return None
        name = doc.tokens[entity.last - 1]
        second_subject = name.deprel in SUBJECTS and doc.head(name).i == doc.head(head).i
        return entity if second_subject or doc.head(name).i == head.i else None

    def _name_hung_on_a_name(self, head: Token) -> Entity | None:
        """A person's name in apposition that the parse hung on a name inside ``head``'s own
        phrase instead of on ``head`` ("A spokesman for Sen. Ted Cruz, Rick Tyler, said", "The
        director of the European Centre, Ina Kirsch, told the AP"): a name does not stand in
        apposition to another name. The name must hang on ``head`` through one modifier, and the
        apposition end the phrase or be closed by a comma, and not be a list ("supporters of
        Trump, Cruz and Rubio")."""
        doc = self.doc
        if head.upos != "NOUN":
            return None
        # link: "for" in "a spokesman for Cruz", "supporting" in "a delegate supporting Clinton"
        for link in doc.children_after(head):
            for owner in doc.children_after(link):
                if (owner.deprel, link.deprel) not in _HEAD_MODIFIER_OBJECTS or owner.upos != "PROPN":
                    continue
                if owner.ent not in PERSON_LABELS | ORGANIZATION_LABELS:
                    continue
                for token in doc.children_after(owner):
                    if token.deprel not in APPOSITIONS or token.ent not in PERSON_LABELS:
                        continue
                    entity = doc.entity_at(token)
                    if entity is None or entity == doc.entity_at(owner):
                        continue
                    if any(c.deprel == "conj" for c in doc.children(token)):
                        continue  # a list of names, whatever the parse hangs on what
                    end = doc.subtree(token)[-1].i + 1
                    if end <= doc.subtree(head)[-1].i and doc.tokens[end].text != ",":
                        continue
                    return entity
        return None

    def _titled_conjunct(self, head: Token, conjunct: Token) -> bool:
        """Whether ``conjunct`` is a name whose own role word ends a list of roles that starts at
        ``head`` ("lobbyist and GOP strategist Charlie Black", "Clinton's chief pollster and
        strategist Joel Benenson"), not a second person ("the senator and John Smith")."""
        doc = self.doc
        if head.upos != "NOUN" or head.tag in PLURAL_TAGS or conjunct.ent not in PERSON_LABELS:
            return False
        if any(c.deprel in ("det", "predet", *APPOSITIONS) for c in doc.children(head)):
            return False  # "the senator and ...", "her husband, Bill Clinton, and daughter Chelsea Clinton"
        roles = [c for c in doc.children(conjunct) if c.deprel == "compound" and c.upos == "NOUN" and c.i < conjunct.i]
        return bool(roles) and (_lemma(roles[-1]) in SOURCE_NOUNS or _people_word(roles[-1], PERSON_SUFFIXES))

    def _name_given(self, participle: Token) -> Entity | None:
        """The person's name a participle gives its noun: "named X", "calling himself X", "going
        by the handle X", "identified as X" (not "known as X", as often a pseudonym: "the base chief
        known as Bob")."""
        lemma = participle.lemma.lower()
        if lemma not in NAMING_PARTICIPLES:
            return None
        following = self.doc.tokens[participle.i + 1 : participle.i + 2]
        if lemma == "go" and not (following and following[0].lower == "by"):
            return None  # "going by the handle X", not "going to"
        if lemma == "identify":  # "a woman identified as X", not "identified by police"
            if not (following and following[0].lower == "as"):
                return None
            # the name "as" gives, not any name after it: "identified as a Clinton supporter"
            objects = [o for o in self.doc.children(following[0]) if o.deprel in PREPOSITION_OBJECTS]
            return _name_given_as(self.doc, objects[0]) if objects else None
        for token in self.doc.subtree(participle):
            if (
                participle.i < token.i <= participle.i + NAMING_REACH
                and token.ent in PERSON_LABELS
                and token.upos == "PROPN"
            ):
                return self.doc.entity_at(token)
        return None

    def _read_name(self, head: Token) -> _Reading | None:
        """A mention that names a person or a body, or a group by its proper name ("Republicans")."""
        doc = self.doc
        entity = doc.entity_at(head)
        text = _strip_possessive(head.text)
        capitalized = text[:1].isupper()
        if capitalized and entity is not None and entity.label in PERSON_LABELS:
            return self._person_reading(entity, head)
        plural = any(c.deprel == "conj" for c in doc.children(head))
        honorific = any(c.lower in HONORIFICS for c in doc.children(head) if c.i < head.i)
        surname = text.lower() in self.people.surnames
        if capitalized and (honorific or (surname and (head.upos in ("PROPN", "NOUN") or name_taken_for_modal(head)))):
            gender = _honorific_gender(doc, head)
            first = doc.tokens[head.i - 1] if head.i > 0 else None
            if not honorific and first is not None and first.head == head.i and first.lower in FIRST_NAMES:
                text = f"{first.text} {text}"  # "Ivanka Trump", untagged, is not Donald Trump
            full = self.people.full_name(text, head.start, gender)
            return _Reading("name", "person", name=full, plural=plural, gender=gender or _name_gender(full))
        named = self._trailing_name(head)
        if named is not None:  # "English comedian and actor Peter Serafinowicz"
            return self._person_reading(named, head)
        if self._capitalized_noun(head):  # "Schilling", "TAPPER": a name the tagger missed
            gender = _honorific_gender(doc, head)
            return _Reading("name", "person", name=self.people.full_name(text, head.start, gender), gender=gender)
        single = entity is None or entity.last - entity.first == 1
        family = self._family(head)
        if family is not None:  # "the Ebelings", "the Murdochs": people the article names
            return _Reading("name", "person", name=family, plural=True)
        country = self._country(head)
        if country is not None:  # "The Saudis said", "the Russians have used": a government
            return _Reading("name", "organization", name=country)
        if head.tag in PLURAL_TAGS and single:  # "Republicans", "Conservatives": a loose group
            if SOURCE_NOUNS.get(_lemma(head)) in ("organization", "institution"):
                return None  # "Two Senate Committees": bodies, read as descriptions
            if head.upos == "PROPN" and entity is not None and entity.label == "ORG" and self._definite(head):
                # a body's plural name, not a party's people: "the Teamsters", "the Times", not "the Democrats" (NORP)
                return _Reading("name", "organization", name=_entity_name(doc, entity), plural=plural)
            if head.upos == "PROPN" or (entity is not None and entity.label in GROUP_LABELS):
                form = "definite" if self._definite(head) else "plural"
                return _Reading(form, "unnamed_group", lemma=_lemma(head), noun_class="group", plural=True)
            return None
        if entity is not None and entity.label in GROUP_LABELS:
            if text.endswith("s"):  # "House Democrats" read as one word
                return _Reading("plural", "unnamed_group", lemma=_lemma(head), noun_class="group", plural=True)
            name = self._name_with_appositive(head)
            if name is not None:  # "Lena Kurdian, a city spokeswoman"
                gender = _name_gender(name)
                return _Reading("name", "person", name=self.people.full_name(name, head.start, gender), gender=gender)
            if head.upos in ("PROPN", "NOUN"):  # "the Democrat": an epithet
                form = "definite" if self._definite(head) else "indefinite"
                return _Reading(form, "unnamed_person", lemma=_lemma(head), noun_class="person")
            return None
        if head.upos != "PROPN" and not (entity is not None and entity.label in ORGANIZATION_LABELS):
            return None
        if entity is None and text[:1].islower() and _lemma(head) in SOURCE_NOUNS:
            return None  # a role the tagger took for a name: "the GOP presidential front-runner"
        if entity is not None and entity.label in ORGANIZATION_LABELS:
            person = self._person_in_body_name(entity, head)
            if person is not None:  # "Fox News Sean Hannity", "Deb Kline, a leader of ..."
                gender = _name_gender(person)
                return _Reading("name", "person", name=self.people.full_name(person, head.start, gender), gender=gender)
            name = _entity_name(doc, entity)
            return _Reading("name", "organization", name=name, plural=plural)
        words = [t for t in mention_tokens(doc, head) if t.upos == "PROPN" and abs(t.i - head.i) <= 3]
        name = _strip_article(_strip_possessive(doc.text[words[0].start : words[-1].end])) if words else text
        org_words = {t.lower for t in words} & _ORGANIZATION_WORDS
        if org_words:
            return _Reading("name", "organization", name=name, plural=plural)
        return _Reading("name", "person", name=self.people.full_name(name, head.start), plural=plural)

    def _family(self, head: Token) -> str | None:
        """The full name of a person the article names, when ``head`` is the plural of that
        person's surname after "the" ("the Ebelings" after "Sue Ebeling"): the family."""
        text = _strip_possessive(head.text)
        if head.tag not in PLURAL_TAGS or not text[:1].isupper() or not self._definite(head):
            return None
        for singular in (text[:-2], text[:-1]) if text.endswith("es") else (text[:-1],):
            if singular.lower() in self.people.surnames:
                return self.people.full_name(singular, head.start)
        return None

    def _country(self, head: Token) -> str | None:
        """The country a people speaks for: "the Saudis" in an article that names Saudi Arabia,
        "the Russians" with Russia, "the Germans" with Germany: its government, speaking as such.
        Only after "the": "Russians", "some Germans" are people."""
        text = _strip_possessive(head.text)
        if head.tag not in PLURAL_TAGS or not text[:1].isupper() or not text.endswith("s"):
            return None
        if not any(c.deprel == "det" and c.lower == "the" and c.i < head.i for c in self.doc.children(head)):
            return None
        if len(mention_tokens(self.doc, head)) > 2:  # "the Germans who live abroad"
            return None
        people = text[:-1].lower()
        for entity in self.doc.entities:
            if entity.label != "GPE":
                continue
            name = _strip_article(self.doc.text[entity.start : entity.end])
            word = name.split()[0].lower()
            shared = _shared_prefix(people, word)
            if shared >= COUNTRY_STEM and shared >= len(word) - 2:
                return name
        return None

    def _name_with_appositive(self, head: Token) -> str | None:
        """A proper name of two words or more, with no determiner, that an appositive noun
        describes: a person's name whatever the tagger's label ("Lena Kurdian, a city
        spokeswoman" tagged as a nationality)."""
        doc = self.doc
        words = [c for c in doc.children(head) if c.deprel == "compound" and c.i < head.i] + [head]
        if len(words) < 2 or any(t.upos != "PROPN" or not t.text[:1].isupper() for t in words):
            return None
        if any(c.deprel in ("det", "poss", "nmod:poss") and c.i < head.i for c in doc.children(head)):
            return None
        if _appositive(doc, head) is None:
            return None
        return _strip_possessive(doc.text[words[0].start : head.end])

    def _person_in_body_name(self, entity: Entity, head: Token) -> str | None:
        """The person's name a body's entity ends with: a known first name and a surname after an
        outlet or an owner ("Fox News Sean Hannity", "Commentary's Noah Rothman"), or the whole of
        a first name and a surname that a noun of a person's role stands in apposition to ("Deb
        Kline, a leader of Cleveland Jobs With Justice"); not "Morgan Stanley"."""
        doc = self.doc
        tokens = doc.tokens[entity.first : entity.last]
        if len(tokens) < 2 or head.i != entity.last - 1:
            return None
        first, last = tokens[-2], tokens[-1]
        if not _a_persons_name(first, last):
            return None
        start = first.i
        while start > entity.first and doc.tokens[start - 1].end == doc.tokens[start].start:
            start -= 1  # a hyphenated first name: "Eva-Maria"
        before = doc.tokens[start - 1] if start > entity.first else None
        owned = before is not None and (before.upos == "PROPN" or before.tag == "POS")  # an outlet or an owner
        appositive = _appositive(doc, head)
        role = appositive is not None and SOURCE_NOUNS.get(_lemma(appositive)) in ROLE_CLASSES
        if owned or (before is None and role):
            return _strip_possessive(doc.text[doc.tokens[start].start : last.end])
        return None

    def _trailing_name(self, head: Token) -> Entity | None:
        """A person's name that ends a description with no preposition between them:
        "former neurosurgeon Ben Carson" (parsed with the noun as the head)."""
        doc = self.doc
        if head.upos != "NOUN":
            return None
        tokens = mention_tokens(doc, head)
        last = tokens[-1]
        entity = doc.entity_at(last)
        if entity is None or entity.label not in PERSON_LABELS or entity.end != last.end or entity.first <= head.i:
            return None
        between = doc.tokens[head.i + 1 : entity.first]
        if any(t.upos in ("ADP", "VERB", "PUNCT", "PRON") for t in between):
            return None
        return entity

    def _capitalized_noun(self, head: Token) -> bool:
        """A capitalized common noun inside a sentence that no lexicon knows ("Sanders" read
        as the plural of "sander"); a plural one only when it is no named entity."""
        if head.upos != "NOUN" or not head.text[:1].isupper() or (head.tag in PLURAL_TAGS and head.ent):
            return False
        if _opens_words(self.doc, head):  # capitalized as the first word of a sentence or a quotation
            return False
        return _lemma(head) not in SOURCE_NOUNS and head.lower not in FIRST_PERSON_SINGULAR

    def _person_reading(self, entity: Entity, head: Token) -> _Reading:
        name = _strip_possessive(self.doc.text[entity.start : entity.end])
        _, start = _strip_titles_left(self.doc, entity.start, entity.start + len(name))
        _, start = _strip_role_left(self.doc, entity, start)
        name = self.doc.text[start : entity.start + len(name)] or name
        if name.count(" ") >= 2 and _title_case(self.doc, head):  # "Trump Says He Never"
            name = self.people.known_start(name)
        plural = any(c.deprel == "conj" for c in self.doc.children(head))
        gender = _honorific_gender(self.doc, head) or _name_gender(name)
        full = self.people.full_name(name, head.start, gender)
        return _Reading("name", "person", name=full, plural=plural, gender=gender or _name_gender(full))

    def _named_members(self, head: Token) -> tuple[str, str] | None:
        """The kind and name of the named people or bodies a group explicitly includes:
        "critics, including Sen. John McCain", "groups like the A.C.L.U."."""
        doc = self.doc
        candidates = doc.children(head)
        people = self._people_body(head)
        if people is not None:  # "a group of 50 experts, including Michael Chertoff"
            candidates += doc.children(people)
        for participle in [c for c in candidates if c.deprel == "acl" and c.i > head.i]:
            # "The aides, led by Terry Sullivan"; "veterans interviewed at rallies, including Mr. Jebens"
            candidates += [
                g
                for g in doc.children(participle)
                if g.lower == "by"  # kept below only after "led"
                or (g.lower == "including" and doc.tokens[g.i - 1].text == ",")
            ]
        if head.deprel in SUBJECTS and not head.is_root:
            # "Many Republicans, like Mr. Ryan, said": the phrase parsed as the verb's, between
            # the subject and the verb
            verb = doc.head(head)
            candidates += [c for c in doc.children(verb) if head.i < c.i < verb.i and doc.tokens[c.i - 1].text == ","]
        for child in candidates:
            if child.i < head.i or child.lower not in ("including", "like", "such", "among", "as", "by"):
                continue
            if child.lower == "as" and doc.tokens[child.i - 1].lower != "such":  # "such as"
                continue
            if child.lower == "by" and doc.head(child).lemma.lower() != "lead":  # "led by" only
                continue
            # the members are the object of the preposition and its conjuncts, not words deeper
            # down ("officials, including those at the Pentagon" names no member)
            members = [g for g in doc.children(child) if g.deprel in PREPOSITION_OBJECTS | {"dobj"}]
            members += [c for m in members for c in doc.subtree(m) if c.deprel == "conj" and doc.head(c) in members]
            for member in list(members):
                after = doc.tokens[member.i + 1 : member.i + 3]
                if member.lower + "." in TITLES and len(after) == 2 and after[0].text == ".":
                    # "including Sens. John McCain": the title's period taken for a sentence end
                    members.append(after[1])
            for member in members:
                entity = doc.entity_at(member) if member.ent else None
                if entity is None:
                    continue
                name = _entity_name(doc, entity)
                if entity.label in PERSON_LABELS:
                    return "person", name
                if entity.label in ORGANIZATION_LABELS:
                    return "organization", name
        return None

    def _people_body(self, head: Token) -> Token | None:
        """The people a body of them is made of: "experts" in "a group of 50 experts", "reporters"
        in "A panel of reporters"."""
        if head.tag in PLURAL_TAGS or SOURCE_NOUNS.get(_lemma(head)) != "organization":
            return None
        complement = _of_object(self.doc, head)
        return complement if complement is not None and complement.tag in PLURAL_TAGS else None

    def _organization_name(self, head: Token) -> str | None:
        """The name in "the Clinton campaign", "Trump's campaign", "a Quinnipiac poll"."""
        doc = self.doc
        words = [
            t
            for t in doc.children(head)
            if t.deprel in NAME_MODIFIERS and t.i < head.i and (t.upos == "PROPN" or t.ent or self._capitalized(t))
        ]
        if not words:
            # "the city of Chicago", "the cities of Leeds and Bristol": named by an "of" phrase
            complement = _of_object(doc, head)
            if complement is None or complement.upos != "PROPN":
                return None
            named = complement.ent in ORGANIZATION_LABELS | PERSON_LABELS
            if not named and complement.tag not in PLURAL_TAGS:  # "Leeds" untagged, "and Bristol" tagged
                named = any(c.ent in ORGANIZATION_LABELS for c in doc.subtree(complement) if c.deprel == "conj")
            described = any(c.deprel == "amod" and c.text.islower() for c in doc.children(complement))
            if described or not named:
                return None  # "a group of Republicans", "a group of liberal Rabbis": no name
            last = doc.subtree(complement)[-1]  # in text order
            return _strip_article(doc.text[head.start : last.end])
        start = min(t.start for w in words for t in self.doc.subtree(w) if t.upos != "DET")
        return _strip_possessive_words(_strip_article(self.doc.text[start : head.end]))

    def _capitalized(self, token: Token) -> bool:
        """A capitalized modifier that is a name the tagger missed ("Sanders' campaign"); a capital that
        only starts the sentence is none ("Protest groups say", "Business groups"), nor "His"."""
        if not token.text[:1].isupper() or token.upos == "PRON":
            return False
        if token.i != self.doc.sentences[token.sent].first or token.deprel in POSSESSORS:
            return True
        possessive = any(c.text in ("'s", "’s", "'", "’") for c in self.doc.children(token))
        return possessive or _strip_possessive(token.text).lower() in self.people.surnames

    def _definite(self, head: Token) -> bool:
        for child in self.doc.children(head):
            if child.i > head.i:
                continue
            if child.deprel in ("det", "predet") and child.lower in DEFINITE:
                return True
            if child.deprel in POSSESSORS:
                return True
        return False

    # -- finding the source of a mention

    def find(self, head: Token, reading: _Reading) -> Source:
        if reading.form in ("pronoun", "quantifier-pronoun"):
            return self._find_pronoun(head, reading)
        if reading.form == "anaphor":
            return self._find_anaphor(head, reading)
        if reading.form == "name":
            named = self._named(reading)
            if named is None and reading.lemma:  # a source introduced unnamed, named now
                for source in reversed(self.index.sources):
                    if source.kind in UNNAMED and reading.lemma in source.head_lemmas:
                        return source
            return named or self.new(reading)
        if reading.form == "members":  # a group of its own, named through its members
            return self.new(attrs.evolve(reading, name=f"{reading.name} and others"))
        if reading.form == "indefinite" and reading.noun_class == "person" and self.people.holders(reading.lemma) == 1:
            holder = self.people.with_role(reading.lemma, head.start)  # "a federal judge" ... "Judge Gonzalo Curiel"
            if holder is not None and not any(
                o.entity.start < head.start and reading.lemma in o.roles for o in self.people.of(holder)
            ):
                return self._find_name(_Reading("name", "person", name=holder))
        if reading.form == "definite":
            found = self._find_description(head, reading)
            if found is not None:
                return found
        if reading.form == "plural" and reading.lemma:
            text = _mention_key(self.doc, head)
            for source in reversed(self.index.sources):
                if source.kind == "unnamed_group" and any(_key_of(m) == text for m in source.mentions):
                    return source
        if reading.kind == "unknown" and reading.form == "unknown" and head.lower in FIRST_PERSON_SINGULAR:
            for source in self.index.sources:
                if source.kind == "unknown" and any(m.text.lower() in FIRST_PERSON_SINGULAR for m in source.mentions):
                    return source
        return self.new(reading)

    def _find_name(self, reading: _Reading) -> Source:
        return self._named(reading) or self.new(reading)

    def _named(self, reading: _Reading) -> Source | None:
        """The source already called by the name of ``reading``."""
        key = (reading.name or "").lower()
        for source in self.index.sources:
            if source.name is not None and source.name.lower() == key and source.kind == reading.kind:
                return source
        return None

    def _find_description(self, head: Token, reading: _Reading) -> Source | None:
        lemma = reading.lemma
        # "The employee, who spoke on the condition of anonymity,": no one named, whatever the role
        unnamed = self._unnamed_by_own_words(head)
        modifiers = self._place_modifiers(head) if reading.kind == "unnamed_person" and not unnamed else []
        if modifiers:  # "the Vermont senator", "the French president": the person the article calls so
            described = self.people.described(modifiers, lemma, head.start)
            if described is not None:
                return self._find_name(_Reading("name", "person", name=described))
        kinds = {reading.kind, "person", "unknown"}
        if reading.noun_class == "organization":  # "the departments" after "the State Department"
            kinds.add("organization")
            if head.tag in PLURAL_TAGS:  # "the groups" after "human rights groups", bodies the article does not name
                kinds.add("unnamed_group")
        owner = self._proper_owner(head) or _name_before(reading)
        for source in reversed(self.index.sources):
            if lemma in source.head_lemmas and source.kind in kinds:
                if unnamed and source.kind not in UNNAMED:
                    continue
                if reading.plural and source.kind == "person" and not source.plural:
                    continue  # "his supporters" are not the one person once called "a supporter"
                if _named_for_another(source, owner):
                    continue  # "Trump's team" is not "the Clinton team"
                return source
        aged = self._aged(head, lemma) if lemma.endswith(AGED) else None
        if aged is not None:
            return aged
        if reading.kind == "organization":
            for source in reversed(self.index.sources):
                name = source.name or ""
                named = source.kind == "organization" and name != "" and name.lower().endswith(lemma)
                if named and not _named_for_another(source, owner):
                    return source
            return None
        if reading.kind != "unnamed_person" or unnamed:
            return None
        if lemma in PLAIN_PERSON_NOUNS:  # "A voter, a retired teacher, said ... the woman said": the voter
            introduced = self._unnamed_in_view(head, reading.gender)
            if introduced is not None:
                return introduced
        holder = self.people.with_role(lemma, head.start)
        if holder is not None:
            return self._find_name(_Reading("name", "person", name=holder))
        if reading.noun_class == "source":
            for source in reversed(self.index.sources):
                if source.kind == "unnamed_person":
                    return source
            return None
        if not self._introduced_unnamed(head, lemma):
            # "Trump's lawyer" is not Trump, "the woman" not Bill Clinton
            besides = [*self._named_in_own_report(head), *([owner] if owner else [])]
            latest = self.people.latest(head.start, besides=besides, gender=_noun_gender(head))
            if latest is None and not any(c.deprel in POSSESSORS for c in self.doc.children(head)):
                # no one named yet: a headline's or a lead's epithet for the person the article
                # names next ("DNC chair dismisses ... Democratic National Committee Chair Debbie
                # Wasserman Schultz dismissed")
                latest = self.people.next(head, within=LEAD_PARAGRAPHS)
            if latest is not None:
                return self._find_name(_Reading("name", "person", name=latest))
        return None

    def _named_in_own_report(self, head: Token) -> list[str]:
        """The names in what ``head`` reports: the complement or object of the verb it is the subject
        of, or of its relative clause. A speaker is seldom the person their own words name ("Mr.
        Rubio's campaign manager, who argued that Mr. Kasich has no realistic pathway" is not Kasich)."""
        doc = self.doc
        verbs = [c for c in doc.children(head) if c.deprel in RELATIVE_CLAUSES]
        if head.deprel in SUBJECTS and not head.is_root:
            verbs.append(doc.head(head))
        return [
            t.text
            for verb in verbs
            for content in doc.children(verb)
            if content.deprel in REPORTED_CONTENT
            for t in doc.subtree(content)
            if t.ent == "PERSON"
        ]

    def _unnamed_in_view(self, head: Token, gender: str | None) -> Source | None:
        """The unnamed person last mentioned in ``head``'s sentence or the two before, of ``gender``
        when the article gives one."""
        found, nearest = None, -1
        for source in self.index.sources:
            if source.kind != "unnamed_person" or (gender and source.gender not in (None, gender)):
                continue
            last = max((m.head for m in source.mentions if m.head < head.i), default=-1)
            in_view = last >= 0 and head.sent - self.doc.tokens[last].sent <= PEOPLE_IN_VIEW_SENTENCES
            if in_view and last > nearest:
                found, nearest = source, last
        return found

    def _unnamed_by_own_words(self, head: Token) -> bool:
        """Whether the phrase of ``head`` says its source is not named ("who spoke on the
        condition of anonymity", "who asked not to be identified"), or the clause it is the
        subject of does ("the woman ... did not want to be quoted by name", "The man declined to
        be named")."""
        starts = self.anonymity_starts
        if not starts:
            return False
        if any(t.i in starts for t in self.doc.subtree(head)):
            return True
        if head.deprel not in SUBJECTS or head.is_root:
            return False
        verb = self.doc.head(head)
        return verb.i in starts or any(c.i in starts and c.deprel == "neg" for c in self.doc.children(verb))

    def _aged(self, head: Token, age: str) -> Source | None:
        """The person the article gave the age of "the 46-year-old" before, nearest first: "John
        Smith, 46,", "46-year-old John Smith", "Mary Jones, a 46-year-old mother", "a 46-year-old
        mother"; None when it gave no one that age."""
        doc = self.doc
        for token in reversed(doc.tokens[: head.i]):
            if token.upos != "NUM" or f"{token.text}{AGED}" != age:
                continue
            person = doc.head(token)  # "John Smith, 46,"
            if token.deprel not in APPOSITIONS:
                old = doc.head(person)
                if _age(doc, old) != age or old.i == head.i:
                    continue  # "46 years", "46 percent", or the mention's own age
                person = doc.head(old) if old.deprel == "amod" else old  # "46-year-old John Smith"
                if person.deprel in APPOSITIONS and doc.head(person).ent in PERSON_LABELS:
                    person = doc.head(person)  # "Mary Jones, a 46-year-old mother"
            known = self.index.by_head.get(person.i)
            if known is not None:
                return known
            reading = self.read(person) if person.ent in PERSON_LABELS else None
            if reading is not None and reading.form == "name":
                return self._find_name(reading)
            return self.new(_Reading("indefinite", "unnamed_person", lemma=age, noun_class="person"))
        return None

    def _proper_owner(self, head: Token) -> str | None:
        """The name that owns a description ("Trump" of "Trump's team"), if a name does ("his" is none)."""
        owners = [c for c in self.doc.children(head) if c.deprel in POSSESSORS]
        return _strip_possessive(owners[0].text) if owners and owners[0].upos == "PROPN" else None

    def _place_modifiers(self, head: Token) -> list[str]:
        """The words of a description that say where its person is from: a place, a nationality, a
        party ("the New Jersey governor", "the French president", "the senator from Vermont"); not an
        owner's ("Obama's secretary of state")."""
        doc = self.doc
        words: list[str] = []
        for child in doc.children(head):
            if child.deprel in ("poss", "nmod:poss", "det", "predet"):
                continue
            if child.i > head.i and not (child.deprel == "prep" and child.lower in ("from", "of")):
                continue
            for token in doc.subtree(child):
                if token.ent in PLACES or token.ent == "NORP":
                    words.append(token.lower)
        return words

    def _find_anaphor(self, head: Token, reading: _Reading) -> Source:
        """The people an anaphor points back to: the latest source of several people. For a role
        ("the candidates", "both senators", "the committee chairmen"): several named people ("Mr.
        Effron and Mr. Pruzan ... Both men"), or a group described with the same noun before
        ("lawyers for Cruz ... the lawyers"; not for "both" or "all three", which count people in
        view); not a group described otherwise ("voters ... the candidates") nor a body; else the
        people the article gives that role; else no one known."""
        lemma = reading.lemma
        if reading.noun_class != "person" or not lemma:  # "both", "the two", "neither company"
            found = self._latest(head, lambda s, plural: plural or s.plural or s.kind == "unnamed_group")
            return found or self.new(reading)

        before = [c for c in self.doc.children(head) if c.i < head.i]
        # "both candidates", "all three candidates": people the article has in view, not a loose group
        counted = any(c.deprel == "nummod" or c.lower in ANAPHORIC_DETERMINERS | {"all"} for c in before)

        def fits(source: Source, plural: bool) -> bool:
            if source.kind == "person":
                return plural or source.plural
            group = source.kind in ("unnamed_group", "unknown") and source.plural
            return group and not counted and lemma in source.head_lemmas

        found = self._latest(head, fits)
        if found is not None:
            return found
        if self.people.holders(lemma) > 1:
            holder = self.people.with_role(lemma, head.start)
            if holder is not None:
                return self._find_name(_Reading("name", "person", name=holder))
        return self.new(reading)

    def _introduced_unnamed(self, head: Token, lemma: str) -> bool:
        """Whether an indefinite phrase with the same head noun comes earlier ("a federal judge")."""
        for token in self.doc.tokens[: head.i]:
            if token.upos != "NOUN" or _lemma(token) != lemma or token.deprel not in INTRODUCING:
                continue
            if any(c.lower in INDEFINITE and c.i < token.i for c in self.doc.children(token)):
                return True
        return False

    def _find_pronoun(self, head: Token, reading: _Reading) -> Source:
        lower = head.lower
        if lower in PERSON_PRONOUNS:
            gender = reading.gender

            def fits(s: Source, plural: bool) -> bool:
                individual = s.kind in ("person", "unnamed_person") and not plural
                return individual and (not s.gender or s.gender == gender)

            found = self._latest(head, fits, generic=False)
            nearer = self._named_in_view(head, found, gender)
            if nearer is not None:
                found = nearer
            if found is not None:
                found.gender = found.gender or gender
                return found
        elif lower in GROUP_PRONOUNS:
            found = self._latest(head, _fits_group)
            people = self._people_in_view(head, found)
            if people is not None:  # "Franken said ... Silverman responded ... They continued"
                return people
            if found is not None:
                return found
        elif lower in THING_PRONOUNS:
            found = self._latest(head, lambda s, plural: s.kind == "organization" and not plural)
            if found is not None:
                return found
        if reading.form == "quantifier-pronoun":
            # "they say" with no one before it: people the article does not name
            kind = "unnamed_group" if reading.plural else "unnamed_person"
            return self.new(_Reading("quantifier", kind, plural=reading.plural))
        return self.new(_Reading("pronoun", "unknown", plural=reading.plural, gender=reading.gender))

    def _named_in_view(self, head: Token, found: Source | None, gender: str | None) -> Source | None:
        """The one person of ``gender`` named in the sentence before a "he" or "she" at ``head`` or
        in its own before it (outside quotations, and not whom the pronoun's own verb names: "he
        told Rubio"), when the antecedent ``found`` for it lies further back and is not named there,
        and no pronoun of that gender comes between: the nearer person, whom the subjects-only
        search passed over ("McDonough was responding to a message from Wendy Sherman ... 'Tunis
        plane wheels up,' she wrote": Sherman)."""
        doc = self.doc
        if gender is None:
            return None
        window = doc.sentences[max(0, head.sent - 1)]
        last = max((m.end for m in found.mentions if m.start < head.start), default=0) if found else 0
        if last > window.start:
            return None
        people = self.people
        named: dict[str, Token] = {}  # full name -> its latest token in the window
        # not whom the pronoun's own verb names ("... ,' he told Rubio")
        verb = doc.head(head)
        others = set()
        for c in doc.children(verb):
            for o in (c, *(g for g in doc.children(c) if g.deprel == "pobj")):
                if o.i > head.i and o.upos == "PROPN" and _strip_possessive(o.text).lower() in people.surnames:
                    others.add(people.full_name(_strip_possessive(o.text), o.start))
        for t in doc.tokens[window.first : head.i]:
            if t.upos != "PROPN" or _inside(self.quoted, t.start):
                continue
            text = _strip_possessive(t.text)
            if text.lower() not in people.surnames:
                continue
            said = _honorific_gender(doc, t)
            full = people.full_name(text, t.start, said)
            if found is not None and full == found.name:
                return None  # the antecedent itself is named here
            if (said or people.gender_of(full) or _name_gender(full)) == gender and full not in others:
                named[full] = t
        if len(named) != 1:
            return None
        (token,) = named.values()
        same = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
        for t in doc.tokens_within(window.start, token.start):
            if t.lower in same and not _inside(self.quoted, t.start):
                return None  # "Given Obama's rating, he should channel Donald Trump ... He could"
        if token.i in self.index.by_head:
            source = self.index.by_head[token.i]
            return source if source.kind == "person" else None
        reading = self.read(token)
        if reading.form != "name" or reading.kind != "person":
            return None
        return self._adopt(token, reading, self._named(reading))

    def _people_in_view(self, head: Token, found: Source | None) -> Source | None:
        """The named people a "they" at ``head`` refers to when two or more of them are nearer
        than the group ``found`` for it, in its sentence or the two before ("Minnesota Sen. Al
        Franken said ... Silverman responded ... They continued"; "Ted Cruz accuses ... and Donald
        Trump says ... Yet they"): the nearest of them."""
        named: list[Source] = []
        antecedents = self.antecedents
        for n in range(bisect.bisect_left(antecedents, head.i) - 1, -1, -1):
            token = self.doc.tokens[antecedents[n]]
            if token.sent < head.sent - PEOPLE_IN_VIEW_SENTENCES:
                break
            source = self.index.by_head.get(token.i)
            if source is found and source is not None:
                break
            if source is not None and source.kind == "person" and source not in named:
                named.append(source)
        return named[0] if len(named) > 1 else None

    def _latest(self, head: Token, fits: Callable[[Source, bool], bool], generic: bool = True) -> Source | None:
        """The source of the nearest earlier mention (a speaker, or a subject that names someone) that fits;
        not an indefinite pronoun unless ``generic`` ("if someone had told him", "somebody might say")."""
        antecedents = self.antecedents
        # the words above the pronoun: the reports it lies in itself (for _reported_by_fitting)
        around = {a.i for a in self.doc.ancestors(head)} if not generic and head.deprel != "poss" else None
        for n in range(bisect.bisect_left(antecedents, head.i) - 1, -1, -1):
            i = antecedents[n]
            token = self.doc.tokens[i]
            if not generic and token.lower in INDEFINITE_PRONOUNS and _of_object(self.doc, token) is None:
                continue
            if fits is _fits_group and token.ent in PLACES:
                continue  # "they" are people, not a country or a city: "Russia is playing interference, they say"
            source = self.index.by_head.get(i)
            if not generic and _asker(self.doc, token) and (source is None or source.kind == "unnamed_person"):
                continue  # "when a reporter asked if he ..., he said": the one asked answers
            if around is not None and self._reported_by_fitting(token, around, fits):
                continue  # "Earnest said Obama has kept in touch ... 'I would think ...,' he said": Earnest
            if around is not None and i not in self.speaker_heads and self._governed_by_fitting(token, around, fits):
                continue  # "Sanders did go further in trying to hold Snyder accountable. ... he said": Sanders
            if not generic and token.deprel in SUBJECTS and self.doc.head(token).lemma == "ask":
                asked = self._asked(token, fits)
                if asked is not None:  # "Conroy asked Sanders whether ... 'Sure it is,' he said": Sanders
                    i, token, source = asked.i, asked, None
            if source is not None:
                if not generic and source.kind == "unnamed_person" and self._named_since(token, head):
                    continue  # "A source said ... Clinton faces a conundrum as she ...": not the source
                share = fits is _fits_group and self.forms.get(i) == "quantifier" and token.sent == head.sent
                if fits(source, i in self.plural_heads) or share:
                    return source  # "60 percent said they ..."
                continue
            if i in self.speaker_heads:
                continue  # a speaker not yet read: it comes later in the text
            token = self.doc.tokens[i]
            reading = self.read(token)
            gendered = reading.kind == "unnamed_person" and reading.gender is not None  # "A woman ... she"
            if reading.form not in ("name", "plural") and not gendered:
                continue
            existing = self._named(reading) if reading.form == "name" else None
            if not fits(existing or _stand_in(reading), reading.plural):
                continue
            return self._adopt(token, reading, existing)
        return None

    def _adopt(self, token: Token, reading: _Reading, existing: Source | None) -> Source:
        """The source of an antecedent read out of turn (no speaker had it): ``existing``, the
        source already called by its name, else a new one; the token's mention joins it."""
        source = existing or self.new(reading)
        self.join(source, _mention(self.doc, token), token, reading)
        return source

    def _named_since(self, antecedent: Token, pronoun: Token) -> bool:
        """Whether someone is named, outside quotations, between the phrase of ``antecedent``, two
        or more sentences before ``pronoun``, and the pronoun ("the base chief known as Bob" does
        not name someone else)."""
        doc = self.doc
        if antecedent.sent >= pronoun.sent - 1:
            return False
        after = doc.subtree(antecedent)[-1].end
        return any(
            e.label in PERSON_LABELS and not _inside(self.quoted, e.start)
            for e in doc.entities_starting_in(after, pronoun.start)
        )

    def _governed_by_fitting(self, token: Token, around: set[int], fits: Callable[[Source, bool], bool]) -> bool:
        """Whether the subject ``token`` lies in a clause below another clause of its sentence whose
        subject comes before it and fits ("Stockman has been pushing for Mr. Trump to own the issue ...
        he wrote": Stockman), outside the clauses above the pronoun (``around``)."""
        doc = self.doc
        for verb in doc.ancestors(doc.head(token)):
            if verb.i in around:
                return False
            for child in doc.children(verb):
                if child.deprel not in ACTIVE_OR_PASSIVE_SUBJECTS or child.i >= token.i:
                    continue
                source = self.index.by_head.get(child.i)
                if source is not None:
                    if fits(source, child.i in self.plural_heads):
                        return True
                    continue
                if child.i in self.speaker_heads:
                    continue
                reading = self.read(child)
                if reading.form != "name":
                    continue
                if fits(self._named(reading) or _stand_in(reading), reading.plural):
                    return True
        return False

    def _asked(self, asker: Token, fits: Callable[[Source, bool], bool]) -> Token | None:
        """The named person ``asker`` asks ("Conroy asked Sanders whether"), when they fit."""
        for c in self.doc.children(self.doc.head(asker)):
            if c.deprel in ("dobj", "obj") and c.upos == "PROPN" and c.i not in self.index.by_head:
                reading = self.read(c)
                probe = Source("", reading.kind, reading.name, plural=reading.plural, gender=reading.gender)
                if reading.form == "name" and reading.kind == "person" and fits(probe, reading.plural):
                    return c
        return None

    def _reported_by_fitting(self, token: Token, around: set[int], fits: Callable[[Source, bool], bool]) -> bool:
        """Whether ``token`` lies in the words an earlier speaker reports ("Earnest said Obama has
        kept in touch"), outside the reports above the pronoun (``around``: the indexes of its
        ancestors), and that speaker fits: a later pronoun means the one who reports, not whom the
        report is about (but a possessive, "his proposal", is as often what the report is about)."""
        for verb in self.doc.ancestors(token):
            speaker = self.reporters.get(verb.i)
            if speaker is None or speaker == token.i:
                continue  # not a reporting verb, or the token's own
            if speaker > token.i or verb.i in around:
                return False
            source = self.index.by_head.get(speaker)
            if source is not None and fits(source, speaker in self.plural_heads):
                return True
            # else the one who reports a report around it ("Jahangir said she was angered by the
            # media declaring Clinton had won")
        return False

    # -- after every speaker

    def add_name_mentions(self) -> None:
        """Every other place that names a named person source is a mention of it too."""
        taken = sorted((m.start, m.end) for s in self.index.sources for m in s.mentions)
        starts = [start for start, _ in taken]
        reach = list(itertools.accumulate((end for _, end in taken), max))  # furthest end of taken[: n + 1]
        by_name = {s.name: s for s in self.index.sources if s.kind == "person" and s.name}
        for occurrence in self.people.occurrences:
            entity = occurrence.entity
            source = by_name.get(self.people.full_name(occurrence.name, entity.start))
            before = bisect.bisect_left(starts, entity.end)  # the mentions that start before the entity ends
            if source is None or (before and reach[before - 1] > entity.start):
                continue  # no source, or a mention overlaps the entity
            head = _entity_head(self.doc, entity)
            end = entity.start + len(_strip_possessive(self.doc.text[entity.start : entity.end]))
            source.mentions.append(Mention(entity.start, end, self.doc.text[entity.start : end], head.i))
        for source in self.index.sources:
            source.mentions.sort(key=lambda m: m.start)

    def name_spokespeople(self) -> None:
        """An unnamed spokesperson whom the article names elsewhere with the same role for the same
        body is that person: "A spokesman for the Jupiter Police Department said ..." and "said
        Officer Joseph Beinlich, a Jupiter police spokesman"; "a State Department spokesman" and
        "State Department spokesman John Kirby". The body's own words must all be there, and
        "former" on both or neither ("a Treasury official" is not "Scott Morris, a former Treasury
        official"). Not a source that asked not to be named, nor when two people fit."""
        doc = self.doc
        for source in list(self.index.sources):
            if source.kind != "unnamed_person" or source.affiliation is None:
                continue
            if _declines_a_name(source):
                continue
            roles = {lemma for lemma in source.head_lemmas if SOURCE_NOUNS.get(lemma) == "source"}
            affiliation = source.affiliation
            # the body's proper words: "Jupiter Police" of "the Jupiter Police Department", "State" of
            # "State Department", "Rubio" of "Sen. Marco Rubio"; not the noun that ends it
            # ("Department", which any body may have), titles or first names
            words = [t for t in doc.tokens if affiliation.start <= t.start < affiliation.end and t.upos == "PROPN"]
            if words and _lemma(words[-1]) in SOURCE_NOUNS:
                words = words[:-1]
            body = {
                t.lower
                for t in words
                if t.lower not in TITLES
                and not (
                    t.ent in PERSON_LABELS and t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].ent in PERSON_LABELS
                )
            }
            if not roles or not body:
                continue
            former = any("former" in m.text.lower().split() for m in source.mentions)
            names = set()
            for occurrence in self.people.occurrences:
                if not roles & occurrence.roles:
                    continue
                spans = (occurrence.title, occurrence.description, occurrence.affiliation)
                said = " ".join(span.text.lower() for span in spans if span is not None)
                if body <= set(_WORDS.findall(said)) and ("former" in said.split()) == former:
                    names.add(self.people.full_name(occurrence.name, occurrence.entity.start))
            if len(names) == 1:
                self._rename(source, names.pop())

    def name_self_identified(self, identified: Sequence[tuple[Token, Entity]]) -> None:
        """An unnamed person who gives their name ("The woman who started it all identified
        herself to CNN as a 52-year-old Salem, N.H., resident named Caroline") is that person;
        not a source with an anonymity phrase."""
        for subject, entity in identified:
            source = self.index.by_head.get(subject.i)
            if source is None or source.kind != "unnamed_person":
                continue
            if _declines_a_name(source):
                continue
            name = self._person_reading(entity, subject).name
            if name:
                self._rename(source, name)

    def name_lead_descriptions(self) -> None:
        """Descriptions the article resolves by naming the person just after ("delayed
        identification"). An unnamed person first mentioned as a clause's subject is the person
        named

        * in the next paragraph, when an indefinite description ("a"/"an") introduces them in the
          headline or the first paragraph ("A lawmaker in the Philippines is calling for ...",
          "A woman who has accused ... said": "Joey Salceda said"; "Juanita Broaddrick, who said
          ..."); not a source noun ("a Treasury official": name_spokespeople reads those);
        * in the next sentence, anywhere in the article, when "a", "an", "one" or an owner
          introduces them ("In a speech, a top adviser for President Obama explained why: ...
          Jason Furman, who leads Mr. Obama's Council of Economic Advisers, said"); the person
          must be a clause's subject there and hold no role at all when the noun is a role (one
          who holds it is name_spokespeople's to read: "a Treasury official" is not "Scott
          Morris, a former Treasury official"); not "a source".

        The person must speak in the article (a person source, not any word tagged as a name), be
        new (named nowhere before the end of the description's sentence), have no role in the
        article other than the description's noun when that noun is a role, and no sex that
        conflicts with it, and be the only such person, or the only one of them who is a
        clause's subject. Not a source with an anonymity phrase."""
        doc = self.doc
        speakers = {s.name for s in self.index.sources if s.kind == "person" and s.name}
        for source in list(self.index.sources):
            if source.kind != "unnamed_person" or source.plural or not source.mentions:
                continue
            if _declines_a_name(source):
                continue
            first = min(source.mentions, key=lambda m: m.start)
            head = doc.tokens[first.head]
            person_noun = head.upos == "NOUN" or head.ent == "NORP"  # "one kind-hearted Canadian"
            if not person_noun or head.tag in PLURAL_TAGS or head.deprel not in ACTIVE_OR_PASSIVE_SUBJECTS:
                continue
            description = _DescribedPerson(_lemma(head), source.gender or _noun_gender(head), doc.sentences[head.sent])
            name = None
            lead = _after_a(doc, head) and description.sentence.paragraph < LEAD_PARAGRAPHS
            if lead and SOURCE_NOUNS.get(description.lemma) != "source":
                name = self._named_in_next_paragraph(description, speakers)
            if name is None and description.lemma != "source" and _introduced(doc, head):
                name = self._named_in_next_sentence(description, speakers)
            if name is not None:
                self._rename(source, name)

    def name_headline_epithets(self) -> None:
        """A bare role noun that speaks in the first two paragraphs is a headline's word with its
        article dropped ("Investment, official says, helped ..."; "Sanders will back Clinton,
        eventually, former rival says"). It stands for the article's source in that role: the
        unnamed source the body calls by the same noun ("a Chinese official said"); else the person
        the article names with that role; else the first source the body quotes, when that is a
        named person who speaks within two paragraphs ("predicted Madeleine Kunin, the former
        Vermont Democratic governor"). Not a source with an anonymity phrase, nor a named person of
        the other sex."""
        doc = self.doc
        for source in list(self.index.sources):
            if source.kind != "unnamed_person" or source.plural or not source.mentions:
                continue
            if _declines_a_name(source):
                continue
            head = doc.tokens[min(source.mentions, key=lambda m: m.start).head]
            paragraph = doc.sentences[head.sent].paragraph
            # a noun, or one the tagger took for an adjective ("official says")
            if paragraph >= LEAD_PARAGRAPHS or head.upos not in ("NOUN", "ADJ") or head.tag in PLURAL_TAGS:
                continue
            if any(c.deprel in BARE_NOUN_DETERMINERS for c in doc.children(head) if c.i < head.i):
                continue
            lemma = _lemma(head)
            body = doc.paragraphs[paragraph].end
            same_noun = [
                s
                for s in self.index.sources
                if s is not source
                and s.kind == "unnamed_person"
                and lemma in s.head_lemmas
                and any(m.start >= body for m in s.mentions)
            ]
            if same_noun:
                self._merge(source, same_noun[0])
                continue
            name = self.people.with_role(lemma, head.start) or self._first_quoted_name(
                body, paragraph + LEAD_PARAGRAPHS
            )
            gender = source.gender or _noun_gender(head)
            if name is not None and (gender is None or self.people.gender_of(name) in (None, gender)):
                self._rename(source, name)

    def _first_quoted_name(self, start: int, last_paragraph: int) -> str | None:
        """The name of the first source that speaks from ``start`` on, when it is a named person
        and speaks by the end of paragraph ``last_paragraph``."""
        doc = self.doc
        for i in sorted(self.speaker_heads):
            token = doc.tokens[i]
            if token.start < start:
                continue
            source = self.index.by_head.get(i)
            if source is not None:
                near = doc.sentences[token.sent].paragraph <= last_paragraph
                return source.name if source.kind == "person" and near else None
        return None

    def _named_in_next_paragraph(self, description: _DescribedPerson, speakers: set[str]) -> str | None:
        """The one new person who fits ``description`` in the paragraph after its own, or the one
        of them who is a clause's subject."""
        doc = self.doc
        own = description.sentence.paragraph
        fits: dict[str, bool] = {}  # the people who fit -> named as a subject
        for o in self.people.starting_in(description.sentence.end, len(doc.text)):
            para = doc.sentences[doc.tokens[o.entity.first].sent].paragraph
            if para <= own:
                continue
            if para - own > LEAD_NAMING_PARAGRAPHS:
                break
            full = self.people.full_name(o.name, o.entity.start)
            if full in speakers and self._fits(full, description):
                subject = _entity_head(doc, o.entity).deprel in ACTIVE_OR_PASSIVE_SUBJECTS
                fits[full] = fits.get(full, False) or subject
        subjects = [name for name, subject in fits.items() if subject]
        if len(fits) == 1:
            return next(iter(fits))
        return subjects[0] if len(subjects) == 1 else None

    def _named_in_next_sentence(self, description: _DescribedPerson, speakers: set[str]) -> str | None:
        """The one new person who fits ``description`` and is a clause's subject in the sentence
        after its own."""
        doc = self.doc
        if description.sentence.i + 1 >= len(doc.sentences):
            return None
        following = doc.sentences[description.sentence.i + 1]
        fits = set()
        for o in self.people.starting_in(following.start, following.end):
            if _entity_head(doc, o.entity).deprel not in ACTIVE_OR_PASSIVE_SUBJECTS:
                continue
            full = self.people.full_name(o.name, o.entity.start)
            if full in speakers and self._fits(full, description, same_role=False):
                fits.add(full)
        return next(iter(fits)) if len(fits) == 1 else None

    def _fits(self, name: str, description: _DescribedPerson, *, same_role: bool = True) -> bool:
        """Whether the person ``name`` may be the one ``description`` introduced: first named after
        its sentence, with no other sex and, when its noun is a role, no other role (nor the same
        one, unless ``same_role``)."""
        occurrences = self.people.of(name)
        if not occurrences or occurrences[0].entity.start < description.sentence.end:
            return False
        roles = set().union(*(o.roles for o in occurrences))
        if roles and _role_noun(description.lemma) and (description.lemma not in roles or not same_role):
            return False
        if roles and description.lemma not in roles and SOURCE_NOUNS.get(description.lemma) == "people":
            return False  # "A witness said ..." is not "Police chief John Smith said ..."
        genders = {o.gender for o in occurrences} - {None}
        return description.gender is None or not genders or description.gender in genders

    def _rename(self, source: Source, name: str) -> None:
        """``source`` is the named person ``name``: it joins that person's source, or becomes it."""
        target = next((s for s in self.index.sources if s.kind == "person" and s.name == name), None)
        if target is None:
            source.kind, source.name = "person", name
            source.id = self._id(name, "person", self.index.sources.index(source) + 1)
            source.evidence.clear()
            return
        self._merge(source, target)

    def _merge(self, source: Source, target: Source) -> None:
        """``source`` is ``target``: its mentions join target's."""
        target.mentions.extend(source.mentions)
        target.mentions.sort(key=lambda m: m.start)
        target.head_lemmas |= source.head_lemmas
        for head, owner in self.index.by_head.items():
            if owner is source:
                self.index.by_head[head] = target
        self.index.sources.remove(source)

    def number(self) -> None:
        """Sources in the order of their first mention; ``unnamed-N``/``unknown-N`` by that place."""
        sources = sorted(self.index.sources, key=lambda s: min((m.start for m in s.mentions), default=0))
        self.index.sources = []
        for number, source in enumerate(sources, 1):
            if source.name is None:
                source.id = self._id(None, source.kind, number)
            elif any(s.id == source.id for s in self.index.sources):
                source.id = f"{source.id}-{number}"
            self.index.sources.append(source)

    def attach_evidence(self) -> None:
        """Anonymity phrases go to the source they belong to; an unnamed source has its description too."""
        for start, end, reason, first in self.anonymity:
            source = self._owner(self.doc.tokens[first])
            if source is None or source.kind in ("person", "organization"):
                continue
            if source.kind == "unknown":
                source.kind = "unnamed_group" if source.plural else "unnamed_person"
            if not any(e.start == start for e in source.evidence):
                source.evidence.append(Evidence(start, end, self.doc.text[start:end], reason))
        for source in self.index.sources:
            if source.kind not in UNNAMED:
                source.evidence.clear()
                continue
            described = [m for m in source.mentions if self.doc.tokens[m.head].lower not in _PRONOUN_WORDS]
            if described and not any(e.reason == "description" for e in source.evidence):
                intro = described[0]
                source.evidence.append(Evidence(intro.start, intro.end, intro.text, "description"))
            source.evidence.sort(key=lambda e: e.start)

    def _owner(self, token: Token) -> Source | None:
        """The source an anonymity phrase at ``token`` speaks of."""
        doc = self.doc
        sentence = doc.sentences[token.sent]
        heads = [i for i in self.index.by_head if doc.tokens[i].sent == token.sent]
        for i in heads:  # inside the mention's phrase: "a source who asked not to be named"
            if token.i in {t.i for t in doc.subtree(doc.tokens[i])}:
                return self.index.by_head[i]
        for ancestor in doc.ancestors(token):  # the clause the phrase hangs from
            if ancestor.upos == "NOUN" and _names_people(ancestor):
                return None  # someone who is not a speaker: "..., said a person with knowledge of the plans"
            subjects = [
                c
                for c in doc.children(ancestor)
                if c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS and c.i in self.index.by_head
            ]
            if subjects:
                return self.index.by_head[subjects[0].i]
            if ancestor.upos in ("VERB", "AUX"):
                subject = speaker_of(doc, ancestor)
                if subject is not None and subject.i in self.index.by_head:
                    return self.index.by_head[subject.i]
        if heads:
            return self.index.by_head[min(heads, key=lambda i: abs(i - token.i))]
        previous = [i for i in self.index.by_head if i < sentence.first and doc.tokens[i].sent >= token.sent - 1]
        return self.index.by_head[max(previous)] if previous else None

    def describe(self) -> None:
        """Title, description and affiliation of every source."""
        doc = self.doc
        for source in self.index.sources:
            if source.kind == "person" and source.name:
                for occurrence in self.people.of(source.name):
                    source.title = source.title or occurrence.title
                    if source.description is None and occurrence.description is not None:
                        source.description = occurrence.description
                        source.affiliation = occurrence.affiliation or source.affiliation
                    source.affiliation = source.affiliation or occurrence.affiliation
            if source.kind == "organization":
                continue
            for mention in source.mentions:
                head = doc.tokens[mention.head]
                if head.upos == "PRON":
                    continue
                appositive = _appositive(doc, head)
                if source.description is None and appositive is not None:
                    words = _phrase(doc, appositive)
                    source.description = _span(doc, words[0].start, words[-1].end)
                    source.affiliation = _affiliation_of(doc, appositive) or source.affiliation
            if source.kind in UNNAMED:
                for mention in source.mentions:
                    head = doc.tokens[mention.head]
                    if head.upos == "PRON" or mention.text.lower() in QUANTIFIERS:
                        continue
                    if source.description is None:
                        words = _phrase(doc, head)
                        source.description = _span(doc, words[0].start, words[-1].end)
                    source.affiliation = source.affiliation or _affiliation_of(doc, head)
                    if source.affiliation is not None:
                        break


# --- helpers ------------------------------------------------------------------------------


def _opens_words(doc: Document, token: Token) -> bool:
    """Whether ``token`` is the first word of its sentence or comes right after an opening
    quotation mark, bracket, dash or colon: a place where any word is capitalized."""
    previous = token.i - 1
    if previous < doc.sentences[token.sent].first:
        return True
    before = doc.tokens[previous]
    if before.text in OPENING_MARKS_AND_BRACKETS:  # opening, not closing: attached to the word
        return before.end == token.start
    if before.text in OPENING_SEPARATORS:
        return True
    return before.upos == "PUNCT" and _opens_words(doc, before)


def _subject_candidates(doc: Document, people: _People) -> Iterator[int]:
    """Subjects that a later pronoun may refer to: named people, bodies, plural nouns and a man
    or woman just introduced ("A 29-year-old Berlin woman"; the indexes, some more than once).
    Read among the nouns and the entities, not every token: every token of an entity type lies
    in an entity of that label (build_document)."""
    by_upos = tokens_by_upos(doc)
    for upos in ("NOUN", "PROPN"):
        for token in by_upos.get(upos, ()):
            if token.deprel not in ACTIVE_OR_PASSIVE_SUBJECTS:
                continue
            if token.tag in PLURAL_TAGS:
                yield token.i
            elif upos == "PROPN":
                if _strip_possessive(token.text).lower() in people.surnames:
                    yield token.i
            elif token.lower in GENDERED_NOUNS and any(
                c.lower in INDEFINITE for c in doc.children(token) if c.i < token.i
            ):
                yield token.i  # "a woman", "one man"
    for verb in by_upos.get("VERB", ()):
        if verb.lemma in CITING_VERBS:  # "The newspaper cited three people familiar with ... They said"
            yield from (c.i for c in doc.children(verb) if c.deprel in OBJECTS and c.tag in PLURAL_TAGS)
    tokens = doc.tokens
    for entity in doc.entities:
        if entity.label in PERSON_LABELS or entity.label in ORGANIZATION_LABELS:
            person = entity.label in PERSON_LABELS
            for i in range(entity.first, entity.last):
                token = tokens[i]
                if token.deprel in ACTIVE_OR_PASSIVE_SUBJECTS:
                    yield i
                elif person and token.deprel in POSSESSORS and tokens[token.head].deprel in ACTIVE_OR_PASSIVE_SUBJECTS:
                    yield i  # "Comey's news conference, in which he laid out": the subject's owner


# Marks after which a word is capitalized whatever it is ('"Donations have doubled," she said').
OPENING_MARKS_AND_BRACKETS = frozenset(OPENING_MARKS + "([{")
OPENING_SEPARATORS = frozenset(":—–-")

_ORGANIZATION_WORDS = frozenset(w for w, c in SOURCE_NOUNS.items() if c in ("organization", "document")) | frozenset(
    {"inc.", "corp.", "co.", "llc", "ltd.", "news", "times", "post", "journal", "institute", "association"}
)


def _named_for_another(source: Source, owner: str | None) -> bool:
    """Whether ``source`` is a body that ``owner``, the name owning a description ("Trump" of
    "Trump's team"), does not name: "the Clinton team", or a campaign left unnamed."""
    return source.kind == "organization" and owner is not None and owner not in (source.name or "").split()


def _name_before(reading: _Reading) -> str | None:
    """The name word before the noun of a body the reading names by it: "Carson" of "the Carson
    campaign"."""
    words = (reading.name or "").split()
    return words[-2] if len(words) > 1 and words[-1].lower() == reading.lemma else None


def _lemma(token: Token) -> str:
    lemma = token.lemma.lower()
    if lemma not in SOURCE_NOUNS and token.lower in SOURCE_NOUNS:
        return token.lower
    if lemma not in SOURCE_NOUNS and token.tag == "NNPS":
        # a capitalized plural keeps its -s as its lemma: "Two Senate Committees", "Officials"
        for singular in (lemma[:-3] + "y" if lemma.endswith("ies") else "", lemma[:-1] if lemma.endswith("s") else ""):
            if singular in SOURCE_NOUNS:
                return singular
    return lemma


def _names_word(modifier: str, words: frozenset[str]) -> bool:
    """Whether ``words`` hold ``modifier`` or its place ("russian" and "russia")."""
    return modifier in words or any(_shared_prefix(modifier, w) >= 4 for w in words)


def _shared_prefix(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _age(doc: Document, token: Token) -> str | None:
    """ "46-year-old" when ``token`` is the "old" of one ("the 46-year-old", "a 46-year-old mother")."""
    if token.lower != "old":
        return None
    for year in doc.children(token):
        if year.lower in ("year", "years"):
            for number in doc.children(year):
                if number.upos == "NUM":
                    return f"{number.text}{AGED}"
    return None


def _self_identifications(doc: Document) -> list[tuple[Token, Entity]]:
    """Clauses that give someone's name: their own ("identified herself as Caroline",
    "introduced himself as a Navy veteran named John Smith"), or a description's ("A woman later
    identified as Eva Resnick-Day" parsed as a clause, "the protester, who was identified as",
    "police identified the man as"; a participle on the noun is read with it, _name_given): the
    one named and the name."""
    found: list[tuple[Token, Entity]] = []
    if not any(stem in doc.text for stem in SELF_NAMING_STEMS):  # most articles: no verb to read
        return found
    for verb in tokens_by_upos(doc).get("VERB", ()):
        if verb.lemma not in SELF_NAMING_VERBS:
            continue
        children = doc.children(verb)
        direct = [c for c in children if c.deprel in ("dobj", "obj")]
        reflexive = bool(direct) and direct[0].lower in REFLEXIVES
        if reflexive or not direct:  # "identified herself as"; "who was identified as"
            named = [c for c in children if c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS]
            if not named and verb.deprel == "conj":  # "walked in and identified himself as"
                named = [c for c in doc.children(doc.head(verb)) if c.deprel in ACTIVE_OR_PASSIVE_SUBJECTS]
        else:  # "police identified the man as"
            named = direct
        # a description, or "who" for one, is named; not a pronoun ("identified him as") unless
        # it names itself
        if not named or not (reflexive or named[0].upos == "NOUN" or named[0].lower in ("who", "that")):
            continue
        objects = [o for c in children if c.lower == "as" for o in doc.children(c) if o.deprel in PREPOSITION_OBJECTS]
        names = [name for o in objects if (name := _name_given_as(doc, o)) is not None]
        if names:
            found.append((named[0], names[0]))
    return found


def _name_given_as(doc: Document, obj: Token) -> Entity | None:
    """The name the object of "as" gives: itself ("as Caroline"), or what a participle on it
    names ("as a resident named Caroline"); not any name in the phrase ("as a supporter of
    Donald Trump")."""
    if obj.upos == "PROPN" and obj.ent in PERSON_LABELS:
        return doc.entity_at(obj)
    for participle in doc.children(obj):
        if participle.deprel == "acl" and participle.lemma.lower() in ("name", "call"):
            for token in doc.children(participle):
                if token.upos == "PROPN" and token.ent in PERSON_LABELS:
                    return doc.entity_at(token)
    return None


def _declines_a_name(source: Source) -> bool:
    """Whether ``source`` has evidence other than its description: an anonymity phrase ("who asked
    not to be named"), which no later name overrides."""
    return any(e.reason != "description" for e in source.evidence)


def _entity_name(doc: Document, entity: Entity) -> str:
    """The name an entity spells, without an article or a possessive mark: "Teamsters" of "the
    Teamsters'"."""
    return _strip_article(_strip_possessive(doc.text[entity.start : entity.end]))


def _introduced(doc: Document, head: Token) -> bool:
    """Whether "a", "an", "one" or an owner introduces ``head``: "a top adviser", "one pastor",
    "Hillary Clinton's right-hand woman"."""
    return any(
        (c.lower in ("a", "an", "one") and c.deprel in ("det", "nummod")) or c.deprel == "poss"
        for c in doc.children(head)
        if c.i < head.i
    )


def _role_noun(lemma: str) -> bool:
    """Whether ``lemma`` is a role ("senator", "adviser"), not a plain word for a person ("woman")."""
    return SOURCE_NOUNS.get(lemma) in ("person", "source") and lemma not in PLAIN_PERSON_NOUNS


def _after_a(doc: Document, head: Token) -> bool:
    """Whether "a" or "an" determines ``head``."""
    return any(c.lower in ("a", "an") and c.deprel == "det" for c in doc.children(head) if c.i < head.i)


def _asker(doc: Document, token: Token) -> bool:
    """Whether ``token`` is a description of someone who asks a question ("a reporter asked if
    ...", "a resident asked whether"): a "he" or "she" after it is the one who answers."""
    return token.upos == "NOUN" and token.deprel in SUBJECTS and doc.head(token).lemma == "ask"


def _fits_group(source: Source, plural: bool) -> bool:
    """Whether "they" may refer to ``source`` (a mention of it that is ``plural`` or not)."""
    if source.kind in ("unnamed_group", "organization"):
        return True
    return plural and source.kind != "unknown"


def _place_or_thing(token: Token) -> bool:
    """Whether a token is a common noun of no people ("the rally", "the world") or the name of a
    place or a body ("Iowa", "Jefferies"): what a "who" after a phrase hung on it stands for less
    likely than the people the phrase follows."""
    if token.upos == "PROPN":
        return token.ent in ORGANIZATION_LABELS or not token.ent  # places are among them
    return token.upos == "NOUN" and not _names_people(token)


def _names_people(token: Token) -> bool:
    """Whether a token stands for a person or people: a person's name, a nationality or party
    ("Democrats"), or a noun of people ("farmers", "the spokesman", "the crowd")."""
    if token.ent in PERSON_LABELS or token.ent in GROUP_LABELS:
        return True
    if token.upos != "NOUN":
        return False
    return SOURCE_NOUNS.get(_lemma(token)) in ("source", "person", "people", "group") or _people_word(token)


def _people_word(token: Token, suffixes: tuple[str, ...] = PEOPLE_SUFFIXES) -> bool:
    """Whether a noun the lexicon does not list names people ("libertarians", "organizers")."""
    lemma = token.lemma.lower()
    return token.tag == "NNPS" or lemma.endswith(suffixes)


def _name_gender(name: str) -> str | None:
    """The sex a person's first name usually stands for (lexicons/first_names.txt)."""
    words = name.split()
    return FIRST_NAMES.get(words[0].lower()) if len(words) > 1 else None


def _honorific_gender(doc: Document, head: Token) -> str | None:
    """ "m" after Mr., "f" after Mrs. or Ms., else None."""
    for child in doc.children(head):
        if child.i < head.i and child.lower in MALE_HONORIFICS:
            return "m"
        if child.i < head.i and child.lower in FEMALE_HONORIFICS:
            return "f"
    return None


def _noun_gender(token: Token) -> str | None:
    lemma = token.lemma.lower()
    return "f" if lemma in FEMALE_NOUNS else "m" if lemma in MALE_NOUNS else None


def _of_object(doc: Document, head: Token) -> Token | None:
    """The object of an "of" after ``head``: "voters" in "51 percent of voters"."""
    for child in doc.children(head):
        if child.lower == "of" and child.i > head.i:
            objects = [g for g in doc.children(child) if g.deprel in PREPOSITION_OBJECTS]
            if objects:
                return objects[0]
        if child.deprel in ("nmod", "obl") and any(g.lower == "of" and g.deprel == "case" for g in doc.children(child)):
            return child
    return None


def _appositive(doc: Document, head: Token) -> Token | None:
    for child in doc.children(head):
        if child.deprel in APPOSITIONS and child.upos == "NOUN" and child.i > head.i:
            return child
    return None


# how a name hangs on a noun through one modifier: "a spokesman for Cruz", "a delegate supporting
# Clinton", "supporters who back Randolph"
_HEAD_MODIFIER_OBJECTS = frozenset({("pobj", "prep"), ("dobj", "acl"), ("dobj", "relcl")})


def _beyond_its_verb(doc: Document, head: Token, apposition: Token) -> bool:
    """Whether the parse hung ``apposition`` on a subject ``head`` across the subject's own verb
    ("The lawyers also pointed to ... two former hopefuls, Sen. John McCain": McCain is not a
    lawyer); a list after a colon does name the subject ("Four senators objected: Sens. Joe
    Manchin, Bob Casey")."""
    verb = doc.head(head)
    if head.deprel not in SUBJECTS or not head.i < verb.i < apposition.i:
        return False
    return not any(t.text == ":" for t in doc.tokens[verb.i + 1 : apposition.i])


def _stand_in(reading: _Reading) -> Source:
    """A source with the kind, name, number and sex of ``reading``, to test a fit against before
    the reading joins or starts one."""
    return Source("", reading.kind, reading.name, plural=reading.plural, gender=reading.gender)


def _mention(doc: Document, head: Token) -> Mention:
    """The mention ``head`` heads: its whole phrase."""
    tokens = mention_tokens(doc, head)
    return Mention(tokens[0].start, tokens[-1].end, doc.text[tokens[0].start : tokens[-1].end], head.i)


def _phrase(doc: Document, head: Token) -> list[Token]:
    """The noun phrase headed by ``head`` without relative clauses or appositions of its own."""
    tokens = mention_tokens(doc, head)
    appositions = {t.i for c in doc.children(head) if c.deprel in APPOSITIONS for t in doc.subtree(c)}
    kept = [t for t in tokens if t.i not in appositions] or [head]
    return trim_tokens(kept)


def _affiliation_of(doc: Document, head: Token) -> Span | None:
    """Whom the person or group ``head`` belongs to: a named modifier or an "of/for/in" phrase."""
    names = [
        c
        for c in doc.children(head)
        if c.i < head.i and c.deprel in NAME_MODIFIERS and (c.upos == "PROPN" or c.ent in ORGANIZATION_LABELS)
    ]
    if names:  # "a Pentagon spokesman", "White House officials", "the Pentagon's spokesman"
        tokens = sorted({t.i: t for n in names for t in doc.subtree(n)}.values(), key=lambda t: t.i)
        tokens = _drop_determiners(tokens)
        if tokens:
            return _span(doc, tokens[0].start, _strip_possessive_end(doc, tokens[-1]))
    for child in doc.children(head):
        if child.i < head.i or child.lower not in AFFILIATION_PREPOSITIONS:
            continue
        for obj in doc.children(child):
            if obj.deprel not in PREPOSITION_OBJECTS:
                continue
            if obj.upos == "PROPN" or obj.ent in ORGANIZATION_LABELS or SOURCE_NOUNS.get(_lemma(obj)) == "organization":
                words = _drop_determiners(_phrase(doc, obj))
                if words:
                    return _span(doc, words[0].start, words[-1].end)
    return None


def _drop_determiners(tokens: Sequence[Token]) -> list[Token]:
    tokens = trim_tokens(tokens) if tokens else []
    while tokens and (tokens[0].deprel in ("det", "predet") or tokens[0].lower in ("the", "a", "an")):
        tokens = tokens[1:]
    return list(tokens)


def _anonymity_phrases(doc: Document) -> Iterator[tuple[int, int, str, int]]:
    """``(start, end, reason, first token)`` of every anonymity phrase in the article."""
    tokens = doc.tokens
    # only the words a phrase may start with (all of them when a phrase starts with "*")
    firsts = tokens if _WILD_PHRASES else [t for t in tokens if t.lower in _PHRASES_FROM]
    for first in firsts:
        last = doc.sentences[first.sent].last  # a phrase lies within its sentence
        seconds = _SECOND_WORDS.get(first.lower)
        if seconds is not None and (first.i + 1 == last or _phrase_word(tokens[first.i + 1].lower) not in seconds):
            continue  # most first words ("with", "on", "not") start no phrase
        rest = tokens[first.i : min(first.i + _LONGEST_PHRASE, last)]
        words = [t.lower for t in rest]
        if not NEGATION_CLITICS.isdisjoint(words):  # most phrases hold no "n't"
            words = [_phrase_word(word) for word in words]
        for phrase, reason in _PHRASES_FROM.get(first.lower, _WILD_PHRASES):
            if _matches(words, phrase):
                yield first.start, rest[len(phrase) - 1].end, reason, first.i
                break


_PHRASES = sorted(((tuple(p.split()), r) for p, r in ANONYMITY_PHRASES.items()), key=lambda pr: -len(pr[0]))
# The phrases that may start at a word, longest first: those starting with it or with "*";
# precomputed (not cached per word) so that memory stays flat whatever words a stream brings.
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _entry in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_entry[0][0], []).append(_entry)
_WILD_PHRASES = _PHRASES_BY_FIRST.get("*", [])
_LONGEST_PHRASE = max((len(phrase) for phrase, _ in _PHRASES), default=0)
_PHRASES_FROM = {
    word: sorted([*own, *_WILD_PHRASES], key=lambda pr: -len(pr[0])) for word, own in _PHRASES_BY_FIRST.items()
}
if "not" in _PHRASES_FROM:  # a phrase that starts with "not" starts at "n't" too
    _PHRASES_FROM.update(dict.fromkeys(NEGATION_CLITICS, _PHRASES_FROM["not"]))
# The words that may come second in a phrase starting with a word (None: any word may)
_SECOND_WORDS = {
    word: None
    if any(len(phrase) < 2 or phrase[1] == "*" for phrase, _ in phrases)
    else frozenset(phrase[1] for phrase, _ in phrases)
    for word, phrases in _PHRASES_FROM.items()
}


def _phrase_word(word: str) -> str:
    """A lower-cased word as the anonymity phrases spell it: "not" for "n't" ("didn't want to be named")."""
    return "not" if word in NEGATION_CLITICS else word


def _matches(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``words`` start with ``phrase`` ("*" matches any word)."""
    if len(phrase) > len(words):
        return False
    # not all(...): a loop is faster, as most phrases fail at the first word
    for word, found in zip(phrase, words, strict=False):  # noqa: SIM110
        if word != "*" and word != found:
            return False
    return True


def _mention_key(doc: Document, head: Token) -> str:
    tokens = _drop_determiners(mention_tokens(doc, head))
    return " ".join(t.lower for t in tokens)


def _key_of(mention: Mention) -> str:
    words = mention.text.lower().split()
    while words and words[0] in ("the", "a", "an", "some", "many", "other"):
        words = words[1:]
    return " ".join(words)


def _span(doc: Document, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


_POSSESSIVE = regex.compile(r"(?:'s|’s|'|’)$")
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
_POSSESSIVE_WORDS = regex.compile(r"\s*(?:'s|’s)\b|(?<=s)['’](?=\s)")  # "Trump's", "Sanders' campaign"
_ARTICLE = regex.compile(r"^(?i:the)\s+")
_ARABIC_ARTICLE = regex.compile(r"^[ae]l-(?=\w)")
_NOT_SLUG = regex.compile(r"[^\p{L}\p{N}]+")
_WORDS = regex.compile(r"\w+")


def _strip_possessive(text: str) -> str:
    text = text.strip()
    return _POSSESSIVE.sub("", text) if text.endswith(_POSSESSIVE_ENDINGS) else text


def _strip_possessive_words(text: str) -> str:
    return _POSSESSIVE_WORDS.sub("", text)


def _strip_possessive_end(doc: Document, token: Token) -> int:
    """The end of ``token`` without a possessive ending (the token itself, when it is the ending)."""
    if token.text in ("'s", "’s", "'", "’"):
        previous = doc.tokens[token.i - 1]
        return previous.end
    return token.start + len(_strip_possessive(token.text))


def _strip_article(text: str) -> str:
    return _ARTICLE.sub("", text)


@lru_cache(maxsize=SURNAME_CACHE_SIZE)  # bounded: a stream brings new names without end
def _surname(name: str) -> str:
    words = _strip_possessive(name).split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in GENERATIONS:
        words.pop()
    if not words:
        return ""
    # "Haider al-Abadi" is "Abadi" on second mention, "Bashar al-Assad" "Assad"
    return _ARABIC_ARTICLE.sub("", words[-1].lower().rstrip(","))


@lru_cache(maxsize=SURNAME_CACHE_SIZE)  # bounded, as _surname's
def _generation(name: str) -> str:
    """The generational suffix that ends ``name`` ("jr" of "Donald Trump Jr."), else ""."""
    words = _strip_possessive(name).split()
    last = words[-1].lower().rstrip(".,") if words else ""
    return last if last in GENERATIONS else ""


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("-", name.lower()).strip("-") or "source"
