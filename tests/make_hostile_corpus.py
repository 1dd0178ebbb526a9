"""Generate the hostile corpus: every kind of broken input ``quotex extract`` must survive.

    python tests/make_hostile_corpus.py OUT_DIR

writes into OUT_DIR:

* ``hostile.jsonl``: one case a line (see :func:`cases`), with a blank line and a
  white-space line among them (readers skip those; they are no input);
* ``clean.jsonl``: for every case that should give an article and has a clean
  twin, the twin under the same id: the text the parser should see (the hostile
  text with each odd character replaced one for one, as docs/input.md lists);
* ``cases.json``: each case's name, id, expected outcome (``article`` or
  ``error``) and whether it has a twin, in file order;
* ``files/``: text-file inputs (one article per file), good and bad, listed in
  ``cases.json`` under ``files``; ``files/missing.txt`` is listed but never written.

The articles are made up for this corpus. Nothing here is read from elsewhere.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs

__all__ = ["ARTICLES", "Case", "cases", "text_files", "write_corpus"]

ARTICLES = (
    'Talks on the new port collapsed on Tuesday. "We will not sign this deal," the trade minister, '
    "Anna Berg, told reporters in the capital.\n\nBerg said that the offer had come too late to save "
    "the season. According to two officials, the port authority will meet again next week.\n\n"
    '"Nobody wants another strike," said Tom Ellis, who leads the dock workers.',
    'The river rose by two metres overnight. "The water came into the kitchen at three in the '
    'morning," said Maria Lopez, a baker on Mill Street.\n\nThe mayor said the town would open two '
    'shelters. "We have beds for everyone who needs one," she said.',
    "The museum reopened on Saturday after a two-year repair of its roof. Its director, Paul Kane, "
    "said that visitor numbers were already higher than before the closure.",
    "Rain is expected across the north on Sunday, with clear skies returning by Monday afternoon.",
)


@attrs.frozen
class Case:
    name: str
    doc_id: str | None  # the id the output should carry; None when the line gives no id
    line: bytes  # the JSONL line, without its newline
    expect: str  # "article" or "error"
    twin: str | None = None  # the clean text the same output should come from, for articles


def _line(doc_id: object, text: object, **extra: object) -> bytes:
    obj = {"id": doc_id, "text": text, **extra}
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _article(name: str, text: str, twin: str | None = None, doc_id: str | None = None) -> Case:
    doc_id = doc_id or name
    line = json.dumps({"id": doc_id, "text": text}).encode("ascii")  # \\u escapes carry any character
    return Case(name, doc_id, line, "article", twin)


def _error(name: str, line: bytes, doc_id: str | None = None) -> Case:
    return Case(name, doc_id, line, "error")


def cases() -> list[Case]:
    """Every case, in file order."""
    a, b, c, d = ARTICLES
    # Over 50,000 characters (quotex.text.MAX_CHUNK_CHARS) in few tokens, so that it parses fast.
    long_paragraphs = [
        '"' + " ".join(["Reconstructionist"] * 120) + f'," the minister said on day {n}.' for n in range(25)
    ]
    return [
        # Good articles: the same output as in a clean file.
        Case("good-1", "good-1", b"\xef\xbb\xbf" + _line("good-1", a), "article", a),  # a BOM opens the file
        _article("good-2", b, b),
        _article("good-no-quotes", d, d),
        # Odd characters: quotes still found, offsets into the original.
        _article("nul", a.replace(" ", "\x00", 5), a),
        _article(
            "controls",
            a.replace(" ", "\x07", 3).replace("Tuesday", "Tuesday\x1b", 1),
            a.replace("Tuesday", "Tuesday ", 1),
        ),
        _article("lone-surrogate", a.replace("deal", "d\ud800al"), a.replace("deal", "d\ufffdal")),
        _article("bom-in-text", "\ufeff" + b[1:], " " + b[1:]),
        _article("line-separators", a.replace("\n\n", "\u2028\u2028"), a),
        _article("next-line", b.replace("\n\n", "\x85\x85"), b),
        _article("crlf", a.replace("\n", "\r\n"), a.replace("\n", " \n")),
        _article("lone-cr", b.replace("\n", "\r"), b),
        _article("nbsp", a.replace(" ", "\u00a0").replace("Berg", "Berg\u202f", 1), a.replace("Berg", "Berg ", 1)),
        Case(  # a raw tab and a raw control character inside the JSON string
            "raw-controls-in-json",
            "raw-controls",
            b'{"id": "raw-controls", "text": "'
            + c.replace(" ", "\t", 2).replace("roof", "roof\x01", 1).encode()
            + b'"}',
            "article",
            c.replace(" ", "\t", 2).replace("roof", "roof ", 1),
        ),
        # Ids: kept as given, JSON when not a string, file:line when missing.
        _article("numeric-id", c, c, doc_id="7"),
        Case("number-id", "7", _line(7, c), "article", c),
        Case("null-id", "hostile.jsonl:{line}", _line(None, c), "article", c),
        Case("object-id", '{"k": 1}', _line({"k": 1}, c), "article", c),
        _article("duplicate-id", b, b, doc_id="good-2"),
        # Long and pathological texts: finish in bounded time, offsets right.
        _article("many-marks", '"' * 10_000),
        _article("many-marks-spaced", '" ' * 5_000 + "he said."),
        _article("long-paragraph", "x" * 2_000_000),
        _article("long-article", "\n\n".join(long_paragraphs)),
        # Lines that cannot be read: one error record each.
        _error("invalid-utf8", b'{"id": "bad-utf8", "text": "caf\xe9 au lait"}'),
        _error("truncated-utf8", b'{"id": "cut-utf8", "text": "\xe2\x80"}'),
        _error("encoded-surrogate", b'{"id": "cesu", "text": "\xed\xa0\x80"}'),
        _error("invalid-json", b'{"id": "bad-json", "text": "no closing quote}'),
        _error("truncated-line", b'{"id": "cut", "te'),
        _error("nul-bytes", b"\x00\x00\x00"),
        _error("array", b'["a", "list"]'),
        _error("string", b'"just a string"'),
        _error("number", b"42"),
        _error("null", b"null"),
        _error("missing-text", b'{"id": "no-text", "body": "elsewhere"}', "no-text"),
        _error("null-text", b'{"id": "null-text", "text": null}', "null-text"),
        _error("number-text", b'{"id": "number-text", "text": 3.5}', "number-text"),
        _error("list-text", b'{"id": "list-text", "text": ["a", "b"]}', "list-text"),
        _error("empty-text", b'{"id": "empty", "text": ""}', "empty"),
        _error("space-text", b'{"id": "space", "text": " \\t\\n  "}', "space"),
        _error("unicode-space-text", b'{"id": "uspace", "text": "\\u00a0\\u2028\\u3000"}', "uspace"),
        _error("deep-nesting", b"[" * 100_000 + b"]" * 100_000),
        _error("huge-number", b'{"id": "huge", "text": 1' + b"0" * 5_000 + b"}"),
    ]


def text_files() -> list[tuple[str, bytes | None, str]]:
    """Text-file inputs: (file name, content or None for a file never written, expected outcome)."""
    a, b, _, _ = ARTICLES
    return [
        ("good.txt", a.encode("utf-8"), "article"),
        ("bom.txt", b"\xef\xbb\xbf" + b.encode("utf-8"), "article"),
        ("crlf.txt", a.replace("\n", "\r\n").encode("utf-8"), "article"),
        ("latin-1.txt", "Caf\u00e9 owners said that prices rose.".encode("latin-1"), "error"),
        ("empty.txt", b"", "error"),
        ("blank.txt", b" \r\n\t\n", "error"),
        ("missing.txt", None, "error"),
    ]


#: Lines that are no input (skipped by readers), inserted before the cases at these places.
SKIPPED_LINES = {5: b"", 9: b"  \r"}


def write_corpus(folder: str | Path) -> dict[str, object]:
    """Write the corpus into ``folder`` (created if need be); returns what ``cases.json`` holds."""
    folder = Path(folder)
    (folder / "files").mkdir(parents=True, exist_ok=True)
    all_cases = []
    lines = []
    for n, case in enumerate(cases()):
        if n in SKIPPED_LINES:
            lines.append(SKIPPED_LINES[n])
        lines.append(case.line)
        if case.doc_id is not None and "{line}" in case.doc_id:
            case = attrs.evolve(case, doc_id=case.doc_id.format(line=len(lines)))
        all_cases.append(case)
    (folder / "hostile.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    twins = {case.doc_id: case.twin for case in all_cases if case.twin is not None}  # twins of one id are equal
    (folder / "clean.jsonl").write_text(
        "".join(json.dumps({"id": doc_id, "text": text}) + "\n" for doc_id, text in twins.items()), encoding="ascii"
    )
    files = []
    for name, content, expect in text_files():
        if content is not None:
            (folder / "files" / name).write_bytes(content)
        files.append({"path": f"files/{name}", "expect": expect})
    manifest: dict[str, object] = {
        "cases": [
            {"name": case.name, "id": case.doc_id, "expect": case.expect, "twin": case.twin is not None}
            for case in all_cases
        ],
        "files": files,
    }
    (folder / "cases.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    write_corpus(sys.argv[1])
