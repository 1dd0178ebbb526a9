"""Tests of the source lexicons on their own: source nouns, quantifiers, titles, anonymity phrases,
outlets and outlet words, audiences, channels, first names and given names (the loader and the
generic checks are in test_lexicons.py)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

import quotex
from quotex import lexicons
from quotex.lexicons import (
    ANONYMITY_PHRASES,
    AUDIENCES,
    CHANNELS,
    CLASSES,
    FIRST_NAMES,
    OUTLET_WORDS,
    OUTLETS,
    QUANTIFIERS,
    SOURCE_NOUNS,
    TITLES,
    load_table,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "lexicons.md"
SOURCE_LEXICONS = (
    "source_nouns",
    "quantifiers",
    "titles",
    "anonymity_phrases",
    "outlets",
    "outlet_words",
    "audiences",
    "channels",
    "first_names",
    "given_names",
)
WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def header(name: str) -> str:
    text = resources.files("quotex.lexicons").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if line.startswith("#"))


@pytest.mark.parametrize("name", SOURCE_LEXICONS)
def test_lexicons_sources_are_registered(name: str) -> None:
    """Each source lexicon is listed in quotex.lexicons.CLASSES and loads as a non-empty table."""
    assert name in lexicons.LEXICONS
    assert lexicons.load_table(name)


@pytest.mark.parametrize("name", SOURCE_LEXICONS)
def test_lexicons_sources_documented_in_docs(name: str) -> None:
    """docs/lexicons.md has a section on each source lexicon that names each of its classes."""
    docs = DOCS.read_text(encoding="utf-8")
    match = re.search(rf"^## `{name}\.txt`$(.*?)(?=^## |\Z)", docs, re.MULTILINE | re.DOTALL)
    assert match, f"docs/lexicons.md has no section '## `{name}.txt`'"
    for kind in CLASSES[name] or ():
        assert f"`{kind}`" in match.group(1), f"docs/lexicons.md does not explain class {kind!r} of {name}.txt"


def test_lexicons_sources_reporting_verbs_documented_in_docs() -> None:
    """docs/lexicons.md also describes reporting_verbs.txt, which the source rules read."""
    assert "## `reporting_verbs.txt`" in DOCS.read_text(encoding="utf-8")


# Source nouns that are the word as written, not the lemmatizer's base form: spaCy lemmatizes
# "media" to "medium", and the reading of a mention falls back to the word itself.
WORD_FORMS = frozenset({"media"})


def test_lexicons_sources_source_nouns_are_nouns(extractor: quotex.Extractor) -> None:
    """Every source noun is a noun base form the lemmatizer knows, or one its rules make of the
    plural ("superdelegates" -> "superdelegate"), or one of :data:`WORD_FORMS`, whose own lemma is
    another word; the pronoun-like words live apart."""
    nlp = extractor.parser.nlp  # type: ignore[attr-defined]
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    unknown = [noun for noun in SOURCE_NOUNS if noun not in index["noun"] and noun not in WORD_FORMS]
    for noun in unknown:  # its own base form, and its plural's
        doc = nlp(f"The {noun} and the {noun}s said so.")
        assert (doc[1].lemma_, doc[4].lemma_) == (noun, noun)
    assert all(extractor.parser.nlp(f"The {word} said so.")[1].lemma_ != word for word in WORD_FORMS)
    assert not set(SOURCE_NOUNS) & set(QUANTIFIERS)


def test_lexicons_sources_source_nouns_cover_the_issue_examples() -> None:
    """The nouns of the reference article and of the examples have the class their rule needs."""
    assert {SOURCE_NOUNS[n] for n in ("source", "official", "spokesman")} == {"source"}
    assert (SOURCE_NOUNS["major"], SOURCE_NOUNS["senator"]) == ("person", "person")
    assert (SOURCE_NOUNS["critic"], SOURCE_NOUNS["crowd"]) == ("people", "group")
    assert (SOURCE_NOUNS["campaign"], SOURCE_NOUNS["report"], SOURCE_NOUNS["police"]) == (
        "organization",
        "document",
        "institution",
    )
    assert (SOURCE_NOUNS["percent"], SOURCE_NOUNS["handful"]) == ("share", "count")
    assert (QUANTIFIERS["some"], QUANTIFIERS["someone"], QUANTIFIERS["both"]) == ("group", "person", "anaphor")


def test_lexicons_sources_titles_map_to_roles() -> None:
    """Every title maps to a one-word role noun or to "honorific"; the examples of the issue are titles."""
    assert [t for t, role in TITLES.items() if not re.fullmatch(r"[a-z]+", role)] == []
    assert TITLES["col."] == "colonel" and TITLES["gen."] == "general" and TITLES["sen."] == "senator"
    assert TITLES["dr."] == "doctor"
    assert {TITLES[t] for t in ("mr.", "mrs.", "ms.")} == {"honorific"}


def test_lexicons_sources_titles_are_written_as_in_text() -> None:
    """Titles are lower-case words, abbreviations with their full stop ("lt. gen."), no leading article."""
    pattern = re.compile(r"[a-z]+\.?(?:[ -][a-z]+\.?)*")
    assert [t for t in TITLES if not pattern.fullmatch(t) or t.startswith("the ")] == []


def test_lexicons_sources_anonymity_phrases_are_words_and_wildcards() -> None:
    """Phrases are lower-case words (or "*", never at an edge); the issue's four cues are listed."""
    for phrase in ANONYMITY_PHRASES:
        words = phrase.split()
        assert words[0] != "*" and words[-1] != "*", phrase
        assert all(w == "*" or re.fullmatch(r"[a-z'-]+", w) for w in words), phrase
    assert ANONYMITY_PHRASES["on condition of anonymity"] == "condition"
    assert ANONYMITY_PHRASES["asked not to be named"] == "not_named"
    assert ANONYMITY_PHRASES["not authorized to speak"] == "not_authorized"
    assert ANONYMITY_PHRASES["familiar with the matter"] == "familiar"


def test_lexicons_sources_outlets_are_names_without_article() -> None:
    """Outlet names are lower case, with no leading "the"; the agencies and networks of the issue are in."""
    assert [o for o in OUTLETS if o.startswith("the ")] == []
    assert {"sputnik", "cnn", "associated press", "ap", "reuters"} <= set(OUTLETS)
    assert OUTLETS["sputnik"] == "agency" and OUTLETS["cnn"] == "broadcaster"


def test_lexicons_sources_outlet_words_audiences_channels() -> None:
    """Outlet words, audiences and channels hold the patterns and examples of the issue."""
    assert OUTLET_WORDS["newspaper"] == "noun" and OUTLET_WORDS["times"] == "name"
    assert {"news agency", "broadcaster"} <= set(OUTLET_WORDS)
    assert (AUDIENCES["reporter"], AUDIENCES["crowd"]) == ("press", "public")
    assert (CHANNELS["statement"], CHANNELS["twitter"], CHANNELS["news conference"]) == ("written", "social", "event")
    assert all(WORDS.fullmatch(entry) for table in (OUTLET_WORDS, AUDIENCES, CHANNELS) for entry in table)


def test_lexicons_sources_first_names() -> None:
    """First names are single lower-case words marked m or f."""
    assert all(re.fullmatch(r"[a-z]+", name) for name in FIRST_NAMES)
    assert (FIRST_NAMES["hillary"], FIRST_NAMES["bill"]) == ("f", "m")


def test_lexicons_sources_given_names_join_the_first_names() -> None:
    """The generated given names give a sex to names the hand-made list lacks ("tyrone", "maryam"),
    leave out names of both sexes, and the hand-made entries stay ("kelly", which the generated
    list leaves out as a name of both sexes)."""
    given, curated = load_table("given_names"), load_table("first_names")
    assert len(given) > 5000
    assert ("tyrone" in curated, "maryam" in curated) == (False, False)
    assert (FIRST_NAMES["tyrone"], FIRST_NAMES["maryam"]) == ("m", "f")
    assert not {"jordan", "taylor", "lindsey", "kelly"} & set(given)
    assert FIRST_NAMES["kelly"] == curated["kelly"] == "f"
