"""The hostile corpus (tests/make_hostile_corpus.py) through ``quotex extract --format article``.

Nothing is lost: every input line gives one output or error record, in order;
every offset indexes the original text; an article with odd characters gives the
output its clean twin gives; long and pathological texts finish.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from make_hostile_corpus import ARTICLES, write_corpus

import quotex
from quotex.cli import EXIT_INPUT_ERRORS, EXIT_OK, main
from quotex.extract import analyse
from quotex.model import Document
from quotex.normalize import analyse_texts, merge
from quotex.records import ArticleRecord, QuoteRecord, SourceRecord, Span, Speaker
from quotex.text import MAX_PARAGRAPH_CHARS, MAX_RUN_CHARS, paragraph_spans

pytestmark = pytest.mark.model


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every span (a dict with start, end and text) anywhere in a JSON record."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


def reread(record: dict[str, Any], text: str) -> dict[str, Any]:
    """A copy of ``record`` with every span's text read again from ``text``."""
    copy: dict[str, Any] = json.loads(json.dumps(record))
    for span in spans(copy):
        span["text"] = text[span["start"] : span["end"]]
    return copy


class Run:
    """The corpus, and the outputs of the hostile and the clean run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest: dict[str, Any] = write_corpus(folder)
        self.files = [f["path"] for f in self.manifest["files"]] + ["files"]  # "files": a directory
        started = time.monotonic()
        self.status = self.extract(["hostile.jsonl", *self.files], "out.jsonl", "err.jsonl")
        self.seconds = time.monotonic() - started
        self.clean_status = self.extract(["clean.jsonl"], "clean-out.jsonl", "clean-err.jsonl")
        self.out = read_jsonl(folder / "out.jsonl")
        self.errors = read_jsonl(folder / "err.jsonl")
        self.clean = {r["doc_id"]: r for r in read_jsonl(folder / "clean-out.jsonl")}
        self.lines = (folder / "hostile.jsonl").read_bytes().split(b"\n")[:-1]

    def extract(self, inputs: list[str], out: str, err: str) -> int:
        f = self.folder
        paths = [str(f / p) for p in inputs]
        return main(["extract", *paths, "--format", "article", "-o", str(f / out), "--errors", str(f / err)])

    def text_of(self, line: int) -> str:
        text: str = json.loads(self.lines[line - 1].removeprefix(b"\xef\xbb\xbf").decode(), strict=False)["text"]
        return text


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return Run(tmp_path_factory.mktemp("hostile"))


def test_hostile_every_input_gives_one_record(run: Run) -> None:
    """Input lines (those not blank) and input files = output records + error records; exit status 1."""
    inputs = sum(1 for line in run.lines if line.strip()) + len(run.files)
    assert len(run.out) + len(run.errors) == inputs
    assert run.status == EXIT_INPUT_ERRORS
    assert run.clean_status == EXIT_OK


def test_hostile_records_keep_input_ids_and_order(run: Run) -> None:
    """Articles come out in input order, each with its input's id; errors likewise, with id when known."""
    cases = run.manifest["cases"]
    assert [r["doc_id"] for r in run.out[: len(run.out) - 3]] == [c["id"] for c in cases if c["expect"] == "article"]
    assert [r["doc_id"] for r in run.out[-3:]] == ["good.txt", "bom.txt", "crlf.txt"]
    jsonl_errors = [e for e in run.errors if e["source"].endswith("hostile.jsonl")]
    assert [e["doc_id"] for e in jsonl_errors] == [c["id"] for c in cases if c["expect"] == "error"]
    assert [e["line"] for e in jsonl_errors] == sorted(e["line"] for e in jsonl_errors)


def test_hostile_error_records_say_where_and_why(run: Run) -> None:
    """Each error record names its file, its line (for JSONL) and a reason."""
    for error in run.errors:
        assert error["source"] and error["error"]
        if error["source"].endswith(".jsonl"):
            assert run.lines[error["line"] - 1].strip()
    by_file = {Path(e["source"]).name: e["error"] for e in run.errors if not e["source"].endswith(".jsonl")}
    assert set(by_file) == {"latin-1.txt", "empty.txt", "blank.txt", "missing.txt", "files"}
    assert "UTF-8" in by_file["latin-1.txt"]
    assert not any("extraction failed" in e["error"] for e in run.errors)


def test_hostile_spans_index_the_original_text(run: Run) -> None:
    """Every span of every article indexes the text exactly as it was in the input."""
    line_numbers = [n for n, line in enumerate(run.lines, 1) if line.strip()]
    article_lines = [n for c, n in zip(run.manifest["cases"], line_numbers, strict=True) if c["expect"] == "article"]
    for record, line in zip(run.out, article_lines, strict=False):  # the text files come after
        text = run.text_of(line)
        for span in spans(record):
            assert text[span["start"] : span["end"]] == span["text"], (record["doc_id"], span)


def test_hostile_articles_equal_their_clean_twins(run: Run) -> None:
    """An article with odd characters gives its clean twin's output, spans read from its own text."""
    twins = {r["id"]: r["text"] for r in read_jsonl(run.folder / "clean.jsonl")}
    cases = [c for c in run.manifest["cases"] if c["expect"] == "article"]
    checked = 0
    for case, record in zip(cases, run.out, strict=False):
        if not case["twin"]:
            continue
        assert reread(record, twins[case["id"]]) == run.clean[case["id"]], case["name"]
        checked += 1
    assert checked == sum(1 for c in cases if c["twin"])
    assert run.out[0] == run.clean["good-1"]  # a good article: the very same record
    assert run.out[0]["quotes"], "the good article has quotes"


def test_hostile_pathological_texts_finish(run: Run) -> None:
    """10,000 quote marks, a 2,000,000-character paragraph and a 55,000-character article all finish."""
    by_id = {r["doc_id"]: r for r in run.out}
    assert {"many-marks", "many-marks-spaced", "long-paragraph", "long-article"} <= by_id.keys()
    long_article = by_id["long-article"]
    assert len(long_article["quotes"]) == 25  # one per paragraph, across chunks
    assert [q["paragraph"] for q in long_article["quotes"]] == list(range(25))
    assert all(q["speaker"]["text"] == "the minister" for q in long_article["quotes"])
    assert run.seconds < 300


def test_hostile_long_paragraph_is_split_in_linear_time() -> None:
    """A 2,000,000-character paragraph of prose with no newline is cut into bounded pieces quickly."""
    text = 'The talks failed, "as we feared," she said. ' * 45_500
    started = time.monotonic()
    found = paragraph_spans(text)
    assert time.monotonic() - started < 20
    assert len(text) > 2_000_000 and len(found) > 600
    assert all(end - start <= MAX_PARAGRAPH_CHARS for start, end in found)
    assert all(text[end - 1] == "." for _, end in found), "cut at sentence ends outside the quotes"
    assert max(len(word) for start, end in found for word in text[start:end].split()) <= MAX_RUN_CHARS


def test_hostile_chunked_article_equals_unchunked(extractor: quotex.Extractor) -> None:
    """Whole articles as chunks give the quotes one piece gives, at the same offsets, sentences and paragraphs."""
    text = "\n\n".join(ARTICLES * 2)
    whole = extractor.article(text, "a")
    [chunked] = analyse_texts(extractor.parser.pipe, analyse, [(text, "a")], limit=len(ARTICLES[0]) + 20)

    def key(record: ArticleRecord) -> list[tuple[object, ...]]:
        return [
            (q.quote, q.fragments, q.type, q.cue, q.rule, q.sentence, q.paragraph, q.speaker and q.speaker.start)
            for q in record.quotes
        ]

    assert key(chunked) == key(whole)
    assert len(chunked.quotes) > 6


def test_hostile_merge_joins_named_sources_and_renumbers_the_rest() -> None:
    """Chunks' records merge into one: a name seen in two chunks is one source, other ids are renumbered."""

    def chunk(start: int, name_id: str) -> ArticleRecord:
        berg = SourceRecord(name_id, "person", "Anna Berg", (Span(start, start + 4, "Berg"),))
        other = SourceRecord("unnamed-2", "unnamed_person", None, (Span(start + 10, start + 16, "source"),))
        quotes = tuple(
            QuoteRecord("a", Span(start + 20, start + 25, "words"), (), "direct", None, speaker, "r", 0, 0)
            for speaker in (
                Speaker(start, start + 4, "Berg", "Anna Berg", name_id),
                Speaker(start + 10, start + 16, "source", None, "unnamed-2"),
            )
        )
        return ArticleRecord("a", quotes, (berg, other))

    merged = merge("a", [chunk(0, "anna-berg"), chunk(100, "anna-berg")])
    assert [s.id for s in merged.sources] == ["anna-berg", "unnamed-2", "unnamed-3"]
    assert [m.start for m in merged.sources[0].mentions] == [0, 100]
    assert [q.speaker.entity for q in merged.quotes if q.speaker] == [
        "anna-berg",
        "unnamed-2",
        "anna-berg",
        "unnamed-3",
    ]


def test_hostile_parser_that_drops_a_document_raises(extractor: quotex.Extractor) -> None:
    """A parser stream that drops a document raises rather than pairing records with the wrong article."""

    def dropping(items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        for n, doc in enumerate(extractor.parser.pipe(items)):
            if n != 1:
                yield doc

    items = [(text, f"a{n}") for n, text in enumerate(ARTICLES)]
    with pytest.raises(RuntimeError, match="a1"):
        list(analyse_texts(dropping, analyse, items))
