"""Tests of quotex.runner: batching with a per-article fallback, worker processes, the progress line.

Crash and failure injection uses :class:`FakeExtractor` (no model, instant); the
same paths run with the real spaCy pipeline on a few short articles.
"""

from __future__ import annotations

import copy
import functools
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import quotex
from quotex.cli import main
from quotex.io import Article
from quotex.parsers import spacy_parser
from quotex.records import ArticleRecord, ErrorRecord
from quotex.runner import (
    IsolatedExtractor,
    Progress,
    analyse,
    analyse_all,
    analyse_parallel,
    count_inputs,
    record_lines,
)

TEXTS = [
    '"We will win the vote," Senator Jane Doe said on Monday.',
    "The minister said that the budget would pass.\n\nShe added that taxes would not rise.",
    "According to the police, the road was closed for three hours.",
    '"It is over," the coach told reporters. "We lost."',
    "Nothing was said today.",
]


def articles(n: int, prefix: str = "a") -> list[Article]:
    return [Article(f"{prefix}{i}", TEXTS[i % len(TEXTS)], "mem.jsonl", i + 1) for i in range(n)]


class FakeExtractor(quotex.Extractor):
    """A model-free extractor: one empty record per article; ``fail`` ids raise, ``crash`` ids kill the process."""

    def __init__(self, fail: Iterable[str] = (), crash: Iterable[str] = ()) -> None:
        self.fail = set(fail)
        self.crash = set(crash)
        self.batches: list[list[str]] = []

    def _one(self, doc_id: str) -> ArticleRecord:
        if doc_id in self.crash:
            os._exit(3)
        if doc_id in self.fail:
            raise RuntimeError(f"cannot parse {doc_id}")
        return ArticleRecord(doc_id, (), ())

    def article(self, text: str, doc_id: str = "") -> ArticleRecord:
        return self._one(doc_id)

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[ArticleRecord]:
        batch = [doc_id for _, doc_id in items]  # read the whole batch first, as a batching parser does
        self.batches.append(batch)
        for doc_id in batch:
            yield self._one(doc_id)


class Flaky(quotex.Extractor):
    """The real spaCy extractor, except that articles with ids in ``fail`` raise, in a batch and alone."""

    def __init__(self, real: quotex.Extractor, fail: set[str]) -> None:
        self.parser = real.parser
        self.fail = fail

    def article(self, text: str, doc_id: str = "") -> ArticleRecord:
        if doc_id in self.fail:
            raise ValueError("bad article")
        return super().article(text, doc_id)

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[ArticleRecord]:
        items = list(items)
        if any(doc_id in self.fail for _, doc_id in items):
            raise ValueError("bad article in the batch")
        return super().pipe(items)


def ids(records: Iterable[ArticleRecord | ErrorRecord]) -> list[str | None]:
    return [r.doc_id for r in records]


def test_runner_batched_equals_one_by_one(extractor: quotex.Extractor) -> None:
    """Batching through Extractor.pipe gives the same records, in order, as one article at a time."""
    items = articles(7)
    batched = list(analyse_all(items, extractor, batch_size=3))
    assert batched == [extractor.article(a.text, a.doc_id) for a in items]
    assert any(r.quotes for r in batched if isinstance(r, ArticleRecord))


def test_runner_spacy_zones_same_documents(extractor: quotex.Extractor) -> None:
    """Parsing in memory zones of two articles gives the documents parsing one article at a time gives."""
    parser = copy.copy(extractor.parser)
    parser.zone_size = 2  # type: ignore[attr-defined]
    items = [(a.text, a.doc_id) for a in articles(5)]
    assert list(parser.pipe(items)) == [extractor.parser(text, doc_id) for text, doc_id in items]


def test_runner_spacy_zone_frees_new_strings(extractor: quotex.Extractor) -> None:
    """Words first seen in a stream leave spaCy's string store when their zone ends: memory stays flat."""
    strings = extractor.parser.nlp.vocab.strings  # type: ignore[attr-defined]
    word = "Zorblaxquent"
    [doc] = extractor.parser.pipe([(f"{word} said the vote was close.", "z")])
    assert doc.tokens[0].text == word
    assert word not in strings


def test_runner_spacy_lemma_cache_trimmed(extractor: quotex.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lemmatizer's cache is emptied once past its limit, and lemmas stay right."""
    monkeypatch.setattr(spacy_parser, "LEMMA_CACHE_LIMIT", 0)
    doc = extractor.parser("The senators said it twice.", "l")
    lemmatizer = extractor.parser.nlp.get_pipe("lemmatizer")  # type: ignore[attr-defined]
    assert lemmatizer.cache == {}
    assert [t.lemma for t in doc.tokens[1:3]] == ["senator", "say"]


def test_runner_failing_article_in_batch_real_model(extractor: quotex.Extractor) -> None:
    """With the real parser, an article that fails becomes an error record; its batch-mates still come out."""
    items = articles(6)
    flaky = Flaky(extractor, {"a2"})
    out = list(analyse_all(items, flaky, batch_size=4))
    assert ids(out) == [a.doc_id for a in items]
    error = out[2]
    assert isinstance(error, ErrorRecord)
    assert (error.source, error.line) == ("mem.jsonl", 3)
    assert "bad article" in error.error
    expected = [extractor.article(a.text, a.doc_id) for a in items]
    assert [r for i, r in enumerate(out) if i != 2] == [r for i, r in enumerate(expected) if i != 2]


def test_runner_error_records_pass_through_in_place() -> None:
    """Error records from the reader come out where they were, between the articles."""
    bad = ErrorRecord(None, "mem.jsonl", 3, "not valid JSON")
    items = [*articles(2), bad, *articles(3, "b")]
    out = list(analyse_all(items, FakeExtractor(), batch_size=2))
    assert out[2] is bad
    assert ids(out) == ["a0", "a1", None, "b0", "b1", "b2"]


@pytest.mark.parametrize("batch_size", [1, 2, 5, 100])
def test_runner_failures_become_error_records(batch_size: int) -> None:
    """Every article gets one record whatever the batch size; only the failing ones are errors."""
    fake = FakeExtractor(fail={"a1", "a4"})
    out = list(analyse_all(articles(6), fake, batch_size=batch_size))
    assert ids(out) == [f"a{i}" for i in range(6)]
    assert [i for i, r in enumerate(out) if isinstance(r, ErrorRecord)] == [1, 4]


def test_runner_streams_with_bounded_lookahead() -> None:
    """The runner reads at most one batch ahead of what it has written out."""
    read = 0

    def source() -> Iterator[Article]:
        nonlocal read
        for article in articles(1000):
            read += 1
            yield article

    fake = FakeExtractor()
    out = analyse_all(source(), fake, batch_size=8)
    for n, _ in enumerate(out, 1):
        assert read - n < 8
        if n == 50:
            break
    assert max(len(b) for b in fake.batches) == 8


def test_runner_rejects_batch_size_zero() -> None:
    """A batch size below 1 is a ValueError, not an endless loop."""
    with pytest.raises(ValueError, match="batch size"):
        list(analyse_all(articles(1), FakeExtractor(), batch_size=0))


@pytest.mark.parametrize(("crash", "batch_size"), [("a0", 1), ("a4", 2), ("b8", 3)])
def test_runner_parallel_order_and_crash(crash: str, batch_size: int) -> None:
    """Two worker processes keep input order; a crashing article becomes an error record, the rest come out."""
    items = [*articles(9), ErrorRecord("x", "mem.jsonl", 99, "empty"), *articles(9, "b")]
    factory = functools.partial(FakeExtractor, crash={crash}, fail={"b1"})
    out = list(analyse_parallel(items, factory, jobs=2, batch_size=batch_size))
    assert ids(out) == ids(items)
    errors = {r.doc_id: r.error for r in out if isinstance(r, ErrorRecord)}
    assert set(errors) == {crash, "b1", "x"}
    assert "process died" in errors[crash]
    assert "cannot parse b1" in errors["b1"]


def test_runner_parallel_unordered_same_records() -> None:
    """With ordered=False the same records come out, each once."""
    items = articles(20)
    out = list(analyse_parallel(items, FakeExtractor, jobs=2, batch_size=3, ordered=False))
    assert sorted(ids(out)) == sorted(ids(items))  # type: ignore[type-var]


def test_runner_parallel_real_model_matches_serial(extractor: quotex.Extractor) -> None:
    """Two processes with the real spaCy pipeline give exactly the serial records, in order."""
    items = articles(6)
    out = list(analyse(items, functools.partial(quotex.Extractor, "spacy"), jobs=2, batch_size=2))
    assert out == list(analyse_all(items, extractor))


def test_runner_isolated_extractor_survives_crash() -> None:
    """In a child process, an article that kills it is an error record and the next article still works."""
    items = articles(3)
    with IsolatedExtractor(functools.partial(FakeExtractor, crash={"a1"}, fail={"a2"})) as isolated:
        out = [isolated.article(a) for a in items]
        again = isolated.article(items[0])
        assert isolated.starts == 2  # the first child died on a1
    assert out[0] == again == ArticleRecord("a0", (), ())
    assert isinstance(out[1], ErrorRecord) and "died" in out[1].error and out[1].line == 2
    assert isinstance(out[2], ErrorRecord) and "cannot parse a2" in out[2].error


def test_runner_record_lines_formats() -> None:
    """A record gives one line per quote, one per article with ``article``, one per error."""
    record = ArticleRecord("a", (), ())
    error = ErrorRecord("b", "f.jsonl", 2, "bad")
    assert record_lines(record) == []
    assert [json.loads(x)["doc_id"] for x in record_lines(record, "article")] == ["a"]
    assert json.loads(record_lines(error)[0])["line"] == 2


def test_runner_progress_line() -> None:
    """The progress line gives items done, the rate and, with a total, the ETA."""
    progress = Progress(total=100, enabled=False)
    progress.update(1)  # the clock starts at the first item, after start-up
    progress.update(20)
    assert progress.started is not None
    assert progress.line(progress.started + 10) == "21/100 articles  2.0 articles/s  ETA 0:00:39"
    assert Progress(enabled=False).line() == "0 articles  0.0 articles/s"


def test_runner_progress_off_when_not_a_terminal() -> None:
    """Writing to something that is not a terminal, the progress line stays silent."""
    stream = io.StringIO()
    progress = Progress(stream=stream, interval=0)
    list(progress.wrap([ArticleRecord("a", (), ())] * 3))
    progress.close()
    assert not progress.enabled and stream.getvalue() == ""


def test_runner_progress_shown_when_enabled() -> None:
    """When enabled the line is rewritten in place and ends with a newline."""
    stream = io.StringIO()
    with Progress(stream=stream, enabled=True, interval=0, total=3) as progress:
        list(progress.wrap([ArticleRecord("a", (), ())] * 3))
    text = stream.getvalue()
    assert text.startswith("\r") and text.endswith("\n") and "3/3 articles" in text


def test_runner_count_inputs(tmp_path: Path) -> None:
    """Counting for the ETA: non-blank JSONL lines, one per text file, unknown for stdin."""
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("text", encoding="utf-8")
    assert count_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]) == 3
    assert count_inputs(["-"]) is None


def test_runner_cli_jobs_two_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``quotex extract --jobs 2 --quiet`` writes what ``--jobs 1`` writes, and nothing on stderr."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)) + "not json\n",
        encoding="utf-8",
    )
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        status = main(["extract", str(source), "-o", str(out), "--format", "article", "--jobs", jobs, "--quiet"])
        assert status == 1  # the bad line
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(TEXTS) + 1
    assert capsys.readouterr().err == ""
