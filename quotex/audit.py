"""The sourcing audit: who the sources of an article or a corpus are, at a glance (docs/audit.md).

The figures are pure functions of article records in their JSON form, the dicts
``to_dict(ArticleRecord)`` makes and ``quotex extract --format article`` writes:

* :func:`audit_article` gives the figures of one article, :func:`audit_corpus`
  those of every article and of all of them together;
* :func:`format_table` and :func:`format_csv` print them for people and for
  spreadsheets (the dicts are the JSON form).

:func:`read_articles` feeds them: it reads saved records (article, quote or error
records, told apart by their keys) as they are, and runs extraction on raw
articles (text files, folders of ``*.txt`` files, JSONL corpora).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import attrs

from .io import Article, read_inputs, read_jsonl, read_text
from .records import SCHEMA_VERSION, ErrorRecord, to_dict

if TYPE_CHECKING:
    from .extract import Extractor

__all__ = [
    "DEFAULT_TOP",
    "KINDS",
    "KIND_LABELS",
    "audit_article",
    "audit_corpus",
    "count_words",
    "expand_folders",
    "format_csv",
    "format_table",
    "quoted_words",
    "read_articles",
    "record_kind",
    "source_label",
]

KINDS: tuple[str, ...] = ("person", "organization", "unnamed_person", "unnamed_group", "unknown")
"""The kinds of source (docs/sources.md), in the order the audit lists them."""

KIND_LABELS: dict[str, str] = {
    "person": "named person",
    "organization": "organization",
    "unnamed_person": "unnamed person",
    "unnamed_group": "unnamed group",
    "unknown": "unknown kind",
}

DEFAULT_TOP = 5  # speakers listed per article and overall

WORD = re.compile(r"\w+(?:['’-]\w+)*")
"""A word: a run of letters or digits, with inner apostrophes and hyphens (``don't``, ``ez-Zor``)."""

Record = Mapping[str, Any]


# --- counting ------------------------------------------------------------------------------------------------


def count_words(text: str) -> int:
    """The number of words (:data:`WORD`) in ``text``."""
    return len(WORD.findall(text))


def quoted_words(quote: Record) -> int:
    """The words a quote record quotes: those of its fragments when it has any, else of its whole span."""
    span = quote.get("quote") or {}
    fragments = span.get("fragments") or ()
    if fragments:
        return sum(count_words(str(f.get("text") or "")) for f in fragments)
    return count_words(str(span.get("text") or ""))


def source_label(source: Record, mentions: Iterable[str] = ()) -> str:
    """How the audit names a source: its name, else its description, else its longest mention, else its id.

    A description or mention counts up to its first comma (``A city official`` in ``A city
    official, speaking on condition of anonymity``); the first of equally long mentions wins.
    """
    if source.get("name"):
        return str(source["name"])
    description = source.get("description")
    if isinstance(description, Mapping) and _one_line(str(description.get("text") or "").split(",")[0]):
        return _one_line(str(description["text"]).split(",")[0])
    texts = [str(m.get("text") or "") for m in source.get("mentions") or () if isinstance(m, Mapping)]
    heads = [_one_line(t.split(",")[0]) for t in [*texts, *mentions]]
    heads = [h for h in heads if h]
    return max(heads, key=len) if heads else str(source.get("id") or "?")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@attrs.define
class _Counts:
    sources: int = 0
    quotes: int = 0
    words: int = 0

    def figures(self, whole: _Counts) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "quotes": self.quotes,
            "words": self.words,
            "source_share": _share(self.sources, whole.sources),
            "quote_share": _share(self.quotes, whole.quotes),
            "word_share": _share(self.words, whole.words),
        }


@attrs.define
class _Speaker:
    label: str
    name: str | None
    kind: str
    anonymous: bool | None
    doc_id: str | None
    id: str | None
    quotes: int = 0
    words: int = 0
    articles: set[int] = attrs.Factory(set)  # their numbers in the tally

    def figures(self) -> dict[str, Any]:
        return {
            "source": self.label,
            "name": self.name,
            "kind": self.kind,
            "anonymous": self.anonymous,
            "quotes": self.quotes,
            "words": self.words,
            "articles": len(self.articles),
            "doc_id": self.doc_id,
            "id": self.id,
        }


@attrs.define
class _Outlet:
    outlet: str
    quotes: int = 0
    sources: set[tuple[int, str]] = attrs.Factory(set)  # article number, source id
    articles: set[int] = attrs.Factory(set)


@attrs.define
class _Tally:
    """The running counts behind the figures of one article or of a whole corpus."""

    merge_named: bool  # overall: one entry per named source across articles
    articles: int = 0
    total: _Counts = attrs.Factory(_Counts)
    kinds: dict[str, _Counts] = attrs.Factory(lambda: {kind: _Counts() for kind in KINDS})
    anonymous: _Counts = attrs.Factory(_Counts)
    no_speaker: _Counts = attrs.Factory(_Counts)
    speakers: dict[tuple[str, ...], _Speaker] = attrs.Factory(dict)  # by name, or by article number and id
    outlets: dict[str, _Outlet] = attrs.Factory(dict)

    def add(self, article: Record) -> None:
        doc_id = str(article.get("doc_id"))
        quotes = [q for q in article.get("quotes") or () if isinstance(q, Mapping)]
        known = {str(s.get("id")): s for s in article.get("sources") or () if isinstance(s, Mapping)}
        mentions: dict[str, list[str]] = {}
        for quote in quotes:
            speaker = quote.get("speaker")
            if isinstance(speaker, Mapping):
                mentions.setdefault(str(speaker.get("entity")), []).append(str(speaker.get("text") or ""))
        self.articles += 1
        counted: set[str] = set()
        for quote in quotes:
            words = quoted_words(quote)
            self.total.quotes += 1
            self.total.words += words
            speaker = quote.get("speaker")
            if not isinstance(speaker, Mapping):
                self.no_speaker.quotes += 1
                self.no_speaker.words += words
                self._outlet(quote, None)
                continue
            entity = str(speaker.get("entity"))
            source = {**speaker, **known.get(entity, {})}  # the article's source record, else the speaker's fields
            kind = str(source.get("kind") or "unknown")
            kind = kind if kind in self.kinds else "unknown"
            anonymous = source.get("anonymous")
            tallies = [self.kinds[kind], *([self.anonymous] if anonymous is True else [])]
            if entity not in counted:
                counted.add(entity)
                self.total.sources += 1
                for tally in tallies:
                    tally.sources += 1
            for tally in tallies:
                tally.quotes += 1
                tally.words += words
            entry = self._speaker(doc_id, entity, source, kind, mentions.get(entity, ()))
            entry.quotes += 1
            entry.words += words
            entry.articles.add(self.articles)
            self._outlet(quote, entity)

    def _speaker(self, doc_id: str, entity: str, source: Record, kind: str, mentions: Iterable[str]) -> _Speaker:
        name = source.get("name")
        key: tuple[str, ...] = ("named", str(name)) if self.merge_named and name else (str(self.articles), entity)
        entry = self.speakers.get(key)
        if entry is None:
            merged = key[0] == "named"
            entry = self.speakers[key] = _Speaker(
                label=source_label(source, mentions),
                name=None if name is None else str(name),
                kind=kind,
                anonymous=source.get("anonymous"),
                doc_id=None if merged else doc_id,
                id=None if merged else entity,
            )
        return entry

    def _outlet(self, quote: Record, entity: str | None) -> None:
        outlet = quote.get("outlet")
        if not isinstance(outlet, Mapping) or not outlet.get("text"):
            return
        text = _one_line(str(outlet["text"]))
        entry = self.outlets.setdefault(text.casefold(), _Outlet(text))
        entry.quotes += 1
        entry.articles.add(self.articles)
        if entity is not None:
            entry.sources.add((self.articles, entity))

    def figures(self, top: int) -> dict[str, Any]:
        speakers = sorted(self.speakers.values(), key=lambda s: (-s.quotes, -s.words, s.label))
        outlets = sorted(self.outlets.values(), key=lambda o: (-o.quotes, o.outlet))
        return {
            "quotes": self.total.quotes,
            "sources": self.total.sources,
            "words": self.total.words,
            "kinds": {kind: counts.figures(self.total) for kind, counts in self.kinds.items()},
            "anonymous": self.anonymous.figures(self.total),
            "no_speaker": {
                "quotes": self.no_speaker.quotes,
                "words": self.no_speaker.words,
                "quote_share": _share(self.no_speaker.quotes, self.total.quotes),
                "word_share": _share(self.no_speaker.words, self.total.words),
            },
            "top_speakers": [s.figures() for s in speakers[: max(top, 0)]],
            "outlets": [
                {
                    "outlet": o.outlet,
                    "quotes": o.quotes,
                    "quote_share": _share(o.quotes, self.total.quotes),
                    "sources": len(o.sources),
                    "articles": len(o.articles),
                }
                for o in outlets
            ],
        }


def audit_article(article: Record, *, top: int = DEFAULT_TOP) -> dict[str, Any]:
    """The figures of one article record (JSON form): counts, shares by kind, top speakers, outlets.

    A source counts when at least one quote is attributed to it. Shares are of the
    article's sources, quotes or quoted words, and None when there are none.
    """
    tally = _Tally(merge_named=False)
    tally.add(article)
    return {"doc_id": article.get("doc_id"), **tally.figures(top)}


def audit_corpus(records: Iterable[Record], *, top: int = DEFAULT_TOP) -> dict[str, Any]:
    """The figures of each article record and of all of them; error records are listed apart.

    Overall, each article's sources count apart (a person quoted in two articles is
    two sources), while the top speakers join the named ones across articles by name.
    """
    overall = _Tally(merge_named=True)
    articles: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for record in records:
        if record_kind(record) == "error":
            errors.append(dict(record))
            continue
        articles.append(audit_article(record, top=top))
        overall.add(record)
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": articles,
        "overall": {"articles": overall.articles, **overall.figures(top)},
        "errors": errors,
    }


# --- output ---------------------------------------------------------------------------------------------------


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _block(figures: Mapping[str, Any], heading: str) -> list[str]:
    """The detailed table of one article's or the corpus's figures."""
    no_speaker = figures["no_speaker"]
    lines = [
        heading,
        f"  {figures['quotes']} quotes, {figures['sources']} sources, {figures['words']} quoted words; "
        f"quotes with no speaker: {no_speaker['quotes']} ({_percent(no_speaker['quote_share'])})",
        "",
        f"  {'':16}{'sources':>13}{'quotes':>13}{'words':>13}",
    ]

    def row(label: str, counts: Mapping[str, Any], with_sources: bool = True) -> str:
        sources = f"{counts['sources']:>7} {_percent(counts['source_share']):>5}" if with_sources else f"{'':13}"
        return (
            f"  {label:16}{sources}"
            f"{counts['quotes']:>7} {_percent(counts['quote_share']):>5}"
            f"{counts['words']:>7} {_percent(counts['word_share']):>5}"
        )

    lines += [row(KIND_LABELS[kind], counts) for kind, counts in figures["kinds"].items()]
    lines.append(row("no speaker", no_speaker, with_sources=False))
    lines.append(row("anonymous", figures["anonymous"]))
    if figures["top_speakers"]:
        overall = "articles" in figures
        lines += ["", f"  {'top speakers':42}{'kind':27}{'quotes':>7}{'words':>7}" + ("  article" if overall else "")]
        for speaker in figures["top_speakers"]:
            kind = KIND_LABELS.get(speaker["kind"], speaker["kind"]) + (", anonymous" if speaker["anonymous"] else "")
            where = f"  {speaker['doc_id']}" if overall and speaker["doc_id"] is not None else ""
            lines.append(
                f"  {_cut(speaker['source'], 40):42}{kind:27}{speaker['quotes']:>7}{speaker['words']:>7}{where}"
            )
    if figures["outlets"]:
        lines += ["", f"  {'outlets':69}{'quotes':>7}{'sources':>8}"]
        for outlet in figures["outlets"]:
            lines.append(f"  {_cut(outlet['outlet'], 67):69}{outlet['quotes']:>7}{outlet['sources']:>8}")
    return lines


_ROW_COLUMNS = ("quotes", "sources", "words", "person", "org", "unn.p", "unn.g", "anon", "no spk")


def _article_row(figures: Mapping[str, Any], width: int) -> str:
    kinds = figures["kinds"]
    cells = [
        figures["quotes"],
        figures["sources"],
        figures["words"],
        kinds["person"]["sources"],
        kinds["organization"]["sources"],
        kinds["unnamed_person"]["sources"],
        kinds["unnamed_group"]["sources"],
        figures["anonymous"]["sources"],
        figures["no_speaker"]["quotes"],
    ]
    return f"{_cut(str(figures['doc_id']), width - 1):{width}}" + "".join(f"{c:>8}" for c in cells)


def format_table(audit: Mapping[str, Any]) -> str:
    """A readable terminal report of :func:`audit_corpus`'s figures.

    One article: its detailed table. Several: one line per article (numbers of
    quotes, sources and quoted words; sources of each kind, anonymous sources;
    quotes with no speaker), then the detailed table of them all.
    """
    articles = audit["articles"]
    if len(articles) == 1:
        return "\n".join(_block(articles[0], f"article {articles[0]['doc_id']}"))
    lines: list[str] = []
    if articles:
        width = min(max(len("article"), *(len(str(a["doc_id"])) for a in articles)), 40) + 1
        lines.append(f"{'article':{width}}" + "".join(f"{c:>8}" for c in _ROW_COLUMNS))
        lines += [_article_row(a, width) for a in articles]
        lines.append("")
    lines += _block(audit["overall"], f"all {audit['overall']['articles']} articles")
    return "\n".join(lines)


def _csv_columns() -> list[str]:
    columns = ["scope", "doc_id", "articles", "quotes", "sources", "words"]
    for group in [*KINDS, "anonymous"]:
        columns += [f"{group}_{field}" for field in _COUNT_FIELDS]
    columns += ["no_speaker_quotes", "no_speaker_words", "no_speaker_quote_share", "no_speaker_word_share"]
    return [*columns, "outlets", "top_speakers"]


_COUNT_FIELDS = ("sources", "quotes", "words", "source_share", "quote_share", "word_share")


def _csv_row(scope: str, figures: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "scope": scope,
        "doc_id": figures.get("doc_id", ""),
        "articles": figures.get("articles", 1),
        "quotes": figures["quotes"],
        "sources": figures["sources"],
        "words": figures["words"],
    }
    groups = {**figures["kinds"], "anonymous": figures["anonymous"]}
    for group, counts in groups.items():
        row.update({f"{group}_{field}": counts[field] for field in _COUNT_FIELDS})
    row.update({f"no_speaker_{field}": value for field, value in figures["no_speaker"].items()})
    row["outlets"] = "; ".join(f"{o['outlet']} ({o['quotes']})" for o in figures["outlets"])
    row["top_speakers"] = "; ".join(f"{s['source']} ({s['quotes']})" for s in figures["top_speakers"])
    return {key: "" if value is None else value for key, value in row.items()}


def format_csv(audit: Mapping[str, Any]) -> str:
    """CSV of :func:`audit_corpus`'s figures: a row per article (scope ``article``), then one for all (``overall``).

    Counts and shares of each kind and of anonymous sources are columns
    ``{kind}_{sources,quotes,words,source_share,quote_share,word_share}``; an
    empty share means there was nothing to share. ``outlets`` and
    ``top_speakers`` are ``name (quotes)`` joined by ``; ``.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_csv_columns(), lineterminator="\n")
    writer.writeheader()
    for figures in audit["articles"]:
        writer.writerow(_csv_row("article", figures))
    writer.writerow(_csv_row("overall", audit["overall"]))
    return out.getvalue()


# --- input ----------------------------------------------------------------------------------------------------


def record_kind(obj: object) -> str | None:
    """What a JSON object is: a quotex ``article``, ``quote`` or ``error`` record, or None (a raw article)."""
    if not isinstance(obj, Mapping) or "doc_id" not in obj:
        return None
    if isinstance(obj.get("quotes"), list) and isinstance(obj.get("sources"), list):
        return "article"
    if isinstance(obj.get("quote"), Mapping) and "speaker" in obj:
        return "quote"
    if isinstance(obj.get("error"), str) and "text" not in obj:
        return "error"
    return None


def expand_folders(paths: Iterable[str]) -> Iterator[str | ErrorRecord]:
    """Each path as it is, but a folder as the ``*.txt`` files directly in it, sorted by name."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        files = sorted(p for p in Path(path).glob("*.txt") if p.is_file())
        if not files:
            yield ErrorRecord(None, path, None, "the folder holds no *.txt files; name the files to read")
        yield from (str(p) for p in files)


def read_articles(
    paths: Iterable[str],
    *,
    extractor: Callable[[], Extractor],
    id_field: str = "id",
    text_field: str = "text",
    stdin_format: str = "text",
) -> Iterator[dict[str, Any]]:
    """Article and error records (JSON form) from saved records and raw articles, in input order.

    A file (or stdin) whose first line is a quotex record is read as saved
    output: article records as they are, quote records joined into one article
    per run of lines with the same ``doc_id``. Anything else is raw input
    (quotex.io): each article is extracted with ``extractor()``, called once,
    when the first raw article comes.
    """
    loaded: list[Extractor] = []
    raw: list[str] = []

    def analyse(items: Iterable[Article | ErrorRecord]) -> Iterator[dict[str, Any]]:
        from .runner import analyse_all

        if not loaded:
            loaded.append(extractor())
        for record in analyse_all(items, loaded[0]):
            yield to_dict(record)

    def pending() -> Iterator[dict[str, Any]]:
        """The records of the raw files met so far (read together, so the parser gets them in batches)."""
        if raw:
            files = list(raw)
            raw.clear()
            yield from analyse(read_inputs(files, id_field=id_field, text_field=text_field))

    for path in expand_folders(paths):
        if isinstance(path, ErrorRecord):
            yield from pending()
            yield to_dict(path)
        elif path == "-":
            yield from pending()
            head, stream = _replay(sys.stdin.buffer)
            if record_kind(_first_object(head)) is not None:
                yield from _read_records(stream, "<stdin>")
            elif stdin_format == "jsonl":
                yield from analyse(read_jsonl(stream, "<stdin>", id_field=id_field, text_field=text_field))
            else:
                yield from analyse(read_text(stream, "<stdin>", "stdin"))
        else:
            saved = _saved_records(path)
            if saved is None:
                raw.append(path)
            else:
                yield from pending()
                yield from saved
    yield from pending()


def _saved_records(path: str) -> Iterator[dict[str, Any]] | None:
    """The records of a file of saved quotex output, or None when the file holds something else."""
    try:
        with open(path, "rb") as stream:
            head = _first_line(stream)
    except OSError:
        return None  # the reader of raw inputs reports it
    if record_kind(_first_object(head)) is None:
        return None

    def records() -> Iterator[dict[str, Any]]:
        try:
            with open(path, "rb") as stream:
                yield from _read_records(stream, path)
        except OSError as error:
            yield to_dict(ErrorRecord(None, path, None, f"cannot read the file: {error.strerror or error}"))

    return records()


def _first_line(stream: BinaryIO) -> bytes:
    for line in stream:
        if line.strip():
            return line
    return b""


def _first_object(line: bytes) -> object:
    try:
        return json.loads(line.decode("utf-8-sig"))
    except ValueError:  # not UTF-8, not JSON
        return None


def _read_records(stream: Iterable[bytes], source: str) -> Iterator[dict[str, Any]]:
    """Article and error records from saved output; runs of quote records become articles."""
    run: list[dict[str, Any]] = []
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        obj = _first_object(line)
        kind = record_kind(obj)
        record = cast(dict[str, Any], obj)
        if kind == "quote" and run and run[0]["doc_id"] != record["doc_id"]:
            yield _article_of(run)
            run = []
        if kind == "quote":
            run.append(record)
            continue
        if run:
            yield _article_of(run)
            run = []
        if kind is None:
            reason = "not a quotex record (expected an article, quote or error record as quotex extract writes)"
            yield to_dict(ErrorRecord(None, source, number, reason))
        else:
            yield record
    if run:
        yield _article_of(run)


def _article_of(quotes: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """An article record from the quote records of one article (its sources are in the speakers)."""
    return {"schema_version": SCHEMA_VERSION, "doc_id": quotes[0]["doc_id"], "quotes": list(quotes), "sources": []}


def _replay(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The first non-blank line of ``stream``, and a stream that reads it all again from the start."""
    before = b""
    for line in iter(stream.readline, b""):
        if line.strip():
            return line, cast(BinaryIO, io.BufferedReader(_Replay(before + line, stream)))
        before += line
    return b"", cast(BinaryIO, io.BufferedReader(_Replay(before, stream)))


class _Replay(io.RawIOBase):
    """A byte stream that gives ``pending`` (bytes already read from ``rest``), then the rest of ``rest``."""

    def __init__(self, pending: bytes, rest: BinaryIO) -> None:
        self._pending = pending
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._pending:
            data, self._pending = self._pending[: len(buffer)], self._pending[len(buffer) :]
        else:
            data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
