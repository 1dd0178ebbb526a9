"""Reading articles from text files, JSONL and stdin; writing JSONL output safely.

Every input document yields either an :class:`Article` or an
:class:`~quotex.records.ErrorRecord`, never nothing: a bad line is reported
with its file and line number and the run goes on (docs/input.md).

:func:`open_output` writes JSONL that is never left with a truncated last
line: a file appears, complete, only when the run ends; stdout gets whole
lines.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from io import TextIOBase
from pathlib import Path
from typing import BinaryIO, TextIO

import attrs

from .records import ErrorRecord

__all__ = ["Article", "JsonlOutput", "open_output", "read_inputs", "read_jsonl", "read_text"]

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
            doc_id = None if path.endswith(JSONL_SUFFIXES) else Path(path).name
            yield ErrorRecord(doc_id, path, None, f"cannot read the file: {error.strerror or error}")


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

    Lines are split on ``\\n`` only and decoded strictly as UTF-8 (a byte order
    mark before a line's JSON is dropped); a line holding only white space is
    skipped. A line that cannot be read gives an error record naming the file,
    the line, the document id when it is known, and the reason. docs/input.md
    says what each field may hold.
    """
    for number, raw in enumerate(stream, 1):
        if raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield ErrorRecord(
                None, source, number, f"not valid UTF-8 at byte {error.start} of the line; re-encode the file as UTF-8"
            )
            continue
        try:
            obj = json.loads(line, strict=False)  # strict=False: raw control characters inside strings are allowed
        except json.JSONDecodeError as error:
            yield ErrorRecord(None, source, number, f"not valid JSON: {error.msg} at column {error.colno}")
            continue
        except (ValueError, RecursionError) as error:  # a number too long to convert, nesting too deep
            yield ErrorRecord(None, source, number, f"not readable JSON: {type(error).__name__}: {error}")
            continue
        if not isinstance(obj, dict):
            yield ErrorRecord(
                None, source, number, f"expected a JSON object with {text_field!r}, got {_json_type(obj)}"
            )
            continue
        doc_id = _doc_id(obj.get(id_field), source, number)
        text = obj.get(text_field)
        if not isinstance(text, str):
            reason = "missing" if text_field not in obj else f"{_json_type(text)}, not a string"
            yield ErrorRecord(doc_id, source, number, f"field {text_field!r} is {reason}; it must be the article text")
            continue
        if not text.strip():
            yield ErrorRecord(doc_id, source, number, f"field {text_field!r} is empty or only white space")
            continue
        yield Article(doc_id, text, source, number)


_BOM = b"\xef\xbb\xbf"


def _doc_id(value: object, source: str, number: int) -> str:
    """The id of a document: a string as it is, any other JSON value as JSON, ``file:line`` when missing or null."""
    if value is None:
        return f"{Path(source).name}:{number}"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


class JsonlOutput:
    """A text-stream-like writer of JSONL lines, always UTF-8 whatever the locale.

    A line holding a lone surrogate (which UTF-8 cannot encode; it comes from a
    ``\\ud800`` escape in the input) is written with ``\\u`` escapes instead,
    so the output stays valid and reads back to the same strings. With
    ``flush=True`` every line is flushed as it is written.
    """

    def __init__(self, stream: BinaryIO | TextIO, *, flush: bool = False) -> None:
        self.stream = stream
        self.flush_lines = flush

    def write(self, line: str) -> int:
        try:
            data = line.encode("utf-8")
        except UnicodeEncodeError:
            line = json.dumps(json.loads(line)) + "\n"
            data = line.encode("ascii")
        if isinstance(self.stream, TextIOBase):  # stdout replaced by a text-only stream
            self.stream.write(line)
        else:
            self.stream.write(data)  # type: ignore[arg-type]
        if self.flush_lines:
            self.stream.flush()
        return len(line)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.stream.flush()


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[JsonlOutput]:
    """JSONL output to ``path``, or to stdout (a line at a time) when ``path`` is None or ``-``.

    A file is written to a temporary file in the same folder and renamed to
    ``path`` only when the block ends without an exception: an interrupted or
    failed run leaves ``path`` as it was (absent, or the previous complete output)
    and removes the temporary file. A run killed outright (``SIGKILL``, power
    loss) may leave the temporary file, ``.NAME.*.part``, but never a partial ``path``.
    """
    if path is None or path == "-":
        yield JsonlOutput(getattr(sys.stdout, "buffer", sys.stdout), flush=True)
        return
    folder, name = os.path.split(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield JsonlOutput(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
