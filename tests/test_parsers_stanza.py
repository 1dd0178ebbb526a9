"""Tests of the stanza adapter: hand-built stanza Documents, and the real pipeline when its models are installed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

stanza = pytest.importorskip("stanza")

from stanza.utils.conll import CoNLL  # noqa: E402

from quotex.errors import ModelNotFoundError, ParseError  # noqa: E402
from quotex.model import Document  # noqa: E402
from quotex.parsers import load_parser  # noqa: E402
from quotex.parsers.conllu import read_conllu  # noqa: E402
from quotex.parsers.stanza_parser import (  # noqa: E402
    StanzaParser,
    document_from_stanza,
    document_from_stanza_paragraphs,
    models_installed,
)

SAID = Path(__file__).parent / "data" / "said.conllu"
NO_MODELS = "stanza English models not installed (needs stanza.download('en'))"


def word(
    i: int | tuple[int, int],
    text: str,
    head: int | None = None,
    deprel: str | None = None,
    span: tuple[int, int] | None = None,
    ner: str | None = None,
    upos: str = "X",
    xpos: str = "X",
    lemma: str | None = None,
) -> dict[str, Any]:
    """A stanza token dict; tuple ids make multi-word tokens, whose words carry no span or NER."""
    entry: dict[str, Any] = {"id": i, "text": text}
    if not isinstance(i, tuple) and head is not None:
        entry.update(lemma=lemma or text.lower(), upos=upos, xpos=xpos, head=head, deprel=deprel)
    if span is not None:
        entry.update(start_char=span[0], end_char=span[1])
    if ner is not None:
        entry["ner"] = ner
    return entry


def he_said(start: int = 0) -> list[list[dict[str, Any]]]:
    """'Jane Smith said no.' with offsets from ``start``."""
    s = start
    return [
        [
            word(1, "Jane", 2, "compound", (s, s + 4), "B-PERSON", "PROPN", "NNP", "Jane"),
            word(2, "Smith", 3, "nsubj", (s + 5, s + 10), "E-PERSON", "PROPN", "NNP", "Smith"),
            word(3, "said", 0, "root", (s + 11, s + 15), "O", "VERB", "VBD", "say"),
            word(4, "no", 3, "obj", (s + 16, s + 18), "O", "INTJ", "UH"),
            word(5, ".", 3, "punct", (s + 18, s + 19), "O", "PUNCT", "."),
        ]
    ]


def assert_offsets_index_text(doc: Document) -> None:
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text


def test_stanza_hand_built_document_converts():
    """Offsets, heads, deprels, lemmas and tags of a hand-built stanza Document carry over."""
    doc = document_from_stanza(stanza.Document(he_said(), text="Jane Smith said no."), doc_id="d1")
    assert doc.id == "d1" and doc.text == "Jane Smith said no."
    assert [(t.text, t.start, t.end) for t in doc.tokens] == [
        ("Jane", 0, 4),
        ("Smith", 5, 10),
        ("said", 11, 15),
        ("no", 16, 18),
        (".", 18, 19),
    ]
    said = doc.tokens[2]
    assert said.is_root and said.deprel == "root" and said.children == (1, 3, 4)
    assert (said.lemma, said.upos, said.tag) == ("say", "VERB", "VBD")
    assert [(t.head, t.deprel) for t in doc.tokens[:2]] == [(1, "compound"), (2, "nsubj")]


def test_stanza_sentences_index_document_tokens():
    """Heads of a later sentence point into that sentence, not the first one."""
    then_left = [word(1, "Then", 2, "advmod", (20, 24), "O"), word(2, "left", 0, "root", (25, 29), "O")]
    sentences = [*he_said(), then_left]
    doc = document_from_stanza(stanza.Document(sentences, text="Jane Smith said no. Then left"))
    assert [(s.first, s.last) for s in doc.sentences] == [(0, 5), (5, 7)]
    assert doc.tokens[5].head == 6 and doc.tokens[6].is_root


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PERSON", "E-PERSON", "O"], [("PERSON", "Ann Lee")]),
        (["S-PERSON", "S-PERSON", "O"], [("PERSON", "Ann"), ("PERSON", "Lee")]),
        (["B-ORG", "I-ORG", "E-ORG"], [("ORG", "Ann Lee spoke")]),
        (["O", "O", "S-GPE"], [("GPE", "spoke")]),
        ([None, None, None], []),
    ],
)
def test_stanza_bioes_entities(tags, expected):
    """Token NER tags in BIOES become entities: S alone, B..I..E joined, O or no tag outside."""
    sentence = [
        word(1, "Ann", 2, "compound", (0, 3), tags[0]),
        word(2, "Lee", 3, "nsubj", (4, 7), tags[1]),
        word(3, "spoke", 0, "root", (8, 13), tags[2]),
    ]
    doc = document_from_stanza(stanza.Document([sentence], text="Ann Lee spoke"))
    assert [(e.label, doc.text[e.start : e.end]) for e in doc.entities] == expected


def test_stanza_paragraph_offset_added():
    """Offsets relative to a paragraph are shifted by the paragraph's start in the article."""
    text = "Headline here.\n\nJane Smith said no."
    paragraph = stanza.Document(he_said(), text="Jane Smith said no.")
    doc = document_from_stanza(paragraph, text, doc_id="p", offset=16)
    assert [(t.text, t.start) for t in doc.tokens][:2] == [("Jane", 16), ("Smith", 21)]
    assert_offsets_index_text(doc)
    assert doc.sentences[0].paragraph == 1
    assert [(p.start, p.end) for p in doc.paragraphs] == [(0, 14), (16, 35)]


def test_stanza_several_paragraphs_convert_into_one_document():
    """``document_from_stanza_paragraphs`` joins per-paragraph parses, each at its own offset."""
    text = "Jane Smith said no.\n\nJane Smith said no."
    first = stanza.Document(he_said(), text="Jane Smith said no.")
    second = stanza.Document(he_said(), text="Jane Smith said no.")
    doc = document_from_stanza_paragraphs(text, [(first, 0), (second, 21)], doc_id="two")
    assert [t.start for t in doc.tokens if t.text == "said"] == [11, 32]
    assert [s.paragraph for s in doc.sentences] == [0, 1]
    assert [(e.start, e.end) for e in doc.entities] == [(0, 10), (21, 31)]


def test_stanza_multiword_token_split_into_words():
    """A multi-word token whose words spell it out (don't = do + n't) gives each word its own piece."""
    sentence = [
        word(1, "I", 3, "nsubj", (0, 1), "O"),
        word((2, 3), "don't", span=(2, 7), ner="O"),
        word(2, "do", 4, "aux", upos="AUX", xpos="VBP"),
        word(3, "n't", 4, "advmod", upos="PART", xpos="RB", lemma="not"),
        word(4, "know", 0, "root", (8, 12), "O"),
    ]
    sentence[0]["head"] = 4
    doc = document_from_stanza(stanza.Document([sentence], text="I don't know"))
    assert [(t.text, t.start, t.end) for t in doc.tokens] == [("I", 0, 1), ("do", 2, 4), ("n't", 4, 7), ("know", 8, 12)]
    assert [t.head for t in doc.tokens] == [3, 3, 3, 3]
    assert doc.tokens[2].lemma == "not"


def test_stanza_multiword_token_fallback_keeps_first_word():
    """When words do not spell out the token (du = de + le), the first word takes it and the rest are dropped."""
    sentence = [
        word(1, "parle", 0, "root", (0, 5), "O"),
        word((2, 3), "du", span=(6, 8), ner="O"),
        word(2, "de", 4, "case", upos="ADP"),
        word(3, "le", 4, "det", upos="DET"),
        word(4, "livre", 1, "obl", (9, 14), "O"),
    ]
    doc = document_from_stanza(stanza.Document([sentence], text="parle du livre"))
    assert [t.text for t in doc.tokens] == ["parle", "du", "livre"]
    du = doc.tokens[1]
    assert (du.start, du.end, du.lemma, du.upos, du.head, du.deprel) == (6, 8, "de", "ADP", 2, "case")
    assert doc.tokens[2].children == (1,)


def test_stanza_multiword_token_words_share_its_entity():
    """All words of a multi-word token fall inside the token's entity."""
    sentence = [
        word(1, "saw", 0, "root", (0, 3), "O"),
        word((2, 3), "Ann's", span=(4, 9), ner="S-PERSON"),
        word(2, "Ann", 1, "obj"),
        word(3, "'s", 2, "case"),
    ]
    doc = document_from_stanza(stanza.Document([sentence], text="saw Ann's"))
    assert [(e.label, e.first, e.last) for e in doc.entities] == [("PERSON", 1, 3)]


def test_stanza_document_without_offsets_is_aligned_to_text():
    """Tokens without start_char/end_char (e.g. from CoNLL.conll2doc) are placed in order in the given text."""
    stanza_doc = CoNLL.conll2doc(input_str=SAID.read_text(encoding="utf-8"))
    reference = read_conllu(SAID)
    doc = document_from_stanza(stanza_doc, reference.text, doc_id="said")
    assert doc == reference


def test_stanza_written_conllu_reads_back():
    """CoNLL-U written by stanza (offsets and NER in MISC) reads back into the same document."""
    stanza_doc = stanza.Document(he_said(), text="Jane Smith said no.")
    doc = document_from_stanza(stanza_doc, doc_id="rt")
    assert read_conllu(f"{stanza_doc:C}", "rt", text="Jane Smith said no.") == doc


def test_stanza_token_not_in_text_raises():
    """A token whose offsets do not index its text is a ParseError naming the document."""
    stanza_doc = stanza.Document(he_said(), text="Jane Smith said no.")
    with pytest.raises(ParseError, match=r"document 'bad': stanza token 'Jane'"):
        document_from_stanza(stanza_doc, "John Smith said no.", doc_id="bad")


def test_stanza_document_without_text_raises():
    """A stanza Document with no text and no ``text=`` is a ParseError."""
    stanza_doc = CoNLL.conll2doc(input_str=SAID.read_text(encoding="utf-8"))
    with pytest.raises(ParseError, match="has no text"):
        document_from_stanza(stanza_doc, doc_id="none")


class FakePipeline:
    """Stands in for stanza.Pipeline: one sentence per paragraph, the first word its root."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def bulk_process(self, texts: list[str]) -> list[Any]:
        self.batches.append(texts)
        docs = []
        for text in texts:
            matches = list(re.finditer(r"\w+|[^\w\s]", text))
            sentence = [
                word(n, m.group(), 0 if n == 1 else 1, "root" if n == 1 else "dep", m.span(), "O")
                for n, m in enumerate(matches, 1)
            ]
            docs.append(stanza.Document([sentence], text=text))
        return docs


def test_stanza_parser_pipe_parses_each_paragraph_in_order():
    """``pipe`` sends each article's paragraphs to stanza and yields documents in input order at article offsets."""
    fake = FakePipeline()
    parser = StanzaParser(pipeline=fake)
    articles = [("One said.\n\nTwo said.", "a"), ("", "empty"), ("Three\nFour", "b")]
    docs = list(parser.pipe(articles))
    assert [d.id for d in docs] == ["a", "empty", "b"]
    assert fake.batches == [["One said.", "Two said."], ["Three", "Four"]]
    a, empty, b = docs
    assert [(s.start, s.end, s.paragraph) for s in a.sentences] == [(0, 9, 0), (11, 20, 1)]
    assert_offsets_index_text(a)
    assert empty.tokens == () and empty.text == ""
    assert [t.start for t in b.tokens] == [0, 6]
    assert parser("One said.", "single").tokens[0].is_root


def test_stanza_parser_missing_models_raise_model_not_found(tmp_path):
    """Without models, StanzaParser raises ModelNotFoundError saying how to download them and to try spaCy."""
    with pytest.raises(ModelNotFoundError) as caught:
        StanzaParser(dir=str(tmp_path))
    message = str(caught.value)
    assert "stanza.download('en')" in message and "--parser spacy" in message and str(tmp_path) in message
    assert isinstance(caught.value, OSError)


def test_stanza_load_parser_passes_options(tmp_path):
    """``load_parser('stanza', ...)`` builds a StanzaParser with the given options."""
    with pytest.raises(ModelNotFoundError, match=r"stanza\.download"):
        load_parser("stanza", dir=str(tmp_path))
    assert isinstance(load_parser("stanza", pipeline=FakePipeline()), StanzaParser)


def test_stanza_models_installed_is_false_for_empty_dir(tmp_path):
    """``models_installed`` reports an empty model directory as lacking models."""
    assert not models_installed("en", str(tmp_path))


@pytest.mark.skipif(not models_installed("en"), reason=NO_MODELS)
def test_stanza_real_pipeline_parses_article():
    """The installed English pipeline gives offsets into the article, paragraphs, roots and a PERSON entity."""
    parser = StanzaParser()
    text = "“We will win,” said Jane Smith on Monday.\n\nShe left for Paris."
    doc = parser(text, "real")
    assert doc.id == "real" and doc.text == text
    assert_offsets_index_text(doc)
    assert len(doc.paragraphs) == 2
    assert doc.sentences[-1].paragraph == 1
    for sentence in doc.sentences:
        assert sum(t.is_root for t in doc.sentence_tokens(sentence)) >= 1
    assert ("PERSON", "Jane Smith") in [(e.label, text[e.start : e.end]) for e in doc.entities]
    assert [d.id for d in parser.pipe([(text, "x"), ("Hello.", "y")])] == ["x", "y"]
