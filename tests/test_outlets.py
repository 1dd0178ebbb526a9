"""Tests of quotex/outlets.py: the outlet, audience and channel of a quote, and when a later quote
inherits an outlet; on hand-written CoNLL-U parses and through the real spaCy pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import quotex
from quotex import ArticleRecord
from quotex.model import Document
from quotex.outlets import Event, Setting, find_setting, inherit_outlets, outlet_at
from quotex.records import Span

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TOLD_SPUTNIK = """
# text = He told Sputnik Arabic details of the operation.
1 He he PRON PRP 2 nsubj _
2 told tell VERB VBD 0 ROOT _
3 Sputnik Sputnik PROPN NNP 5 nmod NER=B-PERSON
4 Arabic arabic ADJ JJ 5 amod NER=I-PERSON
5 details detail NOUN NNS 2 dobj _
6 of of ADP IN 5 prep _
7 the the DET DT 8 det _
8 operation operation NOUN NN 6 pobj SpaceAfter=No
9 . . PUNCT . 2 punct _
"""

IN_A_STATEMENT = """
# text = She said in a statement to the AP that the plan failed.
1 She she PRON PRP 2 nsubj _
2 said say VERB VBD 0 ROOT _
3 in in ADP IN 2 prep _
4 a a DET DT 5 det _
5 statement statement NOUN NN 3 pobj _
6 to to ADP IN 5 prep _
7 the the DET DT 8 det _
8 AP AP PROPN NNP 6 pobj NER=B-ORG
9 that that SCONJ IN 12 mark _
10 the the DET DT 11 det _
11 plan plan NOUN NN 12 nsubj _
12 failed fail VERB VBD 2 ccomp SpaceAfter=No
13 . . PUNCT . 2 punct _
"""

TOLD_REPORTERS = """
# text = He told reporters at a news conference that the plan failed.
1 He he PRON PRP 2 nsubj _
2 told tell VERB VBD 0 ROOT _
3 reporters reporter NOUN NNS 2 dobj _
4 at at ADP IN 2 prep _
5 a a DET DT 7 det _
6 news news NOUN NN 7 compound _
7 conference conference NOUN NN 4 pobj _
8 that that SCONJ IN 11 mark _
9 the the DET DT 10 det _
10 plan plan NOUN NN 11 nsubj _
11 failed fail VERB VBD 2 ccomp SpaceAfter=No
12 . . PUNCT . 2 punct _
"""


def texts(setting: Setting) -> tuple[str | None, ...]:
    """The texts of a setting's outlet, audience and channel."""
    return tuple(None if s is None else s.text for s in (setting.outlet, setting.audience, setting.channel))


def test_outlets_gazetteer_finds_outlet_the_tagger_calls_a_person(conllu: Callable[[str], Document]) -> None:
    """ "Sputnik Arabic", tagged PERSON, is an outlet: the gazetteer name runs on over its entity."""
    doc = conllu(TOLD_SPUTNIK)
    assert doc.tokens[2].ent == "PERSON"
    found = outlet_at(doc, 2)
    assert found is not None and (found.start, found.end, found.text) == (8, 22, "Sputnik Arabic")
    assert texts(find_setting(doc, doc.tokens[1])) == ("Sputnik Arabic", None, None)


def test_outlets_channel_and_its_outlet(conllu: Callable[[str], Document]) -> None:
    """ "said in a statement to the AP": the channel is the statement, the outlet the AP."""
    doc = conllu(IN_A_STATEMENT)
    assert texts(find_setting(doc, doc.tokens[1])) == ("AP", None, "a statement")


def test_outlets_audience_and_channel(conllu: Callable[[str], Document]) -> None:
    """ "told reporters at a news conference": an audience and a channel, no outlet."""
    doc = conllu(TOLD_REPORTERS)
    assert texts(find_setting(doc, doc.tokens[1])) == (None, "reporters", "a news conference")


def test_outlets_content_is_skipped(conllu: Callable[[str], Document]) -> None:
    """Words of the quote's content are never the outlet, audience or channel of its cue."""
    doc = conllu(IN_A_STATEMENT)
    assert texts(find_setting(doc, doc.tokens[1], skip=range(2, 8))) == (None, None, None)


def test_outlets_no_outlet_in_lower_case(conllu: Callable[[str], Document]) -> None:
    """A gazetteer name matches a capitalized phrase only ("the post" is no newspaper)."""
    doc = conllu(TOLD_REPORTERS)
    assert outlet_at(doc, 2) is None


@pytest.mark.parametrize(
    ("text", "outlet", "audience", "channel"),
    [
        pytest.param('"We will win," Trump told reporters.', None, "reporters", None, id="told-reporters"),
        pytest.param('"We are here," Cruz told the crowd at a rally.', None, "the crowd", "a rally", id="crowd"),
        pytest.param(
            "Clinton said in a statement that the vote was rigged.", None, None, "a statement", id="statement"
        ),
        pytest.param("Bernie Sanders wrote on Twitter that the vote was rigged.", None, None, "Twitter", id="twitter"),
        pytest.param(
            "Cruz said at a news conference that the vote was rigged.",
            None,
            None,
            "a news conference",
            id="news-conference",
        ),
        pytest.param("Trump tweeted that the vote was rigged.", None, None, "tweeted", id="tweeted"),
        pytest.param('"It is over," Cruz said in an interview with CNN.', "CNN", None, "an interview", id="cnn"),
        pytest.param(
            "Speaking to the Associated Press, Cruz said the vote was rigged.",
            "Associated Press",
            None,
            None,
            id="speaking-to",
        ),
        pytest.param('"We won," he told Sputnik Arabic.', "Sputnik Arabic", None, None, id="sputnik"),
        pytest.param('"We won," Rubio said on Fox News Sunday.', "Fox News Sunday", None, None, id="program"),
        pytest.param(
            "The senator told The Des Moines Register that he would run again.",
            "Des Moines Register",
            None,
            None,
            id="name-word",
        ),
        pytest.param(
            '"We are ready," the minister told the Kommersant newspaper.', "Kommersant", None, None, id="newspaper"
        ),
        pytest.param('"We are ready," the minister told the newspaper.', "the newspaper", None, None, id="outlet-noun"),
        pytest.param(
            "Putin told the Russian news agency TASS that the talks had failed badly.",
            "TASS",
            None,
            None,
            id="agency-name",
        ),
        pytest.param(
            "Gharibabadi was quoted by Tasnim as saying Tehran would not give up enrichment.",
            "Tasnim",
            None,
            None,
            id="quoted-by",
        ),
        pytest.param(
            "Ryabkov was quoted by the RIA news agency as saying that Moscow would respond.",
            "RIA",
            None,
            None,
            id="quoted-by-agency",
        ),
        pytest.param(
            "Scholz, in an interview with Der Spiegel, said Germany would not send the missiles.",
            "Der Spiegel",
            None,
            "an interview",
            id="aside-on-the-speaker",
        ),
        pytest.param(
            "The minister, speaking to the BBC, said the talks had failed badly.",
            "BBC",
            None,
            None,
            id="participle-on-the-speaker",
        ),
        pytest.param(
            "Clinton, speaking to reporters on her plane, said the findings were clear.",
            None,
            "reporters",
            None,
            id="audience-on-the-speaker",
        ),
        pytest.param(
            "His appointment of James Zogby, the president of the institute, to the drafting committee suggests "
            "that he wants a more evenhanded approach.",
            None,
            None,
            None,
            id="no-aside",
        ),
        pytest.param("The minister said the talks had failed badly.", None, None, None, id="none"),
    ],
)
def test_outlets_on_short_sentences(
    extractor: quotex.Extractor, text: str, outlet: str | None, audience: str | None, channel: str | None
) -> None:
    """Outlet, audience and channel of the one quote of a sentence, with offsets into it."""
    [quote] = extractor(text, "t")
    found = (quote.outlet, quote.audience, quote.channel)
    assert tuple(None if s is None else s.text for s in found) == (outlet, audience, channel)
    for span in found:
        if span is not None:
            assert text[span.start : span.end] == span.text


# --- inheritance -----------------------------------------------------------------------------

CNN = Span(0, 3, "CNN")


def event(position: int, source: str, *, outlet: bool = False, quote: bool = True, continues: bool = False) -> Event:
    return Event(position, source, Setting(outlet=CNN if outlet else None), 0, quote, continues)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        pytest.param([event(0, "a", outlet=True), event(5, "a", continues=True)], [CNN, CNN], id="he-added"),
        pytest.param([event(0, "a", outlet=True), event(5, "a")], [CNN, None], id="he-said-again"),
        pytest.param([event(0, "a", outlet=True, quote=False), event(5, "a")], [CNN, CNN], id="after-sourcing"),
        pytest.param(
            [event(0, "a", outlet=True), event(3, "b"), event(5, "a", continues=True)],
            [CNN, None, None],
            id="another-source-between",
        ),
        pytest.param(
            [event(0, "a", outlet=True), event(5, "a", continues=True), event(9, "a", continues=True)],
            [CNN, CNN, CNN],
            id="chain",
        ),
    ],
)
def test_outlets_inherit_only_where_the_text_carries_on(events: list[Event], expected: list[Span | None]) -> None:
    """A quote inherits the outlet only from the event just before it, of its source, when it carries on."""
    assert inherit_outlets(events) == expected


def test_outlets_inheritance_stops_after_paragraphs() -> None:
    """An outlet carries over at most two paragraphs."""
    first = Event(0, "a", Setting(outlet=CNN), 0, True, False)
    far = Event(9, "a", Setting(), 3, True, True)
    assert inherit_outlets([first, far]) == [CNN, None]


def test_outlets_own_setting_blocks_inheritance() -> None:
    """A quote with its own audience or channel does not take an outlet from before."""
    first = Event(0, "a", Setting(outlet=CNN), 0, True, False)
    own = Event(5, "a", Setting(channel=Span(5, 9, "a statement")), 0, True, True)
    assert inherit_outlets([first, own]) == [CNN, None]


@pytest.fixture(scope="module")
def hameema(extractor: quotex.Extractor) -> ArticleRecord:
    """The reference article run through the real pipeline once."""
    return extractor.article((FIXTURES / "hameema.txt").read_text(encoding="utf-8"), "hameema")


def test_outlets_hameema_quotes(hameema: ArticleRecord) -> None:
    """The major's quotes name or inherit Sputnik Arabic; Rudskoy's name none, one a round table discussion."""
    rows = [
        (q.speaker.entity if q.speaker else None, q.outlet and q.outlet.text, q.channel and q.channel.text)
        for q in hameema.quotes
    ]
    assert rows == [
        ("unnamed-1", "Sputnik Arabic", None),  # after "told Sputnik Arabic details of the operation"
        ("unnamed-1", "Sputnik Arabic", None),  # "he told Sputnik Arabic"
        ("unnamed-1", "Sputnik Arabic", None),  # "he added"
        ("unnamed-1", "Sputnik Arabic", None),  # "The Syrian major further said"
        ("sergei-rudskoy", None, None),
        ("sergei-rudskoy", None, "a round table discussion"),
        ("sergei-rudskoy", None, None),
    ]


def test_outlets_hameema_explicit_outlet_offsets(hameema: ArticleRecord) -> None:
    """The "he told Sputnik Arabic" quote's outlet is its own words; the first quote's, the introduction's."""
    text = (FIXTURES / "hameema.txt").read_text(encoding="utf-8")
    first, second = hameema.quotes[0].outlet, hameema.quotes[1].outlet
    assert first is not None and second is not None
    assert text[: first.start].endswith("government army told ")
    assert (second.start, second.end) == (703, 717)
