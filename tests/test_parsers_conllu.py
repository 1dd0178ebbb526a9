"""Tests of the CoNLL-U adapter, on hand-written parses (no model needed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quotex.errors import ParseError
from quotex.model import Document
from quotex.parsers.conllu import iob_from_tag, multiword_spans, read_conllu, read_conllu_documents

DATA = Path(__file__).parent / "data"
SAID = DATA / "said.conllu"
SAID_TEXT = "“We will win,” said Jane Smith, the mayor. Crowds cheered.\n\nShe didn't stay in Paris."


def conllu(*rows: str) -> str:
    """CoNLL-U text from rows whose columns are separated by runs of spaces."""
    lines = [row if row.startswith("#") or not row else "\t".join(row.split()) for row in rows]
    return "\n".join(lines) + "\n"


HE_SAID = conllu(
    "# text = He said it.",
    "1 He he PRON PRP _ 2 nsubj _ _",
    "2 said say VERB VBD _ 0 ROOT _ _",
    "3 it it PRON PRP _ 2 dobj _ SpaceAfter=No",
    "4 . . PUNCT . _ 2 punct _ _",
)


def assert_offsets_index_text(doc: Document) -> None:
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text
    for entity in doc.entities:
        assert (entity.start, entity.end) == (doc.tokens[entity.first].start, doc.tokens[entity.last - 1].end)


def test_conllu_rebuilds_text_from_text_comments_and_space_after():
    """The text joins ``# text`` comments (or forms and SpaceAfter=No) with spaces, paragraphs with a blank line."""
    doc = read_conllu(SAID)
    assert doc.text == SAID_TEXT
    assert doc.id == "said"
    assert [s.start for s in doc.sentences] == [0, 43, 60]


def test_conllu_offsets_index_text():
    """Every token's and entity's offsets index the document text."""
    doc = read_conllu(SAID)
    assert_offsets_index_text(doc)
    assert [t.text for t in doc.sentence_tokens(doc.sentences[1])] == ["Crowds", "cheered", "."]


def test_conllu_heads_and_children():
    """1-based HEAD columns become document indexes; 0 makes a root; children are filled in."""
    doc = read_conllu(SAID)
    said = doc.tokens[6]
    assert said.text == "said" and said.is_root and said.deprel == "root"
    assert [doc.tokens[c].text for c in said.children] == ["win", "Smith", "."]
    assert doc.head(doc.tokens[7]).text == "Smith"
    assert [t.text for t in doc.subtree(doc.tokens[8])] == ["Jane", "Smith", ",", "the", "mayor"]
    cheered = doc.tokens[14]
    assert cheered.is_root and cheered.children == (13, 15)


def test_conllu_columns_map_to_token_fields():
    """LEMMA, UPOS, XPOS and DEPREL fill lemma, upos, tag and a lower-cased deprel."""
    doc = read_conllu(HE_SAID, "he-said")
    said, it = doc.tokens[1], doc.tokens[2]
    assert (said.lemma, said.upos, said.tag, said.deprel) == ("say", "VERB", "VBD", "root")
    assert (it.lemma, it.upos, it.tag, it.deprel) == ("it", "PRON", "PRP", "dobj")
    assert doc.id == "he-said"


def test_conllu_paragraphs_from_newpar():
    """``# newpar`` starts a paragraph; sentences record which one holds them."""
    doc = read_conllu(SAID)
    assert [(p.start, p.end) for p in doc.paragraphs] == [(0, 58), (60, 85)]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]


def test_conllu_without_newpar_is_one_paragraph():
    """A file without ``# newpar`` is one paragraph covering the whole text."""
    doc = read_conllu(HE_SAID + "\n" + HE_SAID)
    assert doc.text == "He said it. He said it."
    assert [(p.start, p.end) for p in doc.paragraphs] == [(0, len(doc.text))]
    assert [s.paragraph for s in doc.sentences] == [0, 0]


def test_conllu_sentence_without_text_comment_uses_forms():
    """Without ``# text``, forms are joined by spaces except after SpaceAfter=No."""
    source = conllu(
        "1 Yes yes INTJ UH _ 0 root _ SpaceAfter=No",
        "2 , , PUNCT , _ 1 punct _ _",
        "3 indeed indeed ADV RB _ 1 advmod _ SpaceAfter=No",
        "4 ! ! PUNCT . _ 1 punct _ _",
    )
    assert read_conllu(source).text == "Yes, indeed!"


def test_conllu_entities_from_bioes_misc():
    """MISC ``ner=`` BIOES tags become entities: B+E join, S stands alone."""
    doc = read_conllu(SAID)
    assert [(e.label, doc.text[e.start : e.end]) for e in doc.entities] == [("PERSON", "Jane Smith"), ("GPE", "Paris")]
    assert doc.tokens[7].ent == "PERSON" and doc.tokens[6].ent == ""


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["NER=B-PERSON", "NER=I-PERSON", "NER=O"], [("PERSON", "Ann Lee")]),
        (["NE=B-ORG", "NE=B-ORG", "_"], [("ORG", "Ann"), ("ORG", "Lee")]),
        (["NE=PERSON", "NE=PERSON", "NE=GPE"], [("PERSON", "Ann Lee"), ("GPE", "spoke")]),
        (["ner=S-PERSON", "ner=S-PERSON", "ner=O"], [("PERSON", "Ann"), ("PERSON", "Lee")]),
    ],
)
def test_conllu_entity_tag_styles(tags, expected):
    """BIO, BIOES and bare-label tags under NER=, NE= or ner= give the expected entities."""
    source = conllu(
        f"1 Ann Ann PROPN NNP _ 2 compound _ {tags[0]}",
        f"2 Lee Lee PROPN NNP _ 3 nsubj _ {tags[1]}",
        f"3 spoke speak VERB VBD _ 0 root _ {tags[2]}",
    )
    doc = read_conllu(source)
    assert [(e.label, doc.text[e.start : e.end]) for e in doc.entities] == expected


def test_conllu_multiword_token_splits_its_surface():
    """Words of a range line that spell out its form get their own pieces of it."""
    doc = read_conllu(SAID)
    did, nt = doc.tokens[17], doc.tokens[18]
    assert (did.text, did.start, did.end) == ("did", 64, 67)
    assert (nt.text, nt.start, nt.end, nt.lemma) == ("n't", 67, 70, "not")
    assert nt.head == 19


def test_conllu_multiword_token_fallback_keeps_first_word():
    """When words do not spell out the form (du = de + le), the first word takes it and the rest are dropped."""
    source = conllu(
        "# text = Il parle du livre.",
        "1 Il il PRON PRP _ 2 nsubj _ _",
        "2 parle parler VERB VBZ _ 0 root _ _",
        "3-4 du _ _ _ _ _ _ _ _",
        "3 de de ADP IN _ 5 case _ _",
        "4 le le DET DT _ 5 det _ _",
        "5 livre livre NOUN NN _ 2 obl _ SpaceAfter=No",
        "6 . . PUNCT . _ 2 punct _ _",
    )
    doc = read_conllu(source)
    assert [t.text for t in doc.tokens] == ["Il", "parle", "du", "livre", "."]
    du = doc.tokens[2]
    assert (du.lemma, du.upos, du.head, du.deprel) == ("de", "ADP", 3, "case")
    assert_offsets_index_text(doc)


def test_conllu_multiword_token_shares_its_entity_tag():
    """A range line's entity tag covers all its words."""
    source = conllu(
        "# text = Saw Ann's",
        "1 Saw see VERB VBD _ 0 root _ _",
        "2-3 Ann's _ _ _ _ _ _ _ ner=S-PERSON",
        "2 Ann Ann PROPN NNP _ 1 obj _ _",
        "3 's 's PART POS _ 2 case _ _",
    )
    doc = read_conllu(source)
    assert [(e.label, doc.text[e.start : e.end]) for e in doc.entities] == [("PERSON", "Ann's")]


def test_conllu_empty_nodes_are_skipped():
    """Empty nodes (IDs like 4.1) are not tokens."""
    doc = read_conllu(SAID)
    assert "stayed" not in [t.text for t in doc.tokens]
    assert len(doc.tokens) == 23


@pytest.mark.parametrize(
    "misc",
    [
        ["start_char=3|end_char=5", "start_char=6|end_char=10", "SpaceAfter=No|start_char=11|end_char=13"],
        ["TokenRange=3:5", "TokenRange=6:10", "TokenRange=11:13"],
        ["_", "_", "SpaceAfter=No"],
    ],
)
def test_conllu_given_text_keeps_its_offsets(misc):
    """With ``text=``, tokens take their MISC offsets (stanza's or TokenRange) or follow one another in it."""
    text = "\n\n He said it \n"
    source = conllu(
        f"1 He he PRON PRP _ 2 nsubj _ {misc[0]}",
        f"2 said say VERB VBD _ 0 root _ {misc[1]}",
        f"3 it it PRON PRP _ 2 obj _ {misc[2]}",
    )
    doc = read_conllu(source, "given", text=text)
    assert doc.text == text
    assert [(t.text, t.start, t.end) for t in doc.tokens] == [("He", 3, 5), ("said", 6, 10), ("it", 11, 13)]
    assert [(p.start, p.end) for p in doc.paragraphs] == [(3, 13)]


def test_conllu_given_text_mismatch_raises():
    """A token that is not at its place in the given text is a ParseError naming its line."""
    with pytest.raises(ParseError, match=r"document 'x', line 3: token 'said'"):
        read_conllu(HE_SAID, "x", text="He says it.")


def test_conllu_text_comment_mismatch_raises():
    """A token missing from its sentence's ``# text`` is a ParseError naming its line."""
    source = HE_SAID.replace("# text = He said it.", "# text = He told it.")
    with pytest.raises(ParseError, match=r"line 3: token 'said' does not match the sentence text"):
        read_conllu(source, "x")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("3 it it PRON PRP _ 2 obj _", r"line 4: expected 10 tab-separated columns, found 9"),
        ("3 it it PRON PRP _ two obj _ _", r"line 4: HEAD 'two' is not an integer"),
        ("3 it it PRON PRP _ 7 obj _ _", r"line 4: HEAD 7 is outside the sentence \(1..4, or 0 for the root\)"),
        ("3 it it PRON PRP _ -1 obj _ _", r"line 4: HEAD -1 is outside the sentence"),
        ("4 it it PRON PRP _ 2 obj _ _", r"line 4: expected word ID 3, found '4'"),
        (
            "3-5 it. _ _ _ _ _ _ _ _\n3 it it PRON PRP _ 2 obj _ _",
            r"line 4: range 3-5 runs past the sentence's 4 words",
        ),
    ],
)
def test_conllu_malformed_line_raises_parse_error(row, message):
    """Malformed lines raise ParseError naming the document and the 1-based line number."""
    lines = HE_SAID.splitlines()
    lines[3] = "\n".join("\t".join(part.split()) for part in row.split("\n"))
    with pytest.raises(ParseError, match=r"CoNLL-U document 'bad', " + message):
        read_conllu("\n".join(lines), "bad")


def test_conllu_error_names_the_file(tmp_path):
    """Errors in a file read from a path name that path."""
    path = tmp_path / "broken.conllu"
    path.write_text("1\tHe\the\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"CoNLL-U document 'broken' \(.*broken.conllu\), line 1"):
        read_conllu(path, "broken")


def test_conllu_parse_error_is_a_value_error():
    """ParseError can be caught as ValueError by callers that do not know quotex."""
    with pytest.raises(ValueError):
        read_conllu("1\tHe\n")


def test_conllu_reads_strings_paths_and_streams():
    """The CoNLL-U text itself, a path and an open file give the same document."""
    content = SAID.read_text(encoding="utf-8")
    with SAID.open(encoding="utf-8") as stream:
        from_stream = read_conllu(stream)
    assert read_conllu(content) == read_conllu(SAID) == from_stream == read_conllu(io.StringIO(content))


def test_conllu_documents_split_at_newdoc():
    """``read_conllu_documents`` yields one document per ``# newdoc``, ids from the comment or numbered."""
    source = "# newdoc id = first\n" + HE_SAID + "\n# newdoc\n" + HE_SAID + "\n# newdoc\n" + HE_SAID
    docs = list(read_conllu_documents(source, "batch"))
    assert [d.id for d in docs] == ["first", "batch-2", "batch-3"]
    assert all(d.text == "He said it." for d in docs)


def test_conllu_read_conllu_rejects_several_documents():
    """``read_conllu`` refuses a source holding several documents and names the function to use."""
    source = HE_SAID + "\n# newdoc\n" + HE_SAID
    with pytest.raises(ParseError, match=r"holds 2 documents .*read_conllu_documents"):
        read_conllu(source)


def test_conllu_empty_input_gives_empty_document():
    """Input with no sentences gives a document with no text and no tokens."""
    doc = read_conllu("", "empty")
    assert (doc.text, doc.tokens, doc.paragraphs) == ("", (), ())


@pytest.mark.parametrize(
    ("surface", "words", "spans"),
    [
        ("said", ["said"], [(10, 14)]),
        ("don't", ["do", "n't"], [(10, 12), (12, 15)]),
        ("du", ["de", "le"], [(10, 12), (12, 12)]),
    ],
)
def test_conllu_multiword_spans(surface, words, spans):
    """``multiword_spans`` splits a token among words that spell it out, else gives it all to the first."""
    assert multiword_spans(surface, 10, words) == spans


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("S-PERSON", ("B", "PERSON")),
        ("B-ORG", ("B", "ORG")),
        ("I-ORG", ("I", "ORG")),
        ("E-ORG", ("I", "ORG")),
        ("O", ("O", "")),
        (None, ("O", "")),
        ("GPE", ("I", "GPE")),
    ],
)
def test_conllu_iob_from_tag(tag, expected):
    """BIOES tags map to spaCy-style B/I/O plus a label."""
    assert iob_from_tag(tag) == expected
