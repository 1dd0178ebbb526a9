"""The fast attribute ruler and cached lemmatizer give exactly what spaCy's own components give.

Hand-made rules on a blank pipeline pin down the semantics (rule order, several
tokens, negative index, every predicate); the installed English pipeline is then
run with and without the fast components on written sentences that trigger its
word-specific rules (contractions, ``gonna``, ``there is``, pronouns, spaces).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from quotex.parsers import spacy_fast
from quotex.parsers.spacy_fast import CachedLemmatizer, FastAttributeRuler, Unsupported, speed_up
from quotex.parsers.spacy_parser import load_model

ATTRS = [POS, MORPH, LEMMA, TAG, DEP]

RULES: list[dict[str, Any]] = [
    {"patterns": [[{"LOWER": "the"}, {"LOWER": "bank"}]], "attrs": {"LEMMA": "first"}, "index": 1},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "bank", "TAG": "NN"}]], "attrs": {"POS": "PROPN", "LEMMA": "second"}},
    {"patterns": [[{"LOWER": "the"}, {"LOWER": "bank"}]], "attrs": {"POS": "X"}, "index": -1},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Plur"}},
    {"patterns": [[{"LOWER": {"REGEX": "^ba"}}, {"DEP": {"IN": ["punct"]}}]], "attrs": {"LEMMA": "!"}, "index": 0},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "DT", ""]}}]], "attrs": {"MORPH": "Degree=Pos"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"LOWER": {"IN": ["run", "ran"]}, "TAG": "VBD"}], [{"ORTH": "Ran"}]], "attrs": {"LEMMA": "run"}},
    {"patterns": [[{"DEP": "nsubj"}, {"TAG": {"IN": ["VBD", "VBZ"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
]

WORDS = ["The", "bank", "ran", ".", "\n", "A", "bank", "bank", "Ran", "the", "bank", "bank", "!"]
TAGS = ["DT", "NN", "VBD", ".", "SP", "DT", "NN", "NN", "VBD", "DT", "NN", "NN", "."]
HEADS = [1, 2, 2, 2, 3, 6, 8, 8, 8, 10, 11, 8, 8]
DEPS = ["det", "nsubj", "ROOT", "punct", "dep", "det", "compound", "nsubj", "ROOT", "det", "compound", "dobj", "punct"]

# Every word-specific rule of the English pipeline's attribute ruler that news text may hit.
SENTENCES = [
    "I ain't gonna say it, but y'all know we gotta go. Let's go, c'mon!",
    "There is a cat and there were dogs; it's what they'd have done.",
    "He'd said nothin' doin', 'nuff of 'em, ol' friend. Somethin' goin' on.",
    "She gets it and he got it. Did they do it? They did, and had it done.",
    "Everyone, nobody, anything: none of those who were there would've known.",
    "This and that, these and those: here, then, once, well.  Not now!\n\nThe end.",
    'It "works", he said, whether or not the senators agree. I, me, you, us, them, myself.',
    "He won't, can't and shan't; she ca n't. Was it been? Being so, am I?",
]

# News sentences with names, titles, organizations and reported speech: entities and parses.
NEWS = [
    "Secretary of State John Kerry told reporters in Geneva on Tuesday that talks with Iran would resume.",
    '"We will not back down," said Sen. Elizabeth Warren, a Democrat from Massachusetts.',
    "According to two officials familiar with the matter, the Pentagon briefed the White House last week.",
    "A major in the Syrian armed forces, who spoke on condition of anonymity, told Sputnik Arabic "
    "that 300 fighters had left Aleppo.",
]


def apply_stock(words: list[str], rules: list[dict[str, Any]]) -> Doc:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    return ruler(Doc(nlp.vocab, words=list(words), tags=TAGS, heads=HEADS, deps=DEPS))


def apply_fast(words: list[str], rules: list[dict[str, Any]]) -> Doc:
    nlp = spacy.blank("en")
    ruler = FastAttributeRuler(nlp.vocab)
    ruler.set_patterns(rules)
    return ruler(Doc(nlp.vocab, words=list(words), tags=TAGS, heads=HEADS, deps=DEPS))


def test_fast_ruler_same_as_stock_on_handmade_rules() -> None:
    """Later rules win attribute by attribute, whether they span one token or several."""
    stock, fast = apply_stock(WORDS, RULES), apply_fast(WORDS, RULES)
    assert (fast.to_array(ATTRS) == stock.to_array(ATTRS)).all()
    assert [t.pos_ for t in fast][:3] == ["", "X", "VERB"]  # two-token rule 3 overrides rules 1-2
    assert [t.lemma_ for t in fast][9:12] == ["", "second", "!"]  # rule 2 overrides two-token rule 0, rule 5 it
    assert str(fast[1].morph) == "Number=Plur"


@pytest.mark.parametrize("order", [1, -1])
def test_fast_ruler_same_as_stock_in_any_rule_order(order: int) -> None:
    """Reversing the rules changes the result, identically in both."""
    rules = RULES[::order]
    stock, fast = apply_stock(WORDS, rules), apply_fast(WORDS, rules)
    assert (fast.to_array(ATTRS) == stock.to_array(ATTRS)).all()


def test_fast_ruler_cache_gives_same_result_twice() -> None:
    nlp = spacy.blank("en")
    ruler = FastAttributeRuler(nlp.vocab)
    ruler.set_patterns(RULES)
    first = ruler(Doc(nlp.vocab, words=WORDS, tags=TAGS, heads=HEADS, deps=DEPS)).to_array(ATTRS)
    assert ruler.cache
    second = ruler(Doc(nlp.vocab, words=WORDS, tags=TAGS, heads=HEADS, deps=DEPS)).to_array(ATTRS)
    assert (first == second).all()
    ruler.trim(0)
    assert ruler.cache == {}


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "?"}],
        [{"LEMMA": "be"}],
        [{"LOWER": {"FUZZY": "bank"}}],
        [{"_": {"flag": True}}],
    ],
)
def test_fast_ruler_refuses_what_it_does_not_reproduce(pattern: list[dict[str, Any]]) -> None:
    """Operators, other attributes and predicates are refused; speed_up then keeps the stock ruler."""
    nlp = spacy.blank("en")
    with pytest.raises(Unsupported):
        FastAttributeRuler(nlp.vocab).set_patterns([{"patterns": [pattern], "attrs": {"POS": "X"}}])
    nlp.add_pipe("attribute_ruler").add_patterns([{"patterns": [pattern], "attrs": {"POS": "X"}}])
    assert speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_fast_ruler_refuses_lexical_attributes() -> None:
    """The stock ruler also sets lexical attributes (NORM, LOWER) on the shared lexeme: not reproduced."""
    nlp = spacy.blank("en")
    with pytest.raises(Unsupported):
        FastAttributeRuler(nlp.vocab).set_patterns([{"patterns": [[{"LOWER": "a"}]], "attrs": {"NORM": "an"}}])


@pytest.fixture(scope="module")
def pipelines() -> Iterator[tuple[Any, Any]]:
    """The installed English pipeline as shipped, and with the fast components."""
    yield load_model(fast=False), load_model()


@pytest.mark.model
def test_speed_up_replaces_both_components(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert "verb" in fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")


@pytest.mark.model
def test_fast_pipeline_same_annotations_as_stock(pipelines: tuple[Any, Any]) -> None:
    """Parts of speech, morphology, lemmas, tags, dependencies and entities are those of the
    stock pipeline (blis's matrix products and spaCy's own components)."""
    stock, fast = pipelines

    def annotations(doc: Doc) -> list[tuple[Any, ...]]:
        return [
            (t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc
        ]

    texts = [*SENTENCES, *NEWS]
    for _ in range(2):  # the second time from the caches
        for ref, doc in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
            assert annotations(doc) == annotations(ref)


@pytest.mark.model
def test_fast_pipeline_uses_numpy_products(pipelines: tuple[Any, Any]) -> None:
    stock, fast = pipelines
    assert all(not getattr(fast.get_pipe(name).model.ops, "use_blis", True) for name in ("tok2vec", "parser", "ner"))
    assert all(getattr(stock.get_pipe(name).model.ops, "use_blis", False) for name in ("tok2vec", "parser", "ner"))


@pytest.mark.model
def test_fast_pipeline_word_rules_fire(pipelines: tuple[Any, Any]) -> None:
    """The sentences do reach the word-specific and multi-token rules (else the comparison proves little)."""
    _, fast = pipelines
    doc = fast(SENTENCES[0])
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["ai"], lemmas["gon"], lemmas["na"], lemmas["y'"], lemmas["'s"]) == ("be", "go", "to", "you", "us")
    assert [t.pos_ for t in fast("There is a cat.")][:2] == ["PRON", "VERB"]


@pytest.mark.model
def test_cached_lemmatizer_trim(pipelines: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its limit the cache (and the stock one behind it) is emptied; lemmas stay right."""
    _, fast = pipelines
    lemmatizer = fast.get_pipe("lemmatizer")
    monkeypatch.setattr(spacy_fast, "CACHE_LIMIT", 2)
    doc = fast("The senators said they had voted twice for the bills.")
    assert len(lemmatizer.cache) <= 2
    assert [t.lemma_ for t in doc][1:3] == ["senator", "say"]
    assert doc[-2].lemma_ == "bill"
    lemmatizer.trim(0)
    assert lemmatizer.cache == {} and lemmatizer.base.cache == {}


@pytest.mark.model
def test_cached_lemmatizer_keys_on_morphology(pipelines: tuple[Any, Any]) -> None:
    """One word, one part of speech, two morphologies: two lemmas, as from the stock lemmatizer."""
    stock, fast = pipelines
    words = ["data", "data", "better", "better"]
    pos = ["NOUN", "NOUN", "ADJ", "ADJ"]
    morphs = ["Number=Sing", "Number=Plur", "Degree=Pos", "Degree=Cmp"]

    def lemmas(nlp: Any) -> list[str]:
        doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
        return [t.lemma_ for t in nlp.get_pipe("lemmatizer")(doc)]

    assert lemmas(fast) == lemmas(stock) == ["data", "datum", "better", "well"]
