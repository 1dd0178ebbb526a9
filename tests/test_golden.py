"""Golden-file tests: the whole JSONL output of ``quotex extract`` on the fixtures, pinned byte for byte.

When an output change is intended, regenerate the golden files and review the diff:

    python scripts/regen_golden.py && git diff tests/golden
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotex
from quotex import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = [pytest.param("hameema.jsonl", "fixtures/hameema.txt", id="hameema")]
# The keys every quote record has (issue 2, docs/schema.md), in this order; others may come between.
QUOTE_KEYS = ["schema_version", "doc_id", "quote", "type", "cue", "speaker", "rule", "sentence", "paragraph"]
SPEAKER_KEYS = ["start", "end", "text", "name", "entity"]


def in_order(record: dict[str, Any], keys: list[str]) -> bool:
    """``record`` has every key of ``keys`` in that order, and starts with the first of them."""
    return next(iter(record)) == keys[0] and [k for k in record if k in keys] == keys


@pytest.mark.parametrize(("golden", "fixture"), CASES)
def test_golden_extract_output_unchanged(
    extractor: quotex.Extractor,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    golden: str,
    fixture: str,
) -> None:
    """``quotex extract FIXTURE`` prints exactly the golden JSONL (regenerate: scripts/regen_golden.py)."""
    monkeypatch.setattr(cli, "Extractor", lambda parser="spacy": extractor)
    assert cli.main(["extract", str(ROOT / fixture)]) == 0
    expected = (GOLDEN / golden).read_text(encoding="utf-8")
    actual = capsys.readouterr().out
    hint = (
        f"quotex extract {fixture} changed; if intended, run scripts/regen_golden.py and review git diff tests/golden"
    )
    assert [json.loads(line) for line in actual.splitlines()] == [json.loads(line) for line in expected.splitlines()], (
        hint
    )
    assert actual == expected, hint  # byte for byte: key order and formatting too


@pytest.mark.parametrize(("golden", "fixture"), CASES)
def test_golden_file_is_valid_output(golden: str, fixture: str) -> None:
    """Every golden line is a quote record in schema key order whose offsets index the fixture text."""
    text = (ROOT / fixture).read_text(encoding="utf-8")
    lines = (GOLDEN / golden).read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        assert in_order(record, QUOTE_KEYS)
        assert record["speaker"] is None or in_order(record["speaker"], SPEAKER_KEYS)
        assert record["schema_version"] == quotex.SCHEMA_VERSION
        assert record["doc_id"] == Path(fixture).name
        for span in [record["quote"], record["cue"], record["speaker"], *record["quote"].get("fragments", [])]:
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]
