"""Tests of every lexicon entry on a sentence written for it (tests/data/lexicon_sentences/).

Each covered lexicon has a file ``<lexicon>.tsv`` with one line per entry (per
entry and class for content_cues): ``entry``, ``class``, ``sentence``,
``expected``, TAB-separated; ``#`` lines are comments. The sentence is run
through the real pipeline and must yield what ``expected`` says; what that is
depends on the lexicon (each file's header and docs/lexicons.md say it):

* reporting_verbs, content_cues: a quote whose content covers ``expected`` and
  whose cue holds a word with the entry's lemma; for content_cues, found by the
  rule that reads the entry's content kind;
* anonymity_phrases: a quote whose speaker mention is ``expected`` or begins
  with it (a mention may run on over an apposition or a non-restrictive clause),
  anonymous, with the entry as evidence of the entry's class;
* quantifiers: a quote whose speaker mention is ``expected`` and holds the
  entry, of the kind the class gives;
* audiences, channels, outlet_words: a quote whose audience, channel or outlet
  is ``expected`` and holds the entry;
* titles: a quote whose speaker's title is ``expected`` and holds the entry; for
  an honorific, whose speaker is the person named ``expected`` and has no title;
* outlets: a quote whose outlet is ``expected`` and holds the entry;
* source_nouns: a quote whose speaker mention begins with ``expected``, holds
  the entry, and is of the kind the class gives an unnamed mention;
* first_names: a quote whose speaker is "he" or "she" resolved to ``expected``,
  the person named before the nearer one with the entry as first name; and, with
  the entry replaced by a name no list knows, not resolved to ``expected``.

The coverage test makes a new entry without a sentence fail: every entry of a
covered lexicon has a line, or is listed in :data:`UNDEMONSTRATED` with why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

import pytest

import quotex
from quotex import ArticleRecord, QuoteRecord
from quotex.lexicons import load_pairs
from quotex.model import Document, Token
from quotex.parsers import Parser
from quotex.records import Span

DATA = Path(__file__).resolve().parent / "data" / "lexicon_sentences"

# The lexicons whose every entry has a sentence (or is listed in UNDEMONSTRATED).
COVERED: tuple[str, ...] = (
    "reporting_verbs",
    "content_cues",
    "anonymity_phrases",
    "quantifiers",
    "audiences",
    "channels",
    "outlet_words",
    "titles",
    "outlets",
    "source_nouns",
    "first_names",
)

# Entries for which no natural sentence yields what the entry is for, with what
# the pipeline did instead; a lexicon or rule question for the lead, not a test
# to weaken. An entry listed here must have no line in its file.
UNDEMONSTRATED: dict[tuple[str, str, str], str] = {
    ("content_cues", "refer", "as"): (
        '"referred to the rebels as terrorists": the preposition "to" comes first and wins '
        '(refer to), content "the rebels"; the passive "were referred to as terrorists by the general" '
        "yields no quote"
    ),
    ("anonymity_phrases", "with first-hand knowledge", "familiar"): (
        'the tokenizer splits "first-hand" into "first", "-", "hand", so the one-word phrase word never matches: '
        '"An officer with first-hand knowledge of the operation said the hostages were safe" and '
        '"An officer with first-hand knowledge said ..." give the officer only the evidence "description"'
    ),
    ("quantifiers", "%", "share"): (
        'the kind comes out right (unknown), but the speaker mention drops the sign: "In the poll, 52% said the '
        'country was on the wrong track" gives the mention "52", "Just 12% said they trusted Congress" '
        '"Just 12", "Asked about the war, 61% said it had been a mistake" "61"'
    ),
    ("channels", "podcast", "spoken"): (
        'outlet_words.txt lists podcast as an outlet noun, and an outlet is never also a channel: "said on his '
        'podcast" gives the outlet "his podcast", "said in a podcast that" the outlet "a podcast", no channel'
    ),
    ("titles", "amb.", "ambassador"): (
        '"Amb. Nikki Haley said" and "In New York, Amb. Samantha Power said" give the name but no title'
    ),
    ("source_nouns", "e-mail", "document"): (
        'the tokenizer splits "e-mail" into "e", "-", "mail": "The e-mail said the meeting had been cancelled" and '
        '"An e-mail from the principal said ..." give the speaker mention "The e" / "An e", of unknown kind'
    ),
    ("titles", "president-elect", "president"): (
        'the tokenizer splits "President-elect" into "President", "-", "elect": "President-elect Joe Biden said" '
        'and "..., President-elect Joe Biden said" give the mention with the words but no title'
    ),
    ("titles", "reps.", "representative"): (
        'no title for two representatives: "Reps. Elijah Cummings and Jim Jordan said" (mention without "Reps."), '
        '"... told reporters" (mention with it, no title), "Reps. Jim Jordan and Mark Meadows said" (no title); '
        'the same with "Sens." gives the title'
    ),
}

# A first name no lexicon knows, put in place of a first_names entry to check that the entry decides.
UNKNOWN_FIRST_NAME = "Quennick"

# The rules that read each content kind of content_cues.txt (docs/rules.md); a preposition's is PREPOSITION_RULES.
CONTENT_RULES = {
    "object": {"reported-object"},
    "predicate": {"reported-predicate"},
    "to": {"reported-infinitive", "reported-prepositional", "noun-cue-clause"},  # an infinitive or the preposition
    "clause": {"noun-cue-clause"},
}
PREPOSITION_RULES = {"reported-prepositional", "noun-cue-clause", "reported-stance"}  # verb, noun, adjective
# The kinds of source each source noun class gives a mention with no name (docs/sources.md).
UNNAMED = {"unnamed_person", "unnamed_group"}
SOURCE_NOUN_KINDS = {
    "source": UNNAMED,
    "person": UNNAMED,
    "people": UNNAMED,
    "group": {"unnamed_group"},
    "organization": {"organization"},
    "institution": {"organization"},
    "document": {"organization"},
    "share": {"unknown"},
    "count": {"unnamed_group"},
}
# The kind of source each quantifier class gives its mention (docs/lexicons.md).
QUANTIFIER_KINDS = {"group": {"unnamed_group"}, "person": {"unnamed_person"}, "share": {"unknown"}}


class Line(NamedTuple):
    """One line of a sentence file."""

    lexicon: str
    number: int
    entry: str
    kind: str
    sentence: str
    expected: str


def read_lines(lexicon: str) -> list[Line]:
    """The lines of ``<lexicon>.tsv``, comments and blank lines skipped."""
    lines = []
    path = DATA / f"{lexicon}.tsv"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        columns = raw.split("\t")
        assert len(columns) == 4, f"{path.name} line {number}: expected 4 TAB-separated columns, got {columns}"
        entry, kind, sentence, expected = columns
        lines.append(Line(lexicon, number, entry, kind, sentence, expected))
    return lines


LINES: list[Line] = [line for lexicon in COVERED for line in read_lines(lexicon)]
FIRST_NAME_LINES: list[Line] = [line for line in LINES if line.lexicon == "first_names"]


def without_first_name(line: Line) -> str:
    """A first_names passage with the entry replaced by :data:`UNKNOWN_FIRST_NAME`."""
    return re.sub(rf"\b{re.escape(line.entry.capitalize())}\b", UNKNOWN_FIRST_NAME, line.sentence, count=1)


def line_id(line: Line) -> str:
    """``lexicon-entry`` (``lexicon-entry-class`` for content_cues), spaces as underscores."""
    parts = [line.lexicon, line.entry] + ([line.kind] if line.lexicon == "content_cues" else [])
    return "-".join(parts).replace(" ", "_")


class Parsed(NamedTuple):
    """A sentence's parse and what the pipeline made of it."""

    doc: Document
    record: ArticleRecord


class _Recording:
    """A parser that hands out the session parser's documents and keeps them by id."""

    def __init__(self, parser: Parser) -> None:
        self.parser = parser
        self.name = parser.name
        self.docs: dict[str, Document] = {}

    def __call__(self, text: str, doc_id: str = "") -> Document:
        return next(self.pipe([(text, doc_id)]))

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        for doc in self.parser.pipe(items):
            self.docs[doc.id] = doc
            yield doc


@pytest.fixture(scope="session")
def parsed(extractor: quotex.Extractor) -> Mapping[str, Parsed]:
    """Every sentence of every covered file, through one ``Extractor.pipe`` call, by lexicon and line number;
    and every first_names passage without its first name, by ``control`` and line number."""
    recording = _Recording(extractor.parser)
    pipeline = quotex.Extractor(recording)
    items = [(line.sentence, f"{line.lexicon}:{line.number}") for line in LINES]
    items += [(without_first_name(line), f"control:{line.number}") for line in FIRST_NAME_LINES]
    records = list(pipeline.pipe(items))
    return {key: Parsed(recording.docs[key], record) for (_, key), record in zip(items, records, strict=True)}


def tokens_in(doc: Document, span: Span) -> list[Token]:
    """The tokens that overlap ``span``."""
    return [t for t in doc.tokens if t.start < span.end and span.start < t.end]


def holds_entry(doc: Document, span: Span | None, entry: str) -> bool:
    """Whether the words of ``span`` hold ``entry``: its words in order, the last one by text or lemma."""
    if span is None:
        return False
    if re.search(rf"(?<!\w){re.escape(entry)}(?!\w)", " ".join(span.text.lower().split())):
        return True  # as written: "e-mail", which the tokenizer splits
    words = entry.split()
    tokens = tokens_in(doc, span)
    for n in range(len(tokens) - len(words) + 1):
        window = tokens[n : n + len(words)]
        if [t.lower for t in window[:-1]] == words[:-1] and words[-1] in (window[-1].lower, window[-1].lemma.lower()):
            return True
    return False


def phrase_pattern(entry: str) -> re.Pattern[str]:
    """An anonymity phrase as a pattern over text: ``*`` is any one word."""
    words = [r"\S+" if word == "*" else re.escape(word) for word in entry.split()]
    return re.compile(r"\s*".join(words), re.IGNORECASE)


def describe(record: ArticleRecord) -> list[str]:
    """A short account of each quote, for failure messages."""
    found = []
    for q in record.quotes:
        speaker = q.speaker
        who = (
            None
            if speaker is None
            else (speaker.text, speaker.name, speaker.kind, [(e.text, e.reason) for e in speaker.evidence])
        )
        title = None if speaker is None or speaker.title is None else speaker.title.text
        extra = {
            "outlet": q.outlet and q.outlet.text,
            "audience": q.audience and q.audience.text,
            "channel": q.channel and q.channel.text,
            "title": title,
        }
        cue = q.cue.text if q.cue else None
        setting = {k: v for k, v in extra.items() if v}
        found.append(f"{q.rule}: cue={cue!r} content={q.quote.text!r} speaker={who} {setting}")
    return found or ["no quote"]


def covers(quote: QuoteRecord, sentence: str, expected: str) -> bool:
    """Whether the quote's content spans the first occurrence of ``expected`` in the sentence."""
    start = sentence.index(expected)
    return quote.quote.start <= start and start + len(expected) <= quote.quote.end


def yields_content(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """reporting_verbs, content_cues: the cue has the entry's lemma and the content covers ``expected``."""
    cue_lemmas = [t.lemma.lower() for t in tokens_in(doc, q.cue)] if q.cue else []
    rule_ok = line.lexicon == "reporting_verbs" or q.rule in CONTENT_RULES.get(line.kind, PREPOSITION_RULES)
    return line.entry in cue_lemmas and rule_ok and covers(q, line.sentence, line.expected)


def yields_anonymous(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """anonymity_phrases: the speaker mention begins with ``expected``, is anonymous, has the entry as evidence."""
    speaker = q.speaker
    if speaker is None or not speaker.text.startswith(line.expected) or speaker.anonymous is not True:
        return False
    pattern = phrase_pattern(line.entry)
    return any(e.reason == line.kind and pattern.fullmatch(e.text) for e in speaker.evidence)


def yields_quantified(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """quantifiers: the speaker mention is ``expected``, holds the entry, and is of the class's kind."""
    speaker = q.speaker
    if speaker is None or speaker.text != line.expected:
        return False
    if not holds_entry(doc, Span(speaker.start, speaker.end, speaker.text), line.entry):
        return False
    if line.kind in QUANTIFIER_KINDS:
        return speaker.kind in QUANTIFIER_KINDS[line.kind]
    return joins_earlier(record, q)


def yields_source(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """source_nouns: the speaker mention begins with ``expected``, holds the entry, and is of the class's kind."""
    speaker = q.speaker
    if speaker is None or not speaker.text.startswith(line.expected):
        return False
    mention = Span(speaker.start, speaker.end, speaker.text)
    return holds_entry(doc, mention, line.entry) and speaker.kind in SOURCE_NOUN_KINDS[line.kind]


def yields_setting(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """audiences, channels, outlet_words: the audience, channel or outlet is ``expected`` and holds the entry."""
    field = {"audiences": q.audience, "channels": q.channel, "outlet_words": q.outlet}[line.lexicon]
    return field is not None and field.text == line.expected and holds_entry(doc, field, line.entry)


def yields_title(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """titles: the speaker's title is ``expected`` and holds the entry; an honorific gives no title but the name."""
    speaker = q.speaker
    if speaker is None:
        return False
    if line.kind == "honorific":
        return speaker.name == line.expected and speaker.title is None
    title = speaker.title
    return title is not None and title.text == line.expected and holds_words(title.text, line.entry)


def holds_words(text: str, entry: str) -> bool:
    """Whether ``text`` holds ``entry`` as whole words, case aside (abbreviations with their full stop)."""
    words = r"\s+".join(re.escape(word) for word in entry.split())
    return re.search(rf"(?<![\w.-]){words}(?![\w-])", text, re.IGNORECASE) is not None


def yields_outlet(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """outlets: the quote's outlet is ``expected`` and holds the entry's words (the gazetteer matches text)."""
    return q.outlet is not None and q.outlet.text == line.expected and holds_words(q.outlet.text, line.entry)


def yields_pronoun(line: Line, doc: Document, record: ArticleRecord, q: QuoteRecord) -> bool:
    """first_names: the speaker is a pronoun resolved to ``expected``, passing over the entry's person."""
    speaker = q.speaker
    if speaker is None or speaker.text.lower() not in ("he", "she") or speaker.name != line.expected:
        return False
    return re.search(rf"\b{re.escape(line.entry.capitalize())}\b", line.sentence) is not None


def joins_earlier(record: ArticleRecord, quote: QuoteRecord) -> bool:
    """Whether the quote's speaker mention joins a source mentioned before it (an anaphor's antecedent)."""
    assert quote.speaker is not None
    source = next(s for s in record.sources if s.id == quote.speaker.entity)
    return any(m.start < quote.speaker.start for m in source.mentions)


CHECKS: dict[str, Callable[[Line, Document, ArticleRecord, QuoteRecord], bool]] = {
    "reporting_verbs": yields_content,
    "content_cues": yields_content,
    "anonymity_phrases": yields_anonymous,
    "quantifiers": yields_quantified,
    "audiences": yields_setting,
    "channels": yields_setting,
    "outlet_words": yields_setting,
    "titles": yields_title,
    "outlets": yields_outlet,
    "source_nouns": yields_source,
    "first_names": yields_pronoun,
}


@pytest.mark.parametrize("line", LINES, ids=[line_id(line) for line in LINES])
def test_lexicon_sentences_entry_yields_expected(line: Line, parsed: Mapping[str, Parsed]) -> None:
    """The sentence written for a lexicon entry yields, through the real pipeline, what its line expects."""
    assert line.expected in line.sentence, "expected must be a part of the sentence"
    doc, record = parsed[f"{line.lexicon}:{line.number}"]
    check = CHECKS[line.lexicon]
    assert any(check(line, doc, record, q) for q in record.quotes), (
        f"{line.sentence!r} expected {line.expected!r}; found {describe(record)}"
    )


@pytest.mark.parametrize("line", FIRST_NAME_LINES, ids=[line_id(line) for line in FIRST_NAME_LINES])
def test_lexicon_sentences_first_name_decides_the_pronoun(line: Line, parsed: Mapping[str, Parsed]) -> None:
    """With the entry replaced by a name no list knows, the pronoun no longer passes over to ``expected``."""
    text = without_first_name(line)
    assert text != line.sentence
    _, record = parsed[f"control:{line.number}"]
    names = [q.speaker.name for q in record.quotes if q.speaker is not None and q.speaker.text.lower() in ("he", "she")]
    assert line.expected not in names, f"{text!r}: the pronoun still resolves to {line.expected!r}"


def lexicon_pairs(lexicon: str) -> set[tuple[str, str]]:
    """Every ``(entry, class)`` of a lexicon."""
    return {(entry, kind) for entry, kinds in load_pairs(lexicon).items() for kind in kinds}


@pytest.mark.parametrize("lexicon", COVERED)
def test_lexicon_sentences_cover_every_entry(lexicon: str) -> None:
    """Every entry of a covered lexicon has a sentence or a stated reason why not, and every line names an entry."""
    pairs = lexicon_pairs(lexicon)
    lines = {(line.entry, line.kind) for line in read_lines(lexicon)}
    gaps = {(entry, kind) for name, entry, kind in UNDEMONSTRATED if name == lexicon}
    assert lines - pairs == set(), "lines naming no entry of the lexicon (with that class)"
    assert gaps - pairs == set(), "UNDEMONSTRATED names no entry of the lexicon"
    assert lines & gaps == set(), "an entry with a sentence is still listed in UNDEMONSTRATED"
    assert sorted(pairs - lines - gaps) == [], f"entries of {lexicon}.txt without a sentence in {lexicon}.tsv"
