"""Acceptance on the reference article: quotex against fixtures/hameema.gold.json, with the real spaCy pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotex
from quotex import ArticleRecord, QuoteRecord

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLD: dict[str, Any] = json.loads((FIXTURES / "hameema.gold.json").read_text(encoding="utf-8"))
GOLD_QUOTES: list[dict[str, Any]] = GOLD["quotes"]


@pytest.fixture(scope="module")
def article(extractor: quotex.Extractor) -> ArticleRecord:
    """The reference article run through the real pipeline once."""
    return extractor.article((FIXTURES / "hameema.txt").read_text(encoding="utf-8"), "hameema")


def by_start(article: ArticleRecord, start: int) -> QuoteRecord:
    [record] = [q for q in article.quotes if q.quote.start == start]
    return record


def speaker_mention(record: QuoteRecord) -> tuple[int, int, str]:
    assert record.speaker is not None
    return record.speaker.start, record.speaker.end, record.speaker.text


def test_hameema_fixture_is_gold_text() -> None:
    """The article in fixtures/hameema.txt is the text the gold annotations index."""
    assert (FIXTURES / "hameema.txt").read_text(encoding="utf-8") == GOLD["text"]


def test_hameema_exactly_the_gold_quotes(article: ArticleRecord) -> None:
    """quotex finds exactly the 7 gold quotes, with the gold offsets, texts and types, and nothing else."""
    found = [(q.quote.start, q.quote.end, q.quote.text, q.type) for q in article.quotes]
    gold = [(g["quote"]["start"], g["quote"]["end"], g["quote"]["text"], g["type"]) for g in GOLD_QUOTES]
    assert len(gold) == 7
    assert found == gold


@pytest.mark.parametrize("gold", GOLD_QUOTES, ids=[f"quote@{g['quote']['start']}" for g in GOLD_QUOTES])
def test_hameema_cue_and_speaker_mention(article: ArticleRecord, gold: dict[str, Any]) -> None:
    """Each gold quote has the gold cue and the gold local speaker mention, offsets and text."""
    record = by_start(article, gold["quote"]["start"])
    assert record.cue is not None
    assert (record.cue.start, record.cue.end, record.cue.text) == (
        gold["cue"]["start"],
        gold["cue"]["end"],
        gold["cue"]["text"],
    )
    mention = gold["speaker_mention"]
    assert speaker_mention(record) == (mention["start"], mention["end"], mention["text"])


def test_hameema_speakers_group_as_gold(article: ArticleRecord) -> None:
    """Quotes share an entity exactly when their gold speakers are the same source."""
    entities: dict[str, set[str]] = {}
    for gold in GOLD_QUOTES:
        record = by_start(article, gold["quote"]["start"])
        assert record.speaker is not None
        entities.setdefault(gold["speaker"], set()).add(record.speaker.entity)
    assert all(len(found) == 1 for found in entities.values()), entities
    assert len(set.union(*entities.values())) == len(entities) == 2, entities


def test_hameema_pronouns_resolve_to_the_anonymous_major(article: ArticleRecord) -> None:
    """Both ``he`` mentions and ``The Syrian major`` resolve to the source introduced as ``The source, a major ...``."""
    text = GOLD["text"]
    intro = by_start(article, text.index("the Syrian ground forces"))
    assert intro.speaker is not None and intro.speaker.text == "The source, a major in the Syrian armed forces"
    hes = [q for q in article.quotes if q.speaker is not None and q.speaker.text == "he"]
    assert [text[q.speaker.start : q.speaker.end] for q in hes if q.speaker] == ["he", "he"]
    major = by_start(article, text.index("the assault had been preceded"))
    assert major.speaker is not None and major.speaker.text == "The Syrian major"
    for record in [*hes, major]:
        assert record.speaker is not None
        assert record.speaker.entity == intro.speaker.entity
        assert record.speaker.name is None  # the major is never named


def test_hameema_he_added_resolves_to_rudskoy(article: ArticleRecord) -> None:
    """``He added`` and ``Rudskoy said`` resolve to Col. Gen. Sergei Rudskoy, named "Sergei Rudskoy"."""
    text = GOLD["text"]
    he_added = by_start(article, text.index("the terrorists from the city of Raqqa"))
    assert he_added.speaker is not None
    assert (he_added.speaker.text, he_added.speaker.start) == ("He", text.index("He added"))
    rudskoy = [q for q in article.quotes if q.speaker is not None and q.speaker.name == "Sergei Rudskoy"]
    assert [q.speaker.text.split(",")[0] for q in rudskoy if q.speaker] == ["Col. Gen. Sergei Rudskoy", "Rudskoy", "He"]
    assert {q.speaker.entity for q in rudskoy if q.speaker} == {he_added.speaker.entity}


def test_hameema_sources_hold_every_mention(article: ArticleRecord) -> None:
    """The anonymous source holds all five gold mentions, including the first, which has no quote."""
    anonymous = [s for s in article.sources if s.name is None and len(s.mentions) > 1]
    [source] = anonymous
    assert [m.text for m in source.mentions] == GOLD["speakers"]["anonymous-1"]["mentions"]
    for mention in source.mentions:
        assert GOLD["text"][mention.start : mention.end] == mention.text


def test_hameema_scare_quote_not_reported(article: ArticleRecord) -> None:
    """The scare quote ``"southern gates"`` is in no reported quote."""
    [not_quote] = GOLD["not_quotes"]
    assert GOLD["text"][not_quote["start"] : not_quote["end"]] == '"southern gates"'
    for record in article.quotes:
        assert record.quote.end <= not_quote["start"] or record.quote.start >= not_quote["end"]
