"""Reading hostile input and writing output that is never left half-written (quotex.io, quotex extract)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from make_hostile_corpus import ARTICLES

from quotex.cli import EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_USAGE, main
from quotex.io import Article, JsonlOutput, open_output, read_inputs, read_jsonl
from quotex.records import ErrorRecord


def read(data: bytes) -> list[Article | ErrorRecord]:
    return list(read_jsonl(io.BytesIO(data), "in.jsonl"))


@pytest.mark.parametrize(
    ("line", "doc_id", "reason"),
    [
        pytest.param(b'{"id": "a", "text": "caf\xe9"}', None, "UTF-8", id="invalid-utf8"),
        pytest.param(b'{"id": "a", "text": "\xed\xa0\x80"}', None, "UTF-8", id="encoded-surrogate"),
        pytest.param(b'{"id": "a", "text": "cut', None, "JSON", id="truncated"),
        pytest.param(b"\x00", None, "JSON", id="nul-byte"),
        pytest.param(b"[1, 2]", None, "an array", id="array"),
        pytest.param(b'"text"', None, "a string", id="string"),
        pytest.param(b"null", None, "null", id="null"),
        pytest.param(b'{"id": "a"}', "a", "missing", id="missing-text"),
        pytest.param(b'{"id": "a", "text": null}', "a", "null", id="null-text"),
        pytest.param(b'{"id": "a", "text": 1}', "a", "a number", id="number-text"),
        pytest.param(b'{"id": "a", "text": {}}', "a", "an object", id="object-text"),
        pytest.param(b'{"id": "a", "text": ""}', "a", "empty", id="empty-text"),
        pytest.param(b'{"id": "a", "text": " \\u00a0\\u2028\\t"}', "a", "white space", id="space-text"),
        pytest.param(b"[" * 50_000 + b"]" * 50_000, None, "RecursionError", id="deep-nesting"),
        pytest.param(b'{"text": 1' + b"0" * 5000 + b"}", None, "ValueError", id="huge-number"),
    ],
)
def test_io_hostile_bad_line_gives_one_error_record(line: bytes, doc_id: str | None, reason: str) -> None:
    """Each unreadable line gives exactly one error record with file, line, id when known and reason;
    the lines around it are still read."""
    good = b'{"id": "ok", "text": "Fine."}'
    items = read(good + b"\n" + line + b"\n" + good + b"\n")
    assert [type(i).__name__ for i in items] == ["Article", "ErrorRecord", "Article"]
    error = items[1]
    assert isinstance(error, ErrorRecord)
    assert (error.source, error.line, error.doc_id) == ("in.jsonl", 2, doc_id)
    assert reason in error.error


def test_io_hostile_splits_on_newline_only() -> None:
    """U+2028, U+0085, CR and form feed inside a line do not split it; CRLF line ends are fine;
    blank lines are skipped but counted."""
    data = (
        '{"id": "a", "text": "One\u2028two\u0085three\rfour\x0cfive"}\r\n'
        "\n"
        "   \r\n"
        '\ufeff{"id": "b", "text": "Six."}\n'  # a BOM before a line (files joined with cat)
        '{"id": "c", "text": "Raw\ttab and \x01 control"}'  # raw control characters in a string; no final newline
    ).encode()
    items = read(data)
    assert [(i.doc_id, i.line) for i in items] == [("a", 1), ("b", 4), ("c", 5)]
    assert all(isinstance(i, Article) for i in items)
    assert items[0].text == "One\u2028two\u0085three\rfour\x0cfive"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "doc_id"),
    [
        ("x1", "x1"),
        (7, "7"),
        (7.5, "7.5"),
        (True, "true"),
        ({"b": 1, "a": 2}, '{"a": 2, "b": 1}'),
        (None, "in.jsonl:1"),
    ],
)
def test_io_hostile_ids(value: object, doc_id: str) -> None:
    """A string id is kept; any other JSON value becomes its JSON text; a null id becomes file:line."""
    [item] = read(json.dumps({"id": value, "text": "Fine."}).encode())
    assert item.doc_id == doc_id


def test_io_hostile_missing_id_is_file_and_line() -> None:
    """An object without an id is named by its file and line."""
    [item] = read(b'\n{"text": "Fine."}')
    assert item.doc_id == "in.jsonl:2"


def test_io_hostile_unreadable_files(tmp_path: Path) -> None:
    """A missing file, a directory and a text file that is not UTF-8 each give one error record."""
    (tmp_path / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "good.txt").write_bytes(b"\xef\xbb\xbfFine.")
    paths = [str(tmp_path / n) for n in ("missing.jsonl", "latin.txt", "good.txt")] + [str(tmp_path)]
    items = list(read_inputs(paths))
    assert [type(i).__name__ for i in items] == ["ErrorRecord", "ErrorRecord", "Article", "ErrorRecord"]
    assert items[2].text == "Fine."  # type: ignore[union-attr]
    assert "No such file" in items[0].error  # type: ignore[union-attr]


def test_io_hostile_output_escapes_lone_surrogates() -> None:
    """A line holding a lone surrogate is written as valid UTF-8 with \\u escapes and reads back the same."""
    stream = io.BytesIO()
    record = {"text": "d\ud800al", "other": "é"}
    JsonlOutput(stream).write(json.dumps(record, ensure_ascii=False) + "\n")
    data = stream.getvalue()
    assert data.endswith(b"\n")
    assert json.loads(data.decode("utf-8")) == record


def test_io_hostile_output_appears_only_when_complete(tmp_path: Path) -> None:
    """An exception mid-stream leaves the previous output as it was and no temporary file."""
    path = tmp_path / "out.jsonl"
    path.write_text('{"old": true}\n')
    with pytest.raises(RuntimeError), open_output(str(path)) as out:
        out.write('{"n": 1}\n')
        out.write('{"n": 2, "half": "')
        raise RuntimeError("interrupted")
    assert path.read_text() == '{"old": true}\n'
    assert os.listdir(tmp_path) == ["out.jsonl"]
    with open_output(str(path)) as out:
        out.writelines(f'{{"n": {n}}}\n' for n in range(3))
    assert path.read_text().splitlines() == ['{"n": 0}', '{"n": 1}', '{"n": 2}']
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_io_hostile_usage_error_status() -> None:
    """Bad arguments exit with status 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--format", "nonsense"])
    assert exit_info.value.code == EXIT_USAGE


def test_io_hostile_unwritable_output_status(tmp_path: Path) -> None:
    """An output file that cannot be created exits with status 3 and a message, not a traceback."""
    (tmp_path / "a.txt").write_text(ARTICLES[0])
    status = main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl")])
    assert status == EXIT_OUTPUT


def start_long_run(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """``quotex extract`` on many articles in a subprocess, returned once it has written output."""
    source = tmp_path / "in.jsonl"
    with source.open("w") as stream:
        for n in range(3000):
            stream.write(json.dumps({"id": f"a{n}", "text": ARTICLES[n % len(ARTICLES)]}) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text('{"previous": "run"}\n')
    command = [sys.executable, "-m", "quotex.cli", "extract", str(source), "--format", "article", "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        parts = list(tmp_path.glob(".out.jsonl.*.part"))
        if parts and parts[0].stat().st_size > 0:
            return process, out
        time.sleep(0.1)
    process.kill()
    pytest.fail(f"quotex extract wrote no output in time (status {process.poll()})")


@pytest.mark.model
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_io_hostile_interrupted_run_leaves_no_truncated_output(tmp_path: Path, how: signal.Signals) -> None:
    """A run stopped mid-way leaves -o as it was: never a truncated last line. SIGTERM (like
    Ctrl-C) exits with status 130 and removes the temporary file; SIGKILL may leave only that file."""
    process, out = start_long_run(tmp_path)
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    assert out.read_text() == '{"previous": "run"}\n'
    leftovers = list(tmp_path.glob(".out.jsonl.*.part"))
    if how == signal.SIGKILL:  # no clean-up can run: the temporary file stays, -o is untouched
        assert process.returncode == -signal.SIGKILL
        assert len(leftovers) == 1
    else:
        assert process.returncode == EXIT_INTERRUPTED, stderr.decode()
        assert leftovers == []
        assert b"interrupted" in stderr
