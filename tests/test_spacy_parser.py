"""How the spaCy adapter batches paragraphs: bounded in count and characters, without changing any parse."""

from __future__ import annotations

import copy

import pytest

import quotex
from quotex.parsers import spacy_parser
from quotex.parsers.spacy_parser import _batches
from quotex.text import paragraph_spans, parse_spans

TEXTS = [
    '"We will not back down," the mayor said on Tuesday.\n\nCritics disagreed.',
    "The minister told reporters that the plan was sound. Nobody asked why.\n\nShe left.",
    "A very long paragraph. " * 40 + '\n\n"It ain\'t over," he said.',
]


@pytest.mark.parametrize(("size", "chars"), [(1, 1000), (3, 1000), (256, 10), (256, 25), (2, 25), (256, 10_000)])
def test_batches_bounded_and_in_order(size: int, chars: int) -> None:
    items = [("x" * length, n) for n, length in enumerate([5, 30, 10, 10, 4, 1, 12, 0, 8])]
    batches = list(_batches(items, size, chars))
    assert [item for batch in batches for item in batch] == items
    for batch in batches:
        assert 0 < len(batch) <= size
        assert len(batch) == 1 or sum(len(text) for text, _ in batch) <= chars  # a longer text goes alone


def test_batches_empty() -> None:
    assert list(_batches([], 4, 100)) == []


def test_spacy_batching_does_not_change_documents(extractor: quotex.Extractor) -> None:
    """One paragraph a batch, or a few characters a batch, gives the documents the default batching gives."""
    items = [(text, f"t{n}") for n, text in enumerate(TEXTS)]
    expected = list(extractor.parser.pipe(items))
    for size, chars in [(1, 1_000_000), (256, 40), (2, 200)]:
        parser = copy.copy(extractor.parser)
        parser.batch_size, parser.batch_chars = size, chars  # type: ignore[attr-defined]
        assert list(parser.pipe(items)) == expected


def test_spacy_words_met_in_two_zones_are_kept(extractor: quotex.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word met in two memory zones keeps its lexeme after them; a word met once is freed; parses are unchanged."""
    parser = copy.copy(extractor.parser)
    parser._seen, parser._kept = {}, 0  # type: ignore[attr-defined]
    strings = parser.nlp.vocab.strings  # type: ignore[attr-defined]
    first = list(parser.pipe([("Quibbleforth said the Vramptonian vote was close.", "a")]))
    assert "Quibbleforth" not in strings
    second = list(parser.pipe([("Quibbleforth said it again.", "b")]))
    assert "Quibbleforth" in strings  # met in a second zone: kept
    assert "Vramptonian" not in strings  # met once: freed with its zone
    monkeypatch.setattr(spacy_parser, "KEEP_WORDS", 0)
    fresh = copy.copy(extractor.parser)
    fresh._seen, fresh._kept = {}, 0  # type: ignore[attr-defined]
    texts = [("Quibbleforth said the Vramptonian vote was close.", "a"), ("Quibbleforth said it again.", "b")]
    assert [*first, *second] == [doc for item in texts for doc in fresh.pipe([item])]


def test_spacy_kept_words_bounded(extractor: quotex.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spacy_parser, "KEEP_WORDS", 1)
    parser = copy.copy(extractor.parser)
    parser._seen, parser._kept = {}, 0  # type: ignore[attr-defined]
    for _ in range(3):
        list(parser.pipe([("Zintrappel Vobblequist", "c")]))  # two words only: either may be the one kept
    strings = parser.nlp.vocab.strings  # type: ignore[attr-defined]
    assert parser._kept == 1  # type: ignore[attr-defined]
    assert ("Zintrappel" in strings) != ("Vobblequist" in strings)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("Ryan said,“Look, it is over.”", ["said", ",", "“", "Look"], id="comma-before-opening"),
        pytest.param("He said:“No.”Then he left.", [":", "“", "No", ".", "”", "Then"], id="glued-both-sides"),
        pytest.param("the “Make America”slogan", ["“", "Make", "America", "”", "slogan"], id="closing-glued"),
        pytest.param("They don’t know.", ["do", "n’t"], id="apostrophe-untouched"),
    ],
)
def test_spacy_curly_double_quotes_are_tokens(extractor: quotex.Extractor, text: str, words: list[str]) -> None:
    """A curly double quotation mark is a token of its own, and so is a mark glued before it, where
    spaCy's own rules left "said,“Look" one token; a curly apostrophe stays inside its word."""
    tokens = [t.text for t in extractor.parser(text, "t").tokens]
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_spacy_quote_after_a_glued_comma_is_found(extractor: quotex.Extractor) -> None:
    """'Ryan said,“Look ...”': the verb before the glued mark is the quote's cue."""
    [quote] = extractor.article("Ryan said,“Look, anti-Semitic images have no place in a campaign.”", "t").quotes
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Ryan"


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        pytest.param(
            "NAIROBI (Reuters) - A police officer said 45 people had died.", "NAIROBI (Reuters) -", id="agency"
        ),
        pytest.param(
            "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters back Sanders.",
            "CAMBRIDGE, Mass., Dec. 11 (UPI) —",
            id="date",
        ),
        pytest.param("LONDON, 3 October (Reuters) - Shares fell.", "LONDON, 3 October (Reuters) -", id="day-first"),
        pytest.param("WASHINGTON—Trump said he would win.", "WASHINGTON—", id="unspaced-dash"),
        pytest.param("AFL-CIO leaders said the deal was bad.", None, id="hyphenated-acronym"),
        pytest.param("NATO will answer any attack, its chief said.", None, id="acronym"),
        pytest.param("WASHINGTON (AP) —", None, id="dateline-alone"),
    ],
)
def test_spacy_dateline_parsed_apart(paragraph: str, dateline: str | None) -> None:
    """A dateline that opens a paragraph is read apart from the sentence after it; a paragraph
    that opens with none, or is one, is read whole."""
    text = f"Headline\n\n{paragraph}"
    [heading, *rest] = parse_spans(text, paragraph_spans(text))
    assert heading == (0, len("Headline"))
    expected = [paragraph] if dateline is None else [dateline, paragraph[len(dateline) :].strip()]
    assert [text[start:end] for start, end in rest] == expected


def test_spacy_dateline_is_a_sentence_of_its_own(extractor: quotex.Extractor) -> None:
    """The parser sees the dateline and the sentence after it apart, so the sentence's subject is
    its own: "A police officer at the scene", not the city or the agency."""
    text = "Floods\n\nNAIROBI (Reuters) - A police officer at the scene said 45 people had died."
    doc = extractor.parser(text, "t")
    assert [doc.text[s.start : s.end] for s in doc.sentences][1:] == [
        "NAIROBI (Reuters) -",
        "A police officer at the scene said 45 people had died.",
    ]
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param('"The road is closed," said police Sgt. Karen Molloy.', ["Sgt.", "Karen"], id="sgt"),
        pytest.param("Navy Capt. Jeff Davis said the base was secure.", ["Capt.", "Jeff"], id="capt"),
        pytest.param("Det. Sgt. Ann Kerr said the suspect had fled.", ["Det.", "Sgt.", "Ann"], id="stacked"),
        pytest.param("Sens. Joe Manchin and Bob Casey said the bill was flawed.", ["Sens", ".", "Joe"], id="plural"),
    ],
)
def test_spacy_title_abbreviation_keeps_its_full_stop(extractor: quotex.Extractor, text: str, words: list[str]) -> None:
    """A title's abbreviation keeps its full stop in its token (spaCy splits "Sgt.", "Capt.",
    "Det."), save a plural title, whose split the parse of a list of names after it needs."""
    tokens = [t.text for t in extractor.parser(text, "t").tokens]
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_spacy_no_sentence_ends_at_a_title(extractor: quotex.Extractor) -> None:
    """The parser ended the sentence at "Capt." even as one token; a name after a title's
    abbreviation is in the title's sentence."""
    text = '"We are at war," said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about it.'
    assert len(extractor.parser(text, "t").sentences) == 1
