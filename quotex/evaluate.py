"""Score quotex predictions against gold quotes (the metric of ``shared/data/README.md``).

Pure Python: no parser is imported, so the scorer runs wherever the predictions are.

Gold documents are JSON objects ``{"id", "text", "quotes": [...]}``; each gold quote has a
``quote`` span (optionally with ``fragments``), a local ``speaker`` mention span or null, a
``cue_span`` and a ``type``. The hand-written fixture format (``speaker_mention`` and a
``cue`` span) is read too. Predictions are quotex's output records, one per quote::

    {"doc_id", "quote": {"start", "end", "text", "fragments"?}, "type", "cue": span | null,
     "speaker": {"start", "end", "text", "name"?, "entity"?, "anonymous"?} | null, "rule"}

The metric, per document:

* The character set of a quote is the set of indexes in ``[start, end)``, or the union of
  its ``fragments`` when there are any, after trimming quotation marks, whitespace and
  punctuation from both edges of each span (:func:`char_set`).
* A predicted quote P and a gold quote G are a candidate pair at threshold t when
  ``|P & G| / |G| >= t`` and ``|P & G| / |P| >= t``. Pairs are made one-to-one, greedily,
  largest overlap first; ties go to the lower gold index, then the lower prediction index
  (:func:`match_quotes`). Precision, recall and F1 are reported at t = 0.3 and t = 0.8.
* Among quotes matched at 0.3 whose gold has a speaker, the speaker is right when the
  predicted mention span overlaps the gold mention by at least one character, or the
  surname of the predicted resolved ``name`` is a word of the gold mention
  (:func:`speaker_right`).
* The pair score (at 0.3) counts a quote as right only when it matches and its speaker is
  right, or when neither the gold nor the prediction has a speaker (:func:`pair_right`).
* Recall at 0.3 is broken down by gold ``type`` and reported on the direct+mixed subset.
* The anonymous-flag score covers quotes matched at 0.3 whose anonymity label is not null;
  the positive class is "anonymous", predicted by ``speaker.anonymous`` (a missing speaker
  or flag counts as "not anonymous").

Documents in the gold with no predictions count all their gold quotes as misses.
Predictions whose ``doc_id`` is not in the gold are not scored; the report lists those
ids in ``unknown_docs`` and counts their records in ``n_unknown_predictions``.
Ratios with a zero denominator are reported as 0.0.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "PRF",
    "THRESHOLDS",
    "TYPES",
    "GoldDocument",
    "GoldQuote",
    "Match",
    "Ratio",
    "Report",
    "Span",
    "char_set",
    "error_records",
    "evaluate",
    "group_predictions",
    "load_anonymity",
    "load_gold",
    "load_predictions",
    "match_quotes",
    "pair_right",
    "speaker_right",
    "surname",
    "trim_span",
]

THRESHOLDS: tuple[float, float] = (0.3, 0.8)
LENIENT = 0.3  # the threshold for speaker, pair, type and anonymity scores
TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
CONTEXT_CHARS = 100  # characters of context on each side of an error

# Characters trimmed from the edges of quote spans and fragments (whitespace is trimmed too).
QUOTE_MARKS = "\"“”‘’«»„‟‹›'`´‚"
EDGE_PUNCTUATION = ".,;:!?…—–‒―‐‑-()[]{}<>/\\*_~|"
_TRIM = frozenset(QUOTE_MARKS + EDGE_PUNCTUATION)

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

Record = Mapping[str, Any]


@attrs.frozen
class Span:
    """A character span ``[start, end)`` of a document's text."""

    start: int
    end: int
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen
class GoldQuote:
    """One gold quote; ``index`` is its place in the document's ``quotes`` list."""

    index: int
    quote: Span
    speaker: Span | None
    type: str
    cue: Span | None = None
    fragments: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        quote = self.quote.to_dict()
        if self.fragments:
            quote["fragments"] = [f.to_dict() for f in self.fragments]
        return {
            "index": self.index,
            "quote": quote,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "type": self.type,
        }


@attrs.frozen
class GoldDocument:
    """A gold article: its id, full text and gold quotes."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@attrs.frozen
class Match:
    """A matched pair: gold quote index, prediction index and their character overlap."""

    gold: int
    pred: int
    overlap: int


@attrs.frozen
class Ratio:
    """``hits`` out of ``total``; ``value`` is 0.0 when ``total`` is 0."""

    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "value": self.value}


@attrs.frozen
class PRF:
    """True positives, false positives and false negatives with precision, recall and F1."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Report:
    """Every count and figure of one evaluation (see the module docstring for definitions)."""

    n_docs: int
    n_gold: int
    n_pred: int
    match: dict[float, PRF]  # keyed by threshold (THRESHOLDS)
    speaker: Ratio  # right speakers among matched quotes (0.3) whose gold has a speaker
    pair: PRF  # at 0.3
    recall_by_type: dict[str, Ratio]  # gold type -> matched at 0.3 / gold count
    recall_direct_mixed: Ratio
    anonymous: PRF | None  # None when no anonymity labels were given
    unknown_docs: tuple[str, ...] = ()
    n_unknown_predictions: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; threshold keys are written as strings (``"0.3"``)."""
        return {
            "n_docs": self.n_docs,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "match": {f"{t:g}": prf.to_dict() for t, prf in self.match.items()},
            "speaker": self.speaker.to_dict(),
            "pair": self.pair.to_dict(),
            "recall_by_type": {k: r.to_dict() for k, r in self.recall_by_type.items()},
            "recall_direct_mixed": self.recall_direct_mixed.to_dict(),
            "anonymous": self.anonymous.to_dict() if self.anonymous else None,
            "unknown_docs": list(self.unknown_docs),
            "n_unknown_predictions": self.n_unknown_predictions,
        }

    def format_table(self) -> str:
        """A plain-text table of the report."""
        lines = [
            f"documents {self.n_docs}  gold quotes {self.n_gold}  predicted quotes {self.n_pred}",
            "",
            f"{'score':<22}{'tp':>6}{'fp':>6}{'fn':>6}{'prec':>8}{'rec':>8}{'f1':>8}",
        ]
        rows = [(f"quote @{t:g}", prf) for t, prf in self.match.items()]
        rows.append((f"quote+speaker @{LENIENT:g}", self.pair))
        if self.anonymous is not None:
            rows.append(("anonymous flag", self.anonymous))
        for label, prf in rows:
            lines.append(
                f"{label:<22}{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}"
            )
        lines += ["", f"{'ratio':<22}{'hits':>6}{'total':>7}{'value':>8}"]
        ratios = [("speaker accuracy", self.speaker)]
        ratios += [(f"recall {kind}", r) for kind, r in self.recall_by_type.items()]
        ratios.append(("recall direct+mixed", self.recall_direct_mixed))
        for label, ratio in ratios:
            lines.append(f"{label:<22}{ratio.hits:>6}{ratio.total:>7}{ratio.value:>8.3f}")
        if self.unknown_docs:
            lines += [
                "",
                f"ignored {self.n_unknown_predictions} predictions for {len(self.unknown_docs)} unknown documents",
            ]
        return "\n".join(lines)


# --- loading ---------------------------------------------------------------------------


def _read_json_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Objects of a ``.json`` file (one object or a list) or of a JSON-lines file."""
    path = Path(path)
    with path.open(encoding="utf-8") as f:
        if path.suffix == ".json":
            data = json.load(f)
            yield from data if isinstance(data, list) else [data]
            return
        for line in f:
            if line.strip():
                yield json.loads(line)


def _span(data: Any) -> Span | None:
    """A :class:`Span` from a ``{"start", "end", "text"?}`` dict, or None."""
    if not isinstance(data, Mapping) or data.get("start") is None or data.get("end") is None:
        return None
    return Span(int(data["start"]), int(data["end"]), str(data.get("text") or ""))


def _gold_quote(index: int, data: Record) -> GoldQuote:
    quote = _span(data["quote"])
    if quote is None:
        raise ValueError(f"gold quote {index} has no quote span")
    fragments = tuple(s for s in map(_span, data["quote"].get("fragments") or ()) if s is not None)
    speaker = data.get("speaker")
    cue = data.get("cue_span") or data.get("cue")
    return GoldQuote(
        index=index,
        quote=quote,
        speaker=_span(speaker if isinstance(speaker, Mapping) else data.get("speaker_mention")),
        type=str(data.get("type") or "unknown"),
        cue=_span(cue),
        fragments=fragments,
    )


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read gold documents from a JSON-lines file (or a ``.json`` file of one object or a list)."""
    return [
        GoldDocument(
            id=str(doc["id"]),
            text=str(doc["text"]),
            quotes=tuple(_gold_quote(i, q) for i, q in enumerate(doc.get("quotes") or ())),
        )
        for doc in _read_json_records(path)
    ]


def load_anonymity(path: str | Path) -> dict[tuple[str, int], bool | None]:
    """Read anonymity labels: ``(doc_id, quote_index) -> anonymous`` (True, False or None)."""
    labels: dict[tuple[str, int], bool | None] = {}
    for rec in _read_json_records(path):
        flag = rec.get("anonymous")
        labels[(str(rec["doc_id"]), int(rec["quote_index"]))] = None if flag is None else bool(flag)
    return labels


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read quotex output records (JSON lines) grouped by ``doc_id``."""
    return group_predictions(_read_json_records(path))


def group_predictions(records: Iterable[Record]) -> dict[str, list[dict[str, Any]]]:
    """Group prediction records by ``doc_id``, keeping their order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        grouped.setdefault(str(rec["doc_id"]), []).append(dict(rec))
    return grouped


# --- quote matching --------------------------------------------------------------------


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past quotation marks, whitespace and punctuation at both edges.

    Offsets are clamped to the text first; a span of nothing but such characters comes back
    empty (``start == end``).
    """
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in _TRIM):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIM):
        end -= 1
    return start, max(start, end)


def char_set(text: str, start: int, end: int, fragments: Iterable[tuple[int, int]] = ()) -> frozenset[int]:
    """The trimmed character indexes of a quote: the union of its fragments, or else its envelope."""
    parts = list(fragments) or [(start, end)]
    chars: set[int] = set()
    for s, e in parts:
        ts, te = trim_span(text, s, e)
        chars.update(range(ts, te))
    return frozenset(chars)


def _gold_chars(doc: GoldDocument, quote: GoldQuote) -> frozenset[int]:
    frags = [(f.start, f.end) for f in quote.fragments]
    return char_set(doc.text, quote.quote.start, quote.quote.end, frags)


def _pred_chars(text: str, pred: Record) -> frozenset[int]:
    quote = pred.get("quote") or {}
    frags = [(int(f["start"]), int(f["end"])) for f in quote.get("fragments") or ()]
    return char_set(text, int(quote.get("start", 0)), int(quote.get("end", 0)), frags)


def match_quotes(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], threshold: float) -> list[Match]:
    """One-to-one matches between gold and predicted character sets at ``threshold``.

    A pair is a candidate when its overlap covers at least ``threshold`` of both sets (empty
    sets never match). Candidates are taken greedily, largest overlap first, ties broken by
    gold index then prediction index. The result is sorted by gold index.
    """
    candidates: list[Match] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = len(g & p)
            if overlap and overlap / len(g) >= threshold and overlap / len(p) >= threshold:
                candidates.append(Match(gi, pi, overlap))
    candidates.sort(key=lambda m: (-m.overlap, m.gold, m.pred))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches: list[Match] = []
    for m in candidates:
        if m.gold not in used_gold and m.pred not in used_pred:
            used_gold.add(m.gold)
            used_pred.add(m.pred)
            matches.append(m)
    return sorted(matches, key=lambda m: m.gold)


# --- speakers --------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Lower-cased words of ``text`` with possessive endings (``'s``, ``’s``, ``'``) removed."""
    return [_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text)]


def surname(name: str | None) -> str | None:
    """The last word of a name, lower-cased, without possessive ``'s`` or a Jr./Sr./III suffix."""
    words = [w for w in _words(name or "") if w]
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else None


def speaker_right(gold: Span, pred: Record | None) -> bool:
    """Whether a predicted speaker is right for a gold speaker mention.

    Right when the predicted mention span overlaps the gold span by at least one character,
    or when the surname of the predicted resolved ``name`` is a word of the gold mention text.
    """
    if not pred:
        return False
    start, end = pred.get("start"), pred.get("end")
    if start is not None and end is not None and max(int(start), gold.start) < min(int(end), gold.end):
        return True
    last = surname(pred.get("name"))
    return last is not None and last in _words(gold.text)


def pair_right(gold: GoldQuote, pred: Record) -> bool:
    """Whether a matched prediction's speaker is right, or both gold and prediction have none."""
    if gold.speaker is None:
        return not pred.get("speaker")
    return speaker_right(gold.speaker, pred.get("speaker"))


# --- scoring ---------------------------------------------------------------------------


def _doc_matches(doc: GoldDocument, preds: Sequence[Record], thresholds: Sequence[float]) -> list[list[Match]]:
    """The matches of one document's predictions at each threshold."""
    gold_sets = [_gold_chars(doc, q) for q in doc.quotes]
    pred_sets = [_pred_chars(doc.text, p) for p in preds]
    return [match_quotes(gold_sets, pred_sets, t) for t in thresholds]


def _predicted_anonymous(pred: Record) -> bool:
    speaker = pred.get("speaker")
    return bool(speaker and speaker.get("anonymous"))


def evaluate(
    gold_docs: Sequence[GoldDocument],
    predictions_by_doc: Mapping[str, Sequence[Record]],
    anonymity: Mapping[tuple[str, int], bool | None] | None = None,
) -> Report:
    """Score predictions (grouped by doc id) against the gold; see the module docstring."""
    n_gold = sum(len(d.quotes) for d in gold_docs)
    n_pred = sum(len(predictions_by_doc.get(d.id, ())) for d in gold_docs)
    match_tp = dict.fromkeys(THRESHOLDS, 0)
    speaker_hits = speaker_total = pair_tp = 0
    type_hits: dict[str, int] = dict.fromkeys(TYPES, 0)
    type_total: dict[str, int] = dict.fromkeys(TYPES, 0)
    anon = {"tp": 0, "fp": 0, "fn": 0}
    for doc in gold_docs:
        preds = predictions_by_doc.get(doc.id, ())
        for q in doc.quotes:
            type_total[q.type] = type_total.get(q.type, 0) + 1
        per_threshold = _doc_matches(doc, preds, THRESHOLDS)
        for t, matches in zip(THRESHOLDS, per_threshold, strict=True):
            match_tp[t] += len(matches)
        for m in per_threshold[THRESHOLDS.index(LENIENT)]:
            gold, pred = doc.quotes[m.gold], preds[m.pred]
            type_hits[gold.type] = type_hits.get(gold.type, 0) + 1
            if gold.speaker is not None:
                speaker_total += 1
                speaker_hits += speaker_right(gold.speaker, pred.get("speaker"))
            pair_tp += pair_right(gold, pred)
            label = anonymity.get((doc.id, gold.index)) if anonymity is not None else None
            if label is not None:
                guess = _predicted_anonymous(pred)
                key = "tp" if label and guess else "fn" if label else "fp" if guess else ""
                if key:
                    anon[key] += 1

    known = {d.id for d in gold_docs}
    unknown = tuple(sorted(k for k in predictions_by_doc if k not in known))
    return Report(
        n_docs=len(gold_docs),
        n_gold=n_gold,
        n_pred=n_pred,
        match={t: PRF(tp, n_pred - tp, n_gold - tp) for t, tp in match_tp.items()},
        speaker=Ratio(speaker_hits, speaker_total),
        pair=PRF(pair_tp, n_pred - pair_tp, n_gold - pair_tp),
        recall_by_type={k: Ratio(type_hits.get(k, 0), n) for k, n in type_total.items()},
        recall_direct_mixed=Ratio(type_hits["direct"] + type_hits["mixed"], type_total["direct"] + type_total["mixed"]),
        anonymous=PRF(**anon) if anonymity is not None else None,
        unknown_docs=unknown,
        n_unknown_predictions=sum(len(predictions_by_doc[k]) for k in unknown),
    )


# --- error analysis --------------------------------------------------------------------


def _context(text: str, start: int, end: int) -> dict[str, Any]:
    """About ``CONTEXT_CHARS`` characters either side of ``[start, end)``, with their offset."""
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return {"context": text[lo:hi], "context_start": lo}


def _bounds(gold: GoldQuote | None, pred: Record | None) -> tuple[int, int]:
    """The envelope of a gold quote and/or a prediction's quote."""
    starts, ends = [], []
    if gold is not None:
        starts.append(gold.quote.start)
        ends.append(gold.quote.end)
    if pred is not None:
        quote = pred.get("quote") or {}
        starts.append(int(quote.get("start", 0)))
        ends.append(int(quote.get("end", 0)))
    return min(starts), max(ends)


def _error(kind: str, doc: GoldDocument, gold: GoldQuote | None, pred: Record | None) -> dict[str, Any]:
    start, end = _bounds(gold, pred)
    return {
        "doc_id": doc.id,
        "kind": kind,
        "gold": gold.to_dict() if gold is not None else None,
        "prediction": dict(pred) if pred is not None else None,
        "rule": pred.get("rule") if pred is not None else None,
        **_context(doc.text, start, end),
    }


def error_records(
    gold_docs: Sequence[GoldDocument], predictions_by_doc: Mapping[str, Sequence[Record]]
) -> Iterator[dict[str, Any]]:
    """Every error at threshold 0.3, document by document.

    Kinds: ``miss`` (gold quote unmatched), ``false_alarm`` (prediction unmatched) and
    ``wrong_speaker`` (a matched pair that the pair score counts wrong, including a predicted
    speaker where the gold has none). Each record holds ``doc_id``, ``kind``, ``gold`` and
    ``prediction`` (either may be None), the prediction's ``rule``, and ``context``: the text
    from about 100 characters before to 100 after the quote(s), starting at ``context_start``.
    Predictions for documents not in the gold are skipped.
    """
    for doc in gold_docs:
        preds = predictions_by_doc.get(doc.id, ())
        (matches,) = _doc_matches(doc, preds, [LENIENT])
        pred_of = {m.gold: m.pred for m in matches}
        for gi, q in enumerate(doc.quotes):
            if gi not in pred_of:
                yield _error("miss", doc, q, None)
            elif not pair_right(q, preds[pred_of[gi]]):
                yield _error("wrong_speaker", doc, q, preds[pred_of[gi]])
        matched_pred = set(pred_of.values())
        for pi, p in enumerate(preds):
            if pi not in matched_pred:
                yield _error("false_alarm", doc, None, p)
