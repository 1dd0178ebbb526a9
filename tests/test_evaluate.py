"""Tests of quotex.evaluate, the scorer defined in shared/data/README.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

# quotex is not installed in the venv yet: import it from the repository checkout.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quotex.evaluate import (
    PRF,
    GoldDocument,
    GoldQuote,
    Match,
    Ratio,
    Span,
    char_set,
    error_records,
    evaluate,
    load_anonymity,
    load_gold,
    match_quotes,
    pair_right,
    speaker_right,
    surname,
    trim_span,
)

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev.jsonl"


def span(text: str, part: str, after: int = 0) -> Span:
    """The span of the first ``part`` in ``text`` at or after ``after``."""
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def gold_quote(
    index: int, quote: Span, speaker: Span | None = None, type: str = "indirect", fragments: tuple[Span, ...] = ()
) -> GoldQuote:
    return GoldQuote(index=index, quote=quote, speaker=speaker, type=type, fragments=fragments)


def pred(quote: Span, speaker: dict[str, Any] | None = None, rule: str = "test-rule", **extra: Any) -> dict[str, Any]:
    return {
        "doc_id": "d",
        "quote": quote.to_dict(),
        "type": "direct",
        "cue": None,
        "speaker": speaker,
        "rule": rule,
        **extra,
    }


def chars(start: int, end: int) -> frozenset[int]:
    return frozenset(range(start, end))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"Hello there,"', "Hello there"),
        ("“We will win.”", "We will win"),
        ("« Non ! »", "Non"),
        ("„Ja“", "Ja"),
        ("‹oui›", "oui"),
        ("  ‘fine’ — ", "fine"),
        ("`tick'", "tick"),
        ("(aside)...", "aside"),
        ("[sic]; ", "sic"),
        ("don't stop", "don't stop"),
        ('"..."', ""),
    ],
)
def test_trim_span(raw: str, expected: str) -> None:
    """trim_span strips quote marks, whitespace and punctuation from the edges only."""
    text = f"x {raw} y"
    start, end = trim_span(text, 2, 2 + len(raw))
    assert text[start:end] == expected


def test_char_set_uses_fragments_instead_of_envelope() -> None:
    """With fragments, the character set is the union of the trimmed fragments, not the envelope."""
    text = '"We won," she said, "and we will win again."'
    first, second = span(text, '"We won,"'), span(text, '"and we will win again."')
    got = char_set(text, first.start, second.end, [(first.start, first.end), (second.start, second.end)])
    assert "".join(text[i] for i in sorted(got)) == "We won" + "and we will win again"
    assert len(char_set(text, first.start, second.end)) > len(got)


@pytest.mark.parametrize(
    ("gold", "predicted", "threshold", "matched"),
    [
        (chars(0, 100), chars(70, 100), 0.3, True),  # 30/100 of gold: exactly 0.3
        (chars(0, 100), chars(71, 100), 0.3, False),  # 29/100 of gold
        (chars(0, 30), chars(0, 100), 0.3, True),  # 30/100 of prediction
        (chars(0, 29), chars(0, 100), 0.3, False),  # 29/100 of prediction
        (chars(0, 100), chars(20, 100), 0.8, True),  # 80/100 of gold: exactly 0.8
        (chars(0, 100), chars(21, 100), 0.8, False),  # 79/100 of gold
        (chars(0, 80), chars(0, 100), 0.8, True),  # 80/100 of prediction
        (chars(0, 79), chars(0, 100), 0.8, False),  # 79/100 of prediction
        (chars(0, 9), chars(6, 30), 0.3, False),  # 3/9 of gold but 3/24 of prediction
        (frozenset(), chars(0, 10), 0.3, False),  # an empty set never matches
    ],
)
def test_match_thresholds(gold: frozenset[int], predicted: frozenset[int], threshold: float, matched: bool) -> None:
    """A pair matches when the overlap covers at least t of both the gold and the predicted set."""
    assert bool(match_quotes([gold], [predicted], threshold)) is matched


def test_thresholds_apply_after_trimming() -> None:
    """Quote marks are trimmed before ratios are taken: 3 of 10 trimmed gold characters is 0.3."""
    text = 'He said: "abcdefghij" today.'
    gold = span(text, '"abcdefghij"')  # 12 raw characters, 10 after trimming
    doc = GoldDocument("d", text, (gold_quote(0, gold),))
    hit = evaluate([doc], {"d": [pred(span(text, "abc"))]})
    assert hit.match[0.3] == PRF(1, 0, 0)
    assert hit.match[0.8] == PRF(0, 1, 1)
    miss = evaluate([doc], {"d": [pred(span(text, "ab"))]})
    assert miss.match[0.3] == PRF(0, 1, 1)


@pytest.mark.parametrize(("order", "winner"), [((0, 1), 0), ((1, 0), 1)])
def test_two_predictions_compete_for_one_gold(order: tuple[int, int], winner: int) -> None:
    """Matching is one-to-one: the prediction with the larger overlap wins, whatever its position."""
    candidates = [chars(0, 60), chars(50, 100)]
    preds = [candidates[i] for i in order]
    assert match_quotes([chars(0, 100)], preds, 0.3) == [Match(0, winner, 60)]


def test_greedy_takes_largest_overlap_first() -> None:
    """The largest overlap is taken first even when it leaves other quotes unmatched."""
    gold = [chars(0, 100), chars(100, 140)]
    preds = [chars(40, 140), chars(0, 40)]  # overlaps: p0-g0 60, p0-g1 40, p1-g0 40
    assert match_quotes(gold, preds, 0.3) == [Match(0, 0, 60)]


def test_ties_go_to_lower_gold_index() -> None:
    """Equal overlaps are broken deterministically by gold index, then prediction index."""
    assert match_quotes([chars(0, 50), chars(50, 100)], [chars(0, 100)], 0.3) == [Match(0, 0, 50)]
    assert match_quotes([chars(0, 100)], [chars(0, 50), chars(50, 100)], 0.3) == [Match(0, 0, 50)]


def test_predicted_fragments_are_scored_as_union() -> None:
    """A prediction with fragments matches at 0.8 where its envelope (with the 'she said' gap) would not."""
    text = '"We won," she said, "and we will win again."'
    first, second = span(text, '"We won,"'), span(text, '"and we will win again."')
    doc = GoldDocument("d", text, (gold_quote(0, Span(first.start, second.end), fragments=(first, second)),))
    envelope = pred(Span(first.start, second.end))
    fragmented = {**envelope, "quote": {**envelope["quote"], "fragments": [first.to_dict(), second.to_dict()]}}
    assert evaluate([doc], {"d": [fragmented]}).match[0.8] == PRF(1, 0, 0)
    assert evaluate([doc], {"d": [envelope]}).match[0.8] == PRF(0, 1, 1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Donald J. Trump", "trump"),
        ("Hillary Clinton's", "clinton"),
        ("Martin Luther King Jr.", "king"),
        ("Beto O'Rourke", "o'rourke"),
        ("", None),
        (None, None),
    ],
)
def test_surname(name: str | None, expected: str | None) -> None:
    """surname is the lower-cased last word, without possessive 's or a Jr. suffix."""
    assert surname(name) == expected


GOLD_SPEAKER = Span(10, 25, "Clinton's aides")


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        ({"start": 24, "end": 30, "text": "s ...", "name": None}, True),  # one character of overlap
        ({"start": 25, "end": 30, "text": "other", "name": None}, False),  # adjacent, no overlap
        ({"start": 0, "end": 5, "text": "She", "name": "Hillary Rodham Clinton"}, True),  # surname, possessive
        ({"start": 0, "end": 5, "text": "She", "name": "HILLARY CLINTON"}, True),  # case-insensitive
        ({"start": 0, "end": 5, "text": "He", "name": "Bill Clint"}, False),  # a prefix is not a word
        ({"start": 0, "end": 5, "text": "He", "name": "Tim Kaine"}, False),
        ({"start": 0, "end": 5, "text": "He"}, False),  # no name, no overlap
        (None, False),
    ],
)
def test_speaker_right(predicted: dict[str, Any] | None, right: bool) -> None:
    """A speaker is right by span overlap or by the resolved name's surname in the gold mention."""
    assert speaker_right(GOLD_SPEAKER, predicted) is right


@pytest.mark.parametrize(
    ("gold_speaker", "predicted", "right"),
    [
        (None, None, True),  # both have none
        (None, {"start": 0, "end": 2, "text": "He"}, False),
        (GOLD_SPEAKER, None, False),
        (GOLD_SPEAKER, {"start": 10, "end": 17, "text": "Clinton"}, True),
        (GOLD_SPEAKER, {"start": 0, "end": 2, "text": "He"}, False),
    ],
)
def test_pair_right(gold_speaker: Span | None, predicted: dict[str, Any] | None, right: bool) -> None:
    """pair_right needs a right speaker, or no speaker on both sides."""
    assert pair_right(gold_quote(0, Span(30, 60), gold_speaker), pred(Span(30, 60), predicted)) is right


TEXT = (
    "Smith said the plan was dead. Jones said the vote would fail. "
    "The law was unfair, critics said. Taxes will rise, a memo warned. Nobody else spoke."
)


def four_quote_doc() -> GoldDocument:
    quotes = ("the plan was dead", "the vote would fail", "The law was unfair", "Taxes will rise")
    speakers = (span(TEXT, "Smith"), span(TEXT, "Jones"), None, None)
    types = ("direct", "indirect", "mixed", "direct")
    return GoldDocument(
        "d",
        TEXT,
        tuple(
            gold_quote(i, span(TEXT, q), s, t) for i, (q, s, t) in enumerate(zip(quotes, speakers, types, strict=True))
        ),
    )


def test_pair_and_speaker_scores() -> None:
    """Pair score and speaker accuracy over right, wrong, both-none and extra speakers."""
    doc = four_quote_doc()
    preds = [
        pred(span(TEXT, "the plan was dead"), {**span(TEXT, "Smith").to_dict(), "name": "John Smith"}),  # right
        pred(span(TEXT, "the vote would fail"), {**span(TEXT, "Smith").to_dict(), "name": "John Smith"}),  # wrong
        pred(span(TEXT, "The law was unfair"), None),  # both none: right
        pred(span(TEXT, "Taxes will rise"), span(TEXT, "a memo").to_dict()),  # gold has none: wrong
        pred(span(TEXT, "Nobody else spoke"), None),  # false alarm
    ]
    report = evaluate([doc], {"d": preds})
    assert report.match[0.3] == PRF(4, 1, 0)
    assert report.speaker == Ratio(1, 2)
    assert report.pair == PRF(2, 3, 2)


def test_recall_by_type() -> None:
    """Recall at 0.3 is broken down by gold type and reported on direct+mixed."""
    doc = four_quote_doc()
    preds = [pred(span(TEXT, "the plan was dead")), pred(span(TEXT, "The law was unfair"))]
    report = evaluate([doc], {"d": preds})
    assert report.recall_by_type == {"direct": Ratio(1, 2), "indirect": Ratio(0, 1), "mixed": Ratio(1, 1)}
    assert report.recall_direct_mixed == Ratio(2, 3)


def test_anonymous_flag_scoring() -> None:
    """The anonymous flag is scored on matched quotes with a non-null label; a missing flag means not anonymous."""
    text = "A: one one. B: two two. C: three three. D: four four. E: five five."
    parts = ("one one", "two two", "three three", "four four", "five five")
    doc = GoldDocument(
        "d", text, tuple(gold_quote(i, span(text, p), span(text, "ABCDE"[i])) for i, p in enumerate(parts))
    )
    labels: dict[tuple[str, int], bool | None] = {("d", 0): True, ("d", 1): True, ("d", 2): False, ("d", 3): None}
    labels[("d", 4)] = True  # quote 4 is not predicted, so its label does not count
    speaker = {"start": 0, "end": 1, "text": "A"}
    preds = [
        pred(span(text, "one one"), {**speaker, "anonymous": True}),  # tp
        pred(span(text, "two two"), speaker),  # flag missing: fn
        pred(span(text, "three three"), {**speaker, "anonymous": True}),  # fp
        pred(span(text, "four four"), {**speaker, "anonymous": True}),  # null label: not counted
    ]
    assert evaluate([doc], {"d": preds}, labels).anonymous == PRF(1, 1, 1)
    assert evaluate([doc], {"d": preds}).anonymous is None


def test_document_without_predictions_and_unknown_documents() -> None:
    """Gold quotes of a document with no predictions are misses; predictions for unknown ids are not scored."""
    doc = four_quote_doc()
    other = GoldDocument("e", "He said it rained.", (gold_quote(0, Span(8, 17, "it rained")),))
    preds = {"e": [pred(Span(8, 17))], "ghost": [pred(Span(0, 5)), pred(Span(5, 9))]}
    report = evaluate([doc, other], preds)
    assert (report.n_gold, report.n_pred) == (5, 1)
    assert report.match[0.3] == PRF(1, 0, 4)
    assert (report.unknown_docs, report.n_unknown_predictions) == (("ghost",), 2)
    kinds = [(r["doc_id"], r["kind"]) for r in error_records([doc, other], preds)]
    assert kinds == [("d", "miss")] * 4


def test_error_records() -> None:
    """error_records yields misses, false alarms and wrong speakers with rule and context."""
    doc = four_quote_doc()
    preds = [
        pred(span(TEXT, "the plan was dead"), span(TEXT, "Smith").to_dict(), rule="said-right"),
        pred(span(TEXT, "the vote would fail"), span(TEXT, "Smith").to_dict(), rule="said-wrong"),
        pred(span(TEXT, "The law was unfair"), None),
        pred(span(TEXT, "Nobody else spoke"), None, rule="stray"),
    ]
    errors = list(error_records([doc], {"d": preds}))
    assert [(e["kind"], e["rule"]) for e in errors] == [
        ("wrong_speaker", "said-wrong"),
        ("miss", None),
        ("false_alarm", "stray"),
    ]
    wrong, miss, alarm = errors
    assert wrong["gold"]["speaker"]["text"] == "Jones" and wrong["prediction"]["speaker"]["text"] == "Smith"
    assert miss["gold"]["quote"]["text"] == "Taxes will rise" and miss["prediction"] is None
    assert alarm["gold"] is None and "Nobody else spoke" in alarm["context"]
    assert all(e["doc_id"] == "d" and e["context"] == TEXT[e["context_start"] :][: len(e["context"])] for e in errors)
    json.dumps(errors)


def test_report_to_dict_and_table() -> None:
    """to_dict is JSON-ready with string thresholds and format_table shows every score."""
    doc = four_quote_doc()
    report = evaluate([doc], {"d": [pred(span(TEXT, "the plan was dead"))]}, {})
    data = json.loads(json.dumps(report.to_dict()))
    assert data["match"]["0.3"]["tp"] == 1 and data["match"]["0.8"]["recall"] == 0.25
    assert data["recall_by_type"]["direct"] == {"hits": 1, "total": 2, "value": 0.5}
    table = report.format_table()
    for label in (
        "quote @0.3",
        "quote @0.8",
        "quote+speaker @0.3",
        "anonymous flag",
        "speaker accuracy",
        "direct+mixed",
    ):
        assert label in table


def test_load_gold_and_anonymity(tmp_path: Path) -> None:
    """load_gold keeps spans, fragments, speaker, cue and type; load_anonymity keys by (doc_id, quote_index)."""
    text = '"Yes," he said, "sure."'
    record = {
        "id": "d1",
        "text": text,
        "quotes": [
            {
                "quote": {
                    "start": 0,
                    "end": 23,
                    "text": text,
                    "fragments": [{"start": 0, "end": 6}, {"start": 16, "end": 23}],
                },
                "speaker": {"start": 7, "end": 9, "text": "he"},
                "cue": "said",
                "cue_span": {"start": 10, "end": 14, "text": "said"},
                "type": "direct",
                "anonymous": None,
            },
            {
                "quote": {"start": 17, "end": 21, "text": "sure"},
                "speaker": None,
                "cue": None,
                "cue_span": None,
                "type": "indirect",
            },
        ],
    }
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    (doc,) = load_gold(gold_path)
    first, second = doc.quotes
    assert (doc.id, doc.text) == ("d1", text)
    assert first.fragments == (Span(0, 6), Span(16, 23)) and first.quote == Span(0, 23, text)
    assert (first.speaker, first.cue, first.type) == (Span(7, 9, "he"), Span(10, 14, "said"), "direct")
    assert (second.index, second.speaker, second.cue, second.type) == (1, None, None, "indirect")

    anon_path = tmp_path / "anon.jsonl"
    lines = [{"doc_id": "d1", "quote_index": 0, "label": "x", "anonymous": True}]
    lines.append({"doc_id": "d1", "quote_index": 1, "label": "other", "anonymous": None})
    anon_path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert load_anonymity(anon_path) == {("d1", 0): True, ("d1", 1): None}


@pytest.mark.skipif(not DEV.exists(), reason="PolNeAR dev file not available")
def test_real_dev_document_scores_its_own_gold_perfectly() -> None:
    """On a real dev document with fragments, its own gold as predictions scores 1.0; dropping one lowers recall."""
    docs = load_gold(DEV)
    doc = next(d for d in docs if any(q.fragments for q in d.quotes) and any(q.speaker for q in d.quotes))
    preds = [
        {"doc_id": doc.id, "quote": q.to_dict()["quote"], "speaker": q.to_dict()["speaker"], "rule": "gold"}
        for q in doc.quotes
    ]
    report = evaluate([doc], {doc.id: preds})
    assert report.match[0.3].f1 == report.match[0.8].f1 == report.pair.f1 == 1.0
    assert report.speaker.value == 1.0 and report.speaker.total > 0
    assert list(error_records([doc], {doc.id: preds})) == []
    fewer = evaluate([doc], {doc.id: preds[1:]})
    assert fewer.match[0.3] == PRF(len(preds) - 1, 0, 1)


TRAIN_SAMPLE = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "anon-polnear-train-sample.jsonl"
TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-train.jsonl"
ANONYMOUS_BY_LABEL = {
    "named_person": False,
    "named_organization": False,
    "unnamed_person": True,
    "unnamed_group": True,
    "other": None,
}


def test_evaluate_train_sample_labels_are_well_formed() -> None:
    """The training split's anonymity labels in the repository (docs/evaluation.md) have the dev
    labels' form: one label a quote, its ``anonymous`` the label's, and the sample it belongs to;
    the scorer reads them."""
    rows = [json.loads(line) for line in TRAIN_SAMPLE.read_text(encoding="utf-8").splitlines()]
    keys = [(r["doc_id"], r["quote_index"]) for r in rows]
    assert len(keys) == len(set(keys)) > 2000
    assert all(r["anonymous"] is ANONYMOUS_BY_LABEL[r["label"]] for r in rows)
    assert {r["sample"] for r in rows} == {"hard", "random", "random2", "random3", "random4"}
    labels = load_anonymity(TRAIN_SAMPLE)
    assert len(labels) == len(rows) and set(labels.values()) == {True, False, None}


@pytest.mark.skipif(not TRAIN.exists(), reason="the PolNeAR training split is not at ../shared/data")
def test_evaluate_train_sample_labels_name_gold_quotes_with_a_speaker() -> None:
    """Each label names a quote of the training gold that has a speaker."""
    gold = {d.id: d for d in load_gold(TRAIN)}
    for key in load_anonymity(TRAIN_SAMPLE):
        doc_id, index = key
        assert doc_id in gold and gold[doc_id].quotes[index].speaker is not None, key
