"""Tests of where quote spans start and end: mixed typing, coordinated content, edges.

Each case is a sentence written for the test, parsed by the real spaCy pipeline
(the shared ``extractor`` fixture) unless a hand-written parse is needed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import quotex
from quotex import QuoteRecord, extract_document
from quotex.model import Document


def quotes(extractor: quotex.Extractor, text: str) -> list[QuoteRecord]:
    return extract_document(extractor.parser(text, "t"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            'The senator said that he was "not quite there yet."', 'he was "not quite there yet."', id="he-was"
        ),
        pytest.param(
            'Smith said she sees "two different sides to it."', 'she sees "two different sides to it."', id="she-sees"
        ),
    ],
)
def test_rules_bounds_mixed_with_few_own_words(extractor: quotex.Extractor, text: str, content: str) -> None:
    """A reported clause with even one or two words of its own around a quotation is one mixed quote."""
    [record] = quotes(extractor, text)
    assert (record.quote.text, record.type, record.rule) == (content, "mixed", "reported-clause")


@pytest.mark.parametrize(
    ("text", "content", "rule"),
    [
        # a cue verb's object runs on over the verb's modifiers after it, up to a comma or conjunction
        pytest.param(
            "Sanders praised the ruling as a victory for workers.",
            "the ruling as a victory for workers",
            "reported-object",
            id="modifier-as",
        ),
        pytest.param(
            "The governor criticized the report in a statement on Tuesday.",
            "the report in a statement on Tuesday",
            "reported-object",
            id="modifier-in",
        ),
        pytest.param(
            "Sanders praised the ruling as a victory for workers, but he wanted more.",
            "the ruling as a victory for workers",
            "reported-object",
            id="modifier-stops-at-comma",
        ),
        # a relative clause set off by a comma at the end is the writer's aside; one with no comma stays
        pytest.param(
            "The mayor said the new law would help veterans, who have waited years for it.",
            "the new law would help veterans",
            "reported-clause",
            id="aside-who",
        ),
        pytest.param(
            "Critics warned that the deal would hurt farmers in Iowa, who rely on exports.",
            "the deal would hurt farmers in Iowa",
            "reported-clause",
            id="aside-who-after-modifier",
        ),
        pytest.param(
            "The governor criticized the state's new ethics agency, which is already under review by Congress.",
            "the state's new ethics agency",
            "reported-object",
            id="aside-which-object",
        ),
        pytest.param(
            "He said the tax cut would help workers who earn the least.",
            "the tax cut would help workers who earn the least",
            "reported-clause",
            id="restrictive-relative-kept",
        ),
        # content that stops at a colon runs on to the end of its sentence
        pytest.param(
            "She noted that he is the only other candidate to win a state: he also won Iowa last month.",
            "he is the only other candidate to win a state: he also won Iowa last month",
            "reported-clause",
            id="colon-clause",
        ),
        pytest.param(
            "The governor is criticizing the biggest winner of the night: Donald Trump.",
            "the biggest winner of the night: Donald Trump",
            "reported-object",
            id="colon-object",
        ),
        # the one called on to act is part of the infinitive's content, as the one urged is
        pytest.param(
            "The mayor called on the state legislature to delay the vote.",
            "the state legislature to delay the vote",
            "reported-infinitive",
            id="called-on",
        ),
        pytest.param(
            "Activists are calling on Congress to act.", "Congress to act", "reported-infinitive", id="calling-on"
        ),
        # any other reporting verb takes an infinitive that follows it at once (or the one asked)
        pytest.param(
            "The governor warned residents to stay indoors.",
            "residents to stay indoors",
            "reported-infinitive",
            id="infinitive-warn",
        ),
        pytest.param(
            "The doctor advised patients to rest for a week.",
            "patients to rest for a week",
            "reported-infinitive",
            id="infinitive-advise",
        ),
        # a second object the parse coordinates with the cue verb itself is content too
        pytest.param(
            "She cited the new poll last week and a second survey from Iowa.",
            "the new poll last week and a second survey from Iowa",
            "reported-object",
            id="coordinated-and",
        ),
        pytest.param(
            "Officials announced the closures on Friday, and new limits on travel.",
            "the closures on Friday, and new limits on travel",
            "reported-object",
            id="coordinated-comma-and",
        ),
        # a cue verb's object may be a name alone
        pytest.param("The union endorsed Clinton.", "Clinton", "reported-object", id="name-person"),
        pytest.param("The mayor praised Exxon.", "Exxon", "reported-object", id="name-company"),
    ],
)
def test_rules_bounds_content_edges(extractor: quotex.Extractor, text: str, content: str, rule: str) -> None:
    """Where indirect content starts and ends (docs/rules.md, "Where content starts and ends")."""
    [record] = quotes(extractor, text)
    assert (record.quote.text, record.rule) == (content, rule)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("The company said on Monday it would cut 2,000 jobs.", "it would cut 2,000 jobs", id="on-day"),
        pytest.param(
            "The president said Tuesday his actions were consistent with the law.",
            "his actions were consistent with the law",
            id="bare-day",
        ),
        pytest.param(
            "Hillary Clinton promised on Tuesday to refrain from using the phrase.",
            "to refrain from using the phrase",
            id="infinitive",
        ),
        pytest.param("He said Tuesday's debate was a mess.", "Tuesday's debate was a mess", id="owner-kept"),
        pytest.param(
            "He recalled weekly breakfasts with Mrs. Clinton.", "weekly breakfasts with Mrs. Clinton", id="noun-kept"
        ),
    ],
)
def test_rules_bounds_content_without_time_of_cue(extractor: quotex.Extractor, text: str, content: str) -> None:
    """A time phrase between the cue and its content tells when the cue was said, and is no part
    of the content (``said on Monday [it would cut jobs]``); a time that owns or modifies a noun
    of the content stays."""
    [record] = quotes(extractor, text)
    assert record.quote.text == content


@pytest.mark.parametrize(
    ("text", "content", "rule"),
    [
        pytest.param(
            "Trade talks\n\nMOSCOW (Reuters) - Russia will answer any new sanctions, Kremlin spokesman Dmitry "
            "Peskov told reporters on Tuesday.",
            "Russia will answer any new sanctions",
            "reported-clause",
            id="city-agency-hyphen",
        ),
        pytest.param(
            "Budget\n\nWASHINGTON -- A six-year trend of falling deficits will end this year, the budget office "
            "said Monday.",
            "A six-year trend of falling deficits will end this year",
            "reported-clause",
            id="city-two-hyphens",
        ),
        pytest.param(
            "Protests\n\nFERGUSON, Mo. — Protesters will march through the weekend, the organizers said.",
            "Protesters will march through the weekend",
            "reported-clause",
            id="city-state-dash",
        ),
        pytest.param(
            "Markets\n\nLONDON, Oct 3 (Reuters) - Shares in Nordvik fell 14% after the profit warning, traders said.",
            "Shares in Nordvik fell 14% after the profit warning",
            "reported-clause",
            id="city-date-agency",
        ),
        # no dateline: a sentence opened by a body's acronym
        pytest.param(
            "NATO will answer any attack, the alliance's chief told reporters.",
            "NATO will answer any attack",
            "reported-clause",
            id="acronym",
        ),
    ],
)
def test_rules_bounds_content_without_dateline(extractor: quotex.Extractor, text: str, content: str, rule: str) -> None:
    """Content that opens a paragraph starts after its dateline ("WASHINGTON (AP) — "), as in
    PolNeAR's gold."""
    [record] = quotes(extractor, text)
    assert (record.quote.text, record.rule) == (content, rule)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The senator criticized it.", id="one-word-object-no-name"),
        pytest.param("The senator continued to campaign in Iowa.", id="continue-to"),
        pytest.param("She made what many believed to be a serious mistake.", id="wh-word-before-the-verb"),
    ],
)
def test_rules_bounds_no_content(extractor: quotex.Extractor, text: str) -> None:
    """Too little content (a one-word object that is no name), an aspect verb's infinitive, and an
    infinitive after a wh-word are no quotes."""
    assert quotes(extractor, text) == []


def test_rules_bounds_mixed_quote_keeps_following_fragment(extractor: quotex.Extractor) -> None:
    """A mixed quote that replaces the direct quote of its cue keeps the quote-only sentence that follows it."""
    text = 'Yet the senator is also "a real change agent," Cole said. "That is what people want right now."'
    [record] = quotes(extractor, text)
    assert (record.type, record.rule, record.cue and record.cue.text) == ("mixed", "reported-clause", "said")
    assert [f.text for f in record.fragments] == [
        'Yet the senator is also "a real change agent,"',
        "That is what people want right now.",
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param(
            '"We are not winning yet," Clinton said on ABC\'s "This Week." "There is more we have to do."',
            "There is more we have to do.",
            id="title-between",
        ),
        pytest.param(
            '"We are not winning yet," Clinton said.\n\n"There is more we have to do, and we will do it."',
            "There is more we have to do, and we will do it.",
            id="next-paragraph",
        ),
    ],
)
def test_rules_bounds_quote_only_sentence_joins_cued_quote(extractor: quotex.Extractor, text: str, second: str) -> None:
    """``"Q1," S V. "Q2."``: Q2 joins the quote past a title in the cue's sentence, and from the next paragraph."""
    [record] = quotes(extractor, text)
    assert (record.type, record.rule) == ("direct", "quote-split")
    assert [f.text for f in record.fragments] == ["We are not winning yet,", second]


def test_rules_bounds_reported_clause_keeps_following_dependents(extractor: quotex.Extractor) -> None:
    """What the parse hangs off the reporting verb right after its clause is part of the content."""
    [record] = quotes(extractor, "The audit shows most of the hours logged were for campaign travel.")
    assert (record.quote.text, record.rule) == ("most of the hours logged were for campaign travel", "reported-clause")


# S V C, P   (the verb's modifier after a comma is not content)
SAID_COMMA_MODIFIER = """
# text = She said the deal was dead, in a statement.
1   She        she        PRON   PRP  2   nsubj  _
2   said       say        VERB   VBD  0   ROOT   _
3   the        the        DET    DT   4   det    _
4   deal       deal       NOUN   NN   5   nsubj  _
5   was        be         AUX    VBD  2   ccomp  _
6   dead       dead       ADJ    JJ   5   acomp  SpaceAfter=No
7   ,          ,          PUNCT  ,    2   punct  _
8   in         in         ADP    IN   2   prep   _
9   a          a          DET    DT   10  det    _
10  statement  statement  NOUN   NN   8   pobj   SpaceAfter=No
11  .          .          PUNCT  .    2   punct  _
"""


def test_rules_bounds_reported_clause_stops_at_comma(conllu: Callable[[str], Document]) -> None:
    """The verb's dependents after a comma stay out of the content."""
    [record] = extract_document(conllu(SAID_COMMA_MODIFIER))
    assert (record.quote.text, record.rule) == ("the deal was dead", "reported-clause")


def test_rules_bounds_second_that_clause_hung_apart_stays_in_the_first(extractor: quotex.Extractor) -> None:
    """A verb's two that-clauses that the parse hangs apart (the second inside the first's content)
    are one mixed quote; the narrower second clause does not replace it."""
    text = (
        'Greenway Recycling said in a statement that it was "cooperating fully" with investigators and '
        'that safety was its "highest priority."'
    )
    [record] = quotes(extractor, text)
    assert record.type == "mixed"
    assert record.quote.text.startswith('it was "cooperating fully"')
    assert record.quote.text.endswith('its "highest priority."')
