"""Run the rules in order and settle where their quotes overlap."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from operator import attrgetter

from ..model import Document
from ..quotemarks import Quotation
from ..text import dateline_end
from .base import Candidate, RuleFunction

__all__ = ["find_candidates"]

# Words outside quotation marks that make an indirect quote with a quoted
# fragment "mixed" rather than a direct quote found twice.
MIN_MIXED_WORDS = 1
# How a quotation ends when it is spoken words and the sentence goes on after it.
SPOKEN_ENDS = (",", "?", "!")
# How a verb introducing a quotation depends on another verb when it is part of that verb's content.
COMPLEMENT_CUES = frozenset({"ccomp", "xcomp"})
# The last character before a quotation's content, past its opening marks and spaces.
_BEFORE_QUOTATION = re.compile(r"(\S)[\s\"'“‘«]*\Z")
# A colon after the end of content, past punctuation only (most content has none: checked first).
_COLON_AHEAD = re.compile(r"[^\w:]*:")


def find_candidates(doc: Document, quotations: Sequence[Quotation], stages: Sequence[RuleFunction]) -> list[Candidate]:
    """Candidates of every stage; on overlap the earlier stage wins, except that a
    reported clause holding a quotation and more becomes one mixed quote."""
    found: list[Candidate] = []
    outer = _Outermost(quotations)
    for find in stages:
        for candidate in list(find(doc, quotations, found)):
            cue = candidate.cue
            if cue is not None and outer.hold(cue.start, cue.end):
                continue  # "... I think ...," she said: the quoted speaker's own words, not a quote
            candidate = _without_dateline(doc.text, _through_colon(doc, candidate, outer))
            candidate = _without_cue_time(doc, candidate)
            found = _admit(doc, found, _typed(doc, candidate, outer))
    return _outermost_reports(doc.text, sorted(found, key=attrgetter("start", "end")))


def _outermost_reports(text: str, found: list[Candidate]) -> list[Candidate]:
    """Without the attributions whose cue lies inside another quote's content (``The senator
    said aides plan to reopen the office`` is one quote, the senator's), save direct quotes (a
    quotation is its speaker's own words) and ``according to`` (it names the source of a fact
    the report rests on); but a quotation run into the clause of a cue that is the complement
    of another verb is part of that verb's report (``He said he wants "a full review"``).
    ``found``: in text order."""
    starts = [c.start for c in found]
    reach = list(itertools.accumulate((c.end for c in found), max))  # the furthest end of found[: n + 1]
    kept = []
    for candidate in found:
        cue = candidate.cue
        if (
            cue is not None
            and candidate.rule != "according-to"
            and (candidate.type != "direct" or _run_in_complement(text, candidate))
            and _held(found, starts, reach, candidate, cue.start)
        ):
            continue
        kept.append(candidate)
    return kept


def _held(found: list[Candidate], starts: list[int], reach: list[int], candidate: Candidate, cue: int) -> bool:
    """Whether the cue of ``candidate`` (at ``cue``) lies in the content of a quote it does not hold in
    turn (``found`` in text order, ``starts`` their starts, ``reach[n]`` the furthest end of ``found[:
    n + 1]``): back from the cue, while a quote may still reach over it."""
    n = bisect.bisect_right(starts, cue) - 1
    while n >= 0 and reach[n] > cue:
        other = found[n]
        if other.end > cue and _nested(other, candidate) and not _nested(candidate, other):
            return True
        n -= 1
    return False


def _run_in_complement(text: str, candidate: Candidate) -> bool:
    """A quotation after its cue with no comma or colon between, the cue a clausal complement
    of another verb (``said he wants "Q"``): the quotation is a piece of that verb's content,
    where ``told him, "Q"`` sets the quoted words apart."""
    cue = candidate.cue
    if candidate.rule != "quote-cue-before" or cue is None or cue.deprel not in COMPLEMENT_CUES:
        return False
    before = _before_quotation(text, candidate.start)
    return before is None or before not in ",:"


class _Outermost:
    """The outermost quotations, in text order; they do not overlap, so their ends are in order too."""

    def __init__(self, quotations: Sequence[Quotation]) -> None:
        self.quotations = [q for q in quotations if q.depth == 0]
        self._starts = [q.start for q in self.quotations]
        self._ends = [q.end for q in self.quotations]

    def over(self, start: int, end: int) -> list[Quotation]:
        """The outermost quotations, marks included, that share a character with ``[start, end)``."""
        first = bisect.bisect_right(self._ends, start)
        return self.quotations[first : bisect.bisect_left(self._starts, end, lo=first)]

    def hold(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside an outermost quotation, marks included."""
        # a loop, not any() over a generator: asked of every candidate
        for q in self.over(start, end):  # noqa: SIM110
            if q.start <= start and end <= q.end:
                return True
        return False


def _without_dateline(text: str, candidate: Candidate) -> Candidate:
    """Content that opens a paragraph without the dateline before it: ``WASHINGTON (AP) —
    [Donald Trump has invested in ...], according to ...``."""
    start, end = candidate.pieces[0]
    if start and text[start - 1] != "\n":
        return candidate
    words = dateline_end(text, start, end)
    return candidate if words is None else candidate.with_pieces(((words, end), *candidate.pieces[1:]))


# Words that may open a time phrase on a cue: "said [on] Monday", "said [late] Tuesday".
TIME_OPENERS = frozenset({"on", "late", "early", "earlier", "last", "this"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# How a time phrase hangs on a verb (not a noun's: "weekly [breakfasts]", "Christmas [a sham]").
TIME_ATTACHMENTS = frozenset({"npadvmod", "prep", "advmod", "tmod", "obl:tmod", "obl", "nmod:tmod"})


def _without_cue_time(doc: Document, candidate: Candidate) -> Candidate:
    """Content right after its cue without the time phrase that opens it, which tells when the
    cue was said: ``said on Monday [it would cut jobs]``, ``promised on Tuesday [to refrain …]``.
    Not a time that is the content's subject (``said Saturday [would have been …]``) or owner
    (``said Tuesday's debate …``), nor one inside a noun phrase (``described weekly breakfasts``)."""
    cue = candidate.cue
    tokens = doc.tokens
    if cue is None or cue.i + 1 >= len(tokens):
        return candidate
    after = tokens[cue.i + 1]
    if after.lower not in TIME_OPENERS and after.ent not in TIME_ENTITIES:
        return candidate  # nearly every candidate: one look at the word after the cue
    start, end = candidate.pieces[0]
    if cue.end > start:
        return candidate
    content = doc.token_indexes(start, end)
    gap = tokens[cue.i + 1 : content.start]
    if len(gap) > 1 or (gap and gap[0].lower not in TIME_OPENERS):
        return candidate
    first = content.start
    if not gap and first < content.stop and tokens[first].lower in TIME_OPENERS:
        first += 1
    n = first
    while n < content.stop and tokens[n].ent in TIME_ENTITIES:
        n += 1
    if n == first or n + 1 >= content.stop or tokens[n].tag == "POS" or tokens[n].upos in ("AUX", "VERB"):
        return candidate
    phrase = tokens[content.start : n]
    heads = [t for t in phrase if not t.is_root and doc.head(t) not in phrase]
    if len(heads) != 1:
        return candidate
    head = heads[0]
    if head.deprel == "pobj" and doc.head(head).lower in TIME_OPENERS:  # "promised on [Tuesday to …]"
        head = doc.head(head)
    if head.deprel not in TIME_ATTACHMENTS or doc.head(head).upos not in ("VERB", "AUX"):
        return candidate
    if tokens[n].text == ",":
        n += 1
    return candidate.with_pieces(((tokens[n].start, end), *candidate.pieces[1:]))


def _through_colon(doc: Document, candidate: Candidate, outer: _Outermost) -> Candidate:
    """Indirect content after its cue that stops at a colon runs on to the end of the sentence
    (of the next one in the paragraph, when the parse ends the sentence at the colon): ``is
    criticizing the biggest winner of the night[: Donald Trump]``. Not over quotation marks."""
    if candidate.type == "direct" or len(candidate.pieces) > 1:
        return candidate
    if candidate.cue is not None and candidate.cue.start >= candidate.start:
        return candidate
    if not _COLON_AHEAD.match(doc.text, candidate.end):
        return candidate
    tokens = doc.tokens
    words = [t for t in doc.tokens_within(candidate.start, candidate.end) if t.upos != "PUNCT"]
    if not words:
        return candidate
    k = words[-1].i + 1
    while k < len(tokens) and tokens[k].upos == "PUNCT" and tokens[k].text != ":":
        k += 1
    if k == len(tokens) or tokens[k].text != ":":
        return candidate
    sentence = doc.sentences[tokens[k].sent]
    if k + 1 == sentence.last:  # the parse ends the sentence at the colon
        if sentence.i + 1 == len(doc.sentences) or doc.sentences[sentence.i + 1].paragraph != sentence.paragraph:
            return candidate
        sentence = doc.sentences[sentence.i + 1]
    rest = [t for t in doc.sentence_tokens(sentence) if t.i > k and t.upos != "PUNCT"]
    if not rest or outer.over(tokens[k].end, rest[-1].end):
        return candidate
    return candidate.with_pieces(((candidate.start, rest[-1].end),))


def _typed(doc: Document, candidate: Candidate, outer: _Outermost) -> Candidate:
    if candidate.type == "direct":
        return candidate
    inside = []
    for q in outer.over(candidate.start, candidate.end):  # a loop, not a comprehension: every candidate
        if _covers(candidate, q.content_start, q.content_end):
            inside.append(q)
    if not inside:
        return candidate
    lead = _leading_quote(doc, candidate, inside) or _quote_after_colon(doc, candidate, inside)
    if lead is not None:
        return candidate.with_pieces(lead.pieces or ((lead.content_start, lead.content_end),), "direct")
    if _words_outside(doc, candidate, inside) < MIN_MIXED_WORDS:
        pieces = tuple(piece for q in inside for piece in (q.pieces or ((q.content_start, q.content_end),)))
        return candidate.with_pieces(pieces, "direct")
    return candidate.with_pieces(_snap_to_marks(candidate.pieces, inside), "mixed")


def _leading_quote(doc: Document, candidate: Candidate, inside: Sequence[Quotation]) -> Quotation | None:
    """The quotation an indirect quote opens with, when it ends as speech does (``,`` ``?``
    ``!`` inside the marks) and only the rest of the sentence follows: ``"We'll see," when
    asked ...`` is a direct quote of the quotation alone, not a mixed quote of the whole."""
    if len(inside) != 1:
        return None
    quotation = inside[0]
    words = [t for t in doc.tokens_within(candidate.start, candidate.end) if t.upos != "PUNCT"]
    # in text order: a word before the quotation is the first, a word after it the last
    if not words or words[0].end <= quotation.start or words[-1].start < quotation.end:
        return None
    return quotation if _ends_as_speech(doc, quotation) else None


def _quote_after_colon(doc: Document, candidate: Candidate, inside: Sequence[Quotation]) -> Quotation | None:
    """The quotation that ends content before its cue, after a colon: ``Trump asserted that France had
    lost its identity: "France is no longer France," he claimed`` is a direct quote of the quotation
    alone; the words before the colon are the writer's lead-in."""
    quotation = inside[-1]
    cue = candidate.cue
    if cue is None or cue.start < candidate.end or candidate.rule == "according-to":
        return None  # "S said: "Q," according to X": X is the source of the whole sentence
    words = [t for t in doc.tokens_within(candidate.start, candidate.end) if t.upos != "PUNCT"]
    if not words or words[0].end > quotation.start or words[-1].start >= quotation.end:
        return None  # no words before the quotation, or some after it
    if _before_quotation(doc.text, quotation.start) != ":":
        return None
    return quotation if _ends_as_speech(doc, quotation) else None


def _ends_as_speech(doc: Document, quotation: Quotation) -> bool:
    """Whether the quotation's words end as spoken words going on do (``,`` ``?`` ``!`` inside the marks)."""
    return doc.text[quotation.content_start : quotation.content_end].rstrip().endswith(SPOKEN_ENDS)


def _before_quotation(text: str, start: int) -> str | None:
    """The last character before a quotation opening at ``start``, past its marks and spaces."""
    before = _BEFORE_QUOTATION.search(text, max(0, start - 12), start)
    return before.group(1) if before is not None else None


def _snap_to_marks(pieces: Sequence[tuple[int, int]], quotations: Sequence[Quotation]) -> tuple[tuple[int, int], ...]:
    """Widen pieces that end (or start) inside a quotation to its closing (or opening) mark."""
    snapped = []
    for start, end in pieces:
        for q in quotations:
            if q.start < end < q.end and start <= q.content_start:
                end = q.end
            if q.start < start < q.end and end >= q.content_end:
                start = q.start
        snapped.append((start, end))
    return tuple(snapped)


def _covers(candidate: Candidate, start: int, end: int) -> bool:
    """At least half of [start, end) lies inside the candidate."""
    if end <= candidate.start or start >= candidate.end:
        return False  # apart: the common case, settled without summing the pieces
    return end > start and 2 * _overlap(candidate.pieces, ((start, end),)) >= end - start


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    shared = 0
    for s1, e1 in a:  # loops, not sum() over a generator: asked of every pair of quotes that may overlap
        for s2, e2 in b:
            shared += max(0, min(e1, e2) - max(s1, s2))
    return shared


def _words_outside(doc: Document, candidate: Candidate, quotations: Sequence[Quotation]) -> int:
    """How many words of the candidate lie outside ``quotations`` and their marks (the quotations
    in text order, none overlapping another): the words of the stretches between them."""
    count = 0
    for start, end in candidate.pieces:
        at = start
        for q in quotations:
            if q.end <= start or q.start >= end:
                continue
            count += len(doc.text[at : max(at, q.start)].split())
            at = max(at, q.end)
        count += len(doc.text[at:end].split())
    return count


def _admit(doc: Document, found: list[Candidate], new: Candidate) -> list[Candidate]:
    for n, old in enumerate(found):
        if old.end <= new.start or new.end <= old.start or _overlap(old.pieces, new.pieces) == 0:
            continue
        if _nested(old, new) or _nested(new, old):
            continue
        if old.cue is not None and new.cue is not None and old.cue.i == new.cue.i and new.type == "mixed":
            # one cue: the wider mixed quote wins, and keeps the direct quote's
            # other fragments ("Q1 ...," she said. "Q2."); not a narrower one (a verb's second
            # that-clause the parse hangs apart, inside the first's content)
            kept = tuple(p for p in old.pieces if _overlap((p,), new.pieces) == 0)
            if any(not (new.start <= s and e <= new.end) for s, e in old.pieces if (s, e) not in kept):
                return found
            merged = new.with_pieces(tuple(sorted(new.pieces + kept)))
            return [*found[:n], merged, *found[n + 1 :]]
        return found
    return [*found, new]


def _nested(outer: Candidate, inner: Candidate) -> bool:
    """An attribution inside reported content ("He said that she told him ...")."""
    if inner.cue is None:
        return False
    # a loop, not any() over a generator: asked of every pair of overlapping quotes
    for s, e in outer.pieces:  # noqa: SIM110
        if s <= inner.cue.start < e:
            return True
    return False
