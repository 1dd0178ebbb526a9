"""Tests of quotex/speakers.py: sources as entities, their kind, anonymity and evidence, title,
description and affiliation; on hand-written CoNLL-U parses and through the real spaCy pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import quotex
from quotex import ArticleRecord, QuoteRecord, Speaker
from quotex.model import Document
from quotex.speakers import KINDS, SourceIndex, resolve_sources

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _last_speaker(extractor: quotex.Extractor, text: str) -> Speaker:
    """The speaker of the last quote the real pipeline finds in ``text``, which must have one."""
    speaker = extractor.article(text, "t").quotes[-1].speaker
    assert speaker is not None
    return speaker


# --- hand-written parses (no model) ------------------------------------------------------

PENTAGON_SPOKESMAN = """
# text = A Pentagon spokesman said the strike was legal.
1 A a DET DT 3 det _
2 Pentagon Pentagon PROPN NNP 3 compound NER=B-ORG
3 spokesman spokesman NOUN NN 4 nsubj _
4 said say VERB VBD 0 ROOT _
5 the the DET DT 6 det _
6 strike strike NOUN NN 7 nsubj _
7 was be AUX VBD 4 ccomp _
8 legal legal ADJ JJ 7 acomp SpaceAfter=No
9 . . PUNCT . 4 punct _
"""

THE_PENTAGON = """
# text = The Pentagon said the strike was legal.
1 The the DET DT 2 det NER=B-ORG
2 Pentagon Pentagon PROPN NNP 3 nsubj NER=I-ORG
3 said say VERB VBD 0 ROOT _
4 the the DET DT 5 det _
5 strike strike NOUN NN 6 nsubj _
6 was be AUX VBD 3 ccomp _
7 legal legal ADJ JJ 6 acomp SpaceAfter=No
8 . . PUNCT . 3 punct _
"""

SURNAME = """
# text = Sen. Ted Cruz said the bill would fail.
1 Sen. Sen. PROPN NNP 3 compound _
2 Ted Ted PROPN NNP 3 compound NER=B-PERSON
3 Cruz Cruz PROPN NNP 4 nsubj NER=I-PERSON
4 said say VERB VBD 0 ROOT _
5 the the DET DT 6 det _
6 bill bill NOUN NN 8 nsubj _
7 would would AUX MD 8 aux _
8 fail fail VERB VB 4 ccomp SpaceAfter=No
9 . . PUNCT . 4 punct _

# text = Cruz added that he would vote no.
1 Cruz Cruz PROPN NNP 2 nsubj NER=B-PERSON
2 added add VERB VBD 0 ROOT _
3 that that SCONJ IN 6 mark _
4 he he PRON PRP 6 nsubj _
5 would would AUX MD 6 aux _
6 vote vote VERB VB 2 ccomp _
7 no no ADV RB 6 advmod SpaceAfter=No
8 . . PUNCT . 2 punct _
"""

# "Anna Brock" tagged a body: its first name still gives the surname alone its person, not "Paul Brock"
SURNAME_OF_MISREAD_PERSON = """
# text = Anna Brock said the merger would work.
1 Anna Anna PROPN NNP 2 compound NER=B-ORG
2 Brock Brock PROPN NNP 3 nsubj NER=I-ORG
3 said say VERB VBD 0 ROOT _
4 the the DET DT 5 det _
5 merger merger NOUN NN 7 nsubj _
6 would would AUX MD 7 aux _
7 work work VERB VB 3 ccomp SpaceAfter=No
8 . . PUNCT . 3 punct _

# text = Brock said the board agreed.
1 Brock Brock PROPN NNP 2 nsubj NER=B-PERSON
2 said say VERB VBD 0 ROOT _
3 the the DET DT 4 det _
4 board board NOUN NN 5 nsubj _
5 agreed agree VERB VBD 2 ccomp SpaceAfter=No
6 . . PUNCT . 2 punct _

# text = Paul Brock said nothing.
1 Paul Paul PROPN NNP 2 compound NER=B-PERSON
2 Brock Brock PROPN NNP 3 nsubj NER=I-PERSON
3 said say VERB VBD 0 ROOT _
4 nothing nothing PRON NN 3 dobj SpaceAfter=No
5 . . PUNCT . 3 punct _
"""

# a relative named after the first of a surname is not who the surname alone stands for
SURNAME_NOT_RELATIVE = """
# text = Maria Lund said the plan would work.
1 Maria Maria PROPN NNP 2 compound NER=B-PERSON
2 Lund Lund PROPN NNP 3 nsubj NER=I-PERSON
3 said say VERB VBD 0 ROOT _
4 the the DET DT 5 det _
5 plan plan NOUN NN 7 nsubj _
6 would would AUX MD 7 aux _
7 work work VERB VB 3 ccomp SpaceAfter=No
8 . . PUNCT . 3 punct _

# text = Her husband, Tom Lund, spoke first.
1 Her her PRON PRP$ 2 poss _
2 husband husband NOUN NN 7 nsubj SpaceAfter=No
3 , , PUNCT , 2 punct _
4 Tom Tom PROPN NNP 5 compound NER=B-PERSON
5 Lund Lund PROPN NNP 2 appos NER=I-PERSON|SpaceAfter=No
6 , , PUNCT , 2 punct _
7 spoke speak VERB VBD 0 ROOT _
8 first first ADV RB 7 advmod SpaceAfter=No
9 . . PUNCT . 7 punct _

# text = Lund said the vote was close.
1 Lund Lund PROPN NNP 2 nsubj NER=B-PERSON
2 said say VERB VBD 0 ROOT _
3 the the DET DT 4 det _
4 vote vote NOUN NN 5 nsubj _
5 was be AUX VBD 2 ccomp _
6 close close ADJ JJ 5 acomp SpaceAfter=No
7 . . PUNCT . 2 punct _
"""

# a word run into a name at the start of a sentence ("Citing Clinton" tagged PERSON) gives no first name
SURNAME_AFTER_RUN_IN_WORD = """
# text = Hillary Clinton said the emails were private.
1 Hillary Hillary PROPN NNP 2 compound NER=B-PERSON
2 Clinton Clinton PROPN NNP 3 nsubj NER=I-PERSON
3 said say VERB VBD 0 ROOT _
4 the the DET DT 5 det _
5 emails email NOUN NNS 6 nsubj _
6 were be AUX VBD 3 ccomp _
7 private private ADJ JJ 6 acomp SpaceAfter=No
8 . . PUNCT . 3 punct _

# text = Citing Clinton, aides stayed calm.
1 Citing cite VERB VBG 5 advcl NER=B-PERSON
2 Clinton Clinton PROPN NNP 1 dobj NER=I-PERSON|SpaceAfter=No
3 , , PUNCT , 5 punct _
4 aides aide NOUN NNS 5 nsubj _
5 stayed stay VERB VBD 0 ROOT _
6 calm calm ADJ JJ 5 acomp SpaceAfter=No
7 . . PUNCT . 5 punct _

# text = Clinton said the review was fair.
1 Clinton Clinton PROPN NNP 2 nsubj NER=B-PERSON
2 said say VERB VBD 0 ROOT _
3 the the DET DT 4 det _
4 review review NOUN NN 5 nsubj _
5 was be AUX VBD 2 ccomp _
6 fair fair ADJ JJ 5 acomp SpaceAfter=No
7 . . PUNCT . 2 punct _
"""

DEFINITE_SOURCE = """
# text = A source said the talks had failed.
1 A a DET DT 2 det _
2 source source NOUN NN 3 nsubj _
3 said say VERB VBD 0 ROOT _
4 the the DET DT 5 det _
5 talks talk NOUN NNS 7 nsubj _
6 had have AUX VBD 7 aux _
7 failed fail VERB VBN 3 ccomp SpaceAfter=No
8 . . PUNCT . 3 punct _

# text = The source added that no deal was near.
1 The the DET DT 2 det _
2 source source NOUN NN 3 nsubj _
3 added add VERB VBD 0 ROOT _
4 that that SCONJ IN 7 mark _
5 no no DET DT 6 det _
6 deal deal NOUN NN 7 nsubj _
7 was be AUX VBD 3 ccomp _
8 near near ADJ JJ 7 acomp SpaceAfter=No
9 . . PUNCT . 3 punct _
"""

NAMED_LATER = """
# text = A spokesman said the talks had failed.
1 A a DET DT 2 det _
2 spokesman spokesman NOUN NN 3 nsubj _
3 said say VERB VBD 0 ROOT _
4 the the DET DT 5 det _
5 talks talk NOUN NNS 7 nsubj _
6 had have AUX VBD 7 aux _
7 failed fail VERB VBN 3 ccomp SpaceAfter=No
8 . . PUNCT . 3 punct _

# text = The spokesman, John Smith, said no deal was near.
1 The the DET DT 2 det _
2 spokesman spokesman NOUN NN 7 nsubj SpaceAfter=No
3 , , PUNCT , 2 punct _
4 John John PROPN NNP 5 compound NER=B-PERSON
5 Smith Smith PROPN NNP 2 appos NER=I-PERSON|SpaceAfter=No
6 , , PUNCT , 2 punct _
7 said say VERB VBD 0 ROOT _
8 no no DET DT 9 det _
9 deal deal NOUN NN 10 nsubj _
10 was be AUX VBD 7 ccomp _
11 near near ADJ JJ 10 acomp SpaceAfter=No
12 . . PUNCT . 7 punct _
"""

ANONYMITY = """
# text = An official who asked not to be named said the talks failed.
1 An a DET DT 2 det _
2 official official NOUN NN 9 nsubj _
3 who who PRON WP 4 nsubj _
4 asked ask VERB VBD 2 relcl _
5 not not PART RB 8 neg _
6 to to PART TO 8 aux _
7 be be AUX VB 8 auxpass _
8 named name VERB VBN 4 xcomp _
9 said say VERB VBD 0 ROOT _
10 the the DET DT 11 det _
11 talks talk NOUN NNS 12 nsubj _
12 failed fail VERB VBD 9 ccomp SpaceAfter=No
13 . . PUNCT . 9 punct _
"""


def sources_of(doc: Document) -> SourceIndex:
    """The sources of a parse whose speakers are the subjects of its reporting verbs."""
    return resolve_sources(doc, [])


def test_sources_unnamed_spokesman_of_named_body_has_affiliation(conllu: Callable[[str], Document]) -> None:
    """ "A Pentagon spokesman" is one unnamed person, affiliated with the Pentagon, anonymous by its description."""
    [source] = sources_of(conllu(PENTAGON_SPOKESMAN)).sources
    assert (source.kind, source.name, source.anonymous) == ("unnamed_person", None, True)
    assert source.affiliation is not None and source.affiliation.text == "Pentagon"
    assert [(e.text, e.reason) for e in source.evidence] == [("A Pentagon spokesman", "description")]


def test_sources_named_body_speaking_is_organization(conllu: Callable[[str], Document]) -> None:
    """ "The Pentagon said" is an organization, named, not anonymous, with no evidence."""
    [source] = sources_of(conllu(THE_PENTAGON)).sources
    assert (source.kind, source.name, source.anonymous, source.evidence) == ("organization", "Pentagon", False, [])


def test_sources_surname_joins_full_name_and_keeps_title(conllu: Callable[[str], Document]) -> None:
    """ "Cruz" joins "Sen. Ted Cruz"; the source is a named person titled "Sen."."""
    [source] = sources_of(conllu(SURNAME)).sources
    assert (source.id, source.kind, source.name) == ("ted-cruz", "person", "Ted Cruz")
    assert [m.text for m in source.mentions] == ["Sen. Ted Cruz", "Cruz"]
    assert source.title is not None and source.title.text == "Sen."


def test_sources_surname_takes_first_name_of_person_tagged_as_body(conllu: Callable[[str], Document]) -> None:
    """ "Brock" is "Anna Brock", named before it though tagged ORG, not "Paul Brock" named after it."""
    index = sources_of(conllu(SURNAME_OF_MISREAD_PERSON))
    [source] = [s for s in index.sources if any(m.text == "Brock" for m in s.mentions)]
    assert source.name == "Anna Brock"


def test_sources_surname_alone_is_not_a_relative_named_later(conllu: Callable[[str], Document]) -> None:
    """ "Lund" after "her husband, Tom Lund" is still "Maria Lund", named before him."""
    index = sources_of(conllu(SURNAME_NOT_RELATIVE))
    [source] = [s for s in index.sources if any(m.text == "Lund" for m in s.mentions)]
    assert source.name == "Maria Lund"


def test_sources_surname_alone_skips_a_word_run_into_a_name(conllu: Callable[[str], Document]) -> None:
    """ "Clinton" after "Citing Clinton" (tagged PERSON) is "Hillary Clinton", not "Citing Clinton"."""
    index = sources_of(conllu(SURNAME_AFTER_RUN_IN_WORD))
    [source] = [s for s in index.sources if any(m.text == "Clinton" for m in s.mentions)]
    assert source.name == "Hillary Clinton"


def test_sources_definite_description_joins_earlier_unnamed_source(conllu: Callable[[str], Document]) -> None:
    """ "The source" refers back to "A source": one unnamed source with two mentions."""
    [source] = sources_of(conllu(DEFINITE_SOURCE)).sources
    assert [m.text for m in source.mentions] == ["A source", "The source"]
    assert source.kind == "unnamed_person"


def test_sources_introduced_unnamed_and_named_later_is_person(conllu: Callable[[str], Document]) -> None:
    """A spokesman named later ("The spokesman, John Smith,") is a named person, not anonymous."""
    [source] = sources_of(conllu(NAMED_LATER)).sources
    assert (source.kind, source.name, source.anonymous, source.evidence) == ("person", "John Smith", False, [])
    assert [m.text for m in source.mentions] == ["A spokesman", "The spokesman, John Smith"]
    assert source.id == "john-smith"


def test_sources_anonymity_phrase_in_relative_clause_is_evidence(conllu: Callable[[str], Document]) -> None:
    """ "who asked not to be named" is evidence for the official it describes."""
    [source] = sources_of(conllu(ANONYMITY)).sources
    assert [(e.text, e.reason) for e in source.evidence] == [
        ("An official", "description"),
        ("asked not to be named", "not_named"),
    ]


# --- the real pipeline ---------------------------------------------------------------------


def speaker_of(extractor: quotex.Extractor, text: str) -> quotex.Speaker:
    """The speaker of the one quote found in ``text``."""
    quotes = extractor(text, "t")
    assert len(quotes) == 1, [q.quote.text for q in quotes]
    assert quotes[0].speaker is not None
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "kind", "anonymous"),
    [
        pytest.param("Senator Bernie Sanders said the vote was rigged against him.", "person", False, id="person"),
        pytest.param("The Pentagon said the strike was legal and necessary.", "organization", False, id="org"),
        pytest.param("Exxon said in a statement that profits fell sharply.", "organization", False, id="company"),
        pytest.param("The report found that wages fell for most workers.", "organization", False, id="document"),
        pytest.param("A Pentagon spokesman said the strike was legal.", "unnamed_person", True, id="spokesman"),
        pytest.param("A military source said the army had entered the town.", "unnamed_person", True, id="source"),
        pytest.param("Officials said the talks had failed again.", "unnamed_group", True, id="officials"),
        pytest.param("Critics said the plan would cost billions.", "unnamed_group", True, id="critics"),
        pytest.param("Some said the plan would cost billions.", "unnamed_group", True, id="some"),
        pytest.param(
            "Officials, including those at the Pentagon, said the talks had failed.",
            "unnamed_group",
            True,
            id="including-no-member",
        ),
        pytest.param("Fifty percent of voters said the economy was weak.", "unknown", None, id="poll-share"),
        pytest.param(
            "The town's historians, Ada Brill and Tom Kessel, wrote that the bridge was older than the church.",
            "person",
            False,
            id="plural-noun-listing-names",
        ),
        pytest.param(
            "The cities of Leeds and Bristol said they would light their bridges in blue.",
            "organization",
            False,
            id="body-named-by-of-phrase",
        ),
        pytest.param("Protest groups said the restrictions were unfair.", "unnamed_group", True, id="initial-capital"),
        pytest.param(
            "Bernie Sanders spoke. Sanders' campaign said the count was wrong.", "organization", False, id="owner-first"
        ),
    ],
)
def test_sources_kind_and_anonymity(extractor: quotex.Extractor, text: str, kind: str, anonymous: bool | None) -> None:
    """Each kind of source on a short sentence, with its anonymity flag."""
    speaker = speaker_of(extractor, text)
    assert (speaker.kind, speaker.anonymous) == (kind, anonymous)
    assert speaker.kind in KINDS


@pytest.mark.parametrize(
    ("text", "reason", "phrase"),
    [
        pytest.param(
            "A senior official, who spoke on condition of anonymity, said the talks had failed.",
            "condition",
            "on condition of anonymity",
            id="condition",
        ),
        pytest.param(
            "An official who asked not to be named said the talks had failed.",
            "not_named",
            "asked not to be named",
            id="not-named",
        ),
        pytest.param(
            "A diplomat, who was not authorized to speak publicly, said the talks had failed.",
            "not_authorized",
            "not authorized to speak",
            id="not-authorized",
        ),
        pytest.param(
            "People familiar with the matter said the talks had failed.",
            "familiar",
            "familiar with the matter",
            id="familiar",
        ),
        pytest.param(
            "An unnamed official said the talks had failed.",
            "unnamed",
            "unnamed official",
            id="unnamed",
        ),
        pytest.param(
            "A Pentagon spokesman said the strike was legal.", "description", "A Pentagon spokesman", id="desc"
        ),
    ],
)
def test_sources_anonymity_cue_is_evidence(extractor: quotex.Extractor, text: str, reason: str, phrase: str) -> None:
    """Each anonymity cue, and an indefinite description with no name, is evidence with its reason and offsets."""
    speaker = speaker_of(extractor, text)
    assert speaker.anonymous is True
    found = {(e.reason, e.text) for e in speaker.evidence}
    assert (reason, phrase) in found
    start = text.index(phrase)
    assert any((e.start, e.end) == (start, start + len(phrase)) for e in speaker.evidence if e.reason == reason)


def test_sources_named_person_has_no_evidence_even_with_anonymity_phrase(extractor: quotex.Extractor) -> None:
    """A named source is never anonymous: the anonymity phrase around a name is not evidence."""
    speaker = speaker_of(
        extractor, "Jane Smith, who asked not to be named in earlier reports, said the talks had failed."
    )
    assert (speaker.kind, speaker.anonymous, speaker.evidence) == ("person", False, ())


def test_sources_title_description_affiliation_of_named_person(extractor: quotex.Extractor) -> None:
    """Title before the name, apposition as description, and the body in the apposition as affiliation."""
    speaker = speaker_of(
        extractor,
        "Col. Gen. Sergei Rudskoy, the chief of the Russian General Staff's Main Operational Directorate, "
        "said that the army is focused on the city.",
    )
    assert speaker.name == "Sergei Rudskoy"
    assert speaker.title is not None and speaker.title.text == "Col. Gen."
    assert speaker.description is not None
    assert speaker.description.text == "the chief of the Russian General Staff's Main Operational Directorate"
    assert speaker.affiliation is not None
    assert speaker.affiliation.text == "Russian General Staff's Main Operational Directorate"


def test_sources_honorific_is_no_title(extractor: quotex.Extractor) -> None:
    """ "Mr." helps to find the name but is not reported as a title or an affiliation."""
    speaker = speaker_of(extractor, "Mr. Smith said the bill would fail in the Senate.")
    assert (speaker.kind, speaker.title, speaker.affiliation) == ("person", None, None)


def test_sources_pre_name_description(extractor: quotex.Extractor) -> None:
    """Words before a name that are no title ("Republican presidential candidate") are its description."""
    speaker = speaker_of(extractor, "Republican presidential candidate Donald Trump said the wall would be built.")
    assert speaker.name == "Donald Trump"
    assert speaker.description is not None and speaker.description.text == "Republican presidential candidate"


def test_sources_pronoun_joins_nearest_person_of_its_gender(extractor: quotex.Extractor) -> None:
    """ "she" skips a nearer man and joins the woman named before him."""
    article = extractor.article(
        'Hillary Clinton met Donald Trump on Monday. Bill Smith arrived later. "We will not give up," she said.',
        "t",
    )
    [quote] = article.quotes
    assert quote.speaker is not None and quote.speaker.name == "Hillary Clinton"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Critics, including Sen. John McCain, said the plan would fail badly.", id="including"),
        pytest.param("Democrats, including Hillary Clinton, said the plan would fail.", id="party"),
        pytest.param("Others, including Sen. Jeff Merkley, said the party had to unite.", id="quantifier"),
        pytest.param("Some Democrats, such as Joe Manchin, said the debate was a mistake.", id="such-as"),
        pytest.param("Many Republicans, like Mr. Ryan, said the nominee had to change course.", id="on-the-verb"),
        pytest.param(
            "Several Republican leaders, including Sens. John McCain and Kelly Ayotte, said they would not vote.",
            id="split-title",
        ),
    ],
)
def test_sources_group_that_includes_a_named_person_is_named(extractor: quotex.Extractor, text: str) -> None:
    """A group that explicitly includes a named person ("critics, including Sen. John McCain") is not anonymous."""
    speaker = speaker_of(extractor, text)
    assert (speaker.kind, speaker.anonymous) == ("person", False)


def test_sources_definite_role_joins_named_holder(extractor: quotex.Extractor) -> None:
    """ "The senator" refers to the person the article titles "Sen.": a named person, not an unnamed one."""
    article = extractor.article(
        "Sen. Ted Cruz visited Iowa on Monday. The senator said the farm bill would pass easily.", "t"
    )
    [quote] = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.kind) == ("The senator", "Ted Cruz", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "New Jersey Gov. Chris Christie spoke in Concord on Monday. Gov. Jeb Bush spoke in Nashua. "
            "The New Jersey governor said the race was far from over.",
            "Chris Christie",
            id="place-before-title",
        ),
        pytest.param(
            "Senator Bernie Sanders of Vermont voted no. Senator Mitch McConnell voted yes. "
            "The Vermont senator said the bill would hurt workers.",
            "Bernie Sanders",
            id="place-after-name",
        ),
    ],
)
def test_sources_definite_role_with_place_joins_holder_from_there(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """ "The New Jersey governor" is the governor the article places in New Jersey, not the one named last."""
    [quote] = extractor.article(text, "t").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, "person")


# --- the reference article -------------------------------------------------------------------


@pytest.fixture(scope="module")
def hameema(extractor: quotex.Extractor) -> ArticleRecord:
    """The reference article run through the real pipeline once."""
    return extractor.article((FIXTURES / "hameema.txt").read_text(encoding="utf-8"), "hameema")


def test_sources_hameema_has_exactly_two_sources(hameema: ArticleRecord) -> None:
    """The reference article yields the anonymous major and Sergei Rudskoy, nothing else."""
    assert [(s.kind, s.name) for s in hameema.sources] == [("unnamed_person", None), ("person", "Sergei Rudskoy")]


def test_sources_hameema_anonymous_major(hameema: ArticleRecord) -> None:
    """The major: five mentions, described and affiliated by his apposition, anonymous with evidence, Sputnik Arabic."""
    major = hameema.sources[0]
    assert [m.text for m in major.mentions] == [
        "A military source in the Syrian government army",
        "The source, a major in the Syrian armed forces",
        "he",
        "he",
        "The Syrian major",
    ]
    assert major.anonymous is True and major.evidence
    assert major.description is not None and major.description.text == "a major in the Syrian armed forces"
    assert major.affiliation is not None and major.affiliation.text == "Syrian armed forces"
    assert [o.text for o in major.outlets] == ["Sputnik Arabic"]


def test_sources_hameema_rudskoy(hameema: ArticleRecord) -> None:
    """Rudskoy: a named person titled "Col. Gen.", described by his apposition, three mentions."""
    rudskoy = hameema.sources[1]
    assert (rudskoy.id, rudskoy.anonymous, rudskoy.evidence) == ("sergei-rudskoy", False, ())
    assert rudskoy.title is not None and rudskoy.title.text == "Col. Gen."
    assert rudskoy.description is not None
    assert rudskoy.description.text == "the chief of the Russian General Staff's Main Operational Directorate"
    assert [m.text for m in rudskoy.mentions] == [
        "Col. Gen. Sergei Rudskoy, the chief of the Russian General Staff's Main Operational Directorate",
        "Rudskoy",
        "He",
    ]


def test_sources_hameema_quote_speakers_carry_source_fields(hameema: ArticleRecord) -> None:
    """Every quote's speaker repeats its source's kind, anonymity and evidence; four quotes each way but three."""
    by_id = {s.id: s for s in hameema.sources}
    counts: dict[str, int] = {}
    for quote in hameema.quotes:
        speaker = quote.speaker
        assert speaker is not None
        source = by_id[speaker.entity]
        assert (speaker.kind, speaker.anonymous, speaker.evidence) == (source.kind, source.anonymous, source.evidence)
        counts[speaker.entity] = counts.get(speaker.entity, 0) + 1
    assert counts == {"unnamed-1": 4, "sergei-rudskoy": 3}


def test_sources_serialized_in_schema_order(hameema: ArticleRecord) -> None:
    """The JSON forms list the new speaker, quote and source keys in the documented order."""
    quote: QuoteRecord = hameema.quotes[0]
    record = quotex.to_dict(quote)
    assert list(record) == [
        "schema_version",
        "doc_id",
        "quote",
        "type",
        "cue",
        "speaker",
        "outlet",
        "audience",
        "channel",
        "rule",
        "sentence",
        "paragraph",
    ]
    assert list(record["speaker"]) == [
        "start",
        "end",
        "text",
        "name",
        "entity",
        "kind",
        "anonymous",
        "title",
        "description",
        "affiliation",
        "evidence",
    ]
    source = quotex.to_dict(hameema)["sources"][0]
    assert list(source) == [
        "id",
        "kind",
        "name",
        "anonymous",
        "title",
        "description",
        "affiliation",
        "evidence",
        "mentions",
        "outlets",
        "quotes",
    ]
    assert list(source["evidence"][0]) == ["start", "end", "text", "reason"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Leonard Hill lost the family farm in 1986. He was a desperate man who said the bank had won.",
            "Leonard Hill",
            id="pronoun-subject",
        ),
        pytest.param(
            "Mary Jones runs the shelter. She is the only volunteer who said the city had failed them.",
            "Mary Jones",
            id="the-only",
        ),
        pytest.param("It was Trump who said the election was rigged.", "Trump", id="cleft"),
    ],
)
def test_sources_relative_clause_of_predicate_noun_is_the_subject(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """ "X is a man who said": the man is X, a named person; a cleft ("it was X who") stays X."""
    [quote] = extractor.article(text, "t").quotes
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name, quote.speaker.kind) == ("who", name, "person")


def test_sources_relative_clause_of_predicate_noun_needs_a_named_subject(extractor: quotex.Extractor) -> None:
    """A copula's subject that is a common noun ("the main obstacle") is no one: "who" stays the voters."""
    speaker = speaker_of(extractor, "The main obstacle has been black voters, who said the plan would fail them.")
    assert (speaker.text, speaker.kind, speaker.anonymous) == ("who", "unnamed_group", True)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            'Ted Cruz spoke in Indiana on Monday. "Imagine if someone had told Trump that years ago," he said.',
            "person",
            "Ted Cruz",
            id="someone",
        ),
        pytest.param(
            'Colleen Deacon fought back. "Somebody might say establishment, I say experience," she said.',
            "person",
            "Colleen Deacon",
            id="somebody",
        ),
        pytest.param(
            'One of the sources said the talks had failed. "There is no deal," he said.',
            "unnamed_person",
            None,
            id="one-of-kept",
        ),
    ],
)
def test_sources_pronoun_skips_indefinite_pronoun(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "he"/"she" skip "someone"/"somebody" (no one in particular), not "one of the sources"."""
    speaker = _last_speaker(extractor, text)
    assert speaker.text in ("he", "she")
    assert (speaker.kind, speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Mary Jones spoke first at the meeting. Mr. John Smith was responding to a message from Sarah Lee on "
            'Monday. "The plane is in the air," she wrote.',
            "Sarah Lee",
            id="named-in-the-sentence-before",
        ),
        pytest.param(
            "Mary Jones spoke first at the meeting. Mr. John Smith was responding to a message from Sarah Lee and "
            'Ann Brill on Monday. "The plane is in the air," she wrote.',
            "Mary Jones",
            id="two-of-that-sex",
        ),
        pytest.param(
            "Mary Jones spoke first at the meeting. She was responding to a message from Sarah Lee on Monday. "
            '"The plane is in the air," she wrote.',
            "Mary Jones",
            id="a-pronoun-between",
        ),
        pytest.param(
            'David Stockman has been pushing for Donald Trump to own the trade issue. "It is the one thing both '
            'sides want," he wrote.',
            "David Stockman",
            id="subject-of-the-clause-above",
        ),
        pytest.param("When Donald Trump arrived, he said the race was over.", "Donald Trump", id="own-clause"),
    ],
)
def test_sources_pronoun_nearer_person(extractor: quotex.Extractor, text: str, name: str) -> None:
    """A "he" or "she" is the one person of that sex named in the sentence before, though not as a
    subject, when its subject antecedent lies further back (not when two fit, nor past a pronoun
    of that sex); and a subject in a clause below another whose subject fits is passed over
    ("Stockman has been pushing for Trump to own ..."), not one in a clause above the pronoun's."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.text.lower(), speaker.kind, speaker.name) in (("she", "person", name), ("he", "person", name))


LEAD = "In an interview with David Axelrod on Thursday, Mary Kay Henry said her union would fight him."


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(f"SEIU chief says Trump can win. {LEAD}", "person", "Mary Kay Henry", id="headline"),
        pytest.param(
            f"A union chief says Trump can win. The union met. {LEAD}", "unnamed_person", None, id="indefinite-kept"
        ),
        pytest.param(
            "SEIU chief says Trump can win.\n\nThe union met.\n\nIt voted.\n\nIt adjourned.\n\n" + LEAD,
            "unnamed_person",
            None,
            id="too-far",
        ),
    ],
)
def test_sources_lead_epithet_is_the_person_named_next(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """A role before anyone is named is the next person who is a clause's subject (not an object, not
    someone named in its own sentence), within two paragraphs."""
    quote = extractor.article(text, "t").quotes[0]
    assert quote.speaker is not None
    assert (quote.speaker.kind, quote.speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Plan will fail, former rival says.\n\nThe plan will fail, predicted Jane Kunin, who ran against the "
            "mayor in 2010.",
            "person",
            "Jane Kunin",
            id="first-quoted",
        ),
        pytest.param(
            "Plan will fail, diplomat says.\n\nThe mayor, John Smith, said the plan was fine. British diplomat "
            "Peter West said it would fail.",
            "person",
            "Peter West",
            id="role-holder",
        ),
        pytest.param(
            "Plan will fail, official says.\n\nThe plan will fail, a city official said on condition of "
            "anonymity. Mayor John Smith said the plan was fine.",
            "unnamed_person",
            None,
            id="unnamed-in-body",
        ),
        pytest.param(
            "Plan will fail, former rival says.\n\nVoters said the plan was bad. Jane Kunin said the costs were "
            "too high.",
            "unnamed_person",
            None,
            id="first-quoted-unnamed",
        ),
        pytest.param(
            "Plan will fail, spokeswoman says.\n\nMr. John Smith said the plan was bad.",
            "unnamed_person",
            None,
            id="other-sex",
        ),
    ],
)
def test_sources_headline_epithet(extractor: quotex.Extractor, text: str, kind: str, name: str | None) -> None:
    """A bare role noun that speaks in a headline ("former rival says") is the article's source in
    that role: the unnamed source the body calls by the same noun (one source with it), else the
    person named with the role, else the first source the body quotes when that is a named person;
    not a person of the other sex."""
    quotes = extractor.article(text, "t").quotes
    speaker = quotes[0].speaker
    assert speaker is not None
    assert (speaker.kind, speaker.name) == (kind, name)
    same_noun = [q.speaker for q in quotes[1:] if q.speaker is not None and q.speaker.text == "a city official"]
    assert [s.entity for s in same_noun] == ([speaker.entity] if same_noun else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Finance Minister Lou Jiwei spoke in Beijing on Monday. Mr. Lou said the investment had helped the "
            "world economy.",
            "Lou Jiwei",
            id="family-name-first",
        ),
        pytest.param(
            "Secretary-General Ban Ki-moon spoke on Monday. Ban said the climate deal was a very good start.",
            "Ban Ki-moon",
            id="family-name-alone",
        ),
        pytest.param(
            "Hillary Clinton spoke in Iowa on Monday. Later, Hillary said the race was very close.",
            "Hillary Clinton",
            id="given-name",
        ),
        pytest.param(
            "Hillary Clinton met the singer Hillary Duff on Monday. Hillary said the race was very close.",
            "Hillary",
            id="two-people-with-it",
        ),
        pytest.param(
            "Donald Trump and his son Donald Trump Jr. spoke on Monday. Donald Trump said the race was very close.",
            "Donald Trump",
            id="father-not-son",
        ),
    ],
)
def test_sources_name_that_opens_a_full_name(extractor: quotex.Extractor, text: str, name: str) -> None:
    """A single name that is no one's surname is the one full name it opens: a family name
    written first ("Mr. Lou" of "Lou Jiwei") or a given name ("Hillary"); not when two people
    have it. A full name does not take a generational suffix it lacks ("Donald Trump" is not
    "Donald Trump Jr.")."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == ("person", name)


# A two-word name the tagger took for a nationality (NORP), described by an appositive.
NORP_NAME = """
# text = Lena Kurdian, a city spokeswoman, said the road would reopen.
1 Lena Lena PROPN NNP 2 compound _
2 Kurdian Kurdian PROPN NNP 8 nsubj NER=B-NORP|SpaceAfter=No
3 , , PUNCT , 2 punct _
4 a a DET DT 6 det _
5 city city NOUN NN 6 compound _
6 spokeswoman spokeswoman NOUN NN 2 appos SpaceAfter=No
7 , , PUNCT , 2 punct _
8 said say VERB VBD 0 ROOT _
9 the the DET DT 10 det _
10 road road NOUN NN 12 nsubj _
11 would would AUX MD 12 aux _
12 reopen reopen VERB VB 8 ccomp SpaceAfter=No
13 . . PUNCT . 8 punct _
"""

# "Two House Committees": a capitalized plural keeps its -s as its lemma.
COMMITTEES = """
# text = Two House Committees asked the agency to audit the grant.
1 Two two NUM CD 3 nummod _
2 House House PROPN NNP 3 compound NER=B-ORG
3 Committees Committees PROPN NNPS 4 nsubj _
4 asked ask VERB VBD 0 ROOT _
5 the the DET DT 6 det _
6 agency agency NOUN NN 4 dobj _
7 to to PART TO 8 aux _
8 audit audit VERB VB 4 xcomp _
9 the the DET DT 10 det _
10 grant grant NOUN NN 8 dobj SpaceAfter=No
11 . . PUNCT . 4 punct _
"""


def test_sources_name_tagged_as_nationality_with_appositive_is_person(conllu: Callable[[str], Document]) -> None:
    """ "Lena Kurdian, a city spokeswoman" is a named person even when the tagger says NORP."""
    [source] = sources_of(conllu(NORP_NAME)).sources
    assert (source.kind, source.name, source.anonymous) == ("person", "Lena Kurdian", False)


def test_sources_capitalized_plural_body_is_organization(conllu: Callable[[str], Document]) -> None:
    """ "Two House Committees" are bodies of a named House, not a loose group like "Republicans"."""
    [source] = sources_of(conllu(COMMITTEES)).sources
    assert (source.kind, source.anonymous) == ("organization", False)


NAME_ON_NAME = """
# text = Asked about Jane Smith, Mayor John Doe said the plan failed.
1 Asked ask VERB VBN 9 advcl _
2 about about ADP IN 1 prep _
3 Jane Jane PROPN NNP 4 compound NER=B-PERSON
4 Smith Smith PROPN NNP 2 pobj NER=I-PERSON|SpaceAfter=No
5 , , PUNCT , 4 punct _
6 Mayor Mayor PROPN NNP 8 compound _
7 John John PROPN NNP 8 compound NER=B-PERSON
8 Doe Doe PROPN NNP 4 appos NER=I-PERSON
9 said say VERB VBD 0 ROOT _
10 the the DET DT 11 det _
11 plan plan NOUN NN 12 nsubj _
12 failed fail VERB VBD 9 ccomp SpaceAfter=No
13 . . PUNCT . 9 punct _
"""


def test_sources_name_hung_on_a_name_is_itself(conllu: Callable[[str], Document]) -> None:
    """A speaker's name the parser hangs as an apposition on the name before it ("Asked about
    Jane Smith, Mayor John Doe said") is that speaker, not the person asked about."""
    doc = conllu(NAME_ON_NAME)
    doe = doc.tokens[7]
    source = resolve_sources(doc, [doe]).source_of(doe)
    assert source is not None
    assert (source.kind, source.name) == ("person", "John Doe")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            '"We will act," said Senate Majority Leader Mitch McConnell (R-Ky.).', "Mitch McConnell", id="state"
        ),
        pytest.param(
            "Rashad Robinson, Color of Change's executive director, said that the group would sue.",
            "Rashad Robinson",
            id="body-in-description",
        ),
    ],
)
def test_sources_apposition_of_a_name_does_not_rename_it(extractor: quotex.Extractor, text: str, name: str) -> None:
    """What follows a person's name in apposition describes them: a party and state ("(R-Ky.)") or
    a description holding a body's name is no other source."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == ("person", name)


def test_sources_epithet_is_the_person_named_last_as_a_subject(extractor: quotex.Extractor) -> None:
    """ "the Wisconsin Democrat" after "Jane Doe told CNN's Tom Black" is Doe, not the interviewer
    named after her."""
    text = 'Jane Doe told CNN\'s Tom Black on Sunday that she would run. "We will win," the Wisconsin Democrat said.'
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.name) == ("the Wisconsin Democrat", "Jane Doe")


def test_sources_pronoun_skips_names_inside_quotations(extractor: quotex.Extractor) -> None:
    """A name the speaker talks about inside the quotation is not whom "she" after it means."""
    text = 'Jane Doe won the primary on Tuesday.\n\n"Hillary Clinton represents the same failed policies," she said.'
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.name) == ("she", "Jane Doe")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Tom Baker, a spokesman for the mayor, said Bill Carter has kept in touch with voters.\n\n"
            '"He will have a lot to say about this," he said.',
            "Tom Baker",
            id="he",
        ),
        pytest.param(
            "Mary Lane said Anne Fox would win the state easily.\n\n"
            '"The party will come together by the fall," she said.',
            "Mary Lane",
            id="she",
        ),
        pytest.param(
            "Mary Lane said she was angered by reporters declaring Anne Fox had won the state.\n\n"
            '"The party will come together by the fall," she said.',
            "Mary Lane",
            id="report-in-a-report",
        ),
    ],
)
def test_sources_pronoun_means_the_reporter_not_whom_the_report_is_about(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """A name that is the subject of what a speaker reports ("said Bill Carter has kept in touch") is
    not whom a pronoun after the report means: the one who reported it is."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == ("person", name)


def test_sources_pronoun_skips_a_name_that_opens_a_quotation(extractor: quotex.Extractor) -> None:
    """A name that is the first word inside the quotation marks is inside the quotation too."""
    text = 'Tom Baker spoke to reporters on Monday.\n\n"Carter should just do whatever he wants to do," he said.'
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.name) == ("he", "Tom Baker")


def test_sources_headline_capitals_do_not_lengthen_a_name(extractor: quotex.Extractor) -> None:
    """A title-case headline runs words into a name ("Trump Says He Never"): the name is the run
    of its first words that the article names elsewhere."""
    text = "Trump Says He Never Knew About The Plan\n\nDonald Trump said on Monday that he had never heard of it."
    speaker = extractor(text, "t")[0].speaker
    assert speaker is not None
    assert (speaker.text, speaker.name) == ("Trump", "Donald Trump")


def test_sources_plural_description_is_not_one_person_of_its_noun(extractor: quotex.Extractor) -> None:
    """ "The mayor's supporters" after "Mark Dunn, a supporter of the mayor" are a group, not Dunn."""
    text = (
        "Mark Dunn, a supporter of the mayor, said on Monday that the vote was safe.\n\n"
        "The mayor's supporters said the count would be close."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("The mayor's supporters", "unnamed_group", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Warren Gunnels, Mr. Sanders's longtime policy adviser, said that the plan would pass.",
            "Warren Gunnels",
            id="described-by-another's-role",
        ),
        pytest.param(
            '"It is over," said Adrian Mapp, a Clinton delegate from New Jersey.', "Adrian Mapp", id="compound"
        ),
        pytest.param(
            "A campaign spokesman, Jason Miller, said that the plan would pass.",
            "Jason Miller",
            id="name-in-apposition",
        ),
    ],
)
def test_sources_apposition_names_the_person_not_whom_it_mentions(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """A name in apposition names the source ("a campaign spokesman, Jason Miller"); a name inside
    a description in apposition is someone else ("Warren Gunnels, Mr. Sanders's policy adviser")."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == ("person", name)


def test_sources_pronoun_skips_the_one_who_asks(extractor: quotex.Extractor) -> None:
    """ "A resident asked whether she would ...; 'Not this year,' she said": the mayor answers."""
    text = 'Mayor Ann Folsom spoke. A resident asked whether she would raise taxes. "Not this year," she said.'
    speakers = [q.speaker for q in extractor(text, "t") if q.speaker is not None and q.speaker.text == "she"]
    assert [(s.kind, s.name, s.anonymous) for s in speakers] == [("person", "Ann Folsom", False)]


def test_sources_pronoun_after_a_question_is_the_named_person_asked(extractor: quotex.Extractor) -> None:
    """ "Tom Baker asked Bill Carter whether ...; 'Not this year,' he said": the one asked answers."""
    text = 'Tom Baker asked Bill Carter whether the plant would close.\n\n"Not this year," he said.'
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("he", "person", "Bill Carter")


def test_sources_no_source_is_made_inside_a_quotation(extractor: quotex.Extractor) -> None:
    """The subject of a reporting verb inside a quotation is the quoted speaker's word, not a
    source of the article: "he" after "Not once has an adviser of mine said ..." is Obama."""
    text = (
        '"This is a distraction," Obama said. "Not once has an adviser of mine said, \'We need that phrase.\'"\n\n'
        'His remarks were aimed at critics, including, he said, "politicians who appear on cable news."'
    )
    article = extractor.article(text, "t")
    speakers = [q.speaker for q in article.quotes if q.speaker is not None and q.speaker.text == "he"]
    assert speakers and all((s.kind, s.name) == ("person", "Obama") for s in speakers)
    assert [(s.kind, s.name) for s in article.sources] == [("person", "Obama")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hillary Clinton spoke in Iowa on Monday. Her lawyers said the emails were private.", id="owned"),
        pytest.param(
            "Sen. Ted Cruz spoke in Iowa. Sen. Marco Rubio spoke in Ohio. Some senators said the plan was bad.",
            id="quantified",
        ),
        pytest.param(
            "Sen. Ted Cruz and Marco Rubio debated on Monday. Some of the candidates said the plan was bad.",
            id="some-of",
        ),
    ],
)
def test_sources_some_of_a_role_or_someones_people_are_a_group(extractor: quotex.Extractor, text: str) -> None:
    """ "Her lawyers", "some senators", "some of the candidates" are people the article does not name,
    not an anaphor of people named before."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.anonymous) == ("unnamed_group", True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Ted Cruz and Marco Rubio debated in Iowa on Monday. Voters in Des Moines cheered loudly. "
            "The candidates said the plan was bad.",
            "Ted Cruz",
            id="the-candidates",
        ),
        pytest.param(
            "Mr. Effron and Mr. Pruzan founded the bank in 2006. Many bankers admired them. "
            "Both men said there were no plans to sell.",
            "Effron",
            id="both-men",
        ),
    ],
)
def test_sources_role_anaphor_skips_a_group_described_otherwise(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """ "The candidates", "both men" point back to the named people, not to the nearest group
    described with another noun ("voters", "bankers")."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name, speaker.anonymous) == ("person", name, False)


def test_sources_bare_plural_of_a_role_is_a_loose_group(extractor: quotex.Extractor) -> None:
    """ "Republican senators said" is a loose group, though the article names two senators: no
    determiner points back to them."""
    text = "Sen. Ted Cruz spoke in Iowa. Sen. Marco Rubio spoke in Ohio. Republican senators said the plan was bad."
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.anonymous) == ("unnamed_group", True)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Betsy Ebeling and her husband drove from Chicago on Sunday. The Ebelings said the caucus was exciting.",
            id="ebelings",
        ),
        pytest.param(
            "Rupert Murdoch and James Murdoch met on Monday. Later, the Murdochs said the deal was fair.", id="murdochs"
        ),
    ],
)
def test_sources_family_of_a_named_person_is_named(extractor: quotex.Extractor, text: str) -> None:
    """ "The Ebelings" after "Betsy Ebeling" is her family, people the article names, not a loose
    group like "Republicans"."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.anonymous) == ("person", False)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Saudi Arabia denied the report on Monday. The Saudis said the claims were false.",
            "organization",
            "Saudi Arabia",
            id="the-saudis",
        ),
        pytest.param(
            "Russia sent jets to Syria. The Russians said the strikes hit terrorists.",
            "organization",
            "Russia",
            id="the-russians",
        ),
        pytest.param(
            "Germany is changing. Some Germans said the army was too small.", "unnamed_group", None, id="some-people"
        ),
    ],
)
def test_sources_the_people_of_a_named_country_is_its_government(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "The Saudis said" in an article that names Saudi Arabia is its government speaking; "some
    Germans" are people."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


SPOKESMEN = [
    pytest.param(
        "A spokesman for the Jupiter Police Department said the man was not arrested. "
        '"He came in by himself," said Officer Joseph Beinlich, a Jupiter police spokesman.',
        "person",
        id="same-body",
    ),
    pytest.param(
        "A Treasury official said the nomination was strong. "
        "Scott Morris, a former Treasury official, said the choice was safe.",
        "unnamed_person",
        id="former",
    ),
    pytest.param(
        "A State Department spokesman, who asked not to be named, said the emails were secret. "
        "State Department spokesman John Kirby said the review would go on.",
        "unnamed_person",
        id="asked-not-to-be-named",
    ),
]


@pytest.mark.parametrize(("text", "kind"), SPOKESMEN)
def test_sources_spokesperson_named_elsewhere_for_the_same_body(
    extractor: quotex.Extractor, text: str, kind: str
) -> None:
    """ "A spokesman for the Jupiter Police Department" is Joseph Beinlich, "a Jupiter police
    spokesman", whom the article names; not when only a former one is named, nor when the source
    asked not to be named."""
    article = extractor.article(text, "t")
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert speaker.kind == kind
    assert len({s.id for s in article.sources}) == len(article.sources)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("A number of writers said the list was a bad idea.", "unnamed_group", id="a-number-of"),
        pytest.param(
            "Ted Cruz and Marco Rubio spoke. A number of the candidates said the plan was bad.",
            "unnamed_group",
            id="a-number-of-the",
        ),
        pytest.param("The number of people collecting benefits shows the plan failed.", "unknown", id="the-number-of"),
    ],
)
def test_sources_a_number_of_people_is_a_count_the_number_a_statistic(
    extractor: quotex.Extractor, text: str, kind: str
) -> None:
    """ "A number of writers" are people the article does not name; "the number of people
    collecting benefits" is a statistic."""
    speaker = _last_speaker(extractor, text)
    assert speaker.kind == kind


def test_sources_description_naming_several_people_is_several(extractor: quotex.Extractor) -> None:
    """ "Democratic candidates Hillary Clinton and Bernie Sanders" names two people: a "they" after
    it is them, not the group named before ("Union members")."""
    text = (
        "Union members gathered in Ohio on Monday. Democratic candidates Hillary Clinton and Bernie Sanders "
        "did respond to the union and displayed their similar stances. They said federal workers deserve a raise."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.anonymous) == ("They", "person", False)


def test_sources_they_after_two_named_people_is_them(extractor: quotex.Extractor) -> None:
    """ "Franken said ... Silverman said ... They said": "they" is the two people named just
    before it, not the group named before them ("Protesters")."""
    text = (
        "Protesters gathered outside the arena on Monday. Sen. Al Franken said the party was united. "
        "Sarah Silverman said the crowd was rude. They said the show would go on."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.anonymous) == ("They", "person", False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "A poll was released on Friday. One in three said the party does not care.", "unknown", id="one-in"
        ),
        pytest.param(
            "A poll was released on Friday. About 4 in 10 Republican voters want the plan to pass.",
            "unknown",
            id="four-in-ten-voters",
        ),
        pytest.param(
            "A poll was released on Friday. By 58%-33%, those surveyed said the plan was bad.",
            "unknown",
            id="those-surveyed",
        ),
        pytest.param("Those interviewed said the plan was bad.", "unnamed_group", id="those-interviewed"),
    ],
)
def test_sources_a_share_of_a_poll_is_poll_data(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """ "One in three said", "4 in 10 voters", "those surveyed" are a poll's sample, poll data like
    "60 percent of voters"; "those interviewed" are a reporter's sources."""
    speaker = _last_speaker(extractor, text)
    assert speaker.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The aides, led by campaign manager Terry Sullivan, said the campaign would win.", id="led-by"),
        pytest.param(
            "A group of more than 50 foreign policy experts, including former secretary Michael Chertoff, "
            "said the plan was bad.",
            id="group-of-including",
        ),
        pytest.param(
            "But numerous military veterans interviewed at Trump rallies in South Carolina this week, including "
            "Mr. Jebens, said they had no problem with the comments.",
            id="participle-including",
        ),
    ],
)
def test_sources_group_led_by_or_including_a_name(extractor: quotex.Extractor, text: str) -> None:
    """A group "led by" a named person, a body of people ("a group of experts") whose people
    include one, or a group whose participle phrase is followed by ", including NAME" names a member."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.anonymous) == ("person", False)


LEAD_DESCRIPTIONS = [
    pytest.param(
        "Town lawmaker wants new bridge.\n\n"
        "A lawmaker in the county is calling for a new bridge after a storm damaged the old one.\n\n"
        '"The bridge is not safe," Maria Lopez said in a bill filed on Monday.',
        "person",
        id="named-next-paragraph",
    ),
    pytest.param(
        "Town lawmaker wants new bridge.\n\n"
        "A lawmaker in the county said the bridge must be rebuilt after a storm damaged it.\n\n"
        '"The bridge is not safe," said Mayor Tom Fields, who opposes the bill.',
        "unnamed_person",
        id="another-role",
    ),
    pytest.param(
        "Maria Lopez spoke on Sunday.\n\n"
        "A lawmaker in the county said the bridge must be rebuilt after a storm damaged it.\n\n"
        '"The bridge is not safe," Maria Lopez said.',
        "unnamed_person",
        id="named-before",
    ),
    pytest.param(
        "Town lawmaker wants new bridge.\n\n"
        "A lawmaker in the county, who asked not to be named, said the bridge must be rebuilt.\n\n"
        '"The bridge is not safe," Maria Lopez said.',
        "unnamed_person",
        id="asked-not-to-be-named",
    ),
]


@pytest.mark.parametrize(("text", "kind"), LEAD_DESCRIPTIONS)
def test_sources_lead_description_named_in_next_paragraph(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """A lead's "A lawmaker in the county is calling for ..." is Maria Lopez, whom the next
    paragraph names first as a clause's subject; not a mayor (another role), not someone the
    article named before the lead, nor a source that asked not to be named."""
    article = extractor.article(text, "t")
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert speaker.text.startswith("A lawmaker")
    assert speaker.kind == kind
    assert len({s.id for s in article.sources}) == len(article.sources)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "A woman at the rally shouted at the candidate. The woman who started it all identified herself to "
            'CNN as a 52-year-old Salem, N.H., resident named Caroline. "He truly cares about the American people," '
            "she said of the candidate.",
            "Caroline",
            id="resident-named",
        ),
        pytest.param(
            "A man at the meeting, who identified himself as John Smith, said the plan would fail.",
            "John Smith",
            id="relative-clause",
        ),
        pytest.param(
            "A man walked into the office and introduced himself as Tom Jones. He said the plan would fail.",
            "Tom Jones",
            id="second-verb",
        ),
        pytest.param(
            "A man at the meeting, who identified himself as a supporter of Donald Trump, said the plan would fail.",
            None,
            id="a-name-in-the-phrase",
        ),
        pytest.param(
            "A man at the meeting, who asked not to be named, said the plan would fail. The man identified "
            "himself only as Bob.",
            None,
            id="asked-not-to-be-named",
        ),
        pytest.param(
            "A woman later identified as Mary Jones, an activist for a climate group, said the plan would fail badly.",
            "Mary Jones",
            id="identified-as",
        ),
        pytest.param(
            "A protester, who was later identified as Kelsey Atkinson, said the plan would fail badly.",
            "Kelsey Atkinson",
            id="was-identified-as",
        ),
        pytest.param(
            "A woman identified as a Clinton supporter said the plan would fail badly.",
            None,
            id="identified-as-a-description",
        ),
    ],
)
def test_sources_person_who_gives_their_name(extractor: quotex.Extractor, text: str, name: str | None) -> None:
    """Someone who "identified herself as" or "introduced himself as" a name (or as someone
    "named" it), or whom the article says was "identified as" one, is that person, also as a
    later "she"; not for a name elsewhere in the phrase, nor when the source asked not to be
    named."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (("person", name) if name else ("unnamed_person", None))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("The Teamsters said they would endorse Clinton.", "organization", id="a-union"),
        pytest.param("The Yankees said the deal was done.", "organization", id="a-team"),
        pytest.param("The Democrats said the bill was bad.", "unnamed_group", id="a-party"),
    ],
)
def test_sources_plural_name_of_a_body(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """A plural proper name after "the" that the tagger calls a body is that body, not a loose
    group; a party's people ("the Democrats") are."""
    assert _last_speaker(extractor, text).kind == kind


NEXT_SENTENCE = "The budget has grown for three years.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            NEXT_SENTENCE + "In a speech, a top adviser to the mayor explained why the plan failed. Jason Furman, "
            "who leads the budget office, said the costs were too high.",
            "Jason Furman",
            id="a",
        ),
        pytest.param(
            NEXT_SENTENCE + "One longtime resident said the plan would hurt families. Ann Brill, who has lived in "
            "the town for 40 years, said taxes were already high.",
            "Ann Brill",
            id="one",
        ),
        pytest.param(
            NEXT_SENTENCE + "The mayor's right-hand woman told supporters the plan was dead. Maria Lopez wrote in "
            "an email that the council had failed.",
            "Maria Lopez",
            id="owner",
        ),
        pytest.param(
            NEXT_SENTENCE + "Now one kind-hearted Canadian wants to help Americans move north. Rob Calabrese, a "
            "radio host, said the island would welcome them.",
            "Rob Calabrese",
            id="nationality",
        ),
        pytest.param(
            NEXT_SENTENCE + "A council spokesman said the plan would hurt families. John Smith, the city "
            "treasurer, said taxes were already high.",
            None,
            id="another-role",
        ),
        pytest.param(
            NEXT_SENTENCE + "A witness said the militants had shelled the town. Police chief John Smith said two "
            "people were arrested.",
            None,
            id="people-noun-another-role",
        ),
        pytest.param(
            NEXT_SENTENCE + "A source said the plan would hurt families. John Smith said taxes were already high.",
            None,
            id="a-source",
        ),
        pytest.param(
            "John Smith spoke on Sunday.\n\n" + NEXT_SENTENCE + "A top adviser to the mayor said the plan "
            "failed. John Smith said the costs were too high.",
            None,
            id="named-before",
        ),
        pytest.param(
            NEXT_SENTENCE + "A top adviser to the mayor said the plan failed. Reporters asked John Smith, who "
            "said the costs were too high.",
            None,
            id="not-a-subject",
        ),
        pytest.param(
            NEXT_SENTENCE + "A top adviser to the mayor, who asked not to be named, said the plan failed. John "
            "Smith said the costs were too high.",
            None,
            id="asked-not-to-be-named",
        ),
        pytest.param(
            NEXT_SENTENCE + "A woman at the meeting said the plan failed. Mr. John Smith said the costs were too high.",
            None,
            id="other-sex",
        ),
    ],
)
def test_sources_description_named_in_next_sentence(extractor: quotex.Extractor, text: str, name: str | None) -> None:
    """A person introduced by "a", "one" or an owner anywhere in the article is the new person
    the next sentence names as a clause's subject ("a top adviser ... explained why. Jason
    Furman, who leads ..., said"); not one with another role (of a role noun's, or of a noun
    of people's: "a witness" is no police chief), not "a source", not someone named
    before, not an object, not a source that asked not to be named, nor one of the other sex."""
    speaker = extractor.article(text, "t").quotes[0].speaker
    assert speaker is not None
    assert (speaker.kind, speaker.name) == (("person", name) if name else ("unnamed_person", None))


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Users can report posts to staff members around the world, who review the material and say "
            "whether it should stay.",
            "unnamed_group",
            None,
            id="members-around-the-world",
        ),
        pytest.param(
            "Howard Rubel, a senior analyst at Jefferies, who notes that the company has vowed to cut costs.",
            "person",
            "Howard Rubel",
            id="analyst-at-a-body",
        ),
        pytest.param(
            '"It was not convincing," said one Democrat familiar with the talks, who added that the White '
            "House seemed worried.",
            "unnamed_person",
            None,
            id="familiar-with-a-thing",
        ),
    ],
)
def test_sources_who_after_a_place_or_body_is_the_people_before_it(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """A "who" the parser hangs on the object of a preposition that is a place, a thing or a body
    ("staff members around the world, who"; "an analyst at Jefferies, who") stands for the people
    the preposition follows, not the world or Jefferies, also through the adjective or participle
    that holds the preposition ("one Democrat familiar with the talks, who")."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("who", kind, name)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            '"It was not convincing," said one Democrat familiar with the talks, who added that the White '
            "House seemed worried.",
            "one Democrat familiar with the talks",
            id="aside-on-the-object",
        ),
        pytest.param(
            '"The images are fakes," said Hany Farid, chairman of the computer science department at '
            "Dartmouth College, who studies photo forensics.",
            "Hany Farid, chairman of the computer science department at Dartmouth College",
            id="aside-on-the-body",
        ),
    ],
)
def test_sources_mention_ends_before_an_aside_deep_in_it(extractor: quotex.Extractor, text: str, mention: str) -> None:
    """A relative clause set off by a comma is the writer's aside, not part of the speaker's
    mention or description, also when the parser hangs it on a noun deep in the phrase."""
    speaker = extractor.article(text, "t").quotes[0].speaker
    assert speaker is not None
    assert speaker.text == mention
    assert speaker.description is not None and mention.endswith(speaker.description.text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The hearing ended early. FBI Director James Comey's news conference on Tuesday, in which he "
            "announced that he would not recommend charges, was brief.",
            "James Comey",
            id="no-one-else",
        ),
        pytest.param(
            "Bill Clinton spoke in Nashua. Doug Schoen, a pollster, watched from the back. Mr. Clinton's "
            "remarks were plodding at times, as he said the minimum wage should rise.",
            "Bill Clinton",
            id="nearer-than-a-subject",
        ),
    ],
)
def test_sources_pronoun_may_mean_the_person_who_owns_a_subject(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """ "Comey's news conference, in which he announced": a named person who owns a clause's
    subject is an antecedent, as a subject is, nearer than the subject before it."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("he", "person", name)


def test_sources_first_name_and_surname_tagged_as_a_body_is_a_person(extractor: quotex.Extractor) -> None:
    """ "Sean Hannity", tagged as a body, with "Hannity" alone later: a person the tagger missed,
    whom the surname alone names."""
    text = (
        "During an interview with Sean Hannity that aired Wednesday night, Donald Trump said the wall would "
        "be huge. Hannity asked Trump if the project was still in his plans."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("Hannity", "person", "Sean Hannity")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            'President Volodymyr Zelenskyy urged allies to hurry. "Every system counts," Zelenskyy said.\n\n'
            'Olena Kravets, 67, stood in line for water. "I survived the first winter," she said.',
            "she",
            id="pronoun",
        ),
        pytest.param("Olena Kravets, 67, said she had survived the first winter.", "Olena Kravets, 67", id="name"),
    ],
)
def test_sources_name_with_an_age_is_a_person(extractor: quotex.Extractor, text: str, mention: str) -> None:
    """ "Olena Kravets, 67,", which the tagger takes for a body: a name with an age set off after it
    is a person's, whom "she" may refer to (not the man named before)."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == (mention, "person", "Olena Kravets")


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "A federal judge said the trial would go ahead in November. Judge Gonzalo Curiel set the date on "
            "Friday after a hearing in San Diego.",
            "person",
            "Gonzalo Curiel",
            id="before-the-name",
        ),
        pytest.param(
            '"There are two people with the experience to do that," said Rick Wilson, a Republican strategist '
            'in Tampa. Bush remains fourth in most surveys. "There is no home-state advantage," said one '
            "unaligned Republican strategist.",
            "unnamed_person",
            None,
            id="after-the-name",
        ),
    ],
)
def test_sources_indefinite_role_is_its_one_holder_only_before_the_name(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "A federal judge ..." before "Judge Gonzalo Curiel", the one judge of the article, is him;
    "one ... strategist" after Rick Wilson, introduced as a strategist, is someone else."""
    quote = extractor.article(text, "t").quotes[-1 if name is None else 0]
    assert quote.speaker is not None
    assert (quote.speaker.kind, quote.speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Corker teamed up with Sens. Robert Menendez, Joe Manchin and Marco Rubio, all of whom said the deal "
            "was a dangerous mistake.",
            "person",
            id="all-of-named-people",
        ),
        pytest.param(
            "The mayor met three union leaders, all of whom said the strike would go on.",
            "unnamed_group",
            id="all-of-unnamed-people",
        ),
        pytest.param(
            "The state also has five superdelegates, two of whom said they would back Clinton at the convention.",
            "unnamed_group",
            id="some-of-them",
        ),
    ],
)
def test_sources_quantifier_of_whom_reads_the_relative_antecedent(
    extractor: quotex.Extractor, text: str, kind: str
) -> None:
    """ "all of whom" stands for the noun the relative clause hangs on: named people when they are
    named people, and an unnamed group otherwise or when only some of them speak."""
    speaker = _last_speaker(extractor, text)
    assert speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Bernie Sanders’ campaign said it raised $21 million in January.", "Bernie Sanders campaign", id="curly"
        ),
        pytest.param("Sanders' team said the layoffs were expected.", "Sanders team", id="straight"),
        pytest.param("Trump's campaign said the rally would go ahead.", "Trump campaign", id="apostrophe-s"),
    ],
)
def test_sources_body_named_by_an_owner_drops_the_possessive(extractor: quotex.Extractor, text: str, name: str) -> None:
    """A body named by its owner's possessive is named without the mark, after "s'" as after "'s"."""
    [quote] = extractor.article(text, "t").quotes
    assert quote.speaker is not None
    assert (quote.speaker.kind, quote.speaker.name) == ("organization", name)


def test_sources_body_owned_by_another_name_is_another_body(extractor: quotex.Extractor) -> None:
    """ "Bush's team" after "Kasich's team": a description owned by a name joins no body named for
    someone else."""
    text = (
        "Kasich's team thinks he is the candidate with momentum in New Hampshire. Bush's team thinks his "
        "debate performance gives him an opening."
    )
    first, second = extractor.article(text, "t").quotes
    assert first.speaker is not None and second.speaker is not None
    assert (first.speaker.name, second.speaker.name) == ("Kasich team", "Bush team")
    assert first.speaker.entity != second.speaker.entity


def test_sources_first_name_taken_for_an_adverb_is_a_first_name(extractor: quotex.Extractor) -> None:
    """ "Carly", which the tagger takes for an adverb in a name it tags as a body: with "Fiorina"
    alone later, Carly Fiorina is a person, whom the surname alone names."""
    text = (
        "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday. Fiorina said conservatives must "
        "unite against the front-runner."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("Fiorina", "person", "Carly Fiorina")


def test_sources_given_name_before_a_known_surname_is_another_person(extractor: quotex.Extractor) -> None:
    """ "Ivanka Trump", which the tagger misses, after Donald Trump: a given name before a surname
    the article knows makes another person, whom a later "she" means."""
    text = (
        "Donald Trump spoke in Ohio on Monday, and Jan Brewer, a supporter, cheered. Ivanka Trump, 34, "
        "could reach female voters. She has said her father is a feminist."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.name) == ("She", "person", "Ivanka Trump")


def test_sources_pronoun_passes_over_a_man_only_the_given_names_know(extractor: quotex.Extractor) -> None:
    """ "Tyrone" is a man's name only in the generated given names (lexicons/given_names.txt):
    "she" passes over Tyrone Pike, nearer, to Deborah Reynolds."""
    text = 'Deborah Reynolds, a teacher, saw the truck. Tyrone Pike, a driver, stopped. "It was awful," she said.'
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.name) == ("she", "Deborah Reynolds")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Comedian Sarah Silverman spoke at the convention. Silverman said the party must unite.",
            "Sarah Silverman",
            id="role-noun-run-in",
        ),
        pytest.param(
            "Dean Baker, an economist, spoke on Monday. Baker said the plan would fail.", "Dean Baker", id="first-name"
        ),
    ],
)
def test_sources_role_noun_run_into_a_name_is_no_part_of_it(extractor: quotex.Extractor, text: str, name: str) -> None:
    """ "Comedian Sarah Silverman", tagged as one name: the role noun is no part of it; "Dean",
    a first name as well as a role, stays."""
    speaker = _last_speaker(extractor, text)
    assert speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Editor's note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully "
            "who has repeatedly pledged to ban all Muslims from entering the U.S.",
            id="conjunct-of-the-predicate",
        ),
        pytest.param(
            "Editor's note: Donald Trump regularly incites political violence and is a serial liar, rampant "
            "xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims from entering "
            "the U.S.",
            id="copula-joined-to-a-verb",
        ),
    ],
)
def test_sources_who_after_a_list_of_predicate_nouns_is_the_subject(extractor: quotex.Extractor, text: str) -> None:
    """ "Trump is a liar, xenophobe ... and bully who has pledged": "who" hangs on one noun of the
    predicate's list, and is the copula's subject, also when the copula is joined to a verb with
    the subject ("Trump incites violence and is a liar ... who")."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.name) == ("who", "Donald Trump")


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "On Thursday, Fox News Sean Hannity said the wall would be built.", "person", "Sean Hannity", id="outlet"
        ),
        pytest.param(
            "On Thursday, Commentary’s Noah Rothman wrote that the party had lost its way.",
            "person",
            "Noah Rothman",
            id="owner",
        ),
        pytest.param(
            "Deb Kline, a leader of Cleveland Jobs With Justice, said the march would go on.",
            "person",
            "Deb Kline",
            id="role-in-apposition",
        ),
        pytest.param("On Thursday, Morgan Stanley said the deal was off.", "organization", "Morgan Stanley", id="body"),
    ],
)
def test_sources_person_in_a_body_name(extractor: quotex.Extractor, text: str, kind: str, name: str) -> None:
    """A first name and a surname at the end of a body's entity, after an outlet or an owner, or
    with a person's role in apposition, are a person; a body named like a person ("Morgan
    Stanley") stays a body."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("A pro-Rubio super PAC said the ads would run in March.", "unnamed_group", id="a-super-pac"),
        pytest.param("Even an anti-Trump PAC said the ads were unfair.", "unnamed_group", id="an-anti-trump-pac"),
        pytest.param("Conservative Solutions PAC said the ads would run in March.", "organization", id="named"),
    ],
)
def test_sources_a_capitalized_body_noun_is_no_name(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """ "a super PAC": a body's noun after "a", capitalized as an acronym, is a body the article does
    not name, as "a conservative group" is; "Conservative Solutions PAC" is a name."""
    speaker = _last_speaker(extractor, text)
    assert speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Outside the plant, a worker named Antonio Arroyo said the jobs would not come back.",
            "person",
            "Antonio Arroyo",
            id="named",
        ),
        pytest.param(
            '"Close the borders now!" wrote a man calling himself Paul Paul.',
            "person",
            "Paul Paul",
            id="calling-himself",
        ),
        pytest.param(
            "The attack was a warning, said the base chief known as Bob, speaking publicly for the first time.",
            "unnamed_person",
            None,
            id="known-as-a-pseudonym",
        ),
        pytest.param(
            "A man identified as John Smith told police that he had been robbed.",
            "person",
            "John Smith",
            id="identified-as",
        ),
        pytest.param(
            "A man identified by police told reporters that he had been robbed.",
            "unnamed_person",
            None,
            id="identified-by",
        ),
    ],
)
def test_sources_a_participle_that_names_the_person(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """``a worker named X``, ``a man calling himself X``, ``a man identified as X``: the participle
    gives the person a name; ``known as X`` is as often a pseudonym, and the person stays unnamed."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


def test_sources_they_is_no_place(extractor: quotex.Extractor) -> None:
    """ "they" are people, never a country or a city named nearer (on train every such reading was
    wrong: "Russia is playing interference, they say" meant traders)."""
    text = (
        "Traders in Almaty are nervous. Meanwhile, Russia is playing interference, they say, "
        "imposing new import restrictions on goods from China."
    )
    article = extractor.article(text, "t")
    speaker = article.quotes[-1].speaker
    assert speaker is not None and speaker.text == "they"
    assert (speaker.kind, speaker.name) == ("unnamed_group", None)
    assert [m.text for m in article.sources[0].mentions] == ["Traders in Almaty", "they"]


def test_sources_naming_participle_at_the_end_of_the_text(conllu: Callable[[str], Document]) -> None:
    """A participle that could name its noun but ends the text ("going", with no "by" after it)
    names no one, and reading it raises nothing."""
    doc = conllu(
        """
# text = The mayor said the talks had failed, according to a man going
1   The        the        DET    DT   2   det    _
2   mayor      mayor      NOUN   NN   3   nsubj  _
3   said       say        VERB   VBD  0   ROOT   _
4   the        the        DET    DT   5   det    _
5   talks      talk       NOUN   NNS  7   nsubj  _
6   had        have       AUX    VBD  7   aux    _
7   failed     fail       VERB   VBN  3   ccomp  _
8   ,          ,          PUNCT  ,    3   punct  _
9   according  accord     VERB   VBG  3   prep   _
10  to         to         ADP    IN   9   prep   _
11  a          a          DET    DT   12  det    _
12  man        man        NOUN   NN   10  pobj   _
13  going      go         VERB   VBG  12  acl    _
"""
    )
    speakers = [(r.rule, r.speaker.text, r.speaker.kind) for r in quotex.extract_document(doc) if r.speaker]
    assert ("according-to", "a man", "unnamed_person") in speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The GOP presidential front-runner said the wall would be built.", id="front-runner"),
        pytest.param("The GOP front-runner said the wall would be built.", id="after-an-acronym"),
    ],
)
def test_sources_a_lowercase_role_tagged_a_name_is_a_role(extractor: quotex.Extractor, text: str) -> None:
    """The tagger reads "runner" of "front-runner" as a name; a lowercase word the lexicon knows as
    a role is a description, and refers back to the person named before."""
    quote = extractor.article("Donald Trump spoke in Iowa on Monday. " + text, "t").quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.kind, quote.speaker.name) == ("person", "Donald Trump")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Pfizer and Allergan announced the merger. The companies said the deal would close next year.",
            "organization",
            id="the-companies",
        ),
        pytest.param(
            "The Sierra Club and Greenpeace sued the agency. The groups said the rule was illegal.",
            "organization",
            id="the-groups",
        ),
        pytest.param(
            "Five people died in the crash. The families of the victims said the airline ignored warnings.",
            "unnamed_group",
            id="of-whom",
        ),
        pytest.param(
            "Five people died in the crash. Their families said the airline ignored warnings.",
            "unnamed_group",
            id="owned",
        ),
        pytest.param("Advocacy groups said the rule was illegal.", "unnamed_group", id="bare"),
    ],
)
def test_sources_a_definite_plural_body_noun_refers_back(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """ "the companies", "the groups" refer back to bodies in view, as "the company" does; a plural
    whose owner or "of" phrase says whose it is, or a bare one, is a group the article does not name."""
    speaker = _last_speaker(extractor, text)
    assert speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "John Smith, 46, said the plant had closed. The 46-year-old said he was angry.",
            "person",
            "John Smith",
            id="name-comma-age",
        ),
        pytest.param(
            "Mary Jones, a 52-year-old mother of two, said she was worried. Her neighbor agreed. "
            "The 52-year-old said she would vote for Sanders.",
            "person",
            "Mary Jones",
            id="aged-appositive",
        ),
        pytest.param(
            'A 21-year-old said the police had beaten him. "I could not breathe," the 21-year-old said.',
            "unnamed_person",
            None,
            id="unnamed",
        ),
        pytest.param(
            "Peter Brown spoke first. The 63-year-old said the town was dying.",
            "person",
            "Peter Brown",
            id="no-age-given",
        ),
    ],
)
def test_sources_an_age_is_the_person_given_it(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "the 46-year-old" is a person: the one the article gave that age before ("John Smith, 46,",
    "a 46-year-old mother"), else, as a definite role, the person named last."""
    quotes = extractor.article(text, "t").quotes
    first, last = quotes[0].speaker, quotes[-1].speaker
    assert first is not None and last is not None
    assert (last.kind, last.name) == (kind, name)
    if kind == "unnamed_person":
        assert last.entity == first.entity  # the same unnamed person


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "The firm lobbied on behalf of the Trump Organization, said lobbyist and GOP strategist "
            "Charlie Black, Manafort's former business partner.",
            "person",
            "Charlie Black",
            id="titles-of-one-person",
        ),
        pytest.param(
            "Clinton was joined by her husband, former President Bill Clinton, and daughter Chelsea "
            "Clinton. Her husband, former President Bill Clinton, and daughter Chelsea Clinton said "
            "the trip was a success.",
            "person",
            "Bill Clinton",
            id="two-people",
        ),
    ],
)
def test_sources_a_list_of_roles_before_a_name(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "lobbyist and GOP strategist Charlie Black": roles joined by "and" before a name are that
    person's, though the parse joins the first role and the name; a role with its own name in
    apposition is someone else."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


def test_sources_an_apposition_across_the_verb_names_no_one(extractor: quotex.Extractor) -> None:
    """The parse hangs "Sen. John McCain" on "The lawyers" across their verb "pointed": McCain is
    one of the hopefuls, not a lawyer, so "the lawyers" stay an unnamed group."""
    text = (
        "The lawyers also pointed to the candidacies of two former Republican hopefuls, Sen. John "
        "McCain of Arizona and former Michigan Gov. George Romney, as examples of valid runs. These "
        "precedents, the lawyers said, settle the question."
    )
    speaker = _last_speaker(extractor, text)
    assert speaker.text == "the lawyers"
    assert speaker.name is None


SENATORS_LISTED_AFTER_A_COLON = """
# text = Two senators said they would object: Joe Manchin and Bob Casey.
1 Two two NUM CD 2 nummod NER=B-CARDINAL
2 senators senator NOUN NNS 3 nsubj _
3 said say VERB VBD 0 ROOT _
4 they they PRON PRP 6 nsubj _
5 would would AUX MD 6 aux _
6 object object VERB VB 3 ccomp SpaceAfter=No
7 : : PUNCT : 3 punct _
8 Joe Joe PROPN NNP 9 compound NER=B-PERSON
9 Manchin Manchin PROPN NNP 2 appos NER=I-PERSON
10 and and CCONJ CC 9 cc _
11 Bob Bob PROPN NNP 12 compound NER=B-PERSON
12 Casey Casey PROPN NNP 9 conj NER=I-PERSON|SpaceAfter=No
13 . . PUNCT . 3 punct _
"""


def test_sources_names_listed_after_a_colon_name_the_subject(conllu: Callable[[str], Document]) -> None:
    """An apposition past the subject's verb is taken for a misparse, except a list after a colon,
    which names the subject: "Two senators said ...: Joe Manchin and Bob Casey"."""
    [source] = sources_of(conllu(SENATORS_LISTED_AFTER_A_COLON)).sources
    assert (source.kind, source.anonymous) == ("person", False)
    assert source.name is not None and source.name.startswith("Joe Manchin")


@pytest.mark.parametrize(
    "description",
    [
        pytest.param(
            "The employee, a registered Republican who spoke on the condition of anonymity for fear of losing her job,",
            id="anonymity-in-apposition",
        ),
        pytest.param("The employee, who asked not to be named,", id="not-named-in-relative-clause"),
    ],
)
def test_sources_a_description_saying_it_is_unnamed_is_no_one_named(
    extractor: quotex.Extractor, description: str
) -> None:
    """A definite role is not the person named last when its own phrase says the source is not
    named: the employee is anonymous, not Donald Trump."""
    text = f"Donald Trump spoke at the convention on Monday. {description} said the company offers no paid leave."
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name, speaker.anonymous) == ("unnamed_person", None, True)
    assert any(e.reason != "description" for e in speaker.evidence)


@pytest.mark.parametrize(
    "report",
    [
        pytest.param("The governor said that Ann Brown had no realistic path to the nomination.", id="clause"),
        pytest.param("The governor, who argued that Ann Brown had no path to the nomination, left.", id="relative"),
        pytest.param("The governor criticized Ann Brown for her plan.", id="object"),
    ],
)
def test_sources_a_definite_role_is_no_one_its_own_report_names(extractor: quotex.Extractor, report: str) -> None:
    """A definite role read as the person named last passes over the people its own report names: the
    governor who speaks of Ann Brown is not Ann Brown, but the one named before her."""
    speaker = _last_speaker(extractor, f"Tom Jones spoke first. Ann Brown spoke next. {report}")
    assert speaker.text in ("The governor", "who")
    assert (speaker.kind, speaker.name) == ("person", "Tom Jones")


def test_sources_an_anonymity_phrase_of_someone_not_quoted_marks_no_source(extractor: quotex.Extractor) -> None:
    """ "with knowledge of the plans" describes "a person" (parsed as the object of "said"), who is
    no speaker quotex reads; it does not make the bank, the speaker of "plans to", anonymous."""
    speaker = _last_speaker(extractor, "The bank plans to cut 5,000 jobs, said a person with knowledge of the plans.")
    assert speaker.text == "The bank"
    assert not speaker.anonymous
    assert not speaker.evidence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Syrian President Bashar al-Assad met the envoy on Sunday. Assad said the talks were useful.",
            "Bashar al-Assad",
            id="assad",
        ),
        pytest.param(
            "Prime Minister Haider al-Abadi hailed the victory. Abadi said the army would push toward Mosul.",
            "Haider al-Abadi",
            id="abadi-tagged-as-a-body",
        ),
    ],
)
def test_sources_a_surname_without_its_arabic_article(extractor: quotex.Extractor, text: str, name: str) -> None:
    """ "Haider al-Abadi" is "Abadi" on second mention: the surname is matched without "al-"."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == ("person", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "The Huckabee campaign said the speech was paid for. The Carson campaign said the fee went to charity.",
            "Carson campaign",
            id="campaign",
        ),
        pytest.param(
            "A CNN poll shows Clinton ahead. The Quinnipiac poll shows Trump ahead in Ohio.",
            "Quinnipiac poll",
            id="poll",
        ),
    ],
)
def test_sources_a_definite_body_named_by_its_modifier_is_not_another_body(
    extractor: quotex.Extractor, text: str, name: str
) -> None:
    """ "The Carson campaign" after "The Huckabee campaign" is Carson's, not the campaign named
    before: a definite body noun with a name before it skips bodies that name does not name."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == ("organization", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "A spokesman for Sen. Ted Cruz, Rick Tyler, said the senator would vote no.", "Rick Tyler", id="person"
        ),
        pytest.param(
            "The director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort.",
            "Ina Kirsch",
            id="body",
        ),
    ],
)
def test_sources_a_name_hung_on_a_name_names_the_description(extractor: quotex.Extractor, text: str, name: str) -> None:
    """The parse hangs "Rick Tyler" on "Ted Cruz", the nearest noun, not on "A spokesman": a name
    does not stand in apposition to another name, so Tyler is the spokesman."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name, speaker.anonymous) == ("person", name, False)


SUPPORTERS_OF_A_LIST = """
# text = Supporters of Donald Trump, Ted Cruz and Marco Rubio said the debate was rigged.
1 Supporters supporter NOUN NNS 11 nsubj _
2 of of ADP IN 1 prep _
3 Donald Donald PROPN NNP 4 compound NER=B-PERSON
4 Trump Trump PROPN NNP 2 pobj NER=I-PERSON|SpaceAfter=No
5 , , PUNCT , 4 punct _
6 Ted Ted PROPN NNP 7 compound NER=B-PERSON
7 Cruz Cruz PROPN NNP 4 appos NER=I-PERSON
8 and and CCONJ CC 7 cc _
9 Marco Marco PROPN NNP 10 compound NER=B-PERSON
10 Rubio Rubio PROPN NNP 7 conj NER=I-PERSON
11 said say VERB VBD 0 ROOT _
12 the the DET DT 13 det _
13 debate debate NOUN NN 15 nsubjpass _
14 was be AUX VBD 15 auxpass _
15 rigged rig VERB VBN 11 ccomp SpaceAfter=No
16 . . PUNCT . 11 punct _
"""


def test_sources_a_list_hung_on_a_name_does_not_name_the_description(conllu: Callable[[str], Document]) -> None:
    """A list of names parsed as an apposition ("Supporters of Donald Trump, Ted Cruz and Marco
    Rubio") is whose supporters they are, not who they are: they stay an unnamed group."""
    [source] = sources_of(conllu(SUPPORTERS_OF_A_LIST)).sources
    assert (source.kind, source.name) == ("unnamed_group", None)


_AIDE_THEN = (
    "Hillary Clinton spoke in Des Moines on Monday. A campaign aide said the crowd was the largest of the year. "
)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            _AIDE_THEN + "The event drew farmers. Since Clinton's op-ed in May, she has said the mandate should stay.",
            "person",
            "Hillary Clinton",
            id="named-since",
        ),
        pytest.param(
            _AIDE_THEN + "The event drew farmers. She said the mandate should stay.",
            "unnamed_person",
            None,
            id="no-one-named-since",
        ),
        pytest.param(
            _AIDE_THEN + 'Farmers shouted "Clinton!" at the end. She said the mandate should stay.',
            "unnamed_person",
            None,
            id="named-only-in-a-quotation",
        ),
        pytest.param(
            _AIDE_THEN + "Since Clinton's op-ed in May, she has said the mandate should stay.",
            "unnamed_person",
            None,
            id="one-sentence-before",
        ),
    ],
)
def test_sources_a_pronoun_skips_an_unnamed_person_when_someone_is_named_since(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "she" two or more sentences after "A campaign aide said", with Clinton named in between,
    means Clinton; with no one named since, or one sentence on, it means the aide."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- "
            "said the president offered no changes.",
            "John McCain",
            id="double-hyphen",
        ),
        pytest.param(
            "A former Republican presidential candidate — John McCain — said the president offered no changes.",
            "John McCain",
            id="em-dash",
        ),
        pytest.param(
            "A former Republican presidential candidate — a friend of John McCain — said the president offered no "
            "changes.",
            None,
            id="a-description-between-dashes",
        ),
    ],
)
def test_sources_a_name_set_off_by_dashes_names_the_subject(
    extractor: quotex.Extractor, text: str, name: str | None
) -> None:
    """The parse takes "John McCain" after a dash for a second subject of "said": it is the name of
    the candidate before the dash. A description between dashes names no one."""
    speaker = _last_speaker(extractor, text)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Mayor Bill Jones toured the flooded street. A man whose house was damaged followed the mayor down "
            'the road. "Nobody came to help us," he said.',
            "unnamed_person",
            None,
            id="a-man",
        ),
        pytest.param(
            "Governor Jane Doe signed the bill on Friday. A mother of three who lost her job attended the signing. "
            '"This changes everything for my family," she told reporters.',
            "unnamed_person",
            None,
            id="a-mother",
        ),
        pytest.param(
            "Mayor Bill Jones toured the flooded street. A woman whose house was damaged followed the mayor down "
            'the road. "Nobody came to help us," he said.',
            "person",
            "Bill Jones",
            id="another-sex",
        ),
    ],
)
def test_sources_a_pronoun_may_mean_a_man_or_woman_just_introduced(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """A subject introduced as "a man", "a woman", "a mother" is whom a later pronoun of the same
    sex means, not the named person before it; a pronoun of the other sex passes over it."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            "A nurse who didn't want to be named said the ward was full.",
            "didn't want to be named",
            id="didn't",
        ),
        pytest.param(
            "An aide, who wasn’t authorized to speak publicly, said the senator would vote no.",
            "n’t authorized to speak",
            id="curly-wasn't",
        ),
    ],
)
def test_sources_anonymity_phrase_read_through_a_contraction(
    extractor: quotex.Extractor, text: str, phrase: str
) -> None:
    """ "didn't", split "did" + "n't", reads as "did not": the phrase is the source's evidence."""
    speaker = _last_speaker(extractor, text)
    assert (phrase, "not_named" if "named" in phrase else "not_authorized") in [
        (e.text, e.reason) for e in speaker.evidence
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            'Linda Hudson said the town was shocked. "We are scared," said the woman, who like many in the town '
            "did not want to be quoted by name.",
            "unnamed_person",
            id="the-clause-she-is-subject-of",
        ),
        pytest.param(
            'Linda Hudson said the town was shocked. "We are scared," said the woman, who wanted to be quoted.',
            "person",
            id="no-phrase",
        ),
    ],
)
def test_sources_a_description_whose_clause_declines_a_name_is_unnamed(
    extractor: quotex.Extractor, text: str, kind: str
) -> None:
    """ "the woman" whose own clause says she did not want to be quoted by name (the parse makes
    her the subject of "want") is not the woman named before."""
    speaker = _last_speaker(extractor, text)
    assert speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "kind", "mention"),
    [
        pytest.param(
            "Millennials say they believe success will take effort. Nearly nine out of 10 say they will need new "
            'skills. They are skeptical of the sharing economy, and they said "it is not for us."',
            "unnamed_group",
            "Millennials",
            id="a-later-sentence",
        ),
        pytest.param(
            'Millennials say they believe success will take effort. Nearly nine out of 10 said they "will need new '
            'skills."',
            "unknown",
            "Nearly nine out of 10",
            id="the-share's-own-sentence",
        ),
    ],
)
def test_sources_they_after_a_poll_share_means_the_people_polled(
    extractor: quotex.Extractor, text: str, kind: str, mention: str
) -> None:
    """ "they" in a poll share's own sentence ("Nearly nine out of 10 said they") is that share; in a
    later sentence it is the people the article speaks of, the Millennials, not the share."""
    record = extractor.article(text, "t")
    speaker = record.quotes[-1].speaker
    assert speaker is not None
    source = next(s for s in record.sources if s.id == speaker.entity)
    assert speaker.kind == kind
    assert any(m.text == mention for m in source.mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'Hillary Clinton spoke first. Then Bill Clinton took the stage. "We are ready," the woman said.',
            "Hillary Clinton",
            id="the-woman-skips-a-man",
        ),
        pytest.param(
            'Hillary Clinton spoke first. Then Bill Clinton took the stage. "We are ready," the man said.',
            "Bill Clinton",
            id="the-man",
        ),
        pytest.param(
            'Mary Jones spoke first. "We are ready," the man said.',
            None,
            id="no-one-of-his-sex",
        ),
    ],
)
def test_sources_a_gendered_description_skips_people_of_the_other_sex(
    extractor: quotex.Extractor, text: str, name: str | None
) -> None:
    """ "the woman", read as the person named last, is the last one named who can be a woman (by
    first name or honorific), not Bill Clinton; with no one of the noun's sex, no one named."""
    speaker = _last_speaker(extractor, text)
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Hillary Clinton campaigned in Ohio. A voter at the rally, a retired teacher, said she was "
            'undecided. "I like her, but I don\'t trust her," the woman said.',
            "unnamed_person",
            None,
            id="the-voter-just-described",
        ),
        pytest.param(
            "Hillary Clinton campaigned in Ohio. A voter at the rally said he was undecided. The crowd "
            'cheered. Then the speeches began. "We will win," the woman said.',
            "person",
            "Hillary Clinton",
            id="no-one-in-view",
        ),
    ],
)
def test_sources_the_woman_is_the_unnamed_person_just_described(
    extractor: quotex.Extractor, text: str, kind: str, name: str | None
) -> None:
    """ "the woman" right after an unnamed voter is that voter, not Hillary Clinton named before;
    with no unnamed person of her sex in that sentence or the two before, the person named last."""
    speaker = _last_speaker(extractor, text)
    assert (speaker.kind, speaker.name) == (kind, name)


def test_sources_who_after_a_name_and_others_is_that_person_s_group(extractor: quotex.Extractor) -> None:
    """ "Smith and others who want to ban abortion": the relative clause hangs on "others", but
    the group is Smith's, named through her, as "Smith and others said" is."""
    record = extractor.article(
        "Mary Smith leads the group. Smith and others who want to ban abortion said the ruling will make the "
        "choice clear.",
        "t",
    )
    kinds = {q.speaker.text: (q.speaker.kind, q.speaker.name) for q in record.quotes if q.speaker is not None}
    assert kinds["who"] == ("person", "Mary Smith")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Newspaper: Defense secretary used personal email at Pentagon.", "organization", id="bare"),
        pytest.param("A newspaper said the defense secretary used personal email.", "unnamed_group", id="a-newspaper"),
    ],
)
def test_sources_a_bare_body_noun_is_a_named_body(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """A headline's bare "Newspaper:" is the paper the article goes on to name, a body; "a
    newspaper" is one the article leaves unnamed."""
    assert _last_speaker(extractor, text).kind == kind


def test_sources_the_groups_after_unnamed_groups_is_that_group(extractor: quotex.Extractor) -> None:
    """ "The groups" after "Human rights groups" (with a named body between) is that unnamed group,
    anonymous, not a new body with no name."""
    text = (
        "Human rights groups condemned the arrests. Amnesty International said the detainees had been "
        "tortured. The groups said they would appeal to the United Nations."
    )
    speaker = _last_speaker(extractor, text)
    assert (speaker.text, speaker.kind, speaker.anonymous) == ("The groups", "unnamed_group", True)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The newspaper cited three people familiar with the investigation. They said the FBI had opened a file.",
            "unnamed_group",
            id="cited",
        ),
        pytest.param(
            "The newspaper, citing officials briefed on the talks, reported a deal. They said it would be signed "
            "on Monday.",
            "unnamed_group",
            id="citing",
        ),
    ],
)
def test_sources_they_after_people_cited_means_them(extractor: quotex.Extractor, text: str, kind: str) -> None:
    """The people a report cites ("cited three people familiar with ...") are whom a later "they"
    means, not the newspaper that cites them."""
    assert _last_speaker(extractor, text).kind == kind


def test_sources_subject_of_continue_is_no_source(extractor: quotex.Extractor) -> None:
    """The subject of "continue" with no quote of its own is no source ("adding that inquiries were
    continuing"); "he continued" after a quotation still is."""
    article = extractor.article("Police said two men were arrested, adding that inquiries were continuing.", "t")
    assert [[m.text for m in s.mentions] for s in article.sources] == [["Police"]]
    article = extractor.article('"We will not stop," he continued.', "t")
    assert [[m.text for m in s.mentions] for s in article.sources] == [["he"]]
