"""Quote-only sentences that carry on a cued direct quote: ``"Q1," he said. "Q2."``.

PolNeAR takes the quotation after the cue's sentence as a second fragment of the
same quote, also when it opens the next paragraph.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from operator import attrgetter

from ..model import Document, Token
from ..quotemarks import Quotation

__all__ = ["fills_sentences", "following_quote", "inside_marks"]

# How many paragraph breaks may stand between the cue's sentence and the quotation that carries it on.
MAX_PARAGRAPH_GAP = 1
# A reporting verb hung on the cue that brings in a content of its own ("he said,
# adding that ..."): the quotation after it is a new quote, not the rest of the first.
OWN_CONTENT_VERBS = frozenset({"add"})


def inside_marks(token: Token, quotation: Quotation) -> bool:
    """Whether ``token`` lies within the quotation, its marks included."""
    return quotation.start <= token.start and token.end <= quotation.end


def fills_sentences(doc: Document, quotation: Quotation) -> bool:
    """True when every word of the sentences its content touches is inside the quotation."""
    sentences = doc.sentences_over(quotation.content_start, quotation.content_end)
    if not sentences:
        return False
    # the words inside the marks are those of token_indexes: only the tokens around them are read
    tokens = doc.tokens
    first, last = sentences[0].first, sentences[-1].last  # the sentences are consecutive
    inside = doc.token_indexes(quotation.start, quotation.end)
    for outside in (tokens[first : min(inside.start, last)], tokens[max(inside.stop, first) : last]):
        for t in outside:  # a loop, not all() over a generator: asked of many quotations
            if t.upos != "PUNCT":
                return False
    return True


def following_quote(doc: Document, outer: Sequence[Quotation], cue: Token, last: Quotation) -> Quotation | None:
    """The quote-only sentence right after the sentence of ``cue`` (which follows ``last``).

    Only the rest of the cue's sentence may stand between (``..., said X on "This
    Week." "Q2."``: a title quoted there is passed over); the quotation may open
    the next paragraph when the cue's sentence ends its own, but not after a
    second reporting verb on the cue (``"Q1," he said, adding that ... "Q2."``).
    """
    if cue.start < last.end:
        return None
    sentence = doc.sentences[cue.sent]
    nxt = next((q for q in outer if q.start >= cue.end and (q.start >= sentence.end or fills_sentences(doc, q))), None)
    if nxt is None or not nxt.paragraphs:
        return None
    # up to the quotation's opening mark, which may share a token with the mark before it ("''")
    rest = doc.tokens[cue.i + 1 : bisect.bisect_left(doc.tokens, nxt.start, lo=cue.i + 1, key=attrgetter("end"))]
    if any(t.sent != cue.sent for t in rest) or not fills_sentences(doc, nxt):
        return None
    if any(t.head == cue.i and t.upos == "VERB" and t.lemma.lower() in OWN_CONTENT_VERBS for t in rest):
        return None
    return nxt if 0 <= nxt.paragraphs[0] - sentence.paragraph <= MAX_PARAGRAPH_GAP else None
