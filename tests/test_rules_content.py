"""Tests of the content rules (quotex.rules.content) and their lexicon, content_cues.txt, on hand-written parses.

Objects, predicates, infinitives and prepositional objects of cue verbs, and
the clauses of cue nouns. As in test_rules_direct, the ``parse`` fixture runs
each case on the CoNLL-U written here and on its text parsed by the real spaCy
pipeline; expectations are the same for both.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from pathlib import Path

import pytest

import quotex
from quotex import QuoteRecord, extract_document
from quotex import lexicons as lexicons_module
from quotex.lexicons import CONTENT_CUES, load_pairs
from quotex.model import Document
from quotex.rules import RULES
from quotex.rules import content as content_rules

Parse = Callable[[str], Document]

# S V O
CITED = """
# text = She cited the new poll from Gallup.
1   She     she     PRON   PRP   2   nsubj   _
2   cited   cite    VERB   VBD   0   ROOT    _
3   the     the     DET    DT    5   det     _
4   new     new     ADJ    JJ    5   amod    _
5   poll    poll    NOUN   NN    2   dobj    _
6   from    from    ADP    IN    5   prep    _
7   Gallup  Gallup  PROPN  NNP   6   pobj    NER=B-ORG
8   .       .       PUNCT  .     2   punct   _
"""

# S V O P
CALLED_PREDICATE = """
# text = He called the plan a total disaster.
1   He        he        PRON   PRP   2   nsubj   _
2   called    call      VERB   VBD   0   ROOT    _
3   the       the       DET    DT    4   det     _
4   plan      plan      NOUN   NN    2   dobj    _
5   a         a         DET    DT    7   det     _
6   total     total     ADJ    JJ    7   amod    _
7   disaster  disaster  NOUN   NN    2   oprd    _
8   .         .         PUNCT  .     2   punct   _
"""

# S V to C
VOWED = """
# text = He vowed to repeal the law.
1   He      he      PRON   PRP   2   nsubj   _
2   vowed   vow     VERB   VBD   0   ROOT    _
3   to      to      PART   TO    4   aux     _
4   repeal  repeal  VERB   VB    2   xcomp   _
5   the     the     DET    DT    6   det     _
6   law     law     NOUN   NN    4   dobj    _
7   .       .       PUNCT  .     2   punct   _
"""

# S V O to C: the one asked is part of the content
URGED = """
# text = She urged Congress to act quickly.
1   She       she       PRON   PRP   2   nsubj   _
2   urged     urge      VERB   VBD   0   ROOT    _
3   Congress  Congress  PROPN  NNP   2   dobj    NER=B-ORG
4   to        to        PART   TO    5   aux     _
5   act       act       VERB   VB    2   xcomp   _
6   quickly   quickly   ADV    RB    5   advmod  _
7   .         .         PUNCT  .     2   punct   _
"""

# S V P O
CALLED_FOR = """
# text = She called for an inquiry into the deal.
1   She      she      PRON   PRP   2   nsubj   _
2   called   call     VERB   VBD   0   ROOT    _
3   for      for      ADP    IN    2   prep    _
4   an       an       DET    DT    5   det     _
5   inquiry  inquiry  NOUN   NN    3   pobj    _
6   into     into     ADP    IN    5   prep    _
7   the      the      DET    DT    8   det     _
8   deal     deal     NOUN   NN    6   pobj    _
9   .        .        PUNCT  .     2   punct   _
"""

# S V O P C: the one accused is part of the content
ACCUSED = """
# text = He accused the mayor of lying about the budget.
1   He       he      PRON   PRP   2   nsubj   _
2   accused  accuse  VERB   VBD   0   ROOT    _
3   the      the     DET    DT    4   det     _
4   mayor    mayor   NOUN   NN    2   dobj    _
5   of       of      ADP    IN    2   prep    _
6   lying    lie     VERB   VBG   5   pcomp   _
7   about    about   ADP    IN    6   prep    _
8   the      the     DET    DT    9   det     _
9   budget   budget  NOUN   NN    7   pobj    _
10  .        .       PUNCT  .     2   punct   _
"""

# S's N that C
CLAIM_POSSESSIVE = """
# text = Trump's claim that the election was rigged drew criticism.
1   Trump      Trump      PROPN  NNP   3   poss       NER=B-PERSON
2   's         's         PART   POS   1   case       _
3   claim      claim      NOUN   NN    9   nsubj      _
4   that       that       SCONJ  IN    8   mark       _
5   the        the        DET    DT    6   det        _
6   election   election   NOUN   NN    8   nsubjpass  _
7   was        be         AUX    VBD   8   auxpass    _
8   rigged     rig        VERB   VBN   3   acl        _
9   drew       draw       VERB   VBD   0   ROOT       _
10  criticism  criticism  NOUN   NN    9   dobj       _
11  .          .          PUNCT  .     9   punct      _
"""

# S's N to C
PLAN_TO = """
# text = Her plan to cut taxes met resistance.
1   Her         her         PRON   PRP$  2   poss    _
2   plan        plan        NOUN   NN    6   nsubj   _
3   to          to          PART   TO    4   aux     _
4   cut         cut         VERB   VB    2   acl     _
5   taxes       tax         NOUN   NNS   4   dobj    _
6   met         meet        VERB   VBD   0   ROOT    _
7   resistance  resistance  NOUN   NN    6   dobj    _
8   .           .           PUNCT  .     6   punct   _
"""

# N by S that C
CLAIM_BY = """
# text = The claim by the governor that the vote was rigged was false.
1   The       the       DET    DT    2   det        _
2   claim     claim     NOUN   NN    11  nsubj      _
3   by        by        ADP    IN    2   prep       _
4   the       the       DET    DT    5   det        _
5   governor  governor  NOUN   NN    3   pobj       _
6   that      that      SCONJ  IN    10  mark       _
7   the       the       DET    DT    8   det        _
8   vote      vote      NOUN   NN    10  nsubjpass  _
9   was       be        AUX    VBD   10  auxpass    _
10  rigged    rig       VERB   VBN   2   acl        _
11  was       be        AUX    VBD   0   ROOT       _
12  false     false     ADJ    JJ    11  acomp      _
13  .         .         PUNCT  .     11  punct      _
"""

# S made the N that C: a light verb makes the noun its subject's own
LIGHT_VERB = """
# text = She made the argument that the tax was unfair.
1   She       she       PRON   PRP   2   nsubj   _
2   made      make      VERB   VBD   0   ROOT    _
3   the       the       DET    DT    4   det     _
4   argument  argument  NOUN   NN    2   dobj    _
5   that      that      SCONJ  IN    8   mark    _
6   the       the       DET    DT    7   det     _
7   tax       tax       NOUN   NN    8   nsubj   _
8   was       be        AUX    VBD   4   acl     _
9   unfair    unfair    ADJ    JJ    8   acomp   _
10  .         .         PUNCT  .     2   punct   _
"""

# S studied the N that C: the claim is not the subject's own (a verb of examining)
STUDIED_CLAIM = """
# text = She studied the claim that the tax was unfair.
1   She       she     PRON   PRP   2   nsubj   _
2   studied   study   VERB   VBD   0   ROOT    _
3   the       the     DET    DT    4   det     _
4   claim     claim   NOUN   NN    2   dobj    _
5   that      that    SCONJ  IN    8   mark    _
6   the       the     DET    DT    7   det     _
7   tax       tax     NOUN   NN    8   nsubj   _
8   was       be      AUX    VBD   4   acl     _
9   unfair    unfair  ADJ    JJ    8   acomp   _
10  .         .       PUNCT  .     2   punct   _
"""

# S V N P C: the subject of the verb a cue noun is the object of speaks
RAISED_QUESTIONS = """
# text = The governor raised questions about the new tax plan.
1   The        the        DET    DT    2   det     _
2   governor   governor   NOUN   NN    3   nsubj   _
3   raised     raise      VERB   VBD   0   ROOT    _
4   questions  question   NOUN   NNS   3   dobj    _
5   about      about      ADP    IN    4   prep    _
6   the        the        DET    DT    9   det     _
7   new        new        ADJ    JJ    9   amod    _
8   tax        tax        NOUN   NN    9   compound _
9   plan       plan       NOUN   NN    5   pobj    _
10  .          .          PUNCT  .     3   punct   _
"""

# S V P N P C: also through a preposition
MENTION_WITH = """
# text = Smith closed the speech with a brief mention of the budget deficit.
1   Smith     Smith     PROPN  NNP   2   nsubj   NER=B-PERSON
2   closed    close     VERB   VBD   0   ROOT    _
3   the       the       DET    DT    4   det     _
4   speech    speech    NOUN   NN    2   dobj    _
5   with      with      ADP    IN    2   prep    _
6   a         a         DET    DT    8   det     _
7   brief     brief     ADJ    JJ    8   amod    _
8   mention   mention   NOUN   NN    5   pobj    _
9   of        of        ADP    IN    8   prep    _
10  the       the       DET    DT    12  det     _
11  budget    budget    NOUN   NN    12  compound _
12  deficit   deficit   NOUN   NN    9   pobj    _
13  .         .         PUNCT  .     2   punct   _
"""

# S V N to V O: an infinitive on a noun for no one is done by the subject of the verb above
FOUND_WAYS = """
# text = The senator found ways to praise the new budget plan.
1   The      the      DET    DT    2   det       _
2   senator  senator  NOUN   NN    3   nsubj     _
3   found    find     VERB   VBD   0   ROOT      _
4   ways     way      NOUN   NNS   3   dobj      _
5   to       to       PART   TO    6   aux       _
6   praise   praise   VERB   VB    4   relcl     _
7   the      the      DET    DT    10  det       _
8   new      new      ADJ    JJ    10  amod      _
9   budget   budget   NOUN   NN    10  compound  _
10  plan     plan     NOUN   NN    6   dobj      _
11  .        .        PUNCT  .     3   punct     _
"""

# S gave X N to V O: ... or by the one given the noun
GAVE_REASON = """
# text = The defeat gave the governor a reason to criticize the state budget.
1   The        the        DET    DT    2   det       _
2   defeat     defeat     NOUN   NN    3   nsubj     _
3   gave       give       VERB   VBD   0   ROOT      _
4   the        the        DET    DT    5   det       _
5   governor   governor   NOUN   NN    3   dative    _
6   a          a          DET    DT    7   det       _
7   reason     reason     NOUN   NN    3   dobj      _
8   to         to         PART   TO    9   aux       _
9   criticize  criticize  VERB   VB    7   relcl     _
10  the        the        DET    DT    12  det       _
11  state      state      NOUN   NN    12  compound  _
12  budget     budget     NOUN   NN    9   dobj      _
13  .          .          PUNCT  .     3   punct     _
"""

# S is N P C: a cue noun said of a subject names the subject's words
PLATFORM_IS_CALL = """
# text = The union's platform is a call for higher wages in the state.
1   The       the       DET    DT    2   det     _
2   union     union     NOUN   NN    4   poss    _
3   's        's        PART   POS   2   case    _
4   platform  platform  NOUN   NN    5   nsubj   _
5   is        be        AUX    VBZ   0   ROOT    _
6   a         a         DET    DT    7   det     _
7   call      call      NOUN   NN    5   attr    _
8   for       for       ADP    IN    7   prep    _
9   higher    high      ADJ    JJR   10  amod    _
10  wages     wage      NOUN   NNS   8   pobj    _
11  in        in        ADP    IN    10  prep    _
12  the       the       DET    DT    13  det     _
13  state     state     NOUN   NN    11  pobj    _
14  .         .         PUNCT  .     5   punct   _
"""

# S faced N P C: the one asked does not speak
FACED_QUESTIONS = """
# text = She faced questions about the new tax plan.
1   She        she        PRON   PRP   2   nsubj   _
2   faced      face       VERB   VBD   0   ROOT    _
3   questions  question   NOUN   NNS   2   dobj    _
4   about      about      ADP    IN    3   prep    _
5   the        the        DET    DT    8   det     _
6   new        new        ADJ    JJ    8   amod    _
7   tax        tax        NOUN   NN    8   compound _
8   plan       plan       NOUN   NN    4   pobj    _
9   .          .          PUNCT  .     2   punct   _
"""

# A one-word object says nothing: no content
CITED_PRONOUN = """
# text = She cited it.
1   She    she   PRON   PRP   2   nsubj   _
2   cited  cite  VERB   VBD   0   ROOT    _
3   it     it    PRON   PRP   2   dobj    _
4   .      .     PUNCT  .     2   punct   _
"""


def span_of(text: str, part: str) -> tuple[int, int]:
    """Offsets of the only occurrence of ``part`` in ``text``."""
    assert text.count(part) == 1, f"{part!r} is not unique in {text!r}"
    start = text.index(part)
    return start, start + len(part)


# S V wh-C: a wh-clause that the parse makes the clausal complement of an object cue
DISCUSSED_HOW = """
# text = The senators discussed how the new law would work.
1   The       the       DET    DT   2   det     _
2   senators  senator   NOUN   NNS  3   nsubj   _
3   discussed discuss   VERB   VBD  0   ROOT    _
4   how       how       SCONJ  WRB  9   advmod  _
5   the       the       DET    DT   7   det     _
6   new       new       ADJ    JJ   7   amod    _
7   law       law       NOUN   NN   9   nsubj   _
8   would     would     AUX    MD   9   aux     _
9   work      work      VERB   VB   3   ccomp   _
10  .         .         PUNCT  .    3   punct   _
"""


def assert_content(doc: Document, record: QuoteRecord, quote: str, *, rule: str, cue: str, speaker: str | None) -> None:
    """The record is an indirect quote of ``quote`` (offsets into the text) with this rule, cue and speaker mention."""
    assert record.quote.text == quote
    assert (record.quote.start, record.quote.end) == span_of(doc.text, quote)
    assert (record.type, record.rule) == ("indirect", rule)
    assert record.cue is not None
    assert (record.cue.text, doc.text[record.cue.start : record.cue.end]) == (cue, cue)
    if speaker is None:
        assert record.speaker is None
    else:
        assert record.speaker is not None
        assert record.speaker.text == speaker
        assert (record.speaker.start, record.speaker.end) == span_of(doc.text, speaker)


@pytest.mark.parametrize(
    ("source", "quote", "rule", "cue", "speaker"),
    [
        pytest.param(CITED, "the new poll from Gallup", "reported-object", "cited", "She", id="object"),
        pytest.param(
            CALLED_PREDICATE, "the plan a total disaster", "reported-predicate", "called", "He", id="predicate"
        ),
        pytest.param(VOWED, "to repeal the law", "reported-infinitive", "vowed", "He", id="infinitive"),
        pytest.param(
            URGED, "Congress to act quickly", "reported-infinitive", "urged", "She", id="infinitive-with-object"
        ),
        pytest.param(
            CALLED_FOR, "an inquiry into the deal", "reported-prepositional", "called", "She", id="prepositional"
        ),
        pytest.param(
            ACCUSED,
            "the mayor of lying about the budget",
            "reported-prepositional",
            "accused",
            "He",
            id="prepositional-with-object",
        ),
        pytest.param(
            DISCUSSED_HOW, "how the new law would work", "reported-object", "discussed", "The senators", id="wh-clause"
        ),
        pytest.param(FOUND_WAYS, "the new budget plan", "reported-object", "praise", "The senator", id="ways-to"),
        pytest.param(
            GAVE_REASON, "the state budget", "reported-object", "criticize", "the governor", id="given-a-reason-to"
        ),
    ],
)
def test_rules_content_verb_content(parse: Parse, source: str, quote: str, rule: str, cue: str, speaker: str) -> None:
    """A cue verb's object, object and predicate, infinitive or prepositional object is one indirect quote."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert_content(doc, record, quote, rule=rule, cue=cue, speaker=speaker)
    assert record.fragments == ()


@pytest.mark.parametrize(
    ("source", "quote", "cue", "speaker"),
    [
        pytest.param(CLAIM_POSSESSIVE, "the election was rigged", "claim", "Trump", id="possessive-that"),
        pytest.param(PLAN_TO, "to cut taxes", "plan", "Her", id="possessive-to"),
        pytest.param(CLAIM_BY, "the vote was rigged", "claim", "the governor", id="by-speaker"),
        pytest.param(LIGHT_VERB, "the tax was unfair", "argument", "She", id="light-verb"),
        pytest.param(RAISED_QUESTIONS, "the new tax plan", "questions", "The governor", id="object-of-verb"),
        pytest.param(MENTION_WITH, "the budget deficit", "mention", "Smith", id="through-preposition"),
        pytest.param(
            PLATFORM_IS_CALL, "higher wages in the state", "call", "The union's platform", id="predicated-of-subject"
        ),
    ],
)
def test_rules_content_noun_cue_clause(parse: Parse, source: str, quote: str, cue: str, speaker: str) -> None:
    """A cue noun's that-clause or infinitive is one indirect quote; its owner, agent or light-verb subject speaks."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert_content(doc, record, quote, rule="noun-cue-clause", cue=cue, speaker=speaker)


def test_rules_content_noun_cue_under_other_verb_has_no_speaker(parse: Parse) -> None:
    """The subject of a verb of examining does not own the cue noun: "She studied the claim that C"."""
    doc = parse(STUDIED_CLAIM)
    [record] = extract_document(doc)
    assert_content(doc, record, "the tax was unfair", rule="noun-cue-clause", cue="claim", speaker=None)


def test_rules_content_noun_cue_received_has_no_speaker(parse: Parse) -> None:
    """The subject of a verb of receiving is asked, and does not speak: "She faced questions about C"."""
    doc = parse(FACED_QUESTIONS)
    [record] = extract_document(doc)
    assert_content(doc, record, "the new tax plan", rule="noun-cue-clause", cue="questions", speaker=None)


NOT_AUTHORIZED = """
# text = He was not authorized to discuss the new budget plan.
1   He          he         PRON   PRP   4    nsubjpass  _
2   was         be         AUX    VBD   4    auxpass    _
3   not         not        PART   RB    4    neg        _
4   authorized  authorize  VERB   VBN   0    ROOT       _
5   to          to         PART   TO    6    aux        _
6   discuss     discuss    VERB   VB    4    xcomp      _
7   the         the        DET    DT    10   det        _
8   new         new        ADJ    JJ    10   amod       _
9   budget      budget     NOUN   NN    10   compound   _
10  plan        plan       NOUN   NN    6    dobj       _
11  .           .          PUNCT  .     4    punct      _
"""


AUTHORIZED = """
# text = He was authorized to discuss the new budget plan.
1   He          he         PRON   PRP   3    nsubjpass  _
2   was         be         AUX    VBD   3    auxpass    _
3   authorized  authorize  VERB   VBN   0    ROOT       _
4   to          to         PART   TO    5    aux        _
5   discuss     discuss    VERB   VB    3    xcomp      _
6   the         the        DET    DT    9    det        _
7   new         new        ADJ    JJ    9    amod       _
8   budget      budget     NOUN   NN    9    compound   _
9   plan        plan       NOUN   NN    5    dobj       _
10  .           .          PUNCT  .     3    punct      _
"""


def test_rules_content_what_no_one_was_allowed_to_say_is_no_quote(parse: Parse) -> None:
    """ "He was not authorized to discuss the new budget plan": the reason a source is anonymous,
    not a report; without "not" the same sentence is one (`reported-object`)."""
    assert extract_document(parse(NOT_AUTHORIZED)) == []
    [record] = extract_document(parse(AUTHORIZED))
    assert (record.rule, record.quote.text) == ("reported-object", "the new budget plan")


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        pytest.param("She was not allowed to say that the plan had failed.", [], id="not-allowed"),
        pytest.param("She was allowed to say that the plan had failed.", ["the plan had failed"], id="allowed"),
    ],
)
def test_rules_content_a_forbidden_reporting_verb_reports_nothing(
    extractor: quotex.Extractor, text: str, quotes: list[str]
) -> None:
    """The reporting verbs skip what someone was not permitted to say, as the content cues do."""
    assert [q.quote.text for q in extractor.article(text, "t").quotes] == quotes


def test_rules_content_needs_more_than_one_word(parse: Parse) -> None:
    """A cue verb whose object is a single word ("She cited it.") reports no content."""
    assert extract_document(parse(CITED_PRONOUN)) == []


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param({}, [], id="no-entry"),
        pytest.param({"cite": frozenset({"to"})}, [], id="other-kind"),
        pytest.param({"cite": frozenset({"object"})}, ["reported-object"], id="object"),
    ],
)
def test_rules_content_reads_content_cue_lexicon(
    conllu: Parse, monkeypatch: pytest.MonkeyPatch, table: dict[str, frozenset[str]], expected: list[str]
) -> None:
    """The content rules find the object of "cite" only when the content-cue lexicon gives "cite" the kind "object"."""
    monkeypatch.setattr(content_rules, "CONTENT_CUES", table)
    assert [r.rule for r in extract_document(conllu(CITED))] == expected


def test_rules_content_rules_are_registered() -> None:
    """Every content rule is in quotex.rules.RULES with its example."""
    names = {
        "reported-object",
        "reported-predicate",
        "reported-infinitive",
        "reported-prepositional",
        "reported-pro-form",
        "noun-cue-clause",
    }
    assert names <= set(RULES)
    assert RULES["noun-cue-clause"].example == "Trump's claim that the election was rigged"


def test_rules_content_lexicon_lemma_has_several_contents() -> None:
    """In content_cues.txt one lemma has several contents: "call" takes a predicate, an infinitive and "for"."""
    assert {"predicate", "to", "for"} <= CONTENT_CUES["call"]
    assert {"to", "clause"} <= CONTENT_CUES["claim"]
    assert load_pairs("content_cues") == CONTENT_CUES


@pytest.fixture
def lexicon_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory the lexicon loader reads ``<name>.txt`` from instead of the quotex.lexicons package."""
    monkeypatch.setattr(lexicons_module, "resources", types.SimpleNamespace(files=lambda package: tmp_path))
    return tmp_path


def test_rules_content_lexicon_pairs_from_file(lexicon_dir: Path) -> None:
    """load_pairs maps each lemma to all the contents of its lines, skipping comments and blank lines."""
    (lexicon_dir / "cues.txt").write_text(
        "# cue  content\n\ncite   object\nCall   predicate  # name-calling\ncall   to\ncall   for\n", encoding="utf-8"
    )
    assert load_pairs.__wrapped__("cues") == {
        "cite": frozenset({"object"}),
        "call": frozenset({"predicate", "to", "for"}),
    }


def test_rules_content_lexicon_duplicate_pair_names_line(lexicon_dir: Path) -> None:
    """A lemma and content listed twice raises ValueError naming the file and the line of the repeat."""
    (lexicon_dir / "cues.txt").write_text(
        "# cue  content\ncall  for\n\ncall  to\n# again\nCALL  for\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"cues\.txt line 6: 'call' 'for' is listed twice"):
        load_pairs.__wrapped__("cues")


@pytest.mark.parametrize(
    ("text", "cue", "quote"),
    [
        pytest.param(
            "The retired general endorsed the mayor of Springfield on Sunday.",
            "endorsed",
            "the mayor of Springfield",
            id="endorse",
        ),
        pytest.param(
            "The senator decried the rising cost of prescription drugs.",
            "decried",
            "the rising cost of prescription drugs",
            id="decry",
        ),
        pytest.param(
            "The union leader slammed the new contract offer.", "slammed", "the new contract offer", id="slam"
        ),
        pytest.param("The candidate blasted the trade deal with Canada.", "blasted", "the trade deal", id="blast"),
        pytest.param(
            "The governor signaled support for a higher minimum wage.",
            "signaled",
            "support for a higher minimum wage",
            id="signal",
        ),
    ],
)
def test_rules_content_object_cues_of_stance(extractor: quotex.Extractor, text: str, cue: str, quote: str) -> None:
    """Verbs of endorsing and condemning report their object: "The senator decried the rising cost of drugs"."""
    [record] = extractor(text)
    assert (record.rule, record.type) == ("reported-object", "indirect")
    assert record.cue is not None and record.cue.text == cue
    assert quote in record.quote.text


@pytest.mark.parametrize(
    ("text", "rule", "cue", "quote"),
    [
        pytest.param(
            "The governor characterized the new budget as a betrayal of working families.",
            "reported-prepositional",
            "characterized",
            "the new budget as a betrayal of working families",
            id="characterize-as",
        ),
        pytest.param(
            "The senator hailed the agreement as a turning point for the region.",
            "reported-prepositional",
            "hailed",
            "the agreement as a turning point for the region",
            id="hail-as",
        ),
        pytest.param(
            "The mayor hailed the volunteers who cleaned up the park.",
            "reported-object",
            "hailed",
            "the volunteers who cleaned up the park",
            id="hail",
        ),
        pytest.param(
            "The candidate lashed out at the reporters covering his campaign.",
            "reported-prepositional",
            "lashed",
            "the reporters covering his campaign",
            id="lash-at",
        ),
        pytest.param(
            "The judge chided the lawyers for their late filings.",
            "reported-prepositional",
            "chided",
            "the lawyers for their late filings",
            id="chide-for",
        ),
        pytest.param(
            "The editor chided the young reporter in front of the whole newsroom.",
            "reported-object",
            "chided",
            "the young reporter in front of the whole newsroom",  # the verb's modifiers run on (docs/rules.md)
            id="chide",
        ),
        pytest.param(
            "The columnist lambasted the city council's parking plan.",
            "reported-object",
            "lambasted",
            "the city council's parking plan",
            id="lambast",
        ),
        pytest.param(
            "The committee deemed the proposal too expensive to pursue.",
            "reported-predicate",
            "deemed",
            "the proposal too expensive to pursue",
            id="deem",
        ),
        pytest.param(
            "Officials labeled the group a threat to national security.",
            "reported-predicate",
            "labeled",
            "the group a threat to national security",
            id="label",
        ),
        pytest.param(
            "Critics dubbed the plan a tax on the middle class.",
            "reported-predicate",
            "dubbed",
            "the plan a tax on the middle class",
            id="dub",
        ),
        pytest.param(
            "The newspaper quoted the mayor as saying the budget was balanced.",
            "reported-prepositional",
            "quoted",
            "the mayor as saying the budget was balanced",
            id="quote-as",
        ),
    ],
)
def test_rules_content_cues_of_judgement(
    extractor: quotex.Extractor, text: str, rule: str, cue: str, quote: str
) -> None:
    """Verbs that judge or name something report it with their object, preposition or predicate."""
    records = extractor(text)
    record = next(r for r in records if r.rule == rule)
    assert record.cue is not None and record.cue.text == cue
    assert record.quote.text == quote


# S V O O: spaCy parses the predicate noun as a second object
LABELED_TWO_OBJECTS = """
# text = Officials labeled the group a threat to national security.
1   Officials  official  NOUN   NNS  2   nsubj  _
2   labeled    label     VERB   VBD  0   ROOT   _
3   the        the       DET    DT   4   det    _
4   group      group     NOUN   NN   2   dobj   _
5   a          a         DET    DT   6   det    _
6   threat     threat    NOUN   NN   2   dobj   _
7   to         to        ADP    IN   6   prep   _
8   national   national  ADJ    JJ   9   amod   _
9   security   security  NOUN   NN   7   pobj   _
10  .          .         PUNCT  .    2   punct  _
"""

# S V O "P": spaCy makes a quoted predicate an apposition of the object
CALLED_QUOTED_APPOSITION = """
# text = He called his rival's plan "a gift to the big banks," and left.
1   He      he      PRON   PRP  2   nsubj    _
2   called  call    VERB   VBD  0   ROOT     _
3   his     his     PRON   PRP$ 4   poss     _
4   rival   rival   NOUN   NN   6   poss     _
5   's      's      PART   POS  4   case     _
6   plan    plan    NOUN   NN   2   dobj     _
7   "       "       PUNCT  ``   6   punct    _
8   a       a       DET    DT   9   det      _
9   gift    gift    NOUN   NN   6   appos    _
10  to      to      ADP    IN   9   prep     _
11  the     the     DET    DT   13  det      _
12  big     big     ADJ    JJ   13  amod     _
13  banks   bank    NOUN   NNS  10  pobj     _
14  ,       ,       PUNCT  ,    2   punct    _
15  "       "       PUNCT  ''   2   punct    _
16  and     and     CCONJ  CC   2   cc       _
17  left    leave   VERB   VBD  2   conj     _
18  .       .       PUNCT  .    2   punct    _
"""


@pytest.mark.parametrize(
    ("source", "quote", "kind"),
    [
        pytest.param(LABELED_TWO_OBJECTS, "the group a threat to national security", "indirect", id="two-objects"),
        pytest.param(
            CALLED_QUOTED_APPOSITION, 'his rival\'s plan "a gift to the big banks,"', "mixed", id="quoted-apposition"
        ),
    ],
)
def test_rules_content_predicate_parse_shapes(parse: Parse, source: str, quote: str, kind: str) -> None:
    """A predicate parsed as a second object, or as a quoted apposition of the object, is still the predicate."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert (record.rule, record.type, record.quote.text) == ("reported-predicate", kind, quote)


# S V O "P": spaCy makes the quoted predicate a preposition of the verb
CALLED_THAT_QUOTED = """
# text = Jeff Weaver called that "beyond preposterous."
1   Jeff          Jeff          PROPN  NNP  2   compound  NER=B-PERSON
2   Weaver        Weaver        PROPN  NNP  3   nsubj     NER=I-PERSON
3   called        call          VERB   VBD  0   ROOT      _
4   that          that          PRON   DT   3   dobj      _
5   "             "             PUNCT  ``   6   punct     _
6   beyond        beyond        ADP    IN   3   prep      _
7   preposterous  preposterous  ADJ    JJ   6   pobj      _
8   .             .             PUNCT  .    3   punct     _
9   "             "             PUNCT  ''   3   punct     _
"""

# S V O "P": spaCy makes the one named the owner of the quoted predicate
CALLS_HER_QUOTED = """
# text = He calls her "an extremely intelligent woman with a wonderful resume."
1   He           he           PRON   PRP  2   nsubj   _
2   calls        call         VERB   VBZ  0   ROOT    _
3   her          she          PRON   PRP  8   poss    _
4   "            "            PUNCT  ``   8   punct   _
5   an           an           DET    DT   8   det     _
6   extremely    extremely    ADV    RB   7   advmod  _
7   intelligent  intelligent  ADJ    JJ   8   amod    _
8   woman        woman        NOUN   NN   2   dobj    _
9   with         with         ADP    IN   8   prep    _
10  a            a            DET    DT   12  det     _
11  wonderful    wonderful    ADJ    JJ   12  amod    _
12  resume       resume       NOUN   NN   9   pobj    _
13  .            .            PUNCT  .    2   punct   _
14  "            "            PUNCT  ''   2   punct   _
"""


@pytest.mark.parametrize(
    ("source", "quote", "cue", "speaker"),
    [
        pytest.param(
            CALLED_THAT_QUOTED, 'that "beyond preposterous."', "called", "Jeff Weaver", id="quote-as-preposition"
        ),
        pytest.param(
            CALLS_HER_QUOTED,
            'her "an extremely intelligent woman with a wonderful resume."',
            "calls",
            "He",
            id="quote-owned-by-the-named",
        ),
    ],
)
def test_rules_content_quoted_predicate_the_parse_misses(
    parse: Parse, source: str, quote: str, cue: str, speaker: str
) -> None:
    """A naming verb, the one it names and a quotation are object and predicate whatever the parse
    made of the quotation: the content runs to the quotation's closing mark."""
    doc = parse(source)
    [record] = [r for r in extract_document(doc) if r.rule == "reported-predicate"]
    assert (record.type, record.quote.text) == ("mixed", quote)
    assert record.cue is not None and record.cue.text == cue
    assert record.speaker is not None and record.speaker.text == speaker


# A quoted modifier of the object ("the "fake" news media"), and a quotation after "as", are no
# quoted predicate.
CALLED_QUOTED_MODIFIER = """
# text = He called the "fake" news media.
1   He     he      PRON   PRP  2   nsubj     _
2   called call    VERB   VBD  0   ROOT      _
3   the    the     DET    DT   8   det       _
4   "      "       PUNCT  ``   8   punct     _
5   fake   fake    ADJ    JJ   8   amod      _
6   "      "       PUNCT  ''   8   punct     _
7   news   news    NOUN   NN   8   compound  _
8   media  medium  NOUN   NNS  2   oprd      _
9   .      .       PUNCT  .    2   punct     _
"""

LABELED_AS_QUOTED = """
# text = The columnist labeled as "fake" every story about the deal.
1   The        the        DET    DT   2   det    _
2   columnist  columnist  NOUN   NN   3   nsubj  _
3   labeled    label      VERB   VBD  0   ROOT   _
4   as         as         ADP    IN   3   prep   _
5   "          "          PUNCT  ``   6   punct  _
6   fake       fake       ADJ    JJ   9   amod   _
7   "          "          PUNCT  ''   6   punct  _
8   every      every      DET    DT   9   det    _
9   story      story      NOUN   NN   4   pobj   _
10  about      about      ADP    IN   9   prep   _
11  the        the        DET    DT   12  det    _
12  deal       deal       NOUN   NN   10  pobj   _
13  .          .          PUNCT  .    3   punct  _
"""


@pytest.mark.parametrize(
    "source", [pytest.param(CALLED_QUOTED_MODIFIER, id="modifier"), pytest.param(LABELED_AS_QUOTED, id="after-as")]
)
def test_rules_content_quoted_words_that_are_no_predicate(parse: Parse, source: str) -> None:
    """The quotation must follow a noun phrase and end it: a quoted modifier the phrase runs on
    past, or quoted words after "as", are not what the verb names something."""
    doc = parse(source)
    assert [r for r in extract_document(doc) if r.rule == "reported-predicate"] == []


# S V yes | no P | so: a word that stands for what was said
SAID_YES = """
# text = Most voters said yes.
1   Most    most   ADJ    JJS  2   amod   _
2   voters  voter  NOUN   NNS  3   nsubj  _
3   said    say    VERB   VBD  0   ROOT   _
4   yes     yes    INTJ   UH   3   intj   _
5   .       .      PUNCT  .    3   punct  _
"""

SAID_NO_TO = """
# text = He said no to the war.
1   He    he    PRON   PRP  2   nsubj  _
2   said  say   VERB   VBD  0   ROOT   _
3   no    no    INTJ   UH   2   intj   _
4   to    to    ADP    IN   2   prep   _
5   the   the   DET    DT   6   det    _
6   war   war   NOUN   NN   4   pobj   _
7   .     .     PUNCT  .    2   punct  _
"""

SAY_SO = """
# text = Neither side would say so.
1   Neither  neither  DET    DT   2   det     _
2   side     side     NOUN   NN   4   nsubj   _
3   would    would    AUX    MD   4   aux     _
4   say      say      VERB   VB   0   ROOT    _
5   so       so       ADV    RB   4   advmod  _
6   .        .        PUNCT  .    4   punct   _
"""


@pytest.mark.parametrize(
    ("source", "quote", "speaker"),
    [
        pytest.param(SAID_YES, "yes", "Most voters", id="yes"),
        pytest.param(SAID_NO_TO, "no to the war", "He", id="no-to"),
        pytest.param(SAY_SO, "so", "Neither side", id="so"),
    ],
)
def test_rules_content_pro_form(parse: Parse, source: str, quote: str, speaker: str) -> None:
    """A verb of saying whose content is one word standing for what was said (and, after
    ``no``, what it was said to) reports that word."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert (record.rule, record.type, record.quote.text) == ("reported-pro-form", "indirect", quote)
    assert record.speaker is not None and record.speaker.text == speaker


SAID_NO_ONE = """
# text = He said no one would come.
1   He     he     PRON   PRP  2   nsubj  _
2   said   say    VERB   VBD  0   ROOT   _
3   no     no     DET    DT   4   det    _
4   one    one    NOUN   NN   6   nsubj  _
5   would  would  AUX    MD   6   aux    _
6   come   come   VERB   VB   2   ccomp  _
7   .      .      PUNCT  .    2   punct  _
"""

SAID_SO_FAR = """
# text = He has not said so far.
1   He    he    PRON   PRP  4   nsubj   _
2   has   have  AUX    VBZ  4   aux     _
3   not   not   PART   RB   4   neg     _
4   said  say   VERB   VBN  0   ROOT    _
5   so    so    ADV    RB   6   advmod  _
6   far   far   ADV    RB   4   advmod  _
7   .     .     PUNCT  .    4   punct   _
"""


@pytest.mark.parametrize(
    ("source", "verb"), [pytest.param(SAID_NO_ONE, 1, id="no-one"), pytest.param(SAID_SO_FAR, 3, id="so-far")]
)
def test_rules_content_no_pro_form(parse: Parse, source: str, verb: int) -> None:
    """``no`` as a determiner (``no one``) and ``so`` of another word (``so far``) stand for nothing said."""
    doc = parse(source)
    assert doc.tokens[verb].lemma == "say"
    assert content_rules._pro_form(doc, doc.tokens[verb]) == []


# S V for X to C: spaCy makes "for" the mark of an infinitive clause
CALLED_FOR_CLAUSE = """
# text = The senator called for the governor to resign immediately.
1   The          the          DET    DT   2   det     _
2   senator      senator      NOUN   NN   3   nsubj   _
3   called       call         VERB   VBD  0   ROOT    _
4   for          for          SCONJ  IN   8   mark    _
5   the          the          DET    DT   6   det     _
6   governor     governor     NOUN   NN   8   nsubj   _
7   to           to           PART   TO   8   aux     _
8   resign       resign       VERB   VB   3   advcl   _
9   immediately  immediately  ADV    RB   8   advmod  _
10  .            .            PUNCT  .    3   punct   _
"""


def test_rules_content_call_for_clause(parse: Parse) -> None:
    """``called for X to C``: the infinitive clause that "for" introduces is the content, without "for"."""
    doc = parse(CALLED_FOR_CLAUSE)
    [record] = extract_document(doc)
    assert_content(
        doc,
        record,
        "the governor to resign immediately",
        rule="reported-prepositional",
        cue="called",
        speaker="The senator",
    )


# O was V-ed by S: the passive of an object cue
PASSIVE_OBJECT = """
# text = The new trade deal was criticized by the unions.
1   The         the        DET    DT    4   det        _
2   new         new        ADJ    JJ    4   amod       _
3   trade       trade      NOUN   NN    4   compound   _
4   deal        deal       NOUN   NN    6   nsubjpass  _
5   was         be         AUX    VBD   6   auxpass    _
6   criticized  criticize  VERB   VBN   0   ROOT       _
7   by          by         ADP    IN    6   agent      _
8   the         the        DET    DT    9   det        _
9   unions      union      NOUN   NNS   7   pobj       _
10  .           .          PUNCT  .     6   punct      _
"""

# O was V-ed: no agent
PASSIVE_OBJECT_NO_AGENT = """
# text = The new trade deal was criticized.
1   The         the        DET    DT    4   det        _
2   new         new        ADJ    JJ    4   amod       _
3   trade       trade      NOUN   NN    4   compound   _
4   deal        deal       NOUN   NN    6   nsubjpass  _
5   was         be         AUX    VBD   6   auxpass    _
6   criticized  criticize  VERB   VBN   0   ROOT       _
7   .           .          PUNCT  .     6   punct      _
"""

# O was V-ed for X: a complement after the verb, the subject is not the content
PASSIVE_OBJECT_FOR = """
# text = The new trade deal was criticized for its labor rules.
1   The         the        DET    DT    4   det        _
2   new         new        ADJ    JJ    4   amod       _
3   trade       trade      NOUN   NN    4   compound   _
4   deal        deal       NOUN   NN    6   nsubjpass  _
5   was         be         AUX    VBD   6   auxpass    _
6   criticized  criticize  VERB   VBN   0   ROOT       _
7   for         for        ADP    IN    6   prep       _
8   its         its        PRON   PRP$  10  poss       _
9   labor       labor      NOUN   NN    10  compound   _
10  rules       rule       NOUN   NNS   7   pobj       _
11  .           .          PUNCT  .     6   punct      _
"""


def test_rules_content_passive_object(parse: Parse) -> None:
    """``O was criticized by S``: the passive subject is the content, the agent the speaker."""
    doc = parse(PASSIVE_OBJECT)
    [record] = extract_document(doc)
    assert_content(
        doc, record, "The new trade deal", rule="reported-passive-object", cue="criticized", speaker="the unions"
    )


def test_rules_content_passive_object_needs_its_agent(parse: Parse) -> None:
    """``O was criticized.`` names no speaker, and without one the subject is too often no content."""
    assert "reported-passive-object" not in [r.rule for r in extract_document(parse(PASSIVE_OBJECT_NO_AGENT))]


def test_rules_content_passive_object_not_with_a_complement(parse: Parse) -> None:
    """``O was criticized for X`` names no content in its subject: no passive-object quote."""
    assert "reported-passive-object" not in [r.rule for r in extract_document(parse(PASSIVE_OBJECT_FOR))]


@pytest.mark.parametrize(
    ("text", "rule", "quote"),
    [
        pytest.param(
            "The senator was asked about the new budget plan.",
            "reported-prepositional",
            "the new budget plan",
            id="asked-about",
        ),
        pytest.param(
            "The mayor was asked to release the full report.",
            "reported-infinitive",
            "to release the full report",
            id="asked-to",
        ),
    ],
)
def test_rules_content_passive_asking_has_no_speaker(
    extractor: quotex.Extractor, text: str, rule: str, quote: str
) -> None:
    """``S was asked about X`` / ``to C``: the question of someone not named; S is the one asked."""
    [record] = extractor(text)
    assert (record.rule, record.quote.text, record.speaker) == (rule, quote, None)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "Gharibabadi was quoted by Tasnim as saying Tehran would not give up enrichment.",
            "Tehran would not give up enrichment",
            "Gharibabadi",
            id="passive-with-agent",
        ),
        pytest.param(
            "CNN quoted a witness as saying he saw one person in the truck.",
            "a witness as saying he saw one person in the truck",
            "CNN",
            id="active",
        ),
    ],
)
def test_rules_content_quoted_as_saying(extractor: quotex.Extractor, text: str, content: str, speaker: str) -> None:
    """``X was quoted by Y as saying C``: X says C (the participle's reading), Y is no speaker; the
    active ``Y quoted X as saying C`` is Y's, its content ``X as saying C`` (as PolNeAR has it)."""
    [record] = extractor(text)
    assert record.speaker is not None
    assert (record.quote.text, record.speaker.text) == (content, speaker)
