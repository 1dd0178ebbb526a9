"""Tests of quotex.quotemarks: pairing quotation marks in plain text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.errors import InputError
from quotex.quotemarks import MIN_UNCLOSED_WORDS, Quotation, find_quotations
from quotex.text import paragraph_spans

STYLES = [
    pytest.param('"', '"', id="straight-double"),
    pytest.param("“", "”", id="curly-double"),
    pytest.param("«", "»", id="guillemets"),
    pytest.param("„", "“", id="german"),
    pytest.param("„", "”", id="german-english-close"),
    pytest.param("‘", "’", id="curly-single"),
    pytest.param("‹", "›", id="single-guillemets"),
    pytest.param("'", "'", id="straight-single"),
]


def contents(text: str, quotations: list[Quotation]) -> list[str]:
    return [text[q.content_start : q.content_end] for q in quotations]


@pytest.mark.parametrize(("open_mark", "close_mark"), STYLES)
def test_quotemarks_finds_each_style(open_mark: str, close_mark: str) -> None:
    """Each mark style yields one quotation with the right offsets and marks."""
    text = f"She said {open_mark}we will win, again{close_mark} on Monday."
    [quotation] = find_quotations(text)
    assert text[quotation.content_start : quotation.content_end] == "we will win, again"
    assert text[quotation.start : quotation.end] == f"{open_mark}we will win, again{close_mark}"
    assert (quotation.open_mark, quotation.close_mark) == (open_mark, close_mark)
    assert quotation.paragraphs == (0,)
    assert quotation.pieces == ((quotation.content_start, quotation.content_end),)
    assert quotation.depth == 0


@pytest.mark.parametrize(("open_mark", "close_mark"), STYLES)
def test_quotemarks_two_quotations_in_one_sentence(open_mark: str, close_mark: str) -> None:
    """A quotation split by its attribution gives two quotations, in order."""
    text = f"{open_mark}Q,{close_mark} he said, {open_mark}Q2.{close_mark}"
    found = find_quotations(text)
    assert contents(text, found) == ["Q,", "Q2."]
    assert [q.depth for q in found] == [0, 0]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq’s Mosul fell.",
        "I don’t know.",
        "Music of the ’90s.",
        "Music of the '90s and the ‘80s.",
        "Rock ’n’ roll, rock 'n' roll and rock ‘n’ roll.",
        "The players’ union met.",
        "The Joneses' house and Jones' car.",
        "'Tis the season, ’tis true, ‘tis so.",
        "Give 'em hell, give ’em hell.",
        "He's 6'2 and she isn't.",
    ],
)
def test_quotemarks_apostrophes_are_not_marks(text: str) -> None:
    """Apostrophes (inside words, elisions, possessives) make no quotation."""
    assert find_quotations(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("‘The players’ union is strong,’ he said.", "The players’ union is strong,"),
        ("‘Iraq’s Mosul fell in the ’90s,’ he said.", "Iraq’s Mosul fell in the ’90s,"),
        ("‘I love rock ’n’ roll,’ he said.", "I love rock ’n’ roll,"),
        ("She said: 'I don't know,' and left.", "I don't know,"),
        ("'I met Jones' brother,' she said.", "I met Jones' brother,"),
        ("He said, “Iraq’s army won’t stop.”", "Iraq’s army won’t stop."),
    ],
)
def test_quotemarks_apostrophes_inside_quotation(text: str, content: str) -> None:
    """An apostrophe inside a quotation does not close it."""
    assert contents(text, find_quotations(text)) == [content]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("“He said ‘no’ to me,” she said.", "He said ‘no’ to me,", "no"),
        ("‘He said “no” to me,’ she said.", "He said “no” to me,", "no"),
        ("\"He said 'no' to me,\" she said.", "He said 'no' to me,", "no"),
        ("'He said \"no\" to me,' she said.", 'He said "no" to me,', "no"),
        ("«Il a dit ‹non› hier», dit-elle.", "Il a dit ‹non› hier", "non"),
        ("„Er sagte ‹nein› dazu“, sagte sie.", "Er sagte ‹nein› dazu", "nein"),
    ],
)
def test_quotemarks_nesting(text: str, outer: str, inner: str) -> None:
    """A quotation inside another is returned too, at depth 1, after its outer one."""
    found = find_quotations(text)
    assert contents(text, found) == [outer, inner]
    assert [q.depth for q in found] == [0, 1]


def test_quotemarks_nesting_three_deep() -> None:
    """Depth counts every enclosing quotation."""
    text = "“One said ‘two said «three» there’ here”"
    assert [q.depth for q in find_quotations(text)] == [0, 1, 2]


@pytest.mark.parametrize(("open_mark", "close_mark"), STYLES)
def test_quotemarks_multi_paragraph_quotation(open_mark: str, close_mark: str) -> None:
    """Paragraphs that each open with a mark, only the last closing, make one quotation."""
    text = f"{open_mark}Para one.\n\n{open_mark}Para two.\n\n{open_mark}Para three.{close_mark} he said."
    [quotation] = find_quotations(text)
    assert quotation.paragraphs == (0, 1, 2)
    assert [text[a:b] for a, b in quotation.pieces] == ["Para one.", "Para two.", "Para three."]
    assert quotation.content_start == 1
    assert text[quotation.content_end :] == f"{close_mark} he said."
    assert quotation.close_mark == close_mark


def test_quotemarks_multi_paragraph_two_pieces() -> None:
    """The example from the brief: two paragraphs, one quotation, two pieces."""
    text = "“Para one.\n\n“Para two.”"
    [quotation] = find_quotations(text)
    assert quotation.pieces == ((1, 10), (13, 22))
    assert (quotation.start, quotation.end, quotation.content_start, quotation.content_end) == (0, 23, 1, 22)


def test_quotemarks_multi_paragraph_line_per_paragraph() -> None:
    """The convention also holds when each line is a paragraph (no blank lines)."""
    text = "He said: “We will fight.\n“And we will win,” he added.\nThe end."
    [quotation] = find_quotations(text)
    assert quotation.paragraphs == (0, 1)
    assert [text[a:b] for a, b in quotation.pieces] == ["We will fight.", "And we will win,"]


def test_quotemarks_multi_paragraph_needs_same_style() -> None:
    """A next paragraph opening with a different mark does not continue the quotation."""
    text = "“We will fight them all.\n\n«And win.» he said."
    found = find_quotations(text)
    assert contents(text, found) == ["We will fight them all.", "And win."]
    assert [q.close_mark for q in found] == ["", "»"]
    assert [q.paragraphs for q in found] == [(0,), (1,)]


def test_quotemarks_unclosed_quotation_ends_with_its_paragraph() -> None:
    """A mark never closed gives a quotation that stops at its paragraph end."""
    text = "He said “we will go there soon.\n\nThen he left, ” she said."
    [quotation] = find_quotations(text)
    assert text[quotation.content_start : quotation.content_end] == "we will go there soon."
    assert quotation.close_mark == ""
    assert quotation.end == quotation.content_end == text.index("\n")


@pytest.mark.parametrize("text", ["He said “ok.\n\nThen he left.", "He said “two words", "“", "A “ b"])
def test_quotemarks_short_unclosed_quotation_dropped(text: str) -> None:
    """An unclosed quotation with fewer than MIN_UNCLOSED_WORDS words is dropped."""
    assert MIN_UNCLOSED_WORDS == 3
    assert find_quotations(text) == []


@pytest.mark.parametrize("text", ["” stray, then “ok” here", "» stray, then «ok» here", "' then 'ok' here"])
def test_quotemarks_stray_closing_mark_ignored(text: str) -> None:
    """A closing mark with nothing open is ignored."""
    assert contents(text, find_quotations(text)) == ["ok"]


def test_quotemarks_closing_mark_drops_unclosed_inner_mark() -> None:
    """A mark opened inside a quotation and never closed is dropped when the outer one closes."""
    text = "“He said ‘so and so and so,” she said."
    found = find_quotations(text)
    assert contents(text, found) == ["He said ‘so and so and so,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Q," he said, "Q2."', ["Q,", "Q2."]),
        ('He said:"Yes" and left.', ["Yes"]),
        ('("Yes") and - "no"', ["Yes", "no"]),
        ('"Hi" "there"', ["Hi", "there"]),
        ('a"b"c', ["b"]),
    ],
)
def test_quotemarks_straight_double_direction(text: str, expected: list[str]) -> None:
    """Straight double quotes open or close according to the characters around them."""
    assert contents(text, find_quotations(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["“One two three\n\nfour five six”", "“One two three\n\nfour ‘five six’ seven”"],
)
def test_quotemarks_never_cross_paragraph_break(text: str) -> None:
    """Without the opening mark in the next paragraph, no quotation spans the break."""
    for quotation in find_quotations(text):
        assert "\n" not in text[quotation.start : quotation.end]


def test_quotemarks_given_paragraphs() -> None:
    """Explicit paragraphs are used as given; marks outside them are ignored."""
    text = "“outside” | “inside one” | “inside two”"
    paragraphs = [(12, 24), (27, len(text))]
    found = find_quotations(text, paragraphs)
    assert contents(text, found) == ["inside one", "inside two"]
    assert [q.paragraphs for q in found] == [(0,), (1,)]


@pytest.mark.parametrize("paragraphs", [[(5, 3)], [(0, 10), (5, 12)], [(0, 100)], [(-1, 2)]])
def test_quotemarks_bad_paragraphs_raise(paragraphs: list[tuple[int, int]]) -> None:
    """Paragraph spans out of order or outside the text raise an InputError (a ValueError)."""
    with pytest.raises(InputError, match="paragraph"):
        find_quotations("“Some text here” he said.", paragraphs)
    with pytest.raises(ValueError):
        find_quotations("“Some text here” he said.", paragraphs)


def test_quotemarks_empty_text() -> None:
    """Empty text has no quotations."""
    assert find_quotations("") == []


MARKS = '"“”„«»‘’‹›' + "'"
_ALPHABET = st.sampled_from([*MARKS, "a", "b", "S", "n", "9", " ", " ", "\n", "\n\n", ",", ".", "-", "("])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_quotemarks_invariants_on_random_text(text: str) -> None:
    """On any mix of marks, letters and breaks: no error, sane offsets, nesting and paragraphs."""
    spans = paragraph_spans(text)
    found = find_quotations(text)
    assert found == sorted(found, key=lambda q: q.start)
    outer_end = -1
    for q in found:
        assert 0 <= q.start <= q.content_start <= q.content_end <= q.end <= len(text)
        assert text[q.start] == q.open_mark
        assert q.close_mark == "" or text[q.end - 1] == q.close_mark
        assert q.pieces[0][0] == q.content_start
        assert q.pieces[-1][1] == q.content_end
        assert len(q.pieces) == len(q.paragraphs)
        assert list(q.paragraphs) == list(range(q.paragraphs[0], q.paragraphs[-1] + 1))
        for (a, b), p in zip(q.pieces, q.paragraphs, strict=True):
            assert q.content_start <= a <= b <= q.content_end
            assert spans[p][0] <= a <= b <= spans[p][1]
        assert spans[q.paragraphs[0]][0] <= q.start
        assert q.end <= spans[q.paragraphs[-1]][1]
        if q.depth == 0:
            assert q.start >= outer_end
            outer_end = q.end
        else:
            enclosing = [o for o in found if o is not q and o.start < q.start and q.end <= o.end]
            assert len(enclosing) == q.depth
