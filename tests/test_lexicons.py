"""Tests of the word lists in quotex/lexicons/ (above all the reporting verbs) and of their loader."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import quotex
from quotex import lexicons
from quotex.lexicons import CLASSES, CONTENT_CUES, LEXICONS, REPORTING_VERBS, load_pairs, load_table

# The classes the header of reporting_verbs.txt documents.
REPORTING_VERB_CLASSES = {"speech", "stance", "report", "cognition", "evidence"}
# Lexicons where an entry may have several classes (read with load_pairs).
MANY_CLASS = {"content_cues"}
WORD = re.compile(r"[a-z]+")


def read(name: str) -> str:
    return resources.files("quotex.lexicons").joinpath(f"{name}.txt").read_text(encoding="utf-8")


def raw_entries(name: str) -> list[tuple[str, str]]:
    """``(entry, class)`` for every non-comment line of ``<name>.txt``, read without the loader."""
    rows = []
    for line in read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entry, kind = line.rsplit(None, 1)
            rows.append((" ".join(entry.lower().split()), kind))
    return rows


def header(name: str) -> str:
    """The comment lines of ``<name>.txt``, where its classes are documented."""
    return "\n".join(line for line in read(name).splitlines() if line.lstrip().startswith("#"))


def test_lexicons_reporting_verbs_load_every_line() -> None:
    """REPORTING_VERBS holds exactly the file's entries and classes, among them the common cue verbs."""
    assert dict(raw_entries("reporting_verbs")) == REPORTING_VERBS
    assert len(raw_entries("reporting_verbs")) == len(REPORTING_VERBS)
    assert {"say", "tell", "add", "write", "announce", "claim", "deny", "believe"} <= set(REPORTING_VERBS)
    assert len(REPORTING_VERBS) >= 55


def test_lexicons_reporting_verbs_are_lower_case_single_words() -> None:
    """Every reporting verb is one lower-case word, as the rules compare it with a lower-cased lemma."""
    assert [entry for entry, _ in raw_entries("reporting_verbs") if not WORD.fullmatch(entry)] == []


def test_lexicons_reporting_verb_classes_are_documented() -> None:
    """Reporting verbs use exactly the documented classes, each explained in the file's header."""
    assert CLASSES["reporting_verbs"] == REPORTING_VERB_CLASSES
    assert {kind for _, kind in raw_entries("reporting_verbs")} == REPORTING_VERB_CLASSES
    for kind in REPORTING_VERB_CLASSES:
        assert re.search(rf"^#\s+{kind}\s+-", header("reporting_verbs"), re.MULTILINE), kind


def test_lexicons_reporting_verbs_are_lemmas(extractor: quotex.Extractor) -> None:
    """Every reporting verb is a verb base form that spaCy's English lemmatizer knows (``say``, not ``said``);
    every content cue a verb, noun or adjective base form."""
    lemmatizer = extractor.parser.nlp.get_pipe("lemmatizer")  # type: ignore[attr-defined]
    known = lemmatizer.lookups.get_table("lemma_index")["verb"]
    assert not {"said", "told", "added", "says"} & set(known)  # the index holds base forms only
    assert [verb for verb in REPORTING_VERBS if verb not in known] == []
    index = lemmatizer.lookups.get_table("lemma_index")
    assert [cue for cue in CONTENT_CUES if not any(cue in index[pos] for pos in ("verb", "noun", "adj"))] == []


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicons_no_duplicates(name: str) -> None:
    """No entry is listed twice (in any letter case); in a many-class lexicon, no (entry, class) pair."""
    rows = raw_entries(name)
    keys = rows if name in MANY_CLASS else [entry for entry, _ in rows]
    assert len(keys) == len(set(keys)), sorted({str(k) for k in keys if keys.count(k) > 1})


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicons_load_every_line(name: str) -> None:
    """The loader returns exactly the entries and classes of the file."""
    rows = raw_entries(name)
    if name in MANY_CLASS:
        grouped: dict[str, set[str]] = {}
        for entry, kind in rows:
            grouped.setdefault(entry, set()).add(kind)
        assert load_pairs(name) == {entry: frozenset(kinds) for entry, kinds in grouped.items()}
    else:
        assert load_table(name) == dict(rows)


@pytest.mark.parametrize("name", [name for name in LEXICONS if CLASSES[name] is not None])
def test_lexicons_classes_from_documented_set(name: str) -> None:
    """Every class a lexicon uses is one quotex.lexicons.CLASSES allows, and each allowed class is documented."""
    allowed = CLASSES[name]
    assert allowed is not None
    assert {kind for _, kind in raw_entries(name)} <= allowed
    for kind in allowed:
        assert re.search(rf"\b{re.escape(kind)}\b", header(name)), f"{name}.txt does not document class {kind!r}"


@pytest.fixture
def lexicon_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary package, new for each test, that the loader reads ``<name>.txt`` from instead of quotex.lexicons."""
    name = "fake_lexicons_" + re.sub(r"\W", "_", tmp_path.name)
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(lexicons, "__package__", name)
    yield package
    sys.modules.pop(name, None)


def test_lexicons_load_table_reads_entries_and_comments(lexicon_package: Path) -> None:
    """Comments and blank lines are skipped, entries lower-cased, multi-word entries kept whole."""
    (lexicon_package / "words.txt").write_text(
        "# a comment\n\nSay        speech   # trailing comment\npoint  out  speech\n", encoding="utf-8"
    )
    assert load_table.__wrapped__("words") == {"say": "speech", "point out": "speech"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("say  speech\ntell\n", r"words\.txt line 2: expected 'entry  class'", id="no-class"),
        pytest.param("say  speech\nSAY  stance\n", r"words\.txt line 2: 'say' is listed twice", id="duplicate"),
        pytest.param("say  speech\ntell  speach\n", r"words\.txt line 2: class 'speach' is not one of", id="bad-class"),
    ],
)
def test_lexicons_load_table_rejects_malformed_lines(
    lexicon_package: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    """A line with no class, an entry listed twice or a class not allowed raises ValueError naming file and line."""
    monkeypatch.setitem(CLASSES, "words", frozenset({"speech", "stance"}))
    (lexicon_package / "words.txt").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_table.__wrapped__("words")


def test_lexicons_load_pairs_rejects_repeated_pair(lexicon_package: Path) -> None:
    """In a many-class lexicon an entry may repeat with another class, but not with the same one."""
    (lexicon_package / "cues.txt").write_text("cite  object\ncall  for\ncall  object\nCall  for\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues\.txt line 4: 'call' 'for' is listed twice"):
        load_pairs.__wrapped__("cues")
