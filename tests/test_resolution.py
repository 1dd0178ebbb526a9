"""Tests of speaker resolution (quotex.speakers): pronouns and definite descriptions back to their source.

Each case is a short article as hand-written CoNLL-U; the ``parse`` fixture
runs it as written and through the real spaCy pipeline. Every test checks both
the local mention (its offsets into the text) and the resolved source (name and
entity id shared by all mentions of one source).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import quotex
from quotex import ArticleRecord, QuoteRecord, analyse
from quotex.model import Document

Parse = Callable[[str], Document]

# He -> the named speaker before him.
NAMED_THEN_HE = """
# text = John Smith said the talks had failed.
1   John    John    PROPN  NNP  2  compound  NER=B-PERSON
2   Smith   Smith   PROPN  NNP  3  nsubj     NER=I-PERSON
3   said    say     VERB   VBD  0  ROOT      _
4   the     the     DET    DT   5  det       _
5   talks   talk    NOUN   NNS  7  nsubj     _
6   had     have    AUX    VBD  7  aux       _
7   failed  fail    VERB   VBN  3  ccomp     _
8   .       .       PUNCT  .    3  punct     _

# text = He added that new talks would start soon.
1   He      he      PRON   PRP  2  nsubj     _
2   added   add     VERB   VBD  0  ROOT      _
3   that    that    SCONJ  IN   7  mark      _
4   new     new     ADJ    JJ   5  amod      _
5   talks   talk    NOUN   NNS  7  nsubj     _
6   would   would   AUX    MD   7  aux       _
7   start   start   VERB   VB   2  ccomp     _
8   soon    soon    ADV    RB   7  advmod    _
9   .       .       PUNCT  .    2  punct     _
"""

# she -> the nearest earlier person.
TWO_NAMES_THEN_SHE = """
# text = John Smith said the talks had failed.
1   John    John    PROPN  NNP  2  compound  NER=B-PERSON
2   Smith   Smith   PROPN  NNP  3  nsubj     NER=I-PERSON
3   said    say     VERB   VBD  0  ROOT      _
4   the     the     DET    DT   5  det       _
5   talks   talk    NOUN   NNS  7  nsubj     _
6   had     have    AUX    VBD  7  aux       _
7   failed  fail    VERB   VBN  3  ccomp     _
8   .       .       PUNCT  .    3  punct     _

# text = Mary Jones said the strike would go on.
1   Mary    Mary    PROPN  NNP  2  compound  NER=B-PERSON
2   Jones   Jones   PROPN  NNP  3  nsubj     NER=I-PERSON
3   said    say     VERB   VBD  0  ROOT      _
4   the     the     DET    DT   5  det       _
5   strike  strike  NOUN   NN   7  nsubj     _
6   would   would   AUX    MD   7  aux       _
7   go      go      VERB   VB   3  ccomp     _
8   on      on      ADP    RP   7  prt       _
9   .       .       PUNCT  .    3  punct     _

# text = "We will not give up the fight," she said.
1   "       "       PUNCT  ``   12  punct  _
2   We      we      PRON   PRP  5   nsubj  _
3   will    will    AUX    MD   5   aux    _
4   not     not     PART   RB   5   neg    _
5   give    give    VERB   VB   12  ccomp  _
6   up      up      ADP    RP   5   prt    _
7   the     the     DET    DT   8   det    _
8   fight   fight   NOUN   NN   5   dobj   _
9   ,       ,       PUNCT  ,    12  punct  _
10  "       "       PUNCT  ''   12  punct  _
11  she     she     PRON   PRP  12  nsubj  _
12  said    say     VERB   VBD  0   ROOT   _
13  .       .       PUNCT  .    12  punct  _
"""

# they -> a group, never a single person.
GROUP_THEN_THEY = """
# text = Local residents said the water was unsafe.
1   Local      local     ADJ    JJ   2  amod   _
2   residents  resident  NOUN   NNS  3  nsubj  _
3   said       say       VERB   VBD  0  ROOT   _
4   the        the       DET    DT   5  det    _
5   water      water     NOUN   NN   6  nsubj  _
6   was        be        AUX    VBD  3  ccomp  _
7   unsafe     unsafe    ADJ    JJ   6  acomp  _
8   .          .         PUNCT  .    3  punct  _

# text = "We will not drink it," they said.
1   "       "       PUNCT  ``   10  punct  _
2   We      we      PRON   PRP  5   nsubj  _
3   will    will    AUX    MD   5   aux    _
4   not     not     PART   RB   5   neg    _
5   drink   drink   VERB   VB   10  ccomp  _
6   it      it      PRON   PRP  5   dobj   _
7   ,       ,       PUNCT  ,    10  punct  _
8   "       "       PUNCT  ''   10  punct  _
9   they    they    PRON   PRP  10  nsubj  _
10  said    say     VERB   VBD  0   ROOT   _
11  .       .       PUNCT  .    10  punct  _
"""

PERSON_THEN_THEY = """
# text = John Smith said the talks had failed.
1   John    John    PROPN  NNP  2  compound  NER=B-PERSON
2   Smith   Smith   PROPN  NNP  3  nsubj     NER=I-PERSON
3   said    say     VERB   VBD  0  ROOT      _
4   the     the     DET    DT   5  det       _
5   talks   talk    NOUN   NNS  7  nsubj     _
6   had     have    AUX    VBD  7  aux       _
7   failed  fail    VERB   VBN  3  ccomp     _
8   .       .       PUNCT  .    3  punct     _

# text = "We will not drink it," they said.
1   "       "       PUNCT  ``   10  punct  _
2   We      we      PRON   PRP  5   nsubj  _
3   will    will    AUX    MD   5   aux    _
4   not     not     PART   RB   5   neg    _
5   drink   drink   VERB   VB   10  ccomp  _
6   it      it      PRON   PRP  5   dobj   _
7   ,       ,       PUNCT  ,    10  punct  _
8   "       "       PUNCT  ''   10  punct  _
9   they    they    PRON   PRP  10  nsubj  _
10  said    say     VERB   VBD  0   ROOT   _
11  .       .       PUNCT  .    10  punct  _
"""

# the source -> "A military source", who told reporters nothing quotable.
A_SOURCE_THEN_THE_SOURCE = """
# text = A military source told reporters details of the operation.
1   A          a          DET    DT   3  det     _
2   military   military   ADJ    JJ   3  amod    _
3   source     source     NOUN   NN   4  nsubj   _
4   told       tell       VERB   VBD  0  ROOT    _
5   reporters  reporter   NOUN   NNS  4  dative  _
6   details    detail     NOUN   NNS  4  dobj    _
7   of         of         ADP    IN   6  prep    _
8   the        the        DET    DT   9  det     _
9   operation  operation  NOUN   NN   7  pobj    _
10  .          .          PUNCT  .    4  punct   _

# text = The source said that the talks had failed.
1   The     the     DET    DT   2  det    _
2   source  source  NOUN   NN   3  nsubj  _
3   said    say     VERB   VBD  0  ROOT   _
4   that    that    SCONJ  IN   8  mark   _
5   the     the     DET    DT   6  det    _
6   talks   talk    NOUN   NNS  8  nsubj  _
7   had     have    AUX    VBD  8  aux    _
8   failed  fail    VERB   VBN  3  ccomp  _
9   .       .       PUNCT  .    3  punct  _
"""

# the official -> "A senior official".
AN_OFFICIAL_THEN_THE_OFFICIAL = """
# text = A senior official said the talks had failed.
1   A         a         DET    DT   3  det    _
2   senior    senior    ADJ    JJ   3  amod   _
3   official  official  NOUN   NN   4  nsubj  _
4   said      say       VERB   VBD  0  ROOT   _
5   the       the       DET    DT   6  det    _
6   talks     talk      NOUN   NNS  8  nsubj  _
7   had       have      AUX    VBD  8  aux    _
8   failed    fail      VERB   VBN  4  ccomp  _
9   .         .         PUNCT  .    4  punct  _

# text = "The vote will go ahead," the official said.
1   "         "         PUNCT  ``   11  punct  _
2   The       the       DET    DT   3   det    _
3   vote      vote      NOUN   NN   5   nsubj  _
4   will      will      AUX    MD   5   aux    _
5   go        go        VERB   VB   11  ccomp  _
6   ahead     ahead     ADV    RB   5   advmod _
7   ,         ,         PUNCT  ,    11  punct  _
8   "         "         PUNCT  ''   11  punct  _
9   the       the       DET    DT   10  det    _
10  official  official  NOUN   NN   11  nsubj  _
11  said      say       VERB   VBD  0   ROOT   _
12  .         .         PUNCT  .    11  punct  _
"""

# the major -> "The source, a major in the army" (the head noun of its apposition).
APPOSITION_THEN_DESCRIPTION = """
# text = The source, a major in the army, said the town had fallen.
1   The     the     DET    DT   2   det    _
2   source  source  NOUN   NN   10  nsubj  _
3   ,       ,       PUNCT  ,    2   punct  _
4   a       a       DET    DT   5   det    _
5   major   major   NOUN   NN   2   appos  _
6   in      in      ADP    IN   5   prep   _
7   the     the     DET    DT   8   det    _
8   army    army    NOUN   NN   6   pobj   _
9   ,       ,       PUNCT  ,    2   punct  _
10  said    say     VERB   VBD  0   ROOT   _
11  the     the     DET    DT   12  det    _
12  town    town    NOUN   NN   14  nsubj  _
13  had     have    AUX    VBD  14  aux    _
14  fallen  fall    VERB   VBN  10  ccomp  _
15  .       .       PUNCT  .    10  punct  _

# text = The major further said that the assault had begun at dawn.
1   The      the      DET    DT   2   det     _
2   major    major    NOUN   NN   4   nsubj   _
3   further  further  ADV    RB   4   advmod  _
4   said     say      VERB   VBD  0   ROOT    _
5   that     that     SCONJ  IN   9   mark    _
6   the      the      DET    DT   7   det     _
7   assault  assault  NOUN   NN   9   nsubj   _
8   had      have     AUX    VBD  9   aux     _
9   begun    begin    VERB   VBN  4   ccomp   _
10  at       at       ADP    IN   9   prep    _
11  dawn     dawn     NOUN   NN   10  pobj    _
12  .        .        PUNCT  .    4   punct   _
"""

# Rudskoy -> the full name given earlier.
FULL_NAME_THEN_SURNAME = """
# text = Sergei Rudskoy said the siege would end soon.
1   Sergei   Sergei   PROPN  NNP  2  compound  NER=B-PERSON
2   Rudskoy  Rudskoy  PROPN  NNP  3  nsubj     NER=I-PERSON
3   said     say      VERB   VBD  0  ROOT      _
4   the      the      DET    DT   5  det       _
5   siege    siege    NOUN   NN   7  nsubj     _
6   would    would    AUX    MD   7  aux       _
7   end      end      VERB   VB   3  ccomp     _
8   soon     soon     ADV    RB   7  advmod    _
9   .        .        PUNCT  .    3  punct     _

# text = "We will defeat them," Rudskoy said.
1   "        "        PUNCT  ``   9  punct  _
2   We       we       PRON   PRP  4  nsubj  _
3   will     will     AUX    MD   4  aux    _
4   defeat   defeat   VERB   VB   9  ccomp  _
5   them     they     PRON   PRP  4  dobj   _
6   ,        ,        PUNCT  ,    9  punct  _
7   "        "        PUNCT  ''   9  punct  _
8   Rudskoy  Rudskoy  PROPN  NNP  9  nsubj  NER=B-PERSON
9   said     say      VERB   VBD  0  ROOT   _
10  .        .        PUNCT  .    9  punct  _
"""

# he -> a named person introduced without a quote of his own.
NAMED_NON_SPEAKER_THEN_HE = """
# text = John Smith, the mayor, spoke on Monday.
1   John    John    PROPN  NNP  2  compound  NER=B-PERSON
2   Smith   Smith   PROPN  NNP  7  nsubj     NER=I-PERSON
3   ,       ,       PUNCT  ,    2  punct     _
4   the     the     DET    DT   5  det       _
5   mayor   mayor   NOUN   NN   2  appos     _
6   ,       ,       PUNCT  ,    2  punct     _
7   spoke   speak   VERB   VBD  0  ROOT      _
8   on      on      ADP    IN   7  prep      _
9   Monday  Monday  PROPN  NNP  8  pobj      NER=B-DATE
10  .       .       PUNCT  .    7  punct     _

# text = "We will win the vote," he said.
1   "       "       PUNCT  ``   10  punct  _
2   We      we      PRON   PRP  4   nsubj  _
3   will    will    AUX    MD   4   aux    _
4   win     win     VERB   VB   10  ccomp  _
5   the     the     DET    DT   6   det    _
6   vote    vote    NOUN   NN   4   dobj   _
7   ,       ,       PUNCT  ,    10  punct  _
8   "       "       PUNCT  ''   10  punct  _
9   he      he      PRON   PRP  10  nsubj  _
10  said    say     VERB   VBD  0   ROOT   _
11  .       .       PUNCT  .    10  punct  _
"""

# "the mayor" -> the mayor, not the police chief quoted in between.
TWO_DESCRIPTIONS = """
# text = The mayor said the talks had failed.
1   The     the     DET    DT   2  det    _
2   mayor   mayor   NOUN   NN   3  nsubj  _
3   said    say     VERB   VBD  0  ROOT   _
4   the     the     DET    DT   5  det    _
5   talks   talk    NOUN   NNS  7  nsubj  _
6   had     have    AUX    VBD  7  aux    _
7   failed  fail    VERB   VBN  3  ccomp  _
8   .       .       PUNCT  .    3  punct  _

# text = The police chief said the strike would go on.
1   The     the     DET    DT   3  det       _
2   police  police  NOUN   NN   3  compound  _
3   chief   chief   NOUN   NN   4  nsubj     _
4   said    say     VERB   VBD  0  ROOT      _
5   the     the     DET    DT   6  det       _
6   strike  strike  NOUN   NN   8  nsubj     _
7   would   would   AUX    MD   8  aux       _
8   go      go      VERB   VB   4  ccomp     _
9   on      on      ADP    RP   8  prt       _
10  .       .       PUNCT  .    4  punct     _

# text = "We will not give up the fight," the mayor said.
1   "       "       PUNCT  ``   13  punct  _
2   We      we      PRON   PRP  5   nsubj  _
3   will    will    AUX    MD   5   aux    _
4   not     not     PART   RB   5   neg    _
5   give    give    VERB   VB   13  ccomp  _
6   up      up      ADP    RP   5   prt    _
7   the     the     DET    DT   8   det    _
8   fight   fight   NOUN   NN   5   dobj   _
9   ,       ,       PUNCT  ,    13  punct  _
10  "       "       PUNCT  ''   13  punct  _
11  the     the     DET    DT   12  det    _
12  mayor   mayor   NOUN   NN   13  nsubj  _
13  said    say     VERB   VBD  0   ROOT   _
14  .       .       PUNCT  .    13  punct  _
"""


def mention_at(text: str, mention: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``mention`` as whole words in ``text``."""
    match = list(re.finditer(rf"\b{re.escape(mention)}\b", text))[nth]
    return match.start(), match.end()


def quote_by(article: ArticleRecord, doc: Document, mention: str, nth: int = 0) -> QuoteRecord:
    """The only quote whose speaker mention is the ``nth`` occurrence of ``mention``, checking its offsets."""
    start, end = mention_at(doc.text, mention, nth)
    found = [q for q in article.quotes if q.speaker is not None and (q.speaker.start, q.speaker.end) == (start, end)]
    assert len(found) == 1, f"no single quote by {mention!r} at {start}: {[q.speaker for q in article.quotes]}"
    assert found[0].speaker is not None and found[0].speaker.text == doc.text[start:end] == mention
    return found[0]


def entity_of(record: QuoteRecord) -> str:
    assert record.speaker is not None
    return record.speaker.entity


@pytest.mark.parametrize(
    ("source", "antecedent", "pronoun", "name"),
    [
        pytest.param(NAMED_THEN_HE, "John Smith", "He", "John Smith", id="he"),
        pytest.param(TWO_NAMES_THEN_SHE, "Mary Jones", "she", "Mary Jones", id="she-nearest"),
        pytest.param(GROUP_THEN_THEY, "Local residents", "they", None, id="they-group"),
        pytest.param(FULL_NAME_THEN_SURNAME, "Sergei Rudskoy", "Rudskoy", "Sergei Rudskoy", id="surname"),
    ],
)
def test_resolution_mention_joins_earlier_speaker(
    parse: Parse, source: str, antecedent: str, pronoun: str, name: str | None
) -> None:
    """A pronoun or surname speaker keeps its own offsets and takes the name and entity of the earlier speaker."""
    doc = parse(source)
    article = analyse(doc)
    first = quote_by(article, doc, antecedent)
    later = quote_by(article, doc, pronoun, nth=1 if pronoun == "Rudskoy" else 0)
    assert entity_of(later) == entity_of(first)
    assert first.speaker is not None and later.speaker is not None
    assert later.speaker.name == first.speaker.name == name
    [source_record] = [s for s in article.sources if s.id == entity_of(first)]
    assert [doc.text[m.start : m.end] for m in source_record.mentions] == [antecedent, pronoun]


def test_resolution_she_skips_earlier_person(parse: Parse) -> None:
    """With two named speakers before it, ``she`` resolves to the nearer one only."""
    doc = parse(TWO_NAMES_THEN_SHE)
    article = analyse(doc)
    assert entity_of(quote_by(article, doc, "she")) != entity_of(quote_by(article, doc, "John Smith"))


def test_resolution_they_not_a_single_person(parse: Parse) -> None:
    """``they`` does not resolve to a single named person."""
    doc = parse(PERSON_THEN_THEY)
    article = analyse(doc)
    they = quote_by(article, doc, "they")
    assert entity_of(they) != entity_of(quote_by(article, doc, "John Smith"))
    assert they.speaker is not None and they.speaker.name is None


@pytest.mark.parametrize(
    ("source", "antecedent", "description"),
    [
        pytest.param(A_SOURCE_THEN_THE_SOURCE, "A military source", "The source", id="the-source"),
        pytest.param(AN_OFFICIAL_THEN_THE_OFFICIAL, "A senior official", "the official", id="the-official"),
        pytest.param(APPOSITION_THEN_DESCRIPTION, "The source, a major in the army", "The major", id="the-major"),
    ],
)
def test_resolution_definite_description_joins_earlier_source(
    parse: Parse, source: str, antecedent: str, description: str
) -> None:
    """``the source`` / ``the official`` / ``the major`` join the earlier unnamed source they describe."""
    doc = parse(source)
    article = analyse(doc)
    later = quote_by(article, doc, description)
    assert later.speaker is not None and later.speaker.name is None
    start, end = mention_at(doc.text, antecedent)
    [earlier] = [s for s in article.sources if any((m.start, m.end) == (start, end) for m in s.mentions)]
    assert earlier.id == entity_of(later)
    assert earlier.name is None
    assert [m.text for m in earlier.mentions] == [antecedent, description]


def test_resolution_definite_description_not_merged_with_other_source(parse: Parse) -> None:
    """``The police chief`` is a source of its own; ``the mayor`` later joins the mayor, not the chief."""
    doc = parse(TWO_DESCRIPTIONS)
    article = analyse(doc)
    mayor = quote_by(article, doc, "The mayor")
    chief = quote_by(article, doc, "The police chief")
    mayor_again = quote_by(article, doc, "the mayor")
    assert entity_of(mayor_again) == entity_of(mayor)
    assert entity_of(chief) != entity_of(mayor)


def test_resolution_pronoun_to_named_person_who_is_not_quoted(parse: Parse) -> None:
    """``he`` resolves to a person named earlier in the article even when that person has no quote of his own."""
    doc = parse(NAMED_NON_SPEAKER_THEN_HE)
    article = analyse(doc)
    he = quote_by(article, doc, "he")
    assert he.speaker is not None
    assert he.speaker.name == "John Smith"
    assert he.speaker.text == "he"


@pytest.mark.parametrize(
    "text",
    [
        '"Donations have doubled since March," she said.',
        'The report came out on Monday. "Prices will keep rising," he said.',
        'She said: "Rates are too high," and left the room.',
    ],
)
def test_resolution_capitalized_first_word_of_quote_is_no_name(extractor: quotex.Extractor, text: str) -> None:
    """A common noun capitalized only because it opens a quotation is no person for a pronoun to refer to."""
    [quote] = extractor(text)
    assert quote.speaker is not None
    assert quote.speaker.name is None
    assert quote.speaker.kind == "unknown"


def test_resolution_capitalized_name_after_closing_mark_is_a_name(extractor: quotex.Extractor) -> None:
    """A capitalized word after a closing mark (``"Q," Schilling said``) still reads as a name the tagger missed."""
    first, second = extractor('"We lost the game," Schilling said. "It hurt a lot," he added.')
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.name == second.speaker.name == "Schilling"
