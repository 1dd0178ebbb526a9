"""Property tests over random and adversarial texts: nothing raises, every span indexes the text given.

The real spaCy pipeline is loaded once (the session ``extractor`` fixture);
example counts are kept small so that the module runs in well under a minute.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotex
from quotex.extract import analyse
from quotex.normalize import REPLACEMENTS, analyse_texts, normalize
from quotex.records import ArticleRecord, to_dict
from quotex.text import chunk_spans, paragraph_spans

# Pieces that break things: quote marks of every style, apostrophes, odd white
# space and line breaks, control characters, a lone surrogate, reporting words.
PIECES = [
    *"\"“”„«»‘’‹›'",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u00a0",
    "\u202f",
    "\u2028",
    "\u2029",
    "\x85",
    "\x0b",
    "\x00",
    "\x07",
    "\ufeff",
    "\ud800",
    "\udfff",
    "\ufffe",
    "😀",
    "e\u0301",
    ".",
    ",",
    ":",
    "—",
    "(",
    ")",
    "said",
    "says",
    "told reporters",
    "according to",
    "that",
    "he",
    "she",
    "They",
    "the minister",
    "John Smith",
    "Smith",
    "a senior official, who asked not to be named,",
    "We will win",
    "the talks failed",
    "x" * 40,
]

adversarial = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
random_text = st.text(st.characters(exclude_categories=()), max_size=120)
texts = st.one_of(adversarial, random_text)

MODEL_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every span (a dict with start, end and text) anywhere in a JSON-ready record."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


def assert_indexes(text: str, doc_id: str, record: ArticleRecord) -> None:
    """Every span of ``record`` indexes ``text``; every id is ``doc_id``; speakers and cues lie inside."""
    assert record.doc_id == doc_id
    data = to_dict(record)
    for span in spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span
    for quote in record.quotes:
        assert quote.doc_id == doc_id
        assert text[quote.quote.start : quote.quote.end] == quote.quote.text
        if quote.speaker is not None:
            assert 0 <= quote.speaker.start < quote.speaker.end <= len(text)
            assert quote.speaker.entity in {source.id for source in record.sources}
    assert len({source.id for source in record.sources}) == len(record.sources)


@MODEL_SETTINGS
@given(text=texts)
def test_properties_article_spans_index_the_text(extractor: quotex.Extractor, text: str) -> None:
    """Any text gives one record whose every span indexes that very text."""
    assert_indexes(text, "doc", extractor.article(text, "doc"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(texts, st.sampled_from(["a", "b", "", "a b", "7"])), max_size=6))
def test_properties_pipe_one_record_per_input(extractor: quotex.Extractor, items: list[tuple[str, str]]) -> None:
    """``pipe`` yields one record per input, in order, with the input's id, even with repeated ids."""
    records = list(extractor.pipe(items))
    assert [r.doc_id for r in records] == [doc_id for _, doc_id in items]
    for (text, doc_id), record in zip(items, records, strict=True):
        assert_indexes(text, doc_id, record)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(adversarial, min_size=1, max_size=8), blank=st.booleans())
def test_properties_chunked_spans_index_the_text(
    extractor: quotex.Extractor, paragraphs: list[str], blank: bool
) -> None:
    """Parsed in small chunks, an article's spans still index the whole text."""
    text = ("\n\n" if blank else "\n").join(paragraphs)
    [record] = analyse_texts(extractor.parser.pipe, analyse, [(text, "doc")], limit=80, marks=6)
    assert_indexes(text, "doc", record)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_properties_normalize_one_for_one(text: str) -> None:
    """Normalising keeps the length, leaves nothing it replaces, and is idempotent."""
    clean = normalize(text)
    assert len(clean) == len(text)
    assert not any(ord(c) in REPLACEMENTS for c in clean)
    assert normalize(clean) == clean
    for original, seen in zip(text, clean, strict=True):
        assert seen == original or ord(original) in REPLACEMENTS


@pytest.mark.parametrize(("max_chars", "max_run"), [(20, 5), (50, 300), (3000, 300)])
@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_properties_paragraph_spans_are_bounded(text: str, max_chars: int, max_run: int) -> None:
    """Paragraphs are in order, trimmed, no longer than the cap, and hold every non-space character."""
    found = paragraph_spans(text, max_chars=max_chars, max_run=max_run)
    previous = 0
    for start, end in found:
        assert previous <= start < end <= len(text)
        assert end - start <= max_chars
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end
    covered = [False] * len(text)
    for start, end in found:
        covered[start:end] = [True] * (end - start)
    assert all(covered[i] for i, c in enumerate(text) if not c.isspace())


@settings(max_examples=150, deadline=None)
@given(paragraphs=st.lists(adversarial, max_size=10), limit=st.integers(1, 200), marks=st.integers(0, 10))
def test_properties_chunks_align_with_paragraphs(paragraphs: list[str], limit: int, marks: int) -> None:
    """Chunks are in order, start and end on paragraph bounds, and cover every paragraph."""
    text = "\n\n".join(paragraphs)
    chunks = chunk_spans(text, limit, marks)
    if chunks == [(0, len(text))]:
        return
    bounds = paragraph_spans(text)
    starts, ends = {s for s, _ in bounds}, {e for _, e in bounds}
    assert all(start in starts and end in ends for start, end in chunks)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(chunks))
    assert [p for p in bounds if any(s <= p[0] and p[1] <= e for s, e in chunks)] == bounds
