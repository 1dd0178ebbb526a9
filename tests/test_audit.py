"""Tests of the sourcing audit (quotex.audit, ``quotex audit``): exact figures on hand-made article records,
input detection, the table, JSON and CSV outputs, and the real pipeline on the reference article."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import quotex
from quotex import audit, cli
from quotex.records import ArticleRecord, Evidence, QuoteRecord, SourceRecord, Span, Speaker, to_dict

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# A hand-made article: one source of each kind, two of them anonymous, and one quote with no speaker.
TEXT = (
    'Jane Smith, the mayor, said the budget is balanced. "We cut waste and kept every school open," '
    "Smith told the Daily Planet.\n\n"
    "The city council said in a statement that taxes would not rise.\n\n"
    "A city official, who asked not to be named, told CNN that the deal was nearly done.\n\n"
    "Residents said the roads are worse than ever.\n\n"
    '"Nobody listens," read a sign.'
)


def span(phrase: str, text: str = TEXT, *, within: str | None = None) -> Span:
    """The span of ``phrase`` in ``text``: its first occurrence, or its first one inside ``within``."""
    start = text.index(phrase, text.index(within)) if within else text.index(phrase)
    return Span(start, start + len(phrase), phrase)


SMITH = dict(entity="jane-smith", name="Jane Smith", kind="person", anonymous=False)
COUNCIL = dict(entity="city-council", name="city council", kind="organization", anonymous=False)
OFFICIAL = dict(entity="unnamed-1", name=None, kind="unnamed_person", anonymous=True)
RESIDENTS = dict(entity="unnamed-2", name=None, kind="unnamed_group", anonymous=True)


def quote(
    content: str,
    cue: str,
    mention: str | Span | None,
    source: dict[str, Any] | None,
    *,
    doc_id: str = "hand",
    text: str = TEXT,
    outlet: str | None = None,
    type: str = "indirect",
) -> QuoteRecord:
    speaker = None
    if mention is not None and source is not None:
        where = mention if isinstance(mention, Span) else span(mention, text)
        speaker = Speaker(where.start, where.end, where.text, **source)
    return QuoteRecord(
        doc_id=doc_id,
        quote=span(content, text),
        fragments=(),
        type=type,
        cue=span(cue, text),
        speaker=speaker,
        rule="hand",
        sentence=0,
        paragraph=0,
        outlet=None if outlet is None else span(outlet, text),
    )


def source(spec: dict[str, Any], *mentions: str, text: str = TEXT, **fields: Any) -> SourceRecord:
    return SourceRecord(
        spec["entity"],
        spec["kind"],
        spec["name"],
        tuple(span(m, text) for m in mentions),
        anonymous=spec["anonymous"],
        **fields,
    )


def hand_article() -> dict[str, Any]:
    record = ArticleRecord(
        "hand",
        (
            quote("the budget is balanced", "said", "Jane Smith, the mayor", SMITH),  # 4 words
            quote(
                "We cut waste and kept every school open,",
                "told",
                span("Smith", within="Smith told"),
                SMITH,
                outlet="the Daily Planet",
                type="direct",
            ),  # 8
            quote("taxes would not rise", "said in", "The city council", COUNCIL),  # 4
            quote("the deal was nearly done", "told CNN", "A city official", OFFICIAL, outlet="CNN"),  # 5
            quote("the roads are worse than ever", "said the roads", "Residents", RESIDENTS),  # 6
            quote("Nobody listens,", "read", None, None, type="direct"),  # 2
        ),
        (
            source(SMITH, "Jane Smith, the mayor"),
            source(COUNCIL, "The city council"),
            source(
                OFFICIAL,
                "A city official",
                description=span("A city official"),
                evidence=(Evidence(*attrs_of(span("who asked not to be named")), "not_named"),),
            ),
            source(RESIDENTS, "Residents"),
        ),
    )
    return to_dict(record)


def attrs_of(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


def second_article() -> dict[str, Any]:
    """Another article quoting Jane Smith (so she joins across articles) and an anonymous aide."""
    text = 'Jane Smith said the vote was fair. "It was rigged," an aide said.'
    aide = dict(entity="unnamed-1", name=None, kind="unnamed_person", anonymous=True)
    q = [
        quote("the vote was fair", "said", "Jane Smith", SMITH, doc_id="second", text=text),  # 4
        quote("It was rigged,", "said.", "an aide", aide, doc_id="second", text=text, type="direct"),  # 3
    ]
    sources = (source(SMITH, "Jane Smith", text=text), source(aide, "an aide", text=text))
    return to_dict(ArticleRecord("second", tuple(q), sources))


def counts(sources: int, quotes: int, words: int, whole: tuple[int, int, int]) -> dict[str, Any]:
    """The figures of one group, shares computed as the audit does."""
    return {
        "sources": sources,
        "quotes": quotes,
        "words": words,
        "source_share": sources / whole[0] if whole[0] else None,
        "quote_share": quotes / whole[1] if whole[1] else None,
        "word_share": words / whole[2] if whole[2] else None,
    }


def test_audit_words_are_runs_of_letters_with_inner_hyphens_and_apostrophes() -> None:
    """Words are counted without punctuation; ``don't`` and ``ez-Zor`` are one word each."""
    assert audit.count_words('"We don\'t know," — Deir ez-Zor, 2017 - ok.') == 7
    assert audit.count_words(" … — ") == 0


def test_audit_quoted_words_count_fragments_only() -> None:
    """A quote in pieces counts the words of its fragments, not of the text between them."""
    record = {
        "quote": {
            "start": 0,
            "end": 40,
            "text": "We won, she said, and we will win again",
            "fragments": [
                {"start": 0, "end": 6, "text": "We won"},
                {"start": 18, "end": 40, "text": "and we will win again"},
            ],
        }
    }
    assert audit.quoted_words(record) == 2 + 5


def test_audit_article_exact_counts_and_shares() -> None:
    """Counts and shares by kind, anonymity and no speaker, by sources, quotes and words, on a hand-made article."""
    figures = audit.audit_article(hand_article())
    whole = (4, 6, 29)
    assert (figures["doc_id"], figures["quotes"], figures["sources"], figures["words"]) == ("hand", 6, 4, 29)
    assert figures["kinds"] == {
        "person": counts(1, 2, 12, whole),
        "organization": counts(1, 1, 4, whole),
        "unnamed_person": counts(1, 1, 5, whole),
        "unnamed_group": counts(1, 1, 6, whole),
        "unknown": counts(0, 0, 0, whole),
    }
    assert figures["anonymous"] == counts(2, 2, 11, whole)
    assert figures["no_speaker"] == {"quotes": 1, "words": 2, "quote_share": 1 / 6, "word_share": 2 / 29}
    assert figures["kinds"]["person"]["source_share"] == 0.25


def test_audit_article_top_speakers_and_outlets() -> None:
    """Speakers rank by quotes, then words, named by name, else description, else mention; outlets count quotes."""
    figures = audit.audit_article(hand_article(), top=3)
    assert [(s["source"], s["kind"], s["anonymous"], s["quotes"], s["words"]) for s in figures["top_speakers"]] == [
        ("Jane Smith", "person", False, 2, 12),
        ("Residents", "unnamed_group", True, 1, 6),
        ("A city official", "unnamed_person", True, 1, 5),
    ]
    assert figures["top_speakers"][0]["id"] == "jane-smith"
    assert figures["outlets"] == [
        {"outlet": "CNN", "quotes": 1, "quote_share": 1 / 6, "sources": 1, "articles": 1},
        {"outlet": "the Daily Planet", "quotes": 1, "quote_share": 1 / 6, "sources": 1, "articles": 1},
    ]


@pytest.mark.parametrize(
    ("source", "mentions", "label"),
    [
        ({"name": "Jane Smith", "description": {"text": "the mayor"}}, [], "Jane Smith"),
        ({"name": None, "description": {"text": "a major in the army, who spoke"}}, [], "a major in the army"),
        (
            {"name": None, "mentions": [{"text": "he"}, {"text": "A city official, speaking on condition"}]},
            [],
            "A city official",
        ),
        ({"name": None, "id": "unnamed-1"}, ["they", "officials"], "officials"),
        ({"name": None, "id": "unnamed-1"}, [], "unnamed-1"),
    ],
    ids=["name", "description", "mention", "speaker-mention", "id"],
)
def test_audit_source_label(source: dict[str, Any], mentions: list[str], label: str) -> None:
    """A source is shown by name, else description, else its longest mention, cut at the first comma, else id."""
    assert audit.source_label(source, mentions) == label


def test_audit_article_without_quotes_has_no_shares() -> None:
    """An article with no quotes has zero counts and null shares, not a division by zero."""
    figures = audit.audit_article({"doc_id": "empty", "quotes": [], "sources": []})
    assert figures["quotes"] == figures["sources"] == figures["words"] == 0
    assert figures["kinds"]["person"] == counts(0, 0, 0, (0, 0, 0))
    assert figures["no_speaker"]["quote_share"] is None
    assert figures["top_speakers"] == figures["outlets"] == []


def test_audit_speaker_fields_stand_in_for_missing_sources() -> None:
    """Without the article's sources list (quote records), kind and anonymity come from each speaker."""
    article = {**hand_article(), "sources": []}
    assert audit.audit_article(article)["kinds"] == audit.audit_article(hand_article())["kinds"]


def test_audit_corpus_sums_articles_and_joins_named_speakers() -> None:
    """Overall: sources count per article, named speakers join across articles by name, unnamed ones do not."""
    report = audit.audit_corpus([hand_article(), second_article()], top=10)
    overall = report["overall"]
    assert [a["doc_id"] for a in report["articles"]] == ["hand", "second"]
    assert (overall["articles"], overall["quotes"], overall["sources"], overall["words"]) == (2, 8, 6, 36)
    assert overall["kinds"]["person"] == counts(2, 3, 16, (6, 8, 36))
    assert overall["kinds"]["unnamed_person"] == counts(2, 2, 8, (6, 8, 36))
    assert overall["anonymous"] == counts(3, 3, 14, (6, 8, 36))
    smith = overall["top_speakers"][0]
    assert (smith["source"], smith["quotes"], smith["words"], smith["articles"], smith["doc_id"]) == (
        "Jane Smith",
        3,
        16,
        2,
        None,
    )
    unnamed = [(s["source"], s["doc_id"], s["id"]) for s in overall["top_speakers"] if s["name"] is None]
    assert ("an aide", "second", "unnamed-1") in unnamed
    assert ("A city official", "hand", "unnamed-1") in unnamed
    assert report["errors"] == []


def test_audit_corpus_lists_error_records_apart() -> None:
    """Error records are not articles: they are listed under ``errors``."""
    error = {"schema_version": 1, "doc_id": None, "error": "not valid JSON", "source": "a.jsonl", "line": 3}
    report = audit.audit_corpus([error, hand_article()])
    assert report["errors"] == [error]
    assert report["overall"]["articles"] == 1


@pytest.mark.parametrize(
    ("obj", "kind"),
    [
        ({"schema_version": 1, "doc_id": "a", "quotes": [], "sources": []}, "article"),
        ({"schema_version": 1, "doc_id": "a", "quote": {"start": 0}, "speaker": None, "rule": "r"}, "quote"),
        ({"schema_version": 1, "doc_id": None, "error": "bad", "source": "f", "line": 1}, "error"),
        ({"id": "a", "text": "He said so."}, None),
        ({"id": "a", "text": "He said so.", "quotes": []}, None),  # a gold document is raw input
        ([1, 2], None),
        ("text", None),
    ],
    ids=["article", "quote", "error", "raw", "gold", "array", "string"],
)
def test_audit_record_kind_by_keys(obj: object, kind: str | None) -> None:
    """Saved quotex records are told from raw articles by their keys."""
    assert audit.record_kind(obj) == kind


def no_extractor() -> quotex.Extractor:
    raise AssertionError("saved records must not load the parser")


def write_lines(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_audit_reads_saved_article_and_quote_records(tmp_path: Path) -> None:
    """Saved article records are read as they are; quote records become one article per run of one doc_id."""
    articles = write_lines(tmp_path / "articles.jsonl", [hand_article(), second_article()])
    quotes = write_lines(tmp_path / "quotes.out", [*hand_article()["quotes"], *second_article()["quotes"]])
    read = list(audit.read_articles([str(articles), str(quotes)], extractor=no_extractor))
    assert [r["doc_id"] for r in read] == ["hand", "second", "hand", "second"]
    assert read[2]["quotes"] == hand_article()["quotes"]
    assert audit.audit_corpus(read[2:])["overall"]["kinds"] == audit.audit_corpus(read[:2])["overall"]["kinds"]


def test_audit_bad_line_in_saved_records_is_an_error_record(tmp_path: Path) -> None:
    """A line of saved output that is not a record gives an error record with its file and line."""
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(hand_article()) + "\n\n{broken\n", encoding="utf-8")
    read = list(audit.read_articles([str(path)], extractor=no_extractor))
    assert read[0]["doc_id"] == "hand"
    assert audit.record_kind(read[1]) == "error"
    assert (read[1]["source"], read[1]["line"]) == (str(path), 3)


def test_audit_folder_means_its_txt_files_sorted(tmp_path: Path) -> None:
    """A folder stands for the *.txt files directly in it, by name; an empty one is an error record."""
    for name in ["b.txt", "a.txt", "notes.md"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("x", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")  # not a folder: passed on, for the reader to report
    assert list(audit.expand_folders([str(tmp_path), "-", missing])) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        "-",
        missing,
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    [record] = list(audit.expand_folders([str(empty)]))
    assert isinstance(record, quotex.ErrorRecord) and "no *.txt files" in record.error


def test_audit_table_shows_counts_kinds_speakers_outlets() -> None:
    """The terminal table of one article shows its counts, a row per kind, the top speakers and the outlets."""
    table = audit.format_table(audit.audit_corpus([hand_article()]))
    lines = table.splitlines()
    assert lines[0] == "article hand"
    assert "6 quotes, 4 sources, 29 quoted words; quotes with no speaker: 1 (17%)" in lines[1]
    assert any(line.split() == ["named", "person", "1", "25%", "2", "33%", "12", "41%"] for line in lines)
    assert any(line.split() == ["anonymous", "2", "50%", "2", "33%", "11", "38%"] for line in lines)
    assert any(line.startswith("  Jane Smith") and line.split()[-2:] == ["2", "12"] for line in lines)
    assert any(line.split()[:1] == ["CNN"] for line in lines)


def test_audit_table_of_a_corpus_has_a_row_per_article() -> None:
    """Several articles: one row each (quotes, sources, words, sources by kind, anonymous, no speaker), then all."""
    lines = audit.format_table(audit.audit_corpus([hand_article(), second_article()])).splitlines()
    assert lines[0].split() == [
        "article",
        "quotes",
        "sources",
        "words",
        "person",
        "org",
        "unn.p",
        "unn.g",
        "anon",
        "no",
        "spk",
    ]
    assert lines[1].split() == ["hand", "6", "4", "29", "1", "1", "1", "1", "2", "1"]
    assert lines[2].split() == ["second", "2", "2", "7", "1", "0", "1", "0", "1", "0"]
    assert "all 2 articles" in lines


def test_audit_csv_rows_per_article_and_overall() -> None:
    """CSV: a header, a row per article and an overall row, with counts and shares in named columns."""
    text = audit.format_csv(audit.audit_corpus([hand_article(), second_article()]))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["scope"], r["doc_id"], r["articles"]) for r in rows] == [
        ("article", "hand", "1"),
        ("article", "second", "1"),
        ("overall", "", "2"),
    ]
    hand = rows[0]
    assert (hand["quotes"], hand["sources"], hand["words"]) == ("6", "4", "29")
    assert (hand["person_sources"], hand["person_words"], float(hand["person_word_share"])) == ("1", "12", 12 / 29)
    assert (hand["anonymous_quotes"], float(hand["anonymous_source_share"])) == ("2", 0.5)
    assert hand["no_speaker_quotes"] == "1"
    assert hand["outlets"] == "CNN (1); the Daily Planet (1)"
    assert hand["top_speakers"].startswith("Jane Smith (2); Residents (1)")
    assert rows[2]["top_speakers"].startswith("Jane Smith (3)")


def test_audit_csv_empty_share_for_no_quotes() -> None:
    """A share with nothing to share is an empty CSV cell."""
    text = audit.format_csv(audit.audit_corpus([{"doc_id": "empty", "quotes": [], "sources": []}]))
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["quotes"], row["person_source_share"], row["no_speaker_quote_share"]) == ("0", "", "")


Main = Callable[..., tuple[int, str, str]]


@pytest.fixture
def main(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Main]:
    """``quotex.cli.main`` in process: the exit status, stdout and stderr (the parser must not be needed)."""
    monkeypatch.setattr(cli, "Extractor", lambda parser="spacy": no_extractor())

    def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        status = cli.main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    yield run


def test_cli_audit_json_on_saved_records(main: Main, tmp_path: Path) -> None:
    """``quotex audit --json`` on saved article records prints the figures of audit_corpus."""
    path = write_lines(tmp_path / "articles.jsonl", [hand_article(), second_article()])
    status, out, _ = main("audit", "--json", "--top", "2", str(path))
    assert status == 0
    assert json.loads(out) == audit.audit_corpus([hand_article(), second_article()], top=2)


def test_cli_audit_csv_from_stdin_records(main: Main) -> None:
    """Saved records piped on stdin are recognised as records, whatever --stdin-format says."""
    stdin = b"\n" + (json.dumps(hand_article()) + "\n").encode()
    status, out, _ = main("audit", "--csv", stdin=stdin)
    assert status == 0
    assert out == audit.format_csv(audit.audit_corpus([hand_article()]))


def test_cli_audit_error_records_exit_1(main: Main, tmp_path: Path) -> None:
    """Saved error records are reported on stderr, with exit status 1; the table still comes."""
    error = to_dict(quotex.ErrorRecord(None, "in.jsonl", 4, "not valid JSON"))
    path = write_lines(tmp_path / "out.jsonl", [hand_article(), error])
    status, out, err = main("audit", str(path))
    assert status == 1
    assert out.startswith("article hand")
    assert err.strip() == "quotex: in.jsonl, line 4: not valid JSON"


def test_cli_audit_json_and_csv_exclusive(main: Main) -> None:
    """--json and --csv cannot be given together."""
    with pytest.raises(SystemExit) as exit:
        main("audit", "--json", "--csv", "x.jsonl")
    assert exit.value.code == 2


# --- the real pipeline ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hameema(extractor: quotex.Extractor) -> dict[str, Any]:
    """The figures of the reference article, extracted by the real pipeline through read_articles."""
    [record] = audit.read_articles([str(FIXTURES / "hameema.txt")], extractor=lambda: extractor)
    return record


def test_audit_hameema_two_sources_one_anonymous_sputnik(hameema: dict[str, Any]) -> None:
    """The reference article: 7 quotes, 2 sources (a named person, an anonymous major), outlet Sputnik Arabic."""
    figures = audit.audit_article(hameema)
    assert (figures["doc_id"], figures["quotes"], figures["sources"]) == ("hameema.txt", 7, 2)
    assert {k: c["sources"] for k, c in figures["kinds"].items() if c["sources"]} == {"person": 1, "unnamed_person": 1}
    assert (figures["anonymous"]["sources"], figures["anonymous"]["quotes"]) == (1, 4)
    assert figures["no_speaker"]["quotes"] == 0
    assert [(s["source"], s["kind"], s["anonymous"], s["quotes"]) for s in figures["top_speakers"]] == [
        ("a major in the Syrian armed forces", "unnamed_person", True, 4),
        ("Sergei Rudskoy", "person", False, 3),
    ]
    assert [(o["outlet"], o["quotes"], o["sources"]) for o in figures["outlets"]] == [("Sputnik Arabic", 4, 1)]
    words = sum(audit.count_words(q["quote"]["text"]) for q in hameema["quotes"])
    assert figures["words"] == words
    assert figures["anonymous"]["word_share"] == figures["anonymous"]["words"] / words


def test_cli_audit_folder_of_texts(
    extractor: quotex.Extractor, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``quotex audit FOLDER`` extracts every *.txt file in it, in name order, and agrees with saved output."""
    monkeypatch.setattr(cli, "Extractor", lambda parser="spacy": extractor)
    (tmp_path / "b.txt").write_text('"We will win," Smith said.', encoding="utf-8")
    (tmp_path / "a.txt").write_text((FIXTURES / "hameema.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.main(["audit", "--json", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(a["doc_id"], a["quotes"], a["sources"]) for a in report["articles"]] == [("a.txt", 7, 2), ("b.txt", 1, 1)]
    assert report["overall"]["kinds"]["person"]["sources"] == 2
    saved = tmp_path / "saved.jsonl"
    assert cli.main(["extract", "--format", "article", "-o", str(saved), str(tmp_path / "a.txt")]) == 0
    assert cli.main(["audit", "--json", str(saved)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0] == report["articles"][0]


def command_options(command: str) -> list[list[str]]:
    """The option strings of each option of ``quotex COMMAND`` (without -h)."""
    subparsers = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    parser = subparsers.choices[command]
    return [a.option_strings for a in parser._actions if a.option_strings and "--help" not in a.option_strings]


@pytest.mark.parametrize("command", ["audit", "show"])
def test_cli_audit_and_show_options_documented(command: str) -> None:
    """Every option of ``quotex audit`` and ``quotex show`` is named in docs/audit.md."""
    text = (ROOT / "docs" / "audit.md").read_text(encoding="utf-8")
    missing = [
        "/".join(strings)
        for strings in command_options(command)
        if not any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text) for s in strings)
    ]
    assert not missing, f"quotex {command} options not documented in docs/audit.md: {missing}"
