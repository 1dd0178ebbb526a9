"""How the spaCy adapter batches paragraphs: bounded in count and characters, without changing any parse."""

from __future__ import annotations

import copy

import pytest

import quotex
from quotex.parsers.spacy_parser import _batches

TEXTS = [
    '"We will not back down," the mayor said on Tuesday.\n\nCritics disagreed.',
    "The minister told reporters that the plan was sound. Nobody asked why.\n\nShe left.",
    "A very long paragraph. " * 40 + '\n\n"It ain\'t over," he said.',
]


@pytest.mark.parametrize(("size", "chars"), [(1, 1000), (3, 1000), (256, 10), (256, 25), (2, 25), (256, 10_000)])
def test_batches_bounded_and_in_order(size: int, chars: int) -> None:
    items = [("x" * length, n) for n, length in enumerate([5, 30, 10, 10, 4, 1, 12, 0, 8])]
    batches = list(_batches(items, size, chars))
    assert [item for batch in batches for item in batch] == items
    for batch in batches:
        assert 0 < len(batch) <= size
        assert len(batch) == 1 or sum(len(text) for text, _ in batch) <= chars  # a longer text goes alone


def test_batches_empty() -> None:
    assert list(_batches([], 4, 100)) == []


def test_spacy_batching_does_not_change_documents(extractor: quotex.Extractor) -> None:
    """One paragraph a batch, or a few characters a batch, gives the documents the default batching gives."""
    items = [(text, f"t{n}") for n, text in enumerate(TEXTS)]
    expected = list(extractor.parser.pipe(items))
    for size, chars in [(1, 1_000_000), (256, 40), (2, 200)]:
        parser = copy.copy(extractor.parser)
        parser.batch_size, parser.batch_chars = size, chars  # type: ignore[attr-defined]
        assert list(parser.pipe(items)) == expected
