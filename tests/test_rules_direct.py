"""Tests of the direct-quote rules (quotex.rules.direct), on hand-written parses and on the real spaCy pipeline.

Every case is a CoNLL-U parse written by hand (spaCy-style labels unless the
test says UD); the ``parse`` fixture runs each test twice: on the parse as
written, and on its text parsed by spaCy. Expectations are the same for both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import quotex
from quotex import QuoteRecord, analyse, extract_document
from quotex.model import Document
from quotex.quotemarks import find_quotations
from quotex.rules import RULES

Parse = Callable[[str], Document]
ROOT = Path(__file__).resolve().parent.parent

# "Q," S V
CUE_AFTER = """
# text = {o}We will win,{c} Smith said.
1   {o}     {o}     PUNCT  ``   8  punct  _
2   We      we      PRON   PRP  4  nsubj  _
3   will    will    AUX    MD   4  aux    _
4   win     win     VERB   VB   8  ccomp  _
5   ,       ,       PUNCT  ,    8  punct  _
6   {c}     {c}     PUNCT  ''   8  punct  _
7   Smith   Smith   PROPN  NNP  8  nsubj  NER=B-PERSON
8   said    say     VERB   VBD  0  ROOT   _
9   .       .       PUNCT  .    8  punct  _
"""

# "Q," V S
CUE_AFTER_INVERTED = """
# text = "We will win," said John Smith.
1   "       "       PUNCT  ``   7  punct     _
2   We      we      PRON   PRP  4  nsubj     _
3   will    will    AUX    MD   4  aux       _
4   win     win     VERB   VB   7  ccomp     _
5   ,       ,       PUNCT  ,    7  punct     _
6   "       "       PUNCT  ''   7  punct     _
7   said    say     VERB   VBD  0  ROOT      _
8   John    John    PROPN  NNP  9  compound  NER=B-PERSON
9   Smith   Smith   PROPN  NNP  7  nsubj     NER=I-PERSON
10  .       .       PUNCT  .    7  punct     _
"""

# S V: "Q"
CUE_BEFORE_COLON = """
# text = Smith said: "We will win."
1   Smith   Smith   PROPN  NNP  2  nsubj  NER=B-PERSON
2   said    say     VERB   VBD  0  ROOT   _
3   :       :       PUNCT  :    2  punct  _
4   "       "       PUNCT  ``   7  punct  _
5   We      we      PRON   PRP  7  nsubj  _
6   will    will    AUX    MD   7  aux    _
7   win     win     VERB   VB   2  ccomp  _
8   .       .       PUNCT  .    7  punct  _
9   "       "       PUNCT  ''   7  punct  _
"""

# S V, "Q"
CUE_BEFORE_COMMA = """
# text = Smith told reporters, "We will win."
1   Smith      Smith     PROPN  NNP  2  nsubj  NER=B-PERSON
2   told       tell      VERB   VBD  0  ROOT   _
3   reporters  reporter  NOUN   NNS  2  dobj   _
4   ,          ,         PUNCT  ,    2  punct  _
5   "          "         PUNCT  ``   8  punct  _
6   We         we        PRON   PRP  8  nsubj  _
7   will       will      AUX    MD   8  aux    _
8   win        win       VERB   VB   2  ccomp  _
9   .          .         PUNCT  .    8  punct  _
10  "          "         PUNCT  ''   8  punct  _
"""

# The same two sentences with Universal Dependencies labels (obj, root).
CUE_BEFORE_COMMA_UD = """
# text = Smith told reporters, "We will win."
1   Smith      Smith     PROPN  NNP  2  nsubj  NER=B-PERSON
2   told       tell      VERB   VBD  0  root   _
3   reporters  reporter  NOUN   NNS  2  obj    _
4   ,          ,         PUNCT  ,    8  punct  _
5   "          "         PUNCT  ``   8  punct  _
6   We         we        PRON   PRP  8  nsubj  _
7   will       will      AUX    MD   8  aux    _
8   win        win       VERB   VB   2  ccomp  _
9   .          .         PUNCT  .    8  punct  _
10  "          "         PUNCT  ''   8  punct  _
"""

CUE_AFTER_UD = """
# text = "We will win," said John Smith.
1   "       "       PUNCT  ``   4  punct  _
2   We      we      PRON   PRP  4  nsubj  _
3   will    will    AUX    MD   4  aux    _
4   win     win     VERB   VB   7  ccomp  _
5   ,       ,       PUNCT  ,    4  punct  _
6   "       "       PUNCT  ''   4  punct  _
7   said    say     VERB   VBD  0  root   _
8   John    John    PROPN  NNP  7  nsubj  NER=B-PERSON
9   Smith   Smith   PROPN  NNP  8  flat   NER=I-PERSON
10  .       .       PUNCT  .    7  punct  _
"""

# "Q1," S V, "Q2"
SPLIT = """
# text = "We will win," Smith said, "and we will win soon."
1   "       "       PUNCT  ``   8   punct      _
2   We      we      PRON   PRP  4   nsubj      _
3   will    will    AUX    MD   4   aux        _
4   win     win     VERB   VB   8   ccomp      _
5   ,       ,       PUNCT  ,    8   punct      _
6   "       "       PUNCT  ''   8   punct      _
7   Smith   Smith   PROPN  NNP  8   nsubj      NER=B-PERSON
8   said    say     VERB   VBD  0   ROOT       _
9   ,       ,       PUNCT  ,    8   punct      _
10  "       "       PUNCT  ``   14  punct      _
11  and     and     CCONJ  CC   14  cc         _
12  we      we      PRON   PRP  14  nsubj      _
13  will    will    AUX    MD   14  aux        _
14  win     win     VERB   VB   8   parataxis  _
15  soon    soon    ADV    RB   14  advmod     _
16  .       .       PUNCT  .    14  punct      _
17  "       "       PUNCT  ''   14  punct      _
"""

QUOTE_ONLY = """
# text = "The city is ready for the vote."
1   "       "       PUNCT  ``   4  punct  _
2   The     the     DET    DT   3  det    _
3   city    city    NOUN   NN   4  nsubj  _
4   is      be      AUX    VBZ  0  ROOT   _
5   ready   ready   ADJ    JJ   4  acomp  _
6   for     for     ADP    IN   5  prep   _
7   the     the     DET    DT   8  det    _
8   vote    vote    NOUN   NN   6  pobj   _
9   .       .       PUNCT  .    4  punct  _
10  "       "       PUNCT  ''   4  punct  _
"""

# S V: "Q1." "Q2."   and   S V: "Q1." // "Q2." (a paragraph of its own)
CONTINUED_SENTENCE = CUE_BEFORE_COLON + QUOTE_ONLY
# (after "Q1," S V the next paragraph joins its quote instead: test_rules_bounds)
CONTINUED_PARAGRAPH = "# newpar" + CUE_BEFORE_COLON + "\n# newpar" + QUOTE_ONLY
# "Q1," S V. "Q2."   (the quote-only sentence right after the cue's sentence joins its quote)
SPLIT_OVER_SENTENCES = CUE_AFTER.format(o='"', c='"') + QUOTE_ONLY

# S V: "Q1." // S V. "Q2."   (a sentence with a name for subject introduces the quote-only sentence)
INTRODUCED_AFTER_QUOTE = (
    "# newpar"
    + CUE_BEFORE_COLON
    + """
# newpar
# text = Jones agreed.
1   Jones   Jones   PROPN  NNP  2  nsubj  NER=B-PERSON
2   agreed  agree   VERB   VBD  0  ROOT   _
3   .       .       PUNCT  .    2  punct  _
"""
    + QUOTE_ONLY
)
# S V: "Q1." "Q2." S V.   (the parser ends the sentence at ." and the next says only who said Q2)
JONES_SAID = """
# text = Jones said on Monday.
1   Jones   Jones   PROPN  NNP  2  nsubj  NER=B-PERSON
2   said    say     VERB   VBD  0  ROOT   _
3   on      on      ADP    IN   2  prep   _
4   Monday  Monday  PROPN  NNP  3  pobj   NER=B-DATE
5   .       .       PUNCT  .    2  punct  _
"""
ATTRIBUTED_IN_NEXT_SENTENCE = CUE_BEFORE_COLON + QUOTE_ONLY + JONES_SAID
# S V: "Q1." "Q2." S V C.   (a sentence with content of its own reports that, not Q2)
JONES_SAID_MORE = """
# text = Jones said it was not.
1   Jones  Jones  PROPN  NNP  2  nsubj  NER=B-PERSON
2   said   say    VERB   VBD  0  ROOT   _
3   it     it     PRON   PRP  4  nsubj  _
4   was    be     AUX    VBD  2  ccomp  _
5   not    not    PART   RB   4  neg    _
6   .      .      PUNCT  .    2  punct  _
"""
JONES_DENIED_IT = """
# text = Jones denied it.
1   Jones   Jones  PROPN  NNP  2  nsubj  NER=B-PERSON
2   denied  deny   VERB   VBD  0  ROOT   _
3   it      it     PRON   PRP  2  dobj   _
4   .       .      PUNCT  .    2  punct  _
"""
# ..., S, A, V, "Q"   (the parse hangs the subject as an apposition on the noun before it)
APPOSED_SUBJECT = """
# text = In a call with reporters on Monday, Col. Jane Smith, a spokeswoman, said, "We will keep the base open."
1   In           in           ADP    IN   16  prep      _
2   a            a            DET    DT   3   det       _
3   call         call         NOUN   NN   1   pobj      _
4   with         with         ADP    IN   3   prep      _
5   reporters    reporter     NOUN   NNS  4   pobj      _
6   on           on           ADP    IN   3   prep      _
7   Monday       Monday       PROPN  NNP  6   pobj      NER=B-DATE
8   ,            ,            PUNCT  ,    7   punct     _
9   Col.         Col.         PROPN  NNP  11  compound  _
10  Jane         Jane         PROPN  NNP  11  compound  NER=B-PERSON
11  Smith        Smith        PROPN  NNP  7   appos     NER=I-PERSON
12  ,            ,            PUNCT  ,    11  punct     _
13  a            a            DET    DT   14  det       _
14  spokeswoman  spokeswoman  NOUN   NN   11  appos     _
15  ,            ,            PUNCT  ,    11  punct     _
16  said         say          VERB   VBD  0   ROOT      _
17  ,            ,            PUNCT  ,    16  punct     _
18  "            "            PUNCT  ``   16  punct     _
19  We           we           PRON   PRP  21  nsubj     _
20  will         will         AUX    MD   21  aux       _
21  keep         keep         VERB   VB   16  ccomp     _
22  the          the          DET    DT   23  det       _
23  base         base         NOUN   NN   21  dobj      _
24  open         open         ADJ    JJ   21  oprd      _
25  .            .            PUNCT  .    16  punct     _
26  "            "            PUNCT  ''   16  punct     _
"""
# S V: "Q1.  /  "Q2.  /  "Q3."  (each paragraph opens with a mark, only the last closes)
MULTI_PARAGRAPH_CUE_BEFORE = """
# newpar
# text = Smith said: "We will win the city.
1   Smith    Smith    PROPN  NNP  2  nsubj  NER=B-PERSON
2   said     say      VERB   VBD  0  ROOT   _
3   :        :        PUNCT  :    2  punct  _
4   "        "        PUNCT  ``   7  punct  _
5   We       we       PRON   PRP  7  nsubj  _
6   will     will     AUX    MD   7  aux    _
7   win      win      VERB   VB   2  ccomp  _
8   the      the      DET    DT   9  det    _
9   city     city     NOUN   NN   7  dobj   _
10  .        .        PUNCT  .    7  punct  _

# newpar
# text = "We will win the country.
1   "        "        PUNCT  ``   4  punct  _
2   We       we       PRON   PRP  4  nsubj  _
3   will     will     AUX    MD   4  aux    _
4   win      win      VERB   VB   0  ROOT   _
5   the      the      DET    DT   6  det    _
6   country  country  NOUN   NN   4  dobj   _
7   .        .        PUNCT  .    4  punct  _

# newpar
# text = "And we will win soon."
1   "        "        PUNCT  ``   5  punct  _
2   And      and      CCONJ  CC   5  cc     _
3   we       we       PRON   PRP  5  nsubj  _
4   will     will     AUX    MD   5  aux    _
5   win      win      VERB   VB   0  ROOT   _
6   soon     soon     ADV    RB   5  advmod _
7   .        .        PUNCT  .    5  punct  _
8   "        "        PUNCT  ''   5  punct  _
"""

# "Q1.  /  "Q2.  /  "Q3," S V.
MULTI_PARAGRAPH_CUE_AFTER = """
# newpar
# text = "We will win the city.
1   "        "        PUNCT  ``   4  punct  _
2   We       we       PRON   PRP  4  nsubj  _
3   will     will     AUX    MD   4  aux    _
4   win      win      VERB   VB   0  ROOT   _
5   the      the      DET    DT   6  det    _
6   city     city     NOUN   NN   4  dobj   _
7   .        .        PUNCT  .    4  punct  _

# newpar
# text = "We will win the country.
1   "        "        PUNCT  ``   4  punct  _
2   We       we       PRON   PRP  4  nsubj  _
3   will     will     AUX    MD   4  aux    _
4   win      win      VERB   VB   0  ROOT   _
5   the      the      DET    DT   6  det    _
6   country  country  NOUN   NN   4  dobj   _
7   .        .        PUNCT  .    4  punct  _

# newpar
# text = "And we will win soon," Smith said.
1   "        "        PUNCT  ``   10 punct  _
2   And      and      CCONJ  CC   5  cc     _
3   we       we       PRON   PRP  5  nsubj  _
4   will     will     AUX    MD   5  aux    _
5   win      win      VERB   VB   10 ccomp  _
6   soon     soon     ADV    RB   5  advmod _
7   ,        ,        PUNCT  ,    10 punct  _
8   "        "        PUNCT  ''   10 punct  _
9   Smith    Smith    PROPN  NNP  10 nsubj  NER=B-PERSON
10  said     say      VERB   VBD  0  ROOT   _
11  .        .        PUNCT  .    10 punct  _
"""

# A quotation inside a quotation.
NESTED = """
# text = {o}The {io}southern gates{ic} plan will work,{c} Smith said.
1   {o}       {o}       PUNCT  ``   13  punct     _
2   The       the       DET    DT   7   det       _
3   {io}      {io}      PUNCT  ``   5   punct     _
4   southern  southern  ADJ    JJ   5   amod      _
5   gates     gate      NOUN   NNS  7   compound  _
6   {ic}      {ic}      PUNCT  ''   5   punct     _
7   plan      plan      NOUN   NN   9   nsubj     _
8   will      will      AUX    MD   9   aux       _
9   work      work      VERB   VB   13  ccomp     _
10  ,         ,         PUNCT  ,    13  punct     _
11  {c}       {c}       PUNCT  ''   13  punct     _
12  Smith     Smith     PROPN  NNP  13  nsubj     NER=B-PERSON
13  said      say       VERB   VBD  0   ROOT      _
14  .         .         PUNCT  .    13  punct     _
"""

# A quotation inside a quotation, with a cue of its own inside the outer one.
NESTED_WITH_INNER_CUE = """
# text = "He told me 'we will win the vote' before noon," Smith said.
1   "       "       PUNCT  ``   17  punct  _
2   He      he      PRON   PRP  3   nsubj  _
3   told    tell    VERB   VBD  17  ccomp  _
4   me      I       PRON   PRP  3   dobj   _
5   '       '       PUNCT  ``   8   punct  _
6   we      we      PRON   PRP  8   nsubj  _
7   will    will    AUX    MD   8   aux    _
8   win     win     VERB   VB   3   ccomp  _
9   the     the     DET    DT   10  det    _
10  vote    vote    NOUN   NN   8   dobj   _
11  '       '       PUNCT  ''   8   punct  _
12  before  before  ADP    IN   3   prep   _
13  noon    noon    NOUN   NN   12  pobj   _
14  ,       ,       PUNCT  ,    17  punct  _
15  "       "       PUNCT  ''   17  punct  _
16  Smith   Smith   PROPN  NNP  17  nsubj  NER=B-PERSON
17  said    say     VERB   VBD  0   ROOT   _
18  .       .       PUNCT  .    17  punct  _
"""

# Scare quotes and titles: quotation marks with no speaker and no reporting verb.
SCARE_QUOTE = """
# text = Troops reached the "southern gates" of the city.
1   Troops    troop     NOUN   NNS  2   nsubj  _
2   reached   reach     VERB   VBD  0   ROOT   _
3   the       the       DET    DT   6   det    _
4   "         "         PUNCT  ``   6   punct  _
5   southern  southern  ADJ    JJ   6   amod   _
6   gates     gate      NOUN   NNS  2   dobj   _
7   "         "         PUNCT  ''   6   punct  _
8   of        of        ADP    IN   6   prep   _
9   the       the       DET    DT   10  det    _
10  city      city      NOUN   NN   8   pobj   _
11  .         .         PUNCT  .    2   punct  _
"""

TITLE = """
# text = The band played "Let It Be" at the end of the concert.
1   The      the      DET    DT   2   det    _
2   band     band     NOUN   NN   3   nsubj  _
3   played   play     VERB   VBD  0   ROOT   _
4   "        "        PUNCT  ``   5   punct  _
5   Let      let      VERB   VB   3   dobj   NER=B-WORK_OF_ART
6   It       it       PRON   PRP  7   nsubj  NER=I-WORK_OF_ART
7   Be       be       AUX    VB   5   ccomp  NER=I-WORK_OF_ART
8   "        "        PUNCT  ''   5   punct  _
9   at       at       ADP    IN   3   prep   _
10  the      the      DET    DT   11  det    _
11  end      end      NOUN   NN   9   pobj   _
12  of       of       ADP    IN   11  prep   _
13  the      the      DET    DT   14  det    _
14  concert  concert  NOUN   NN   12  pobj   _
15  .        .        PUNCT  .    3   punct  _
"""

# A title as the object of a reporting verb ("write") is still a title, not a quote.
TITLE_OF_REPORTING_VERB = """
# text = Smith wrote "War and Peace" in 1869.
1   Smith   Smith   PROPN  NNP  2  nsubj  NER=B-PERSON
2   wrote   write   VERB   VBD  0  ROOT   _
3   "       "       PUNCT  ``   4  punct  _
4   War     War     PROPN  NNP  2  dobj   NER=B-WORK_OF_ART
5   and     and     CCONJ  CC   4  cc     NER=I-WORK_OF_ART
6   Peace   Peace   PROPN  NNP  4  conj   NER=I-WORK_OF_ART
7   "       "       PUNCT  ''   4  punct  _
8   in      in      ADP    IN   2  prep   _
9   1869    1869    NUM    CD   8  pobj   NER=B-DATE
10  .       .       PUNCT  .    2  punct  _
"""

MARK_STYLES = [
    pytest.param('"', '"', id="straight-double"),
    pytest.param("“", "”", id="curly-double"),
    pytest.param("«", "»", id="guillemets"),
    pytest.param("„", "“", id="german"),
    pytest.param("‘", "’", id="curly-single"),
]


def span_of(text: str, part: str) -> tuple[int, int]:
    """Offsets of the only occurrence of ``part`` in ``text``."""
    assert text.count(part) == 1, f"{part!r} is not unique in {text!r}"
    start = text.index(part)
    return start, start + len(part)


def assert_offsets_index_text(doc: Document, record: QuoteRecord) -> None:
    """Every span of the record is the text at its offsets."""
    spans = [record.quote, *record.fragments]
    if record.cue is not None:
        spans.append(record.cue)
    for span in spans:
        assert doc.text[span.start : span.end] == span.text
    if record.speaker is not None:
        assert doc.text[record.speaker.start : record.speaker.end] == record.speaker.text


def assert_direct(
    doc: Document, record: QuoteRecord, quote: str, *, rule: str, cue: str | None, speaker: str, name: str | None
) -> None:
    """The record is a direct quote of ``quote`` with this rule, cue and speaker."""
    assert_offsets_index_text(doc, record)
    assert (record.quote.start, record.quote.end) == span_of(doc.text, quote)
    assert record.type == "direct"
    assert record.rule == rule
    if cue is None:
        assert record.cue is None
    else:
        assert record.cue is not None and record.cue.text == cue
    assert record.speaker is not None
    assert (record.speaker.start, record.speaker.end) == span_of(doc.text, speaker)
    assert record.speaker.name == name


@pytest.mark.parametrize(
    ("source", "quote", "rule", "cue", "speaker", "name"),
    [
        pytest.param(
            CUE_AFTER.format(o='"', c='"'), "We will win,", "quote-cue-after", "said", "Smith", "Smith", id="Q-S-V"
        ),
        pytest.param(
            CUE_AFTER_INVERTED, "We will win,", "quote-cue-after", "said", "John Smith", "John Smith", id="Q-V-S"
        ),
        pytest.param(CUE_BEFORE_COLON, "We will win.", "quote-cue-before", "said", "Smith", "Smith", id="S-V-colon-Q"),
        pytest.param(CUE_BEFORE_COMMA, "We will win.", "quote-cue-before", "told", "Smith", "Smith", id="S-V-comma-Q"),
    ],
)
def test_rules_direct_cued_quote(
    parse: Parse, source: str, quote: str, rule: str, cue: str, speaker: str, name: str
) -> None:
    """A quotation with a reporting verb before or after it is one direct quote with that cue and speaker."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert_direct(doc, record, quote, rule=rule, cue=cue, speaker=speaker, name=name)


@pytest.mark.parametrize(
    ("source", "quote", "rule", "cue", "speaker"),
    [
        pytest.param(CUE_BEFORE_COMMA_UD, "We will win.", "quote-cue-before", "told", "Smith", id="S-V-obj-Q"),
        pytest.param(CUE_AFTER_UD, "We will win,", "quote-cue-after", "said", "John Smith", id="Q-V-S-flat"),
    ],
)
def test_rules_direct_ud_labels(conllu: Parse, source: str, quote: str, rule: str, cue: str, speaker: str) -> None:
    """Parses with Universal Dependencies labels (obj, flat, root) give the same direct quotes."""
    doc = conllu(source)
    [record] = extract_document(doc)
    assert_direct(doc, record, quote, rule=rule, cue=cue, speaker=speaker, name=speaker)


def test_rules_direct_split_quote_is_one_quote(parse: Parse) -> None:
    """``"Q1," S V, "Q2"`` is one quote in two fragments, spanning from the first to the last."""
    doc = parse(SPLIT)
    [record] = extract_document(doc)
    first, second = span_of(doc.text, "We will win,"), span_of(doc.text, "and we will win soon.")
    assert [(f.start, f.end) for f in record.fragments] == [first, second]
    assert [f.text for f in record.fragments] == ["We will win,", "and we will win soon."]
    assert (record.quote.start, record.quote.end) == (first[0], second[1])
    assert record.quote.text == doc.text[first[0] : second[1]]
    assert (record.type, record.rule) == ("direct", "quote-split")
    assert record.cue is not None and record.cue.text == "said"
    assert record.speaker is not None and record.speaker.text == "Smith"


@pytest.mark.parametrize(
    ("source", "quote", "paragraph"),
    [
        pytest.param(CONTINUED_SENTENCE, "We will win.", 0, id="sentence"),
        pytest.param(CONTINUED_PARAGRAPH, "We will win.", 1, id="paragraph"),
    ],
)
def test_rules_direct_quote_only_sentence_continues_speaker(
    parse: Parse, source: str, quote: str, paragraph: int
) -> None:
    """A quote-only sentence or paragraph after a quote is a quote of the same speaker, with no cue."""
    doc = parse(source)
    first, second = extract_document(doc)
    assert first.quote.text == quote and first.rule in ("quote-cue-before", "quote-cue-after")
    assert_direct(
        doc,
        second,
        "The city is ready for the vote.",
        rule="quote-continuation",
        cue=None,
        speaker="Smith",
        name="Smith",
    )
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.entity == first.speaker.entity
    assert (second.sentence, second.paragraph) == (1, paragraph)


def test_rules_direct_quote_only_sentence_after_subject_is_theirs(parse: Parse) -> None:
    """``Jones agreed. "Q."``: a quote-only sentence right after a sentence whose subject is a name
    is that person's quote, not a continuation of the quote before (Smith's)."""
    doc = parse(INTRODUCED_AFTER_QUOTE)
    record = next(r for r in extract_document(doc) if r.rule == "quote-continuation")
    quote = "The city is ready for the vote."
    assert_direct(doc, record, quote, rule="quote-continuation", cue=None, speaker="Jones", name="Jones")


def test_rules_direct_attribution_in_the_next_sentence(conllu: Parse) -> None:
    """``"Q." Trump said.``, which the parser splits after the closing mark: the sentence that only
    says who spoke is the quotation's cue, and its subject the speaker, not the speaker before."""
    doc = conllu(ATTRIBUTED_IN_NEXT_SENTENCE)
    first, second = extract_document(doc)
    assert first.speaker is not None and first.speaker.text == "Smith"
    quote = "The city is ready for the vote."
    assert_direct(doc, second, quote, rule="quote-cue-after", cue="said", speaker="Jones", name="Jones")


@pytest.mark.parametrize(
    "next_sentence", [pytest.param(JONES_SAID_MORE, id="clause"), pytest.param(JONES_DENIED_IT, id="object")]
)
def test_rules_direct_report_in_the_next_sentence_is_its_own(conllu: Parse, next_sentence: str) -> None:
    """``"Q." Jones said it was not.``, ``"Q." Jones denied it.``: a sentence with content of its own
    reports that content; the quotation before it continues the speaker before."""
    doc = conllu(CUE_BEFORE_COLON + QUOTE_ONLY + next_sentence)
    records = extract_document(doc)
    second = next(r for r in records if r.quote.text == "The city is ready for the vote.")
    assert second.rule == "quote-continuation"
    assert second.speaker is not None and second.speaker.text == "Smith"


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        pytest.param(
            'Prime Minister Theresa May met EU leaders on Tuesday. "We will deliver," May told lawmakers.',
            "May",
            "Theresa May",
            id="direct",
        ),
        pytest.param(
            "George Will wrote a column. Will argued that the party had lost its way.",
            "Will",
            "George Will",
            id="indirect",
        ),
    ],
)
def test_rules_direct_name_taken_for_a_modal(extractor: quotex.Extractor, text: str, speaker: str, name: str) -> None:
    """``"Q," May told lawmakers``, ``Will argued C``: spaCy tags the name an auxiliary; a capitalized
    ``May`` or ``Will`` right before a finite reporting verb, or between a quotation and its cue,
    is the speaker, the person named before (not the lawmakers told)."""
    [record] = [r for r in extractor(text) if r.speaker is not None]
    assert (record.speaker.text, record.speaker.name) == (speaker, name)


# "Q," V O with no subject anywhere: the one told is no speaker
TOLD_REPORTERS = """
# text = "We will win," told reporters.
1   "         "         PUNCT  ``   7  punct  _
2   We        we        PRON   PRP  4  nsubj  _
3   will      will      AUX    MD   4  aux    _
4   win       win       VERB   VB   7  ccomp  _
5   ,         ,         PUNCT  ,    7  punct  _
6   "         "         PUNCT  ''   7  punct  _
7   told      tell      VERB   VBD  0  ROOT   _
8   reporters reporter  NOUN   NNS  7  dobj   _
9   .         .         PUNCT  .    7  punct  _
"""


def test_rules_direct_addressee_after_cue_is_no_speaker(conllu: Parse) -> None:
    """After ``told``, ``warned`` and the like comes the one spoken to, never an inverted speaker."""
    [record] = extract_document(conllu(TOLD_REPORTERS))
    assert (record.rule, record.quote.text, record.speaker) == ("quote-cue-after", "We will win,", None)


def test_rules_direct_cue_before_subject_parsed_as_apposition(parse: Parse) -> None:
    """``..., on Monday, Col. Jane Smith, a spokeswoman, said, "Q"``: the parse hangs the
    subject on ``Monday`` as an apposition and leaves ``said`` with none; the name is the speaker."""
    doc = parse(APPOSED_SUBJECT)
    [record] = extract_document(doc)
    assert (record.rule, record.quote.text) == ("quote-cue-before", "We will keep the base open.")
    assert record.speaker is not None and record.speaker.name == "Jane Smith"


def test_rules_direct_quote_only_sentence_after_cue_joins_quote(parse: Parse) -> None:
    """``"Q1," S V. "Q2."`` in one paragraph is one quote whose fragments are both quotations."""
    doc = parse(SPLIT_OVER_SENTENCES)
    [record] = extract_document(doc)
    first, second = span_of(doc.text, "We will win,"), span_of(doc.text, "The city is ready for the vote.")
    assert [(f.start, f.end) for f in record.fragments] == [first, second]
    assert (record.quote.start, record.quote.end) == (first[0], second[1])
    assert (record.type, record.rule, record.sentence) == ("direct", "quote-split", 0)
    assert record.speaker is not None and record.speaker.text == "Smith"


@pytest.mark.model
def test_rules_direct_quote_only_sentence_after_cue_joins_quote_two_apostrophe_marks(
    extractor: quotex.Extractor,
) -> None:
    """``''Q1,'' S V, who ... . ''Q2.''`` (a newspaper style) is one quote: spaCy makes the opening
    ``''`` of Q2 a sentence of its own, and the quotation starts at its second apostrophe."""
    text = (
        "Voters were split. ''He's not the right man,'' said Ms. Smith, who works as a secretary. "
        "''I am tired of the old guard, but I will vote for her.''"
    )
    [record] = extract_document(extractor.parser(text, "t"))
    first, second = span_of(text, "He's not the right man,"), span_of(text, "I am tired of the old guard, but")
    assert [(f.start, f.end) for f in record.fragments] == [first, (second[0], len(text) - 2)]
    assert (record.type, record.rule) == ("direct", "quote-split")
    assert record.speaker is not None and record.speaker.text == "Ms. Smith"


def test_rules_direct_quote_only_sentence_without_earlier_quote_not_continued(parse: Parse) -> None:
    """A quote-only sentence with no quote before it is not given a speaker by continuation."""
    records = extract_document(parse(QUOTE_ONLY))
    assert all(r.rule != "quote-continuation" for r in records)


@pytest.mark.parametrize(("open_mark", "close_mark"), MARK_STYLES)
def test_rules_direct_mark_styles(parse: Parse, open_mark: str, close_mark: str) -> None:
    """Every quotation mark style gives the same direct quote, its content between the marks."""
    doc = parse(CUE_AFTER.format(o=open_mark, c=close_mark))
    [record] = extract_document(doc)
    assert_direct(doc, record, "We will win,", rule="quote-cue-after", cue="said", speaker="Smith", name="Smith")
    assert doc.text[record.quote.start - 1] == open_mark
    assert doc.text[record.quote.end] == close_mark


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        pytest.param(('"', '"'), ("'", "'"), id="straight"),
        pytest.param(("“", "”"), ("‘", "’"), id="curly"),
        pytest.param(("«", "»"), ("“", "”"), id="guillemets"),
    ],
)
def test_rules_direct_nested_quotation_stays_inside(
    parse: Parse, outer: tuple[str, str], inner: tuple[str, str]
) -> None:
    """A quotation inside a quote is part of it, marks and all, and is not reported on its own."""
    doc = parse(NESTED.format(o=outer[0], c=outer[1], io=inner[0], ic=inner[1]))
    [record] = extract_document(doc)
    quote = f"The {inner[0]}southern gates{inner[1]} plan will work,"
    assert_direct(doc, record, quote, rule="quote-cue-after", cue="said", speaker="Smith", name="Smith")


def test_rules_direct_nested_quotation_with_inner_cue(parse: Parse) -> None:
    """A cue inside a quote keeps the outer quote whole, and no quote cuts the inner quotation in two."""
    doc = parse(NESTED_WITH_INNER_CUE)
    records = extract_document(doc)
    [outer] = [r for r in records if r.speaker is not None and r.speaker.text == "Smith"]
    assert_direct(
        doc,
        outer,
        "He told me 'we will win the vote' before noon,",
        rule="quote-cue-after",
        cue="said",
        speaker="Smith",
        name="Smith",
    )
    inner = next(q for q in find_quotations(doc.text) if q.depth == 1)
    for record in records:
        for start, end in [(f.start, f.end) for f in record.fragments] or [(record.quote.start, record.quote.end)]:
            cuts = start < inner.end and inner.start < end and not (start <= inner.start and inner.end <= end)
            inside = inner.content_start <= start and end <= inner.content_end
            assert not cuts or inside, f"{record.quote.text!r} cuts the quotation {doc.text[inner.start : inner.end]!r}"


@pytest.mark.parametrize(
    "source", [MULTI_PARAGRAPH_CUE_BEFORE, MULTI_PARAGRAPH_CUE_AFTER], ids=["cue-before", "cue-after"]
)
def test_rules_direct_multi_paragraph_quotation_is_one_quote(parse: Parse, source: str) -> None:
    """A quotation over three paragraphs (only the last closes) is one quote with one fragment per paragraph."""
    doc = parse(source)
    [record] = extract_document(doc)
    last = "And we will win soon." if source is MULTI_PARAGRAPH_CUE_BEFORE else "And we will win soon,"
    pieces = ["We will win the city.", "We will win the country.", last]
    assert [f.text for f in record.fragments] == pieces
    assert [(f.start, f.end) for f in record.fragments] == [span_of(doc.text, p) for p in pieces]
    assert (record.quote.start, record.quote.end) == (span_of(doc.text, pieces[0])[0], span_of(doc.text, last)[1])
    assert record.type == "direct"
    assert record.rule == ("quote-cue-before" if source is MULTI_PARAGRAPH_CUE_BEFORE else "quote-cue-after")
    assert record.speaker is not None and record.speaker.text == "Smith"
    assert len(doc.paragraphs) == 3


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(SCARE_QUOTE, id="scare-quote"),
        pytest.param(TITLE, id="title"),
        pytest.param(TITLE_OF_REPORTING_VERB, id="title-of-reporting-verb"),
    ],
)
def test_rules_direct_scare_quotes_and_titles_not_reported(parse: Parse, source: str) -> None:
    """Quotation marks around a term or a title, with no speaker quoting it, give no quote."""
    doc = parse(source)
    assert find_quotations(doc.text)  # the marks are there
    assert extract_document(doc) == []


def test_rules_direct_records_name_their_rule(parse: Parse) -> None:
    """Every record names a rule of quotex.rules.RULES, and analyse() reports the speaker as a source."""
    article = analyse(parse(CUE_AFTER.format(o='"', c='"')))
    assert {q.rule for q in article.quotes} <= set(RULES)
    [source] = article.sources
    assert [m.text for m in source.mentions] == ["Smith"]
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.entity == source.id


def test_rules_every_rule_is_documented() -> None:
    """Every rule name in quotex.rules.RULES appears in docs/rules.md."""
    doc = ROOT / "docs" / "rules.md"
    assert doc.is_file(), "docs/rules.md is missing: document every rule of quotex.rules.RULES there"
    text = doc.read_text(encoding="utf-8")
    missing = [name for name in RULES if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert not missing, f"rules not documented in docs/rules.md: {missing}"


# S V, "Q." with a short quotation that ends the sentence
SHORT_AFTER_CUE = """
# text = The mayor said, "Probably not."
1   The       the       DET    DT   2  det     _
2   mayor     mayor     NOUN   NN   3  nsubj   _
3   said      say       VERB   VBD  0  ROOT    _
4   ,         ,         PUNCT  ,    3  punct   _
5   "         "         PUNCT  ``   3  punct   _
6   Probably  probably  ADV    RB   7  advmod  _
7   not       not       PART   RB   3  ccomp   _
8   .         .         PUNCT  .    3  punct   _
9   "         "         PUNCT  ''   3  punct   _
"""

# The same fragment followed by more of the sentence is no quote on its own
SHORT_INSIDE_SENTENCE = """
# text = The mayor said, "Probably not," and left.
1   The       the       DET    DT   2  det     _
2   mayor     mayor     NOUN   NN   3  nsubj   _
3   said      say       VERB   VBD  0  ROOT    _
4   ,         ,         PUNCT  ,    3  punct   _
5   "         "         PUNCT  ``   3  punct   _
6   Probably  probably  ADV    RB   7  advmod  _
7   not       not       PART   RB   3  neg     _
8   ,         ,         PUNCT  ,    3  punct   _
9   "         "         PUNCT  ''   3  punct   _
10  and       and       CCONJ  CC   3  cc      _
11  left      leave     VERB   VBD  3  conj    _
12  .         .         PUNCT  .    3  punct   _
"""


def test_rules_direct_short_quotation_ending_sentence_after_cue(parse: Parse) -> None:
    """``S said, "Probably not."``: a short quotation right after a cue and a comma, ending the sentence, is a quote."""
    doc = parse(SHORT_AFTER_CUE)
    [record] = extract_document(doc)
    assert (record.rule, record.type, record.quote.text) == ("quote-cue-before", "direct", "Probably not.")
    assert record.speaker is not None and record.speaker.text == "The mayor"


def test_rules_direct_short_quotation_inside_sentence_is_no_quote(parse: Parse) -> None:
    """``S said, "Probably not," and left.``: a short quotation the sentence goes on after is not a quote by itself."""
    assert extract_document(parse(SHORT_INSIDE_SENTENCE)) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "joined"),
    [
        pytest.param(
            '"We will win," Smith said, adding that the vote was close. "The city is ready for it."',
            False,
            id="adding-that",
        ),
        pytest.param(
            '"We will win," Smith said, looking at the crowd. "The city is ready for it."',
            True,
            id="other-verb",
        ),
    ],
)
def test_rules_direct_split_not_after_adding(extractor: quotex.Extractor, text: str, joined: bool) -> None:
    """``"Q1," S said, adding that ... "Q2."`` keeps two quotes; another verb on the cue still joins them."""
    doc = extractor.parser(text, "t")
    first = next(r for r in extract_document(doc) if r.quote.text.startswith("We will win"))
    assert (len(first.fragments) == 2) is joined
    assert (first.rule == "quote-split") is joined


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'The two rivals disagreed. Smith: "We will not vote for this bill."', "Smith", id="after-full-stop"
        ),
        pytest.param(
            'CITY BUDGET PASSES - Jane Smith: "We will not vote for this bill again."', "Jane Smith", id="after-dash"
        ),
        pytest.param(
            'The council split. Mark Blumenthal and Jon Cohen: "We will not vote for this bill again."',
            "Mark Blumenthal and Jon Cohen",
            id="two-names",
        ),
    ],
)
def test_rules_direct_name_colon_inside_paragraph(extractor: quotex.Extractor, text: str, speaker: str) -> None:
    """``... Name: "Q"`` (or ``Name and Name: "Q"``) inside a paragraph is a direct quote of the
    name, its cue the colon."""
    doc = extractor.parser(text, "t")
    [record] = [r for r in extract_document(doc) if r.quote.text.startswith("We will not vote")]
    assert (record.type, record.rule) == ("direct", "quote-colon")
    assert record.cue is not None and record.cue.text == ":"
    assert record.speaker is not None and record.speaker.text.endswith(speaker)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'The report is long. From the report: "In general, samples with careful weighting did better."',
            "the report",
            id="document",
        ),
        pytest.param(
            'Aides say he will back Cruz. From Bush\'s Facebook post: "For the sake of our party, we must unite."',
            "Bush's Facebook post",
            id="owned",
        ),
    ],
)
def test_rules_direct_from_label_before_colon(extractor: quotex.Extractor, text: str, speaker: str) -> None:
    """``From the report: "Q"``: a sentence that is only *from* and a noun phrase before the colon
    labels the quotation with its source."""
    doc = extractor.parser(text, "t")
    [record] = [r for r in extract_document(doc) if r.type == "direct"]
    assert (record.rule, record.cue and record.cue.text) == ("quote-colon", ":")
    assert record.speaker is not None and record.speaker.text == speaker


@pytest.mark.model
def test_rules_direct_from_phrase_with_a_verb_is_no_label(extractor: quotex.Extractor) -> None:
    """``From the start, the mayor said: "Q"``: with a verb before the colon, its subject is the speaker."""
    doc = extractor.parser('From the start, the mayor said: "We will not raise taxes this year."', "t")
    [record] = extract_document(doc)
    assert record.speaker is not None and record.speaker.text == "the mayor"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            'Jones had previously said, "We will see," when asked whether she would run again.',
            "We will see,",
            id="when-asked",
        ),
        pytest.param(
            'The mayor told the council "It is time we changed how we do it," promising a new budget.',
            "It is time we changed how we do it,",
            id="participle",
        ),
    ],
)
def test_rules_direct_leading_quotation_not_widened(extractor: quotex.Extractor, text: str, quote: str) -> None:
    """A reported content that opens with a quotation ending in ``,`` is that quotation alone, a direct quote."""
    doc = extractor.parser(text, "t")
    records = [r for r in extract_document(doc) if quote in r.quote.text]
    assert [(r.quote.text, r.type) for r in records] == [(quote, "direct")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        pytest.param(
            'The judge saw the remarks differently: "I do not take that as a man who is joking about it," she said.',
            "I do not take that as a man who is joking about it,",
            "she",
            id="lead-in",
        ),
        pytest.param(
            'For example: "We made a terrible mistake getting involved there in the first place," he told reporters.',
            "We made a terrible mistake getting involved there in the first place,",
            "he",
            id="for-example",
        ),
    ],
)
def test_rules_direct_quotation_after_colon_not_widened(
    extractor: quotex.Extractor, text: str, quote: str, speaker: str
) -> None:
    """``Lead-in: "Q," she said``: content that ends with a quotation after a colon, its cue after
    it, is that quotation alone, a direct quote; the lead-in is the writer's."""
    doc = extractor.parser(text, "t")
    every = extract_document(doc)
    records = [r for r in every if quote in r.quote.text]
    assert [(r.quote.text, r.type, r.rule) for r in records] == [(quote, "direct", "quote-cue-after")]
    assert records[0].speaker is not None and records[0].speaker.text == speaker
    assert all(r.quote.end <= text.index(":") for r in every if r is not records[0])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        pytest.param('As the mayor put it, "We will not raise taxes this year."', id="comma"),
        pytest.param('As Jane Smith puts it: "We will not raise taxes this year."', id="colon"),
    ],
)
def test_rules_direct_put_it_is_a_cue(extractor: quotex.Extractor, text: str) -> None:
    """``As S put it, "Q"``: *put it* is the cue of a direct quote."""
    doc = extractor.parser(text, "t")
    [record] = [r for r in extract_document(doc) if r.quote.text.startswith("We will not")]
    assert (record.type, record.rule) == ("direct", "quote-cue-before")
    assert record.cue is not None and record.cue.text.startswith("put")


# S V …: "Q" with the colon hung on the quoted clause's verb, as the parser often does
COLON_ON_QUOTED_VERB = """
# text = The board was clear: "Further talk is useless."
1   The       the       DET    DT   2   det    _
2   board     board     NOUN   NN   3   nsubj  _
3   was       be        AUX    VBD  0   ROOT   _
4   clear     clear     ADJ    JJ   3   acomp  _
5   :         :         PUNCT  :    9   punct  _
6   "         "         PUNCT  ``   9   punct  _
7   Further   further   ADJ    JJ   8   amod   _
8   talk      talk      NOUN   NN   9   nsubj  _
9   is        be        AUX    VBZ  3   ccomp  _
10  useless   useless   ADJ    JJ   9   acomp  _
11  .         .         PUNCT  .    9   punct  _
12  "         "         PUNCT  ''   9   punct  _
"""


def test_rules_direct_colon_hung_on_quoted_verb(conllu: Parse) -> None:
    """``S V …: "Q"`` when the parse hangs the colon on the quoted verb: the speaker is still the subject before it."""
    doc = conllu(COLON_ON_QUOTED_VERB)
    [record] = extract_document(doc)
    assert (record.type, record.rule, record.quote.text) == ("direct", "quote-colon", "Further talk is useless.")
    assert record.speaker is not None and record.speaker.text == "The board"


# spaCy's own parse of this sentence: "Trump" tagged as a verb, though it is the subject.
NAME_TAGGED_AS_VERB = """
# text = "We want to win tonight," Trump shot back.
1   "        "        PUNCT  ``   9   punct   _
2   We       we       PRON   PRP  3   nsubj   _
3   want     want     VERB   VBP  9   ccomp   _
4   to       to       PART   TO   5   aux     _
5   win      win      VERB   VB   3   xcomp   _
6   tonight  tonight  NOUN   NN   5   npadvmod  _
7   ,        ,        PUNCT  ,    9   punct   _
8   "        "        PUNCT  ''   9   punct   _
9   Trump    trump    VERB   VB   10  nsubj   _
10  shot     shoot    VERB   VBD  0   ROOT    _
11  back     back     ADV    RB   10  advmod  _
12  .        .        PUNCT  .    10  punct   _
"""


def test_rules_direct_subject_tagged_as_verb_is_no_cue(conllu: Parse) -> None:
    """``"Q," Trump shot back`` with the name tagged as a verb: the name is the speaker, the verb after it the cue."""
    [record] = extract_document(conllu(NAME_TAGGED_AS_VERB))
    assert (record.type, record.rule, record.quote.text) == ("direct", "quote-cue-after", "We want to win tonight,")
    assert record.cue is not None and record.cue.text == "shot"
    assert record.speaker is not None and record.speaker.text == "Trump"


# spaCy's parses of inverted cues whose speaker it does not make the verb's subject: the subject
# of a clause after it, or its object.
INVERTED_NAME_IN_NEXT_CLAUSE = """
# text = "We will win," said Dana Whitfield, half joking.
1   "        "        PUNCT  ``   7   punct     _
2   We       we       PRON   PRP  4   nsubj     _
3   will     will     AUX    MD   4   aux       _
4   win      win      VERB   VB   7   ccomp     _
5   ,        ,        PUNCT  ,    7   punct     _
6   "        "        PUNCT  ''   7   punct     _
7   said     say      VERB   VBD  0   ROOT      _
8   Dana     Dana     PROPN  NNP  9   compound  NER=B-PERSON
9   Whitfield  Whitfield  PROPN  NNP  12  nsubj   NER=I-PERSON
10  ,        ,        PUNCT  ,    9   punct     _
11  half     half     NOUN   NN   12  nsubj     _
12  joking   joke     VERB   VBG  7   ccomp     _
13  .        .        PUNCT  .    7   punct     _
"""

INVERTED_NAME_AS_OBJECT = """
# text = "We will win," added another Iowa Republican.
1   "           "           PUNCT  ``   7   punct     _
2   We          we          PRON   PRP  4   nsubj     _
3   will        will        AUX    MD   4   aux       _
4   win         win         VERB   VB   7   ccomp     _
5   ,           ,           PUNCT  ,    7   punct     _
6   "           "           PUNCT  ''   7   punct     _
7   added       add         VERB   VBD  0   ROOT      _
8   another     another     DET    DT   10  det       _
9   Iowa        Iowa        PROPN  NNP  10  compound  NER=B-GPE
10  Republican  Republican  PROPN  NNP  7   dobj      NER=B-NORP
11  .           .           PUNCT  .    7   punct     _
"""


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        pytest.param(INVERTED_NAME_IN_NEXT_CLAUSE, "Dana Whitfield", id="subject-of-next-clause"),
        pytest.param(INVERTED_NAME_AS_OBJECT, "another Iowa Republican", id="object"),
    ],
)
def test_rules_direct_inverted_speaker_not_parsed_as_subject(conllu: Parse, source: str, speaker: str) -> None:
    """``"Q," said Dana Whitfield, half joking``: the noun phrase right after an inverted cue speaks, whatever
    the parse makes of it."""
    [record] = extract_document(conllu(source))
    assert (record.type, record.rule, record.quote.text) == ("direct", "quote-cue-after", "We will win,")
    assert record.speaker is not None and record.speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        pytest.param(
            'The campaign responded quickly. "We will not back down from this fight," read the statement.',
            "We will not back down from this fight,",
            "the statement",
            id="read-tagged-base-form",
        ),
        pytest.param(
            'Protesters carried signs. "Go home and stay home, Senator!" read one.',
            "Go home and stay home, Senator!",
            "one",
            id="number",
        ),
    ],
)
def test_rules_direct_inverted_read(extractor: quotex.Extractor, text: str, quote: str, speaker: str) -> None:
    """``"Q," read the statement`` / ``read one``: the tagger takes ``read`` for a base form (``VB``),
    and the phrase after it may be a number; the phrase is the speaker."""
    [record] = extract_document(extractor.parser(text, "t"))
    assert (record.rule, record.quote.text) == ("quote-cue-after", quote)
    assert record.speaker is not None and record.speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        pytest.param(
            '"Gun owners should leave their weapons at home," opined Cleveland\'s Plain Dealer.',
            "Cleveland's Plain Dealer",
            "Plain Dealer",
            id="owned-body",
        ),
        pytest.param(
            '"It is about time we had a woman in charge," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.',
            "Clinton's introducer, actress Jamie Lee Curtis",
            "Jamie Lee Curtis",
            id="owned-person",
        ),
    ],
)
def test_rules_direct_inverted_speaker_with_owner(
    extractor: quotex.Extractor, text: str, speaker: str, name: str
) -> None:
    """``"Q," opined Cleveland's Plain Dealer``: the phrase after an inverted cue runs on past an owner's
    ``'s`` to its head; the owner does not speak."""
    [record] = extract_document(extractor.parser(text, "t"))
    assert record.rule == "quote-cue-after"
    assert record.speaker is not None and (record.speaker.text, record.speaker.name) == (speaker, name)


# "Q," S was quoted as saying: the parse hangs the quotation on "quoted"
QUOTED_AS_SAYING = """
# text = "We will win," the minister was quoted as saying.
1   "         "         PUNCT  ``   10  punct      _
2   We        we        PRON   PRP  4   nsubj      _
3   will      will      AUX    MD   4   aux        _
4   win       win       VERB   VB   10  ccomp      _
5   ,         ,         PUNCT  ,    10  punct      _
6   "         "         PUNCT  ''   10  punct      _
7   the       the       DET    DT   8   det        _
8   minister  minister  NOUN   NN   10  nsubjpass  _
9   was       be        AUX    VBD  10  auxpass    _
10  quoted    quote     VERB   VBN  0   ROOT       _
11  as        as        ADP    IN   10  prep       _
12  saying    say       VERB   VBG  11  pcomp      _
13  .         .         PUNCT  .    10  punct      _
"""


def test_rules_direct_quoted_as_saying(parse: Parse) -> None:
    """``"Q," S was quoted as saying``: the cue is ``saying`` and the speaker the one quoted."""
    [record] = extract_document(parse(QUOTED_AS_SAYING))
    assert (record.type, record.rule, record.quote.text) == ("direct", "quote-cue-after", "We will win,")
    assert record.cue is not None and record.cue.text == "saying"
    assert record.speaker is not None and record.speaker.text == "the minister"


# S V S2 V2 "Q": the quotation's verb is the complement of another reporting verb
SAID_HE_WANTS = """
# text = The senator said he wants "a full review of the program."
1   The      the      DET    DT   2   det    _
2   senator  senator  NOUN   NN   3   nsubj  _
3   said     say      VERB   VBD  0   ROOT   _
4   he       he       PRON   PRP  5   nsubj  _
5   wants    want     VERB   VBZ  3   ccomp  _
6   "        "        PUNCT  ``   5   punct  _
7   a        a        DET    DT   9   det    _
8   full     full     ADJ    JJ   9   amod   _
9   review   review   NOUN   NN   5   dobj   _
10  of       of       ADP    IN   9   prep   _
11  the      the      DET    DT   12  det    _
12  program  program  NOUN   NN   10  pobj   _
13  .        .        PUNCT  .    3   punct  _
14  "        "        PUNCT  ''   3   punct  _
"""


def test_rules_direct_quotation_after_a_complement_verb_is_part_of_the_report(parse: Parse) -> None:
    """``S said he wants "Q"``: one quote, the senator's report, not a second direct quote of ``wants``."""
    [record] = extract_document(parse(SAID_HE_WANTS))
    assert (record.rule, record.quote.text) == ("reported-clause", 'he wants "a full review of the program."')
    assert record.cue is not None and record.cue.text == "said"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "direct"),
    [
        pytest.param(
            'When the mayor declared that the city was "open for business," I wondered which business she meant.',
            None,
            id="subordinate-clause",
        ),
        pytest.param(
            'After the company promised a "seamless transition," customers complained.', None, id="preposition"
        ),
        pytest.param('Speaking on ABC\'s "This Week," Rubio said the plan had failed.', None, id="participle"),
        pytest.param('"No," she said.', "No,", id="opening-the-sentence"),
    ],
)
def test_rules_direct_fragment_ending_a_subordinate_lead(
    extractor: quotex.Extractor, text: str, direct: str | None
) -> None:
    """A short quotation with no verb that ends an adverbial clause or phrase opening its sentence
    (*when*, *after*, *speaking on*) is a scare quote or a title, not the words of the subject
    after it; one that opens the sentence is (``"No," she said``)."""
    quotes = [r.quote.text for r in extractor(text) if r.type == "direct"]
    assert quotes == ([direct] if direct else [])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("'I am not done yet': Lana Reyes says", id="single-marks"),
        pytest.param("'I am not done yet': Lana Reyes vows comeback after surgery", id="verb-with-object"),
        pytest.param("‘I am not done yet’: Lana Reyes warns of trouble", id="curly-single-marks"),
    ],
)
def test_rules_direct_headline_quote_then_colon(extractor: quotex.Extractor, text: str) -> None:
    """A headline's ``'Q': S V``, which the parser cuts after the colon, is S's direct quote."""
    [record] = extractor(text)
    assert (record.rule, record.quote.text) == ("quote-cue-after", "I am not done yet")
    assert record.speaker is not None and record.speaker.text == "Lana Reyes"
