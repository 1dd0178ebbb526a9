"""Shared fixtures: the real spaCy pipeline (loaded once per session) and hand-written CoNLL-U parses.

Rule tests are written once per pattern and run on two backends through the
``parse`` fixture: ``conllu`` reads a parse written by hand in the test (no
model), ``spacy`` parses the same text with the installed English pipeline.

Hand-written parses use a shorthand of CoNLL-U: one word a line, the columns
``ID FORM LEMMA UPOS XPOS HEAD DEPREL MISC`` separated by white space (FEATS and
DEPS are always ``_`` and are filled in). Full ten-column rows are accepted too.
Each sentence starts with a ``# text =`` comment, which also gives the article
text; ``# newpar`` starts a paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import quotex
from quotex.model import Document
from quotex.parsers.conllu import read_conllu

SHORT_COLUMNS = 8  # ID FORM LEMMA UPOS XPOS HEAD DEPREL MISC


def conllu_text(source: str) -> str:
    """Full tab-separated CoNLL-U from the shorthand described in the module docstring."""
    lines = []
    for raw in source.strip("\n").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            lines.append(line)
            continue
        cols = line.split()
        if len(cols) == SHORT_COLUMNS:
            cols = [*cols[:5], "_", cols[5], cols[6], "_", cols[7]]
        lines.append("\t".join(cols))
    return "\n".join(lines) + "\n"


def conllu_document(source: str, doc_id: str = "t") -> Document:
    """A Document from a hand-written (shorthand) CoNLL-U parse."""
    return read_conllu(conllu_text(source), doc_id)


@pytest.fixture(scope="session")
def extractor() -> Iterator[quotex.Extractor]:
    """The real spaCy pipeline, loaded once for the whole session."""
    yield quotex.Extractor()


@pytest.fixture
def conllu() -> Callable[[str], Document]:
    """Build a Document from hand-written CoNLL-U (shorthand or full)."""
    return conllu_document


@pytest.fixture(params=[pytest.param("spacy", marks=pytest.mark.model), "conllu"])
def parse(request: pytest.FixtureRequest) -> Callable[[str], Document]:
    """Parse a hand-written CoNLL-U case: as written (``conllu``), or its text with spaCy (``spacy``)."""
    if request.param == "conllu":
        return conllu_document
    spacy_extractor = request.getfixturevalue("extractor")

    def with_spacy(source: str, doc_id: str = "t") -> Document:
        text = conllu_document(source, doc_id).text
        return spacy_extractor.parser(text, doc_id)

    return with_spacy


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that loads the spaCy pipeline with ``model``."""
    for item in items:
        if "extractor" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)
