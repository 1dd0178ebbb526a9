"""Tests of quotex.io: reading articles from text files, JSONL and stdin (no model needed)."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from quotex.io import Article, read_inputs, read_jsonl, read_text
from quotex.records import ErrorRecord

TEXT = '"We will win," Smith said.'


def jsonl(*lines: object) -> io.BytesIO:
    """A binary stream of JSONL: objects are dumped, strings and bytes kept as they are."""
    out = []
    for line in lines:
        if isinstance(line, bytes):
            out.append(line)
        elif isinstance(line, str):
            out.append(line.encode("utf-8"))
        else:
            out.append(json.dumps(line).encode("utf-8"))
    return io.BytesIO(b"\n".join(out) + b"\n")


def test_io_read_text_whole_stream_is_one_article() -> None:
    """A text stream is one article with the given id, decoded as UTF-8 with a leading BOM dropped."""
    [article] = read_text(io.BytesIO("\ufeff«Oui», dit-il.\n\nFin.".encode()), "a.txt", "a.txt")
    assert article == Article("a.txt", "«Oui», dit-il.\n\nFin.", "a.txt", None)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"   \n\n", "the article is empty", id="empty"),
        pytest.param(b"caf\xe9 au lait", "not valid UTF-8 at byte 3", id="latin-1"),
    ],
)
def test_io_read_text_unreadable_gives_error_record(data: bytes, reason: str) -> None:
    """An empty or non-UTF-8 text gives one error record naming the document and source."""
    [record] = read_text(io.BytesIO(data), "b.txt", "b.txt")
    assert isinstance(record, ErrorRecord)
    assert (record.doc_id, record.source, record.line) == ("b.txt", "b.txt", None)
    assert record.error.startswith(reason)


def test_io_read_jsonl_default_and_custom_fields() -> None:
    """JSONL lines give one article each, id and text read from the default or the named fields."""
    [default] = read_jsonl(jsonl({"id": "a1", "text": TEXT}), "in.jsonl")
    assert default == Article("a1", TEXT, "in.jsonl", 1)
    custom = list(
        read_jsonl(
            jsonl({"key": 7, "body": TEXT}, {"key": "b", "body": "Two."}), "in.jsonl", id_field="key", text_field="body"
        )
    )
    assert custom == [Article("7", TEXT, "in.jsonl", 1), Article("b", "Two.", "in.jsonl", 2)]


def test_io_read_jsonl_missing_id_uses_file_and_line() -> None:
    """A line without an id is named after its file and line number."""
    records = list(read_jsonl(jsonl({"text": "One."}, "", {"text": "Two."}), "dir/in.jsonl"))
    assert [r.doc_id for r in records] == ["in.jsonl:1", "in.jsonl:3"]
    assert [r.line for r in records if isinstance(r, Article)] == [1, 3]


@pytest.mark.parametrize(
    ("line", "doc_id", "reason"),
    [
        pytest.param("{not json", None, "not valid JSON", id="bad-json"),
        pytest.param("[1, 2]", None, r"expected a JSON object\b.*, got an? (array|list)", id="not-an-object"),
        pytest.param({"id": "x"}, "x", "field 'text' is missing", id="missing-text"),
        pytest.param({"id": "x", "text": None}, "x", "field 'text' is null", id="null-text"),
        pytest.param({"id": "x", "text": 3}, "x", "field 'text' is an? (number|int)", id="number-text"),
        pytest.param({"id": "x", "text": "  "}, "x", "field 'text' is empty", id="empty-text"),
        pytest.param(b"\xff\xfe{}", None, "not valid UTF-8", id="bad-utf8"),
    ],
)
def test_io_read_jsonl_bad_line_gives_error_record_and_goes_on(line: object, doc_id: str | None, reason: str) -> None:
    """A bad line gives an error record with the source, line number and reason; the lines after it are read."""
    records = list(read_jsonl(jsonl({"id": "ok1", "text": TEXT}, line, {"id": "ok2", "text": TEXT}), "in.jsonl"))
    assert [type(r) for r in records] == [Article, ErrorRecord, Article]
    error = records[1]
    assert isinstance(error, ErrorRecord)
    assert (error.doc_id, error.source, error.line) == (doc_id, "in.jsonl", 2)
    assert re.match(reason, error.error), error.error
    assert [r.doc_id for r in records[::2]] == ["ok1", "ok2"]


def test_io_read_jsonl_bom_and_blank_lines() -> None:
    """A BOM on the first line is dropped and blank lines are skipped, line numbers still counting them."""
    stream = io.BytesIO(b'\xef\xbb\xbf{"id": "a", "text": "One."}\n\n   \n{"id": "b", "text": "Two."}\n')
    assert [(a.doc_id, a.line) for a in read_jsonl(stream, "in.jsonl")] == [("a", 1), ("b", 4)]


def test_io_read_inputs_dispatches_on_suffix(tmp_path: Path) -> None:
    """``*.jsonl`` files are read as JSONL, other files as one article named after the file."""
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(json.dumps({"id": "j1", "text": "One."}) + "\n", encoding="utf-8")
    paths = [str(tmp_path / "story.txt"), str(tmp_path / "batch.jsonl")]
    records = list(read_inputs(paths))
    assert records == [
        Article("story.txt", TEXT, paths[0], None),
        Article("j1", "One.", paths[1], 1),
    ]


def test_io_read_inputs_missing_file_gives_error_record(tmp_path: Path) -> None:
    """A file that cannot be opened gives an error record naming it, and the next file is still read."""
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    missing = str(tmp_path / "nope.txt")
    error, article = read_inputs([missing, str(tmp_path / "ok.txt")])
    assert isinstance(error, ErrorRecord) and error.source == missing and "cannot read" in error.error
    assert error.doc_id == "nope.txt"
    assert isinstance(article, Article) and article.doc_id == "ok.txt"


@pytest.mark.parametrize(
    ("data", "stdin_format", "expected"),
    [
        pytest.param(TEXT.encode(), "text", [Article("stdin", TEXT, "<stdin>", None)], id="text"),
        pytest.param(
            json.dumps({"id": "s1", "text": TEXT}).encode() + b"\n",
            "jsonl",
            [Article("s1", TEXT, "<stdin>", 1)],
            id="jsonl",
        ),
    ],
)
def test_io_read_inputs_stdin(
    monkeypatch: pytest.MonkeyPatch, data: bytes, stdin_format: str, expected: list[Article]
) -> None:
    """``-`` reads stdin as one text article or as JSONL, as ``stdin_format`` says."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert list(read_inputs(["-"], stdin_format=stdin_format)) == expected
