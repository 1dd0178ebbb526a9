"""Tests of the ``quotex`` command: ``quotex.cli.main`` in process (spaCy loaded once), plus one run of the
installed console script."""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import quotex
from quotex import cli

ROOT = Path(__file__).resolve().parent.parent
ONE = '"We will win," Smith said.'
TWO = "The minister said that the talks had failed. Nothing else happened."
NONE = "Troops reached the city on Monday."
# The keys every quote record has (issue 2, docs/schema.md), in this order; others may come between.
QUOTE_KEYS = ["schema_version", "doc_id", "quote", "type", "cue", "speaker", "rule", "sentence", "paragraph"]
SPEAKER_KEYS = ["start", "end", "text", "name", "entity"]
ERROR_KEYS = ["schema_version", "doc_id", "error", "source", "line"]
ARTICLE_KEYS = ["schema_version", "doc_id", "quotes", "sources"]

Run = Callable[..., tuple[int, list[dict[str, Any]], str]]


def in_order(record: dict[str, Any], keys: list[str]) -> bool:
    """``record`` has every key of ``keys`` in that order, and starts with the first of them."""
    return next(iter(record)) == keys[0] and [k for k in record if k in keys] == keys


@pytest.fixture
def run(extractor: quotex.Extractor, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Call ``quotex.cli.main`` with the session's extractor; return the exit status, stdout records and stderr."""
    parsers: list[str] = []

    def make_extractor(parser: str = "spacy") -> quotex.Extractor:
        parsers.append(parser)
        return extractor

    monkeypatch.setattr(cli, "Extractor", make_extractor)

    def run(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, Any]], str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        status = cli.main(list(args))
        out, err = capsys.readouterr()
        assert parsers[-1] == "spacy"
        return status, [json.loads(line) for line in out.splitlines()], err

    return run


def write_jsonl(path: Path, *lines: object) -> str:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return str(path)


def test_cli_extract_text_file(run: Run, tmp_path: Path) -> None:
    """``quotex extract FILE`` prints one JSON quote record a line, the file name as doc_id, and exits 0."""
    path = tmp_path / "story.txt"
    path.write_text(ONE, encoding="utf-8")
    status, records, err = run("extract", str(path))
    assert (status, err) == (0, "")
    [record] = records
    assert in_order(record, QUOTE_KEYS) and in_order(record["speaker"], SPEAKER_KEYS)
    assert record["doc_id"] == "story.txt"
    assert record["quote"] == {"start": 1, "end": 13, "text": "We will win,"}
    assert (record["type"], record["rule"]) == ("direct", "quote-cue-after")
    assert record["speaker"]["text"] == "Smith"


def test_cli_extract_several_files_in_order(run: Run, tmp_path: Path) -> None:
    """Several inputs are processed in the order given."""
    paths = []
    for name, text in [("b.txt", TWO), ("a.txt", ONE)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    status, records, _ = run("extract", *paths)
    assert status == 0
    assert [r["doc_id"] for r in records] == ["b.txt", "a.txt"]


def test_cli_extract_jsonl_custom_fields(run: Run, tmp_path: Path) -> None:
    """JSONL input takes the id and text from the fields named by --id-field and --text-field."""
    path = write_jsonl(tmp_path / "batch.jsonl", {"key": "k1", "body": ONE}, {"key": "k2", "body": TWO})
    status, records, _ = run("extract", path, "--id-field", "key", "--text-field", "body")
    assert status == 0
    assert [(r["doc_id"], r["quote"]["text"]) for r in records] == [
        ("k1", "We will win,"),
        ("k2", "the talks had failed"),
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "doc_id"),
    [
        pytest.param(["extract"], ONE.encode(), "stdin", id="default-text"),
        pytest.param(["extract", "-"], ONE.encode(), "stdin", id="dash-text"),
        pytest.param(
            ["extract", "-", "--stdin-format", "jsonl"],
            json.dumps({"id": "s1", "text": ONE}).encode(),
            "s1",
            id="jsonl",
        ),
    ],
)
def test_cli_extract_stdin(run: Run, args: list[str], stdin: bytes, doc_id: str) -> None:
    """With no input or ``-``, articles are read from stdin, as text or (--stdin-format jsonl) JSONL."""
    status, records, _ = run(*args, stdin=stdin)
    assert status == 0
    assert [(r["doc_id"], r["quote"]["text"]) for r in records] == [(doc_id, "We will win,")]


def test_cli_extract_output_file(run: Run, tmp_path: Path) -> None:
    """``-o FILE`` writes the JSONL to the file and nothing to stdout."""
    (tmp_path / "story.txt").write_text(ONE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status, records, _ = run("extract", str(tmp_path / "story.txt"), "-o", str(out))
    assert (status, records) == (0, [])
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["quote"]["text"] == "We will win,"


def test_cli_extract_bad_jsonl_lines_give_error_records(run: Run, tmp_path: Path) -> None:
    """Bad JSONL lines give error records naming file and line, the good lines are still extracted, exit status 1."""
    path = write_jsonl(
        tmp_path / "batch.jsonl", {"id": "a", "text": ONE}, "{oops", {"id": "c"}, {"id": "d", "text": TWO}
    )
    status, records, _ = run("extract", path)
    assert status == 1
    assert [r["doc_id"] for r in records] == ["a", None, "c", "d"]
    errors = [r for r in records if "error" in r]
    assert all(in_order(e, ERROR_KEYS) for e in errors)
    assert [(e["source"], e["line"]) for e in errors] == [(path, 2), (path, 3)]
    assert "not valid JSON" in errors[0]["error"] and "'text' is missing" in errors[1]["error"]


def test_cli_extract_errors_file(run: Run, tmp_path: Path) -> None:
    """``--errors FILE`` moves the error records out of the output into that file."""
    path = write_jsonl(tmp_path / "batch.jsonl", "[]", {"id": "a", "text": ONE})
    errors = tmp_path / "errors.jsonl"
    status, records, _ = run("extract", path, "--errors", str(errors))
    assert status == 1
    assert [r["doc_id"] for r in records] == ["a"] and "error" not in records[0]
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["line"] == 1 and error["error"].startswith("expected a JSON object")


def test_cli_extract_missing_file(run: Run, tmp_path: Path) -> None:
    """A file that cannot be read gives an error record and exit status 1."""
    missing = str(tmp_path / "missing.txt")
    status, [record], _ = run("extract", missing)
    assert status == 1
    assert (record["source"], record["doc_id"]) == (missing, "missing.txt")
    assert "cannot read" in record["error"]


def test_cli_extract_article_format(run: Run, tmp_path: Path) -> None:
    """``--format article`` prints one record per article, with its quotes and sources, even with no quotes."""
    path = write_jsonl(tmp_path / "batch.jsonl", {"id": "a", "text": ONE}, {"id": "b", "text": NONE})
    status, records, _ = run("extract", path, "--format", "article")
    assert status == 0
    assert all(in_order(r, ARTICLE_KEYS) for r in records)
    first, second = records
    assert first["doc_id"] == "a" and [q["quote"]["text"] for q in first["quotes"]] == ["We will win,"]
    assert [(s["name"], s["quotes"]) for s in first["sources"]] == [("Smith", 1)]
    assert first["sources"][0]["id"] == first["quotes"][0]["speaker"]["entity"]
    assert (second["doc_id"], second["quotes"], second["sources"]) == ("b", [], [])


def test_cli_usage_error_exits_2(run: Run) -> None:
    """An unknown option is a usage error with exit status 2."""
    with pytest.raises(SystemExit) as exit_info:
        run("extract", "--no-such-option")
    assert exit_info.value.code == 2


@pytest.mark.model
def test_cli_console_script(tmp_path: Path) -> None:
    """The installed ``quotex`` console script reads stdin and writes the JSONL records to -o."""
    script = Path(sys.executable).with_name("quotex")
    assert script.is_file(), f"console script not installed next to {sys.executable}; run pip install -e ."
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [str(script), "extract", "-", "-o", str(out)],
        input=ONE,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (record["doc_id"], record["quote"]["text"], record["speaker"]["text"]) == ("stdin", "We will win,", "Smith")


def extract_options() -> list[list[str]]:
    """The option strings of each ``quotex extract`` option (without -h)."""
    subparsers = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    extract = subparsers.choices["extract"]
    return [a.option_strings for a in extract._actions if a.option_strings and "--help" not in a.option_strings]


def test_cli_every_extract_option_documented() -> None:
    """Every ``quotex extract`` option is named in README.md or docs/cli.md."""
    docs = [ROOT / "README.md", ROOT / "docs" / "cli.md"]
    text = "\n".join(p.read_text(encoding="utf-8") for p in docs if p.is_file())
    options = extract_options()
    assert {"--output", "--id-field", "--text-field", "--format"} <= {s for strings in options for s in strings}
    missing = [
        "/".join(strings)
        for strings in options
        if not any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text) for s in strings)
    ]
    assert not missing, f"quotex extract options not documented in README.md or docs/cli.md: {missing}"
