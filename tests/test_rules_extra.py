"""Tests of rules and behaviours that test_rules_direct and test_rules_indirect leave out.

The colon, dash and label rules, passive reports, the tight ``"Q," S V`` frame,
speakers found through garbled parses, relative pronouns and participles,
quotations that keep their marks, and paragraph splitting. As there, the
``parse`` fixture runs each case on the CoNLL-U written here (spaCy-style
labels) and on its text parsed by the real spaCy pipeline; a case that only a
hand-written parse can show uses the ``conllu`` fixture.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import conllu_text

import quotex
from quotex import QuoteRecord, extract_document
from quotex.lexicons import REPORTING_VERBS
from quotex.model import Document
from quotex.parsers.conllu import read_conllu
from quotex.quotemarks import find_quotations
from quotex.rules.direct import cued_quotes
from quotex.rules.indirect import reported_clauses
from quotex.text import paragraph_spans

Parse = Callable[[str], Document]

# S V ...: "Q"   (no reporting verb; the subject before the colon speaks)
QUOTE_COLON = """
# text = She addressed the crowd: "We are going to win this state."
1   She        she        PRON   PRP   2   nsubj      _
2   addressed  address    VERB   VBD   0   ROOT       _
3   the        the        DET    DT    4   det        _
4   crowd      crowd      NOUN   NN    2   dobj       _
5   :          :          PUNCT  :     2   punct      _
6   "          "          PUNCT  ``    9   punct      _
7   We         we         PRON   PRP   9   nsubj      _
8   are        be         AUX    VBP   9   aux        _
9   going      go         VERB   VBG   2   parataxis  _
10  to         to         PART   TO    11  aux        _
11  win        win        VERB   VB    9   xcomp      _
12  this       this       DET    DT    13  det        _
13  state      state      NOUN   NN    11  dobj       _
14  .          .          PUNCT  .     9   punct      _
15  "          "          PUNCT  ''    9   punct      _
"""

# An expletive subject before the colon is no speaker.
COLON_EXPLETIVE = """
# text = It was simple: "We are going to win this state."
1   It      it      PRON   PRP   2   nsubj      _
2   was     be      AUX    VBD   0   ROOT       _
3   simple  simple  ADJ    JJ    2   acomp      _
4   :       :       PUNCT  :     2   punct      _
5   "       "       PUNCT  ``    8   punct      _
6   We      we      PRON   PRP   8   nsubj      _
7   are     be      AUX    VBP   8   aux        _
8   going   go      VERB   VBG   2   parataxis  _
9   to      to      PART   TO    10  aux        _
10  win     win     VERB   VB    8   xcomp      _
11  this    this    DET    DT    12  det        _
12  state   state   NOUN   NN    10  dobj       _
13  .       .       PUNCT  .     8   punct      _
14  "       "       PUNCT  ''    8   punct      _
"""

DASH_QUOTE = """
# text = "The best is yet to come."
1   "     "     PUNCT  ``    4   punct   _
2   The   the   DET    DT    3   det     _
3   best  good  ADJ    JJS   4   nsubj   _
4   is    be    AUX    VBZ   0   ROOT    _
5   yet   yet   ADV    RB    4   advmod  _
6   to    to    PART   TO    7   aux     _
7   come  come  VERB   VB    4   xcomp   _
8   .     .     PUNCT  .     4   punct   _
9   "     "     PUNCT  ''    4   punct   _
"""

DASH_NAME = """
# text = ― Jane Smith
1   ―      ―      PUNCT  NFP   3   punct     _
2   Jane   Jane   PROPN  NNP   3   compound  NER=B-PERSON
3   Smith  Smith  PROPN  NNP   0   ROOT      NER=I-PERSON
"""

# "Q" ― Name   (a space before the dash)
DASH_SPACE = DASH_QUOTE + DASH_NAME
# "Q" ― Name   (the name in the next paragraph)
DASH_NEXT_PARAGRAPH = "# newpar" + DASH_QUOTE + "\n# newpar" + DASH_NAME
# "Q"― Name   (no space before the dash)
DASH_NO_SPACE = """
# text = "The best is yet to come."― Jane Smith
1   "      "      PUNCT  ``    4   punct     _
2   The    the    DET    DT    3   det       _
3   best   good   ADJ    JJS   4   nsubj     _
4   is     be     AUX    VBZ   0   ROOT      _
5   yet    yet    ADV    RB    4   advmod    _
6   to     to     PART   TO    7   aux       _
7   come   come   VERB   VB    4   xcomp     _
8   .      .      PUNCT  .     4   punct     _
9   "      "      PUNCT  ''    4   punct     _
10  ―      ―      PUNCT  NFP   12  punct     _
11  Jane   Jane   PROPN  NNP   12  compound  NER=B-PERSON
12  Smith  Smith  PROPN  NNP   4   dep       NER=I-PERSON
"""

# A dash and words with no proper noun sign nothing.
DASH_NO_NAME = (
    DASH_QUOTE
    + """
# text = ― the old song
1   ―     ―     PUNCT  NFP   4   punct  _
2   the   the   DET    DT    4   det    _
3   old   old   ADJ    JJ    4   amod   _
4   song  song  NOUN   NN    0   ROOT   _
"""
)

# NAME: C   (the label is formatted in)
LABEL = """
# text = {label}: The polls close at eight tonight.
1   {label}  {label}  NOUN   NN    0   ROOT      _
2   :        :        PUNCT  :     1   punct     _
3   The      the      DET    DT    4   det       _
4   polls    poll     NOUN   NNS   5   nsubj     _
5   close    close    VERB   VBP   1   ccomp     _
6   at       at       ADP    IN    5   prep      _
7   eight    eight    NUM    CD    6   pobj      _
8   tonight  tonight  NOUN   NN    5   npadvmod  _
9   .        .        PUNCT  .     1   punct     _
"""

SPEAKER_COLON = """
# text = CLINTON: We are stronger together.
1   CLINTON   Clinton   PROPN  NNP   4   dep     NER=B-PERSON
2   :         :         PUNCT  :     1   punct   _
3   We        we        PRON   PRP   4   nsubj   _
4   are       be        AUX    VBP   0   ROOT    _
5   stronger  strong    ADJ    JJR   4   acomp   _
6   together  together  ADV    RB    4   advmod  _
7   .         .         PUNCT  .     4   punct   _
"""

# It was V-ed that C
PASSIVE_THAT = """
# text = It was reported that the talks had failed.
1   It        it      PRON   PRP   3   nsubjpass  _
2   was       be      AUX    VBD   3   auxpass    _
3   reported  report  VERB   VBN   0   ROOT       _
4   that      that    SCONJ  IN    8   mark       _
5   the       the     DET    DT    6   det        _
6   talks     talk    NOUN   NNS   8   nsubj      _
7   had       have    AUX    VBD   8   aux        _
8   failed    fail    VERB   VBN   3   ccomp      _
9   .         .       PUNCT  .     3   punct      _
"""

# X is V-ed to C
PASSIVE_TO = """
# text = The vote is expected to be close.
1   The       the     DET    DT    2   det        _
2   vote      vote    NOUN   NN    4   nsubjpass  _
3   is        be      AUX    VBZ   4   auxpass    _
4   expected  expect  VERB   VBN   0   ROOT       _
5   to        to      PART   TO    6   aux        _
6   be        be      AUX    VB    4   xcomp      _
7   close     close   ADJ    JJ    6   acomp      _
8   .         .       PUNCT  .     4   punct      _
"""

# It was V-ed by S that C: the agent speaks
PASSIVE_AGENT = """
# text = It was reported by the BBC that the talks had failed.
1   It        it      PRON   PRP   3   nsubjpass  _
2   was       be      AUX    VBD   3   auxpass    _
3   reported  report  VERB   VBN   0   ROOT       _
4   by        by      ADP    IN    3   agent      _
5   the       the     DET    DT    6   det        _
6   BBC       BBC     PROPN  NNP   4   pobj       NER=B-ORG
7   that      that    SCONJ  IN    11  mark       _
8   the       the     DET    DT    9   det        _
9   talks     talk    NOUN   NNS   11  nsubj      _
10  had       have    AUX    VBD   11  aux        _
11  failed    fail    VERB   VBN   3   ccomp      _
12  .         .       PUNCT  .     3   punct      _
"""

# "Q1," S V. "Q2."  with the second quotation's opening mark tokenized into the first sentence
SPLIT_MARK_TEXT = '"We will win the state," she said. "Nobody doubts that at all."'
SPLIT_MARK_IN_PREVIOUS_SENTENCE = """
1   "       "       PUNCT  ``    10  punct   _
2   We      we      PRON   PRP   4   nsubj   _
3   will    will    AUX    MD    4   aux     _
4   win     win     VERB   VB    10  ccomp   _
5   the     the     DET    DT    6   det     _
6   state   state   NOUN   NN    4   dobj    _
7   ,       ,       PUNCT  ,     10  punct   _
8   "       "       PUNCT  ''    10  punct   _
9   she     she     PRON   PRP   10  nsubj   _
10  said    say     VERB   VBD   0   ROOT    _
11  .       .       PUNCT  .     10  punct   _
12  "       "       PUNCT  ``    10  punct   _

1   Nobody  nobody  PRON   NN    2   nsubj   _
2   doubts  doubt   VERB   VBZ   0   ROOT    _
3   that    that    PRON   DT    2   dobj    _
4   at      at      ADV    RB    5   advmod  _
5   all     all     ADV    RB    2   advmod  _
6   .       .       PUNCT  .     2   punct   _
7   "       "       PUNCT  ''    2   punct   _
"""

# The tight "Q," S V frame: a short quotation with no verb ...
NO_SHE_SAID = """
# text = "No," she said.
1   "     "    PUNCT  ``    6   punct  _
2   No    no   INTJ   UH    6   intj   _
3   ,     ,    PUNCT  ,     6   punct  _
4   "     "    PUNCT  ''    6   punct  _
5   she   she  PRON   PRP   6   nsubj  _
6   said  say  VERB   VBD   0   ROOT   _
7   .     .    PUNCT  .     6   punct  _
"""

# ... ending in "!" ...
NOT_AGAIN = """
# text = "Not again!" she said.
1   "      "      PUNCT  ``    7   punct  _
2   Not    not    PART   RB    3   neg    _
3   again  again  ADV    RB    7   dep    _
4   !      !      PUNCT  .     7   punct  _
5   "      "      PUNCT  ''    7   punct  _
6   she    she    PRON   PRP   7   nsubj  _
7   said   say    VERB   VBD   0   ROOT   _
8   .      .      PUNCT  .     7   punct  _
"""

# ... and a whole question.
WHY_ASKED = """
# text = "Why would we do that?" she asked.
1   "      "      PUNCT  ``    5   punct   _
2   Why    why    SCONJ  WRB   5   advmod  _
3   would  would  AUX    MD    5   aux     _
4   we     we     PRON   PRP   5   nsubj   _
5   do     do     VERB   VB    10  ccomp   _
6   that   that   PRON   DT    5   dobj    _
7   ?      ?      PUNCT  .     5   punct   _
8   "      "      PUNCT  ''    10  punct   _
9   she    she    PRON   PRP   10  nsubj   _
10  asked  ask    VERB   VBD   0   ROOT    _
11  .      .      PUNCT  .     10  punct   _
"""

# A quoted fragment after a cue verb is part of reported content, not a direct quote by itself.
DESCRIBED_AS = """
# text = He described it as "news to me."
1   He         he        PRON   PRP   2   nsubj  _
2   described  describe  VERB   VBD   0   ROOT   _
3   it         it        PRON   PRP   2   dobj   _
4   as         as        ADP    IN    2   prep   _
5   "          "         PUNCT  ``    6   punct  _
6   news       news      NOUN   NN    4   pobj   _
7   to         to        ADP    IN    6   prep   _
8   me         I         PRON   PRP   7   pobj   _
9   .          .         PUNCT  .     2   punct  _
10  "          "         PUNCT  ''    2   punct  _
"""

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

# "Q," S V with any verb (the verb is formatted in)
SPOKEN_ANY_VERB = """
# text = "Go back to Univision," Trump {verb}.
1   "          "          PUNCT  ``    2   punct   _
2   Go         go         VERB   VB    9   ccomp   _
3   back       back       ADV    RB    2   advmod  _
4   to         to         ADP    IN    3   prep    _
5   Univision  Univision  PROPN  NNP   4   pobj    NER=B-ORG
6   ,          ,          PUNCT  ,     9   punct   _
7   "          "          PUNCT  ''    9   punct   _
8   Trump      Trump      PROPN  NNP   9   nsubj   NER=B-PERSON
9   {verb}     {lemma}    VERB   VBD   0   ROOT    _
10  .          .          PUNCT  .     9   punct   _
"""

# "Q," the N V with the verb tagged as a noun compounded with the noun before it (as spaCy tags it)
NOUN_CUE = """
# text = "She should come to Louisiana," the {noun} {verb}.
1   "          "          PUNCT   ``     11  punct     _
2   She        she        PRON    PRP    4   nsubj     _
3   should     should     AUX     MD     4   aux       _
4   come       come       VERB    VB     11  ccomp     _
5   to         to         ADP     IN     4   prep      _
6   Louisiana  Louisiana  PROPN   NNP    5   pobj      NER=B-GPE
7   ,          ,          PUNCT   ,      11  punct     _
8   "          "          PUNCT   ''     11  punct     _
9   the        the        DET     DT     11  det       _
10  {noun}     {noun}     {upos}  {tag}  11  {deprel}  _
11  {verb}     {lemma}    NOUN    NN     0   ROOT      _
12  .          .          PUNCT   .      11  punct     _
"""

# S V ADV, "Q" with any verb
SHOT_BACK = """
# text = Hillary shot back, "I suppose I could have stayed home."
1   Hillary  Hillary  PROPN  NNP   2   nsubj   NER=B-PERSON
2   shot     shoot    VERB   VBD   0   ROOT    _
3   back     back     ADV    RB    2   advmod  _
4   ,        ,        PUNCT  ,     2   punct   _
5   "        "        PUNCT  ``    7   punct   _
6   I        I        PRON   PRP   7   nsubj   _
7   suppose  suppose  VERB   VBP   2   ccomp   _
8   I        I        PRON   PRP   11  nsubj   _
9   could    could    AUX    MD    11  aux     _
10  have     have     AUX    VB    11  aux     _
11  stayed   stay     VERB   VBN   7   ccomp   _
12  home     home     ADV    RB    11  advmod  _
13  .        .        PUNCT  .     7   punct   _
14  "        "        PUNCT  ''    7   punct   _
"""

# A title followed by a relative clause: "which" is no speaker.
TITLE_WHICH = """
# text = ''The Wire,'' which debuted in 2002, ran for five seasons.
1   ''       ''       PUNCT  ``    3   punct   _
2   The      the      DET    DT    3   det     _
3   Wire     Wire     PROPN  NNP   11  nsubj   NER=B-WORK_OF_ART
4   ,        ,        PUNCT  ,     3   punct   _
5   ''       ''       PUNCT  ''    3   punct   _
6   which    which    PRON   WDT   7   nsubj   _
7   debuted  debut    VERB   VBD   3   relcl   _
8   in       in       ADP    IN    7   prep    _
9   2002     2002     NUM    CD    8   pobj    NER=B-DATE
10  ,        ,        PUNCT  ,     3   punct   _
11  ran      run      VERB   VBD   0   ROOT    _
12  for      for      ADP    IN    11  prep    _
13  five     five     NUM    CD    14  nummod  _
14  seasons  season   NOUN   NNS   12  pobj    _
15  .        .        PUNCT  .     11  punct   _
"""

# Said S: "Q"   (the name is formatted in)
SAID_INVERTED = """
# text = Said {name}: "The committee has done its work and we are done."
1   Said       say        VERB   VBD   0   ROOT       _
2   {name}     {name}     PROPN  NNP   1   nsubj      NER=B-PERSON
3   :          :          PUNCT  :     1   punct      _
4   "          "          PUNCT  ``    8   punct      _
5   The        the        DET    DT    6   det        _
6   committee  committee  NOUN   NN    8   nsubj      _
7   has        have       AUX    VBZ   8   aux        _
8   done       do         VERB   VBN   1   ccomp      _
9   its        its        PRON   PRP$  10  poss       _
10  work       work       NOUN   NN    8   dobj       _
11  and        and        CCONJ  CC    8   cc         _
12  we         we         PRON   PRP   14  nsubjpass  _
13  are        be         AUX    VBP   14  auxpass    _
14  done       do         VERB   VBN   8   conj       _
15  .          .          PUNCT  .     8   punct      _
16  "          "          PUNCT  ''    8   punct      _
"""

# "Q," S, 58, V O   parsed as spaCy does: the speaker hangs off a word inside the quotation.
GARBLED_SPEAKER = """
# text = "We are leaving the country for good," Ramos, 58, told AFP.
1   "        "        PUNCT  ``    15  punct   _
2   We       we       PRON   PRP   4   nsubj   _
3   are      be       AUX    VBP   4   aux     _
4   leaving  leave    VERB   VBG   15  ccomp   _
5   the      the      DET    DT    6   det     _
6   country  country  NOUN   NN    4   dobj    _
7   for      for      ADP    IN    4   prep    _
8   good     good     ADJ    JJ    11  amod    _
9   ,        ,        PUNCT  ,     11  punct   _
10  "        "        PUNCT  ''    11  punct   _
11  Ramos    Ramos    PROPN  NNP   7   pobj    NER=B-PERSON
12  ,        ,        PUNCT  ,     11  punct   _
13  58       58       NUM    CD    11  appos   _
14  ,        ,        PUNCT  ,     11  punct   _
15  told     tell     VERB   VBD   0   ROOT    _
16  AFP      AFP      PROPN  NNP   15  dobj    NER=B-ORG
17  .        .        PUNCT  .     15  punct   _
"""

# S, who V that C, ...
RELATIVE_SPEAKER = """
# text = Smith, who said that taxes would rise, lost the election.
1   Smith     Smith     PROPN  NNP   10  nsubj  NER=B-PERSON
2   ,         ,         PUNCT  ,     1   punct  _
3   who       who       PRON   WP    4   nsubj  _
4   said      say       VERB   VBD   1   relcl  _
5   that      that      SCONJ  IN    8   mark   _
6   taxes     tax       NOUN   NNS   8   nsubj  _
7   would     would     AUX    MD    8   aux    _
8   rise      rise      VERB   VB    4   ccomp  _
9   ,         ,         PUNCT  ,     1   punct  _
10  lost      lose      VERB   VBD   0   ROOT   _
11  the       the       DET    DT    12  det    _
12  election  election  NOUN   NN    10  dobj   _
13  .         .         PUNCT  .     10  punct  _
"""

# N V-ing C: the participle's noun speaks
PARTICIPLE_SPEAKER = """
# text = Police received 911 calls saying shots had been fired.
1   Police    police   NOUN   NNS   2   nsubj      _
2   received  receive  VERB   VBD   0   ROOT       _
3   911       911      NUM    CD    4   nummod     _
4   calls     call     NOUN   NNS   2   dobj       _
5   saying    say      VERB   VBG   4   acl        _
6   shots     shot     NOUN   NNS   9   nsubjpass  _
7   had       have     AUX    VBD   9   aux        _
8   been      be       AUX    VBN   9   auxpass    _
9   fired     fire     VERB   VBN   5   ccomp      _
10  .         .        PUNCT  .     2   punct      _
"""

# S is likely to V that C: the subject climbs through the adjective
LIKELY_TO_SAY = """
# text = He is likely to say that the economy is improving.
1   He         he       PRON   PRP   2   nsubj   _
2   is         be       AUX    VBZ   0   ROOT    _
3   likely     likely   ADJ    JJ    2   acomp   _
4   to         to       PART   TO    5   aux     _
5   say        say      VERB   VB    3   xcomp   _
6   that       that     SCONJ  IN    10  mark    _
7   the        the      DET    DT    8   det     _
8   economy    economy  NOUN   NN    10  nsubj   _
9   is         be       AUX    VBZ   10  aux     _
10  improving  improve  VERB   VBG   5   ccomp   _
11  .          .        PUNCT  .     2   punct   _
"""

# S V that C1 and C2, the second clause (with its own subject) hung off the reporting verb
COORDINATED = """
# text = He said that the plan failed and the mayor should resign.
1   He      he      PRON   PRP   2   nsubj  _
2   said    say     VERB   VBD   0   ROOT   _
3   that    that    SCONJ  IN    6   mark   _
4   the     the     DET    DT    5   det    _
5   plan    plan    NOUN   NN    6   nsubj  _
6   failed  fail    VERB   VBD   2   ccomp  _
7   and     and     CCONJ  CC    2   cc     _
8   the     the     DET    DT    9   det    _
9   mayor   mayor   NOUN   NN    11  nsubj  _
10  should  should  AUX    MD    11  aux    _
11  resign  resign  VERB   VB    2   conj   _
12  .       .       PUNCT  .     2   punct  _
"""

# S V that C and V2 ...: a coordinated verb with no subject of its own is the speaker's act, not content
COORDINATED_ACT = """
# text = He said that the plan failed and left the room.
1   He      he      PRON   PRP   2   nsubj  _
2   said    say     VERB   VBD   0   ROOT   _
3   that    that    SCONJ  IN    6   mark   _
4   the     the     DET    DT    5   det    _
5   plan    plan    NOUN   NN    6   nsubj  _
6   failed  fail    VERB   VBD   2   ccomp  _
7   and     and     CCONJ  CC    2   cc     _
8   left    leave   VERB   VBD   2   conj   _
9   the     the     DET    DT    10  det    _
10  room    room    NOUN   NN    8   dobj   _
11  .       .       PUNCT  .     2   punct  _
"""

# A reporting verb inside a quotation: the quoted speaker's own words
CUE_INSIDE_QUOTE = """
# text = "I think we will win," she said.
1   "      "      PUNCT  ``    10  punct  _
2   I      I      PRON   PRP   3   nsubj  _
3   think  think  VERB   VBP   10  ccomp  _
4   we     we     PRON   PRP   6   nsubj  _
5   will   will   AUX    MD    6   aux    _
6   win    win    VERB   VB    3   ccomp  _
7   ,      ,      PUNCT  ,     10  punct  _
8   "      "      PUNCT  ''    10  punct  _
9   she    she    PRON   PRP   10  nsubj  _
10  said   say    VERB   VBD   0   ROOT   _
11  .      .      PUNCT  .     10  punct  _
"""

# Mixed: the reported clause starts inside the quotation's marks
MIXED_OPENING = """
# text = He said "the plan was a disaster" for the whole city.
1   He        he        PRON   PRP   2   nsubj  _
2   said      say       VERB   VBD   0   ROOT   _
3   "         "         PUNCT  ``    6   punct  _
4   the       the       DET    DT    5   det    _
5   plan      plan      NOUN   NN    6   nsubj  _
6   was       be        AUX    VBD   2   ccomp  _
7   a         a         DET    DT    8   det    _
8   disaster  disaster  NOUN   NN    6   attr   _
9   "         "         PUNCT  ''    6   punct  _
10  for       for       ADP    IN    6   prep   _
11  the       the       DET    DT    13  det    _
12  whole     whole     ADJ    JJ    13  amod   _
13  city      city      NOUN   NN    10  pobj   _
14  .         .         PUNCT  .     2   punct  _
"""

# Mixed, parsed badly: the clause's subtree stops inside the quotation ("the city" hangs off "said")
MIXED_CUT_BY_PARSE = """
# text = He said the plan was "a disaster for the city."
1   He        he        PRON   PRP   2   nsubj  _
2   said      say       VERB   VBD   0   ROOT   _
3   the       the       DET    DT    4   det    _
4   plan      plan      NOUN   NN    5   nsubj  _
5   was       be        AUX    VBD   2   ccomp  _
6   "         "         PUNCT  ``    8   punct  _
7   a         a         DET    DT    8   det    _
8   disaster  disaster  NOUN   NN    5   attr   _
9   for       for       ADP    IN    8   prep   _
10  the       the       DET    DT    11  det    _
11  city      city      NOUN   NN    2   dep    _
12  .         .         PUNCT  .     2   punct  _
13  "         "         PUNCT  ''    2   punct  _
"""

# "Q," S V with the marks formatted in
MARKS = """
# text = {o}I prefer Kasich,{c} he said.
1   {o}     {o}     PUNCT  ``    8   punct  _
2   I       I       PRON   PRP   3   nsubj  _
3   prefer  prefer  VERB   VBP   8   ccomp  _
4   Kasich  Kasich  PROPN  NNP   3   dobj   NER=B-PERSON
5   ,       ,       PUNCT  ,     8   punct  _
6   {c}     {c}     PUNCT  ''    8   punct  _
7   he      he      PRON   PRP   8   nsubj  _
8   said    say     VERB   VBD   0   ROOT   _
9   .       .       PUNCT  .     8   punct  _
"""


def span_of(text: str, part: str) -> tuple[int, int]:
    """Offsets of the only occurrence of ``part`` in ``text``."""
    assert text.count(part) == 1, f"{part!r} is not unique in {text!r}"
    start = text.index(part)
    return start, start + len(part)


def assert_quote(
    doc: Document,
    record: QuoteRecord,
    quote: str,
    *,
    quote_type: str,
    rule: str,
    cue: str | None,
    speaker: str | None,
) -> None:
    """The record quotes ``quote`` (offsets into the text) with this type, rule, cue and speaker mention."""
    assert record.quote.text == quote
    assert (record.quote.start, record.quote.end) == span_of(doc.text, quote)
    assert (record.type, record.rule) == (quote_type, rule)
    if cue is None:
        assert record.cue is None
    else:
        assert record.cue is not None
        assert (record.cue.text, doc.text[record.cue.start : record.cue.end]) == (cue, cue)
    if speaker is None:
        assert record.speaker is None
    else:
        assert record.speaker is not None
        assert record.speaker.text == speaker
        assert (record.speaker.start, record.speaker.end) == span_of(doc.text, speaker)


# -- quote-colon


def test_rules_extra_quote_colon(parse: Parse) -> None:
    """``She addressed the crowd: "Q"``: a quotation after a colon is a direct quote of the subject before it."""
    doc = parse(QUOTE_COLON)
    [record] = extract_document(doc)
    quote = "We are going to win this state."
    assert_quote(doc, record, quote, quote_type="direct", rule="quote-colon", cue="addressed", speaker="She")


def test_rules_extra_quote_colon_needs_real_subject(parse: Parse) -> None:
    """``It was simple: "Q"``: an expletive subject before the colon makes no speaker and no quote."""
    assert extract_document(parse(COLON_EXPLETIVE)) == []


# -- quote-dash


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(DASH_SPACE, id="space"),
        pytest.param(DASH_NO_SPACE, id="no-space"),
        pytest.param(DASH_NEXT_PARAGRAPH, id="next-paragraph"),
    ],
)
def test_rules_extra_quote_dash(parse: Parse, source: str) -> None:
    """``"Q" ― Jane Smith``: a quotation signed with a dash and a name is a direct quote of that name."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert (record.quote.start, record.quote.end) == span_of(doc.text, "The best is yet to come.")
    assert (record.type, record.rule) == ("direct", "quote-dash")
    assert record.speaker is not None
    assert (record.speaker.text, record.speaker.name) == ("Jane Smith", "Jane Smith")
    assert (record.speaker.start, record.speaker.end) == span_of(doc.text, "Jane Smith")
    assert record.cue is not None and doc.text[record.cue.start : record.cue.end] == "―"


def test_rules_extra_quote_dash_name_on_next_line(extractor: quotex.Extractor) -> None:
    """The signature may stand on the line after the quotation (a single line break, a paragraph of its own)."""
    doc = extractor.parser('"The best is yet to come."\n― Jane Smith', "t")
    assert len(doc.paragraphs) == 2
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "The best is yet to come.",
        quote_type="direct",
        rule="quote-dash",
        cue="―",
        speaker="Jane Smith",
    )


def test_rules_extra_quote_dash_needs_proper_noun(parse: Parse) -> None:
    """A dash followed by words with no proper noun (``― the old song``) signs nothing."""
    assert extract_document(parse(DASH_NO_NAME)) == []


# -- speaker-colon


def test_rules_extra_speaker_colon(parse: Parse) -> None:
    """``CLINTON: C``: a paragraph opening with a name and a colon is that speaker's words."""
    doc = parse(SPEAKER_COLON)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "We are stronger together",
        quote_type="indirect",
        rule="speaker-colon",
        cue=":",
        speaker="CLINTON",
    )


@pytest.mark.parametrize(
    ("label", "rules"),
    [
        pytest.param("CLINTON", ["speaker-colon"], id="name"),
        pytest.param("Note", [], id="note"),
        pytest.param("Photo", [], id="photo"),
        pytest.param("UPDATE", [], id="update"),
        pytest.param("Opinion", [], id="section"),
        pytest.param("ANALYSIS", [], id="genre"),
    ],
)
def test_rules_extra_speaker_colon_skips_common_labels(parse: Parse, label: str, rules: list[str]) -> None:
    """``Note:``, ``Photo:``, ``UPDATE:``, a section or genre (``Opinion:``, ``ANALYSIS:``) open no
    quote; a name in the same place does."""
    assert [r.rule for r in extract_document(parse(LABEL.format(label=label)))] == rules


# -- reported-passive


def test_rules_extra_passive_that_clause(parse: Parse) -> None:
    """``It was reported that C``: an indirect quote with the passive verb as cue and no speaker."""
    doc = parse(PASSIVE_THAT)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "the talks had failed",
        quote_type="indirect",
        rule="reported-passive",
        cue="reported",
        speaker=None,
    )


def test_rules_extra_passive_raising(parse: Parse) -> None:
    """``The vote is expected to be close``: subject and infinitive are the content, in two fragments, no speaker."""
    doc = parse(PASSIVE_TO)
    [record] = extract_document(doc)
    assert [f.text for f in record.fragments] == ["The vote", "to be close"]
    assert [(f.start, f.end) for f in record.fragments] == [
        span_of(doc.text, "The vote"),
        span_of(doc.text, "to be close"),
    ]
    assert_quote(
        doc,
        record,
        "The vote is expected to be close",
        quote_type="indirect",
        rule="reported-passive",
        cue="expected",
        speaker=None,
    )


def test_rules_extra_passive_with_agent_has_speaker(parse: Parse) -> None:
    """``It was reported by the BBC that C``: the agent is the speaker, and the quote is a reported clause."""
    doc = parse(PASSIVE_AGENT)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "the talks had failed",
        quote_type="indirect",
        rule="reported-clause",
        cue="reported",
        speaker="the BBC",
    )


# -- quote-split over two sentences


def test_rules_extra_split_with_mark_in_previous_sentence() -> None:
    """``"Q1," S V. "Q2."`` is one quote even when the parse puts Q2's opening mark in the cue's sentence."""
    doc = read_conllu(conllu_text(SPLIT_MARK_IN_PREVIOUS_SENTENCE), "t", text=SPLIT_MARK_TEXT)
    assert doc.sentence_tokens(doc.sentences[0])[-1].text == '"'  # the mark is where the test says
    [record] = extract_document(doc)
    first, second = span_of(doc.text, "We will win the state,"), span_of(doc.text, "Nobody doubts that at all.")
    assert [(f.start, f.end) for f in record.fragments] == [first, second]
    assert (record.quote.start, record.quote.end) == (first[0], second[1])
    assert (record.type, record.rule, record.sentence) == ("direct", "quote-split", 0)
    assert record.cue is not None and record.cue.text == "said"
    assert record.speaker is not None and record.speaker.text == "she"


# -- short quotes and the tight "Q," S V frame


@pytest.mark.parametrize(
    ("source", "quote", "cue"),
    [
        pytest.param(NO_SHE_SAID, "No,", "said", id="comma"),
        pytest.param(NOT_AGAIN, "Not again!", "said", id="exclamation"),
        pytest.param(WHY_ASKED, "Why would we do that?", "asked", id="question"),
    ],
)
def test_rules_extra_tight_frame_quote(parse: Parse, source: str, quote: str, cue: str) -> None:
    """``"Q," S V`` with ``,`` ``!`` or ``?`` inside the marks is a direct quote, however short."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert_quote(doc, record, quote, quote_type="direct", rule="quote-cue-after", cue=cue, speaker="she")


# The tight frame before the quotation: a reporting verb, then a short quotation that
# ends with "!" or "?", inside a sentence that goes on.
DECLARED_EXCLAIMED = """
# text = She declared "What a great night!" and thanked her staff.
1   She       she      PRON   PRP   2   nsubj     _
2   declared  declare  VERB   VBD   0   ROOT      _
3   "         "        PUNCT  ``    2   punct     _
4   What      what     PRON   WP    7   det       _
5   a         a        DET    DT    7   det       _
6   great     great    ADJ    JJ    7   amod      _
7   night     night    NOUN   NN    2   npadvmod  _
8   !         !        PUNCT  .     2   punct     _
9   "         "        PUNCT  ''    2   punct     _
10  and       and      CCONJ  CC    2   cc        _
11  thanked   thank    VERB   VBD   2   conj      _
12  her       her      PRON   PRP$  13  poss      _
13  staff     staff    NOUN   NN    11  dobj      _
14  .         .        PUNCT  .     2   punct     _
"""

SHOUTED_NAME = """
# text = When a man in the crowd shouted, "Cruz!" Beck laughed.
1   When     when     SCONJ  WRB  7   advmod  _
2   a        a        DET    DT   3   det     _
3   man      man      NOUN   NN   7   nsubj   _
4   in       in       ADP    IN   3   prep    _
5   the      the      DET    DT   6   det     _
6   crowd    crowd    NOUN   NN   4   pobj    _
7   shouted  shout    VERB   VBD  14  advcl   _
8   ,        ,        PUNCT  ,    7   punct   _
9   "        "        PUNCT  ``   7   punct   _
10  Cruz     Cruz     PROPN  NNP  7   dobj    _
11  !        !        PUNCT  .    10  punct   _
12  "        "        PUNCT  ''   14  punct   _
13  Beck     Beck     PROPN  NNP  14  nsubj   _
14  laughed  laugh    VERB   VBD  0   ROOT    _
15  .        .        PUNCT  .    14  punct   _
"""

# A title with the comma of American punctuation, right after the verb: no spoken frame.
MENTIONED_TITLE = """
# text = She mentioned "Character Studies," a collection of his essays.
1   She         she         PRON   PRP   2   nsubj     _
2   mentioned   mention     VERB   VBD   0   ROOT      _
3   "           "           PUNCT  ``    5   punct     _
4   Character   Character   PROPN  NNP   5   compound  _
5   Studies     Studies     PROPN  NNP   2   dobj      _
6   ,           ,           PUNCT  ,     5   punct     _
7   "           "           PUNCT  ''    5   punct     _
8   a           a           DET    DT    9   det       _
9   collection  collection  NOUN   NN    5   appos     _
10  of          of          ADP    IN    9   prep      _
11  his         his         PRON   PRP$  12  poss      _
12  essays      essay       NOUN   NNS   10  pobj      _
13  .           .           PUNCT  .     2   punct     _
"""


@pytest.mark.parametrize(
    ("source", "quote", "cue", "speaker"),
    [
        pytest.param(DECLARED_EXCLAIMED, "What a great night!", "declared", "She", id="exclaimed-no-comma"),
        pytest.param(SHOUTED_NAME, "Cruz!", "shouted", "man", id="exclaimed-sentence-goes-on"),
    ],
)
def test_rules_extra_tight_frame_before_sentence_goes_on(
    parse: Parse, source: str, quote: str, cue: str, speaker: str
) -> None:
    """``S V, "Q!" ...`` and ``S V "Q!" ...``: a short quotation ending with ``!`` or ``?``
    right after a reporting verb is a direct quote though the sentence goes on."""
    doc = parse(source)
    quotes = [r for r in extract_document(doc) if r.rule == "quote-cue-before"]
    assert len(quotes) == 1
    record = quotes[0]
    assert record.quote.text == quote and record.type == "direct"
    assert record.cue is not None and record.cue.text == cue
    assert record.speaker is not None and speaker in record.speaker.text


def test_rules_extra_tight_frame_before_needs_speech_ending(parse: Parse) -> None:
    """A title after the verb with only the comma of American punctuation is no direct quote."""
    doc = parse(MENTIONED_TITLE)
    quotations = find_quotations(doc.text, [(p.start, p.end) for p in doc.paragraphs])
    assert quotations
    assert list(cued_quotes(doc, quotations, [])) == []


@pytest.mark.parametrize(
    "source", [pytest.param(DESCRIBED_AS, id="described-as"), pytest.param(SCARE_QUOTE, id="scare-quote")]
)
def test_rules_extra_short_fragment_not_direct_on_its_own(parse: Parse, source: str) -> None:
    """A short quotation with no verb outside the tight frame gets no cue from the direct-quote rules."""
    doc = parse(source)
    quotations = find_quotations(doc.text, [(p.start, p.end) for p in doc.paragraphs])
    assert quotations  # the marks are there
    assert list(cued_quotes(doc, quotations, [])) == []
    assert all(not r.rule.startswith("quote-") for r in extract_document(doc))


def test_rules_extra_short_fragment_in_reported_content(parse: Parse) -> None:
    """``He described it as "news to me."``: the fragment is attributed through the cue verb's content rule."""
    doc = parse(DESCRIBED_AS)
    [record] = extract_document(doc)
    assert record.rule == "reported-prepositional"
    assert "news to me" in record.quote.text
    assert record.cue is not None and record.cue.text == "described"
    assert record.speaker is not None and record.speaker.text == "He"


# -- any verb in the spoken frame


@pytest.mark.parametrize(
    ("verb", "lemma"), [pytest.param("barked", "bark", id="barked"), pytest.param("laughed", "laugh", id="laughed")]
)
def test_rules_extra_spoken_frame_any_verb_after(parse: Parse, verb: str, lemma: str) -> None:
    """``"Q," Trump barked``: right after a spoken-style quotation any verb with its subject is the cue."""
    doc = parse(SPOKEN_ANY_VERB.format(verb=verb, lemma=lemma))
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "Go back to Univision,",
        quote_type="direct",
        rule="quote-cue-after",
        cue=verb,
        speaker="Trump",
    )


NOUN_CUE_SUBJECTS = [
    pytest.param({"noun": "editorial", "upos": "ADJ", "tag": "JJ", "deprel": "amod"}, id="editorial"),
    pytest.param({"noun": "email", "upos": "NOUN", "tag": "NN", "deprel": "compound"}, id="email"),
]


@pytest.mark.parametrize("subject", NOUN_CUE_SUBJECTS)
def test_rules_extra_cue_tagged_as_noun(parse: Parse, subject: dict[str, str]) -> None:
    """``"Q," the editorial read.``: a reporting verb's finite form that the tagger took for a noun
    (spaCy does, on this very sentence) is the cue, and the word before it the speaker."""
    doc = parse(NOUN_CUE.format(verb="read", lemma="read", **subject))
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "She should come to Louisiana,",
        quote_type="direct",
        rule="quote-cue-after",
        cue="read",
        speaker=subject["noun"],
    )


@pytest.mark.parametrize(("verb", "lemma"), [("claim", "claim"), ("slogan", "slogan")])
def test_rules_extra_noun_after_quote_is_no_cue(conllu: Parse, verb: str, lemma: str) -> None:
    """``"Q," the campaign claim.``: a noun that is no finite form of a reporting verb is no cue."""
    doc = conllu(NOUN_CUE.format(verb=verb, lemma=lemma, noun="campaign", upos="NOUN", tag="NN", deprel="compound"))
    assert extract_document(doc) == []


def test_rules_extra_spoken_frame_laugh_is_not_a_reporting_verb() -> None:
    """The any-verb case above uses a verb outside the reporting-verb lexicon (else it would test nothing new)."""
    assert "laugh" not in REPORTING_VERBS
    assert "shoot" not in REPORTING_VERBS


def test_rules_extra_spoken_frame_any_verb_before(parse: Parse) -> None:
    """``Hillary shot back, "Q"``: a verb with only an adverb and a comma before the quotation is the cue."""
    doc = parse(SHOT_BACK)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "I suppose I could have stayed home.",
        quote_type="direct",
        rule="quote-cue-before",
        cue="shot",
        speaker="Hillary",
    )


def test_rules_extra_relative_clause_after_title_is_no_cue(parse: Parse) -> None:
    """``''The Wire,'' which debuted in 2002``: a verb whose subject is a relative pronoun is no cue."""
    doc = parse(TITLE_WHICH)
    assert [doc.text[q.content_start : q.content_end] for q in find_quotations(doc.text)] == ["The Wire,"]
    assert extract_document(doc) == []


# -- speakers


@pytest.mark.parametrize("name", ["Ellis", "Smith"])
def test_rules_extra_inverted_said_before_quote(parse: Parse, name: str) -> None:
    """``Said Ellis: "Q"``: the verb before its subject is the cue, and the name after it the speaker."""
    doc = parse(SAID_INVERTED.format(name=name))
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "The committee has done its work and we are done.",
        quote_type="direct",
        rule="quote-cue-before",
        cue="Said",
        speaker=name,
    )


def test_rules_extra_speaker_between_quote_and_cue_in_garbled_parse(parse: Parse) -> None:
    """``"Q," Ramos, 58, told AFP``: when the parse hangs the name inside the quotation, it still speaks, alone."""
    doc = parse(GARBLED_SPEAKER)
    [record] = extract_document(doc)
    assert record.quote.text == "We are leaving the country for good,"
    assert (record.type, record.rule) == ("direct", "quote-cue-after")
    assert record.cue is not None and record.cue.text == "told"
    assert record.speaker is not None
    assert record.speaker.start == doc.text.index("Ramos")
    assert record.speaker.text in ("Ramos", "Ramos, 58")
    assert record.speaker.name == "Ramos"


def test_rules_extra_relative_pronoun_speaker(parse: Parse) -> None:
    """``Smith, who said that C``: the local mention is ``who``, the source is Smith."""
    doc = parse(RELATIVE_SPEAKER)
    [record] = extract_document(doc)
    assert_quote(
        doc, record, "taxes would rise", quote_type="indirect", rule="reported-clause", cue="said", speaker="who"
    )
    assert record.speaker is not None and record.speaker.name == "Smith"


def test_rules_extra_participle_speaker(parse: Parse) -> None:
    """``911 calls saying C``: a participle modifying a noun takes the noun phrase as speaker."""
    doc = parse(PARTICIPLE_SPEAKER)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "shots had been fired",
        quote_type="indirect",
        rule="reported-clause",
        cue="saying",
        speaker="911 calls",
    )


def test_rules_extra_likely_to_say(parse: Parse) -> None:
    """``He is likely to say that C``: the reporting verb shares the subject of ``is likely``."""
    doc = parse(LIKELY_TO_SAY)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "the economy is improving",
        quote_type="indirect",
        rule="reported-clause",
        cue="say",
        speaker="He",
    )


# -- reported content


def test_rules_extra_coordinated_content(parse: Parse) -> None:
    """``He said that C1 and C2``: both clauses are content, however the parse coordinates them."""
    doc = parse(COORDINATED)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        "the plan failed and the mayor should resign",
        quote_type="indirect",
        rule="reported-clause",
        cue="said",
        speaker="He",
    )


def test_rules_extra_coordinated_act_is_not_content(conllu: Parse) -> None:
    """``He said that C and left the room``: a coordinated verb with no subject of its own is not content."""
    doc = conllu(COORDINATED_ACT)
    [record] = extract_document(doc)
    assert_quote(
        doc, record, "the plan failed", quote_type="indirect", rule="reported-clause", cue="said", speaker="He"
    )


def test_rules_extra_cue_inside_quotation_is_not_a_quote(parse: Parse) -> None:
    """``"I think we will win," she said``: the reported clause of ``think`` is found, then dropped, as it is quoted."""
    doc = parse(CUE_INSIDE_QUOTE)
    quotations = find_quotations(doc.text, [(p.start, p.end) for p in doc.paragraphs])
    assert "think" in [c.cue.text for c in reported_clauses(doc, quotations, []) if c.cue is not None]
    [record] = extract_document(doc)
    assert_quote(
        doc, record, "I think we will win,", quote_type="direct", rule="quote-cue-after", cue="said", speaker="she"
    )


def test_rules_extra_mixed_quote_keeps_opening_mark(parse: Parse) -> None:
    """A reported clause that starts inside a quotation starts at its opening mark, and is mixed."""
    doc = parse(MIXED_OPENING)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        '"the plan was a disaster" for the whole city',
        quote_type="mixed",
        rule="reported-clause",
        cue="said",
        speaker="He",
    )


def test_rules_extra_mixed_quote_cut_by_parse_keeps_whole_quotation(conllu: Parse) -> None:
    """When the parse cuts the clause inside the quotation, the mixed quote still runs to the closing mark."""
    doc = conllu(MIXED_CUT_BY_PARSE)
    [record] = extract_document(doc)
    assert_quote(
        doc,
        record,
        'the plan was "a disaster for the city."',
        quote_type="mixed",
        rule="reported-clause",
        cue="said",
        speaker="He",
    )


# -- quotation marks


@pytest.mark.parametrize(
    ("open_mark", "close_mark"),
    [pytest.param('"', "”", id="straight-curly"), pytest.param("“", '"', id="curly-straight")],
)
def test_rules_extra_mixed_mark_styles(parse: Parse, open_mark: str, close_mark: str) -> None:
    """A straight mark paired with a curly one still delimits one quotation and one quote."""
    doc = parse(MARKS.format(o=open_mark, c=close_mark))
    [record] = extract_document(doc)
    assert_quote(doc, record, "I prefer Kasich,", quote_type="direct", rule="quote-cue-after", cue="said", speaker="he")
    assert doc.text[record.quote.start - 1] == open_mark
    assert doc.text[record.quote.end] == close_mark


# -- paragraphs


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param("The vote is over.\nThe count begins.", ["The vote is over.", "The count begins."], id="line"),
        pytest.param("The vote is over.\n\nThe count begins.", ["The vote is over.", "The count begins."], id="blank"),
        pytest.param(
            "She will campaign personally\nin caucuses across the state.",
            ["She will campaign personally\nin caucuses across the state."],
            id="hard-wrap",
        ),
        pytest.param("In the end,\nhe agreed to run.", ["In the end,\nhe agreed to run."], id="hard-wrap-comma"),
        pytest.param(
            "She will campaign personally\nIn caucuses she wins.",
            ["She will campaign personally", "In caucuses she wins."],
            id="capital-after",
        ),
        pytest.param(
            "She will campaign personally\n\nin caucuses across the state.",
            ["She will campaign personally", "in caucuses across the state."],
            id="blank-line-before-lower-case",
        ),
        pytest.param("The vote is over 42\nin total.", ["The vote is over 42", "in total."], id="digit-before"),
    ],
)
def test_rules_extra_paragraph_spans(text: str, paragraphs: list[str]) -> None:
    """A line break ends a paragraph, except a single break between a letter or comma and a lower-case letter."""
    assert [text[start:end] for start, end in paragraph_spans(text)] == paragraphs


def test_rules_extra_hard_wrapped_quote_stays_one_paragraph(extractor: quotex.Extractor) -> None:
    """A quote hard-wrapped inside a sentence is one paragraph and one quote with its speaker."""
    text = '"We will campaign personally\nin caucuses across the state," she said.'
    doc = extractor.parser(text, "t")
    assert len(doc.paragraphs) == 1
    [record] = extract_document(doc)
    assert record.quote.text == "We will campaign personally\nin caucuses across the state,"
    assert (record.rule, record.paragraph) == ("quote-cue-after", 0)
    assert record.speaker is not None and record.speaker.text == "she"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "The senator said aides plan to reopen the office.",
            [("aides plan to reopen the office", "reported-clause", "The senator")],
            id="clause-in-clause",
        ),
        pytest.param(
            "She rejected the claim that the tax was unfair.",
            [("the claim that the tax was unfair", "reported-object", "She")],
            id="noun-in-object",
        ),
        pytest.param(
            'The mayor said the governor told him, "We will not close the plant."',
            [
                ('the governor told him, "We will not close the plant."', "reported-clause", "The mayor"),
                ("We will not close the plant.", "quote-cue-before", "the governor"),
            ],
            id="quotation-stays",
        ),
        pytest.param(
            "The senator said that, according to aides, the office would reopen in May.",
            [
                ("according to aides, the office would reopen in May", "reported-clause", "The senator"),
                ("the office would reopen in May", "according-to", "aides"),
            ],
            id="according-to-stays",
        ),
    ],
)
def test_rules_extra_no_report_inside_reported_content(
    extractor: quotex.Extractor, text: str, found: list[tuple[str, str, str]]
) -> None:
    """An attribution whose cue lies inside another quote's content is not a quote of its own (the
    aides did not speak); a quotation there, or an ``according to`` source, still is."""
    records = extract_document(extractor.parser(text, "t"))
    assert [(r.quote.text, r.rule, r.speaker.text if r.speaker else None) for r in records] == found


def test_rules_extra_saying_after_reported_clause_is_a_second_quote(extractor: quotex.Extractor) -> None:
    """``S V C1, saying C2``: the participle is a second report of the same speaker, not part of C1,
    even where the parse hangs it on C1's verb."""
    text = "He argued a registry would stop illegal entry, saying it is about management."
    records = extract_document(extractor.parser(text, "t"))
    assert [(r.quote.text, r.cue.text if r.cue else None, r.speaker.text if r.speaker else None) for r in records] == [
        ("a registry would stop illegal entry", "argued", "He"),
        ("it is about management", "saying", "He"),
    ]


# -- reported-stance

# S is ADJ that C
STANCE_THAT = """
# text = Her advisers are confident that the bill will pass.
1   Her        her        PRON   PRP$  2   poss   _
2   advisers   adviser    NOUN   NNS   3   nsubj  _
3   are        be         AUX    VBP   0   ROOT   _
4   confident  confident  ADJ    JJ    3   acomp  _
5   that       that       SCONJ  IN    9   mark   _
6   the        the        DET    DT    7   det    _
7   bill       bill       NOUN   NN    9   nsubj  _
8   will       will       AUX    MD    9   aux    _
9   pass       pass       VERB   VB    4   ccomp  _
10  .          .          PUNCT  .     3   punct  _
"""

# S is ADJ P X
STANCE_PREPOSITION = """
# text = The senator has been critical of the new trade deal.
1   The       the       DET    DT    2   det       _
2   senator   senator   NOUN   NN    4   nsubj     _
3   has       have      AUX    VBZ   4   aux       _
4   been      be        AUX    VBN   0   ROOT      _
5   critical  critical  ADJ    JJ    4   acomp     _
6   of        of        ADP    IN    5   prep      _
7   the       the       DET    DT    10  det       _
8   new       new       ADJ    JJ    10  amod      _
9   trade     trade     NOUN   NN    10  compound  _
10  deal      deal      NOUN   NN    6   pobj      _
11  .         .         PUNCT  .     4   punct     _
"""

# so ADJ that C: a result clause, not content
STANCE_RESULT = """
# text = The hearing was so brief that the senators left early.
1   The       the       DET    DT    2   det     _
2   hearing   hearing   NOUN   NN    3   nsubj   _
3   was       be        AUX    VBD   0   ROOT    _
4   so        so        ADV    RB    5   advmod  _
5   brief     brief     ADJ    JJ    3   acomp   _
6   that      that      SCONJ  IN    9   mark    _
7   the       the       DET    DT    8   det     _
8   senators  senator   NOUN   NNS   9   nsubj   _
9   left      leave     VERB   VBD   5   ccomp   _
10  early     early     ADV    RB    9   advmod  _
11  .         .         PUNCT  .     3   punct   _
"""


@pytest.mark.parametrize(
    ("source", "quote", "cue", "speaker"),
    [
        pytest.param(STANCE_THAT, "the bill will pass", "confident", "Her advisers", id="ADJ-that-C"),
        pytest.param(STANCE_PREPOSITION, "the new trade deal", "critical", "The senator", id="ADJ-of-X"),
    ],
)
def test_rules_extra_stance_adjective(parse: Parse, source: str, quote: str, cue: str, speaker: str) -> None:
    """``S is confident that C`` / ``S is critical of X``: the adjective is the cue, its subject the speaker."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert_quote(doc, record, quote, quote_type="indirect", rule="reported-stance", cue=cue, speaker=speaker)


# S made it clear that C: the clause hangs on "clear"
MADE_IT_CLEAR = """
# text = The governor made it clear that she would veto the bill.
1   The       the       DET    DT    2   det     _
2   governor  governor  NOUN   NN    3   nsubj   _
3   made      make      VERB   VBD   0   ROOT    _
4   it        it        PRON   PRP   5   nsubj   _
5   clear     clear     ADJ    JJ    3   ccomp   _
6   that      that      SCONJ  IN    9   mark    _
7   she       she       PRON   PRP   9   nsubj   _
8   would     would     AUX    MD    9   aux     _
9   veto      veto      VERB   VB    5   advcl   _
10  the       the       DET    DT    11  det     _
11  bill      bill      NOUN   NN    9   dobj    _
12  .         .         PUNCT  .     3   punct   _
"""

# S made clear (that) C: the clause hangs on "make"
MADE_CLEAR = """
# text = The senator has made clear he intends to run again.
1   The      the      DET    DT    2   det     _
2   senator  senator  NOUN   NN    4   nsubj   _
3   has      have     AUX    VBZ   4   aux     _
4   made     make     VERB   VBN   0   ROOT    _
5   clear    clear    ADJ    JJ    4   oprd    _
6   he       he       PRON   PRP   7   nsubj   _
7   intends  intend   VERB   VBZ   4   ccomp   _
8   to       to       PART   TO    9   aux     _
9   run      run      VERB   VB    7   xcomp   _
10  again    again    ADV    RB    9   advmod  _
11  .        .        PUNCT  .     4   punct   _
"""


@pytest.mark.parametrize(
    ("source", "quote", "speaker"),
    [
        pytest.param(MADE_IT_CLEAR, "she would veto the bill", "The governor", id="made-it-clear-that-C"),
        pytest.param(MADE_CLEAR, "he intends to run again", "The senator", id="made-clear-C"),
    ],
)
def test_rules_extra_made_clear(parse: Parse, source: str, quote: str, speaker: str) -> None:
    """``S made (it) clear that C``: S's stance, with "made" as the cue; an infinitive inside C
    ("intends to run") is nested in it and dropped."""
    doc = parse(source)
    [record] = extract_document(doc)
    assert_quote(doc, record, quote, quote_type="indirect", rule="reported-stance", cue="made", speaker=speaker)


def test_rules_extra_stance_not_a_result_clause(parse: Parse) -> None:
    """``so brief that C`` says what followed, not what anyone holds: no quote."""
    assert extract_document(parse(STANCE_RESULT)) == []
