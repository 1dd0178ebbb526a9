"""Reading articles from text files, JSONL and stdin.

Every input document yields either an :class:`Article` or an
:class:`~quotex.records.ErrorRecord`, never nothing: a bad line is reported
with its file and line number and the run goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from .records import ErrorRecord

__all__ = ["Article", "read_inputs", "read_jsonl", "read_text"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


@attrs.frozen
class Article:
    doc_id: str
    text: str
    source: str  # file name or <stdin>
    line: int | None  # 1-based line for JSONL input


def read_inputs(
    paths: Iterable[str],
    *,
    id_field: str = "id",
    text_field: str = "text",
    stdin_format: str = "text",
) -> Iterator[Article | ErrorRecord]:
    """Articles from each path in turn: ``-`` is stdin, ``*.jsonl`` is JSONL, anything else one article."""
    for path in paths:
        if path == "-":
            stream = sys.stdin.buffer
            if stdin_format == "jsonl":
                yield from read_jsonl(stream, "<stdin>", id_field=id_field, text_field=text_field)
            else:
                yield from read_text(stream, "<stdin>", "stdin")
            continue
        try:
            with open(path, "rb") as stream:
                if path.endswith(JSONL_SUFFIXES):
                    yield from read_jsonl(stream, path, id_field=id_field, text_field=text_field)
                else:
                    yield from read_text(stream, path, Path(path).name)
        except OSError as error:
            yield ErrorRecord(None, path, None, f"cannot read the file: {error.strerror or error}")


def read_text(stream: BinaryIO, source: str, doc_id: str) -> Iterator[Article | ErrorRecord]:
    """One article: the whole stream, decoded as UTF-8 (a leading BOM is dropped)."""
    data = stream.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield ErrorRecord(doc_id, source, None, f"not valid UTF-8 at byte {error.start}; re-encode the file as UTF-8")
        return
    if not text.strip():
        yield ErrorRecord(doc_id, source, None, "the article is empty")
        return
    yield Article(doc_id, text, source, None)


def read_jsonl(
    stream: BinaryIO, source: str, *, id_field: str = "id", text_field: str = "text"
) -> Iterator[Article | ErrorRecord]:
    """One article a line: a JSON object with an id and a text field.

    Lines are split on ``\\n`` only and decoded strictly; a line that cannot be
    read gives an error record naming the file, the line and the reason.
    """
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield ErrorRecord(None, source, number, f"not valid UTF-8 at byte {error.start} of the line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            yield ErrorRecord(None, source, number, f"not valid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(obj, dict):
            yield ErrorRecord(None, source, number, f"expected a JSON object, got {type(obj).__name__}")
            continue
        raw_id = obj.get(id_field)
        doc_id = str(raw_id) if raw_id is not None else f"{Path(source).name}:{number}"
        text = obj.get(text_field)
        if not isinstance(text, str):
            reason = "missing" if text_field not in obj else "null" if text is None else f"a {type(text).__name__}"
            yield ErrorRecord(doc_id, source, number, f"field {text_field!r} is {reason}; it must be the article text")
            continue
        if not text.strip():
            yield ErrorRecord(doc_id, source, number, f"field {text_field!r} is empty")
            continue
        yield Article(doc_id, text, source, number)
