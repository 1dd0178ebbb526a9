"""Tests of the HTML view (quotex.show, ``quotex show``): the page's marks, escaping and self-containment read
back with an HTML parser, and the page loaded in a real headless browser (Debian's chromium)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest

import quotex
from quotex import cli
from quotex.records import ArticleRecord, Evidence, QuoteRecord, SourceRecord, Span, Speaker, to_dict
from quotex.show import NO_SPEAKER_COLOURS, PALETTE, colours, render_page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHROMIUM = Path("/usr/bin/chromium")


# --- reading a page back ---------------------------------------------------------------------------------------


@attrs.define
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""  # its own text and its children's


class Page(HTMLParser):
    """Every element of a page with its attributes and text, and the text of ``<article id="text">``."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text += data

    def find(self, **attrs: str) -> list[Element]:
        return [e for e in self.elements if all(e.attrs.get(k) == v for k, v in attrs.items())]

    def one(self, tag: str, **attrs: str) -> Element:
        [element] = [e for e in self.find(**attrs) if e.tag == tag]
        return element

    def marked(self, role: str, quote: int, attribute: str = "data-q") -> str:
        """The text of the segments with class ``role`` that belong to quote ``quote``, joined."""
        return "".join(
            e.text
            for e in self.elements
            if role in e.attrs.get("class", "").split() and str(quote) in e.attrs.get(attribute, "").split()
        )


# --- hand-made articles ----------------------------------------------------------------------------------------

TEXT = (
    'Jane Smith, the mayor, said the budget is balanced. "We cut waste," Smith told the Daily Planet.\n\n'
    "A city official, who asked not to be named, said the deal was done.\n\n"
    '"Nobody listens," read a sign.'
)


def span(phrase: str, text: str = TEXT, *, within: str | None = None) -> Span:
    start = text.index(phrase, text.index(within)) if within else text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def speaker(mention: Span, entity: str, name: str | None, kind: str, anonymous: bool) -> Speaker:
    return Speaker(mention.start, mention.end, mention.text, name, entity, kind=kind, anonymous=anonymous)


def quote(content: Span, cue: Span, who: Speaker | None, *, outlet: Span | None = None, **fields: Any) -> QuoteRecord:
    return QuoteRecord(
        "hand", content, (), fields.pop("type", "indirect"), cue, who, "hand", 0, 0, outlet=outlet, **fields
    )


SMITH = ("jane-smith", "Jane Smith", "person", False)
OFFICIAL = ("unnamed-1", None, "unnamed_person", True)


def hand_article() -> dict[str, Any]:
    evidence = span("who asked not to be named")
    record = ArticleRecord(
        "hand",
        (
            quote(span("the budget is balanced"), span("said"), speaker(span("Jane Smith, the mayor"), *SMITH)),
            quote(
                span("We cut waste,"),
                span("told"),
                speaker(span("Smith", within="Smith told"), *SMITH),
                outlet=span("the Daily Planet"),
                type="direct",
            ),
            quote(
                span("the deal was done"),
                span("said", within="said the deal"),
                speaker(span("A city official"), *OFFICIAL),
            ),
            quote(span("Nobody listens,"), span("read"), None, type="direct"),
        ),
        (
            SourceRecord("jane-smith", "person", "Jane Smith", (span("Jane Smith, the mayor"),), anonymous=False),
            SourceRecord(
                "unnamed-1",
                "unnamed_person",
                None,
                (span("A city official"),),
                anonymous=True,
                description=span("A city official"),
                evidence=(Evidence(evidence.start, evidence.end, evidence.text, "not_named"),),
            ),
        ),
    )
    return to_dict(record)


HOSTILE = 'He said <script>alert("x")</script> & <img src=x onerror=alert(1)> was "fine" </article>.'


def hostile_article() -> tuple[str, dict[str, Any]]:
    """Markup, entities and quotes in the text, the id and a speaker's name: all must show as text."""
    content = span('<script>alert("x")</script> & <img src=x onerror=alert(1)> was "fine"', HOSTILE)
    who = speaker(span("He", HOSTILE), "x", '<b>Bold</b> "Name"', "person", False)
    record = ArticleRecord('"><img src=y>', (quote(content, span("said", HOSTILE), who),), ())
    return HOSTILE, to_dict(record)


# --- the page, read back ---------------------------------------------------------------------------------------


def test_show_page_keeps_the_article_text_whole() -> None:
    """The article element holds exactly the article text (the marks only wrap it)."""
    page = Page(render_page(TEXT, hand_article()))
    assert page.one("article", id="text").text == TEXT


def test_show_page_escapes_markup_in_text_ids_and_names() -> None:
    """Markup in the text, the document id or a source name is shown as text: no element comes from it."""
    text, article = hostile_article()
    html = render_page(text, article)
    page = Page(html)
    assert page.one("article", id="text").text == text
    assert [e.tag for e in page.elements if e.tag in {"img", "b"}] == []
    assert len([e for e in page.elements if e.tag == "script"]) == 2  # the page's own
    assert page.one("title").text == 'quotex: "><img src=y>'
    assert '<b>Bold</b> "Name"' in page.one("section", id="detail-0").text


def test_show_page_is_self_contained() -> None:
    """No network: no URL, no external script, stylesheet, image or font."""
    html = render_page(TEXT, hand_article()).lower()
    for needle in ("http:", "https:", "src=", "<link", "@import", "url(", "@font-face", "//"):
        assert needle not in html, needle


def test_show_page_marks_each_quote_cue_speaker_and_outlet() -> None:
    """Each quote's content, cue, speaker mention and outlet are marked and tied to the quote."""
    article = hand_article()
    page = Page(render_page(TEXT, article))
    for i, record in enumerate(article["quotes"]):
        assert page.marked("q", i) == record["quote"]["text"]
        assert page.marked("cue", i, "data-r") == record["cue"]["text"]
        assert page.marked("spk", i, "data-r") == (record["speaker"]["text"] if record["speaker"] else "")
    assert page.marked("out", 1, "data-r") == "the Daily Planet"
    assert page.marked("men", -1, "data-r") == ""  # another mention of a source is not tied to a quote
    assert page.one("body").attrs["data-quotes"] == "4"


def test_show_page_colours_quotes_by_source() -> None:
    """Quotes of one source share its colour, each source has its own, quotes with no speaker are grey."""
    page = Page(render_page(TEXT, hand_article()))
    colour = {e.attrs["data-q"]: e.attrs["style"] for e in page.elements if "data-q" in e.attrs}
    assert colour["0"] == colour["1"] == f"--qc:{PALETTE[0][0]}"
    assert colour["2"] == f"--qc:{PALETTE[1][0]}"
    assert colour["3"] == f"--qc:{NO_SPEAKER_COLOURS[0]}"
    assert len({colours(i) for i in range(40)}) == 40


def test_show_page_highlights_only_the_fragments_of_a_split_quote() -> None:
    """A quote in pieces is highlighted piece by piece, not over the words between them."""
    text = '"We won," she said, "and we will win again."'
    pieces = (span("We won,", text), span("and we will win again.", text))
    record = QuoteRecord(
        "t",
        Span(pieces[0].start, pieces[1].end, text[pieces[0].start : pieces[1].end]),
        pieces,
        "direct",
        span("said", text),
        speaker(span("she", text), "she", None, "unknown", False),
        "hand",
        0,
        0,
    )
    page = Page(render_page(text, to_dict(ArticleRecord("t", (record,), ()))))
    assert [e.text for e in page.elements if e.attrs.get("data-q") == "0"] == ["We won,", "and we will win again."]


def test_show_page_nested_quotes_belong_to_both() -> None:
    """Where quotes overlap, the shared text belongs to both, the shorter (inner) one first and in its colour."""
    text = 'Ann said that Bob told her "we are done" yesterday.'
    inner = quote(
        span("we are done", text), span("told", text), speaker(span("Bob", text), "bob", "Bob", "person", False)
    )
    outer = quote(
        span('Bob told her "we are done" yesterday', text),
        span("said", text),
        speaker(span("Ann", text), "ann", "Ann", "person", False),
    )
    page = Page(render_page(text, to_dict(ArticleRecord("t", (outer, inner), ()))))
    [shared] = [e for e in page.elements if e.text == "we are done" and "data-q" in e.attrs]
    assert shared.attrs["data-q"] == "1 0"
    assert shared.attrs["style"] == f"--qc:{PALETTE[1][0]}"
    assert page.marked("spk", 1, "data-r") == "Bob"


def test_show_page_legend_and_panel() -> None:
    """The legend lists each source (kind, anonymity, quotes, outlets); the panel of a quote says who and why."""
    page = Page(render_page(TEXT, hand_article()))
    legend = [" ".join(e.text.split()) for e in page.elements if e.tag == "li" and "data-s" in e.attrs]
    assert legend == [
        "Jane Smith named person · 2 quotes · to the Daily Planet",
        "A city official unnamed person · anonymous · 1 quote",
        "no speaker found 1 quote",
    ]
    panel = " ".join(page.one("section", id="detail-2").text.split())
    for part in [
        "source A city official",
        "kind unnamed person",
        "anonymous yes",
        "“who asked not to be named” (not_named)",
        "rule hand",
    ]:
        assert part in panel
    assert "outlet the Daily Planet" in " ".join(page.one("section", id="detail-1").text.split())
    assert all(e.attrs.get("hidden") == "" for e in page.elements if e.attrs.get("class") == "detail")


# --- in a real browser -----------------------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it)",
)

BROKEN = "<script>throw new Error('boom')</script></body>"


@attrs.frozen
class Run:
    dom: str
    log: str  # chromium's stderr

    @property
    def console(self) -> list[str]:
        """What the page wrote to the console (errors included)."""
        return re.findall(r":CONSOLE[^\]]*\] (.*)", self.log)


def chromium(page: Path, profile: Path, *args: str, fragment: str = "") -> subprocess.Popen[str]:
    """Start headless chromium on ``page``, logging the console to stderr."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        page.as_uri() + fragment,
    ]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL
    )


@pytest.fixture(scope="module")
def browser(extractor: quotex.Extractor, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The reference article's page (from the real pipeline), a hostile page and a page with a broken script,
    loaded in chromium side by side: the DOM after the scripts ran, the console, and a screenshot."""
    folder = tmp_path_factory.mktemp("show")
    text = (FIXTURES / "hameema.txt").read_text(encoding="utf-8")
    article = to_dict(extractor.article(text, "hameema.txt"))
    pages = {
        "hameema": render_page(text, article),
        "hostile": render_page(*hostile_article()),
        "broken": render_page(TEXT, hand_article()).replace("</body>", BROKEN),
    }
    for name, html in pages.items():
        (folder / f"{name}.html").write_text(html, encoding="utf-8")
    png = folder / "page.png"
    runs = {  # one run may both dump the DOM and take the screenshot
        "hameema": chromium(
            folder / "hameema.html",
            folder / "p1",
            "--dump-dom",
            f"--screenshot={png}",
            "--window-size=1280,2000",
            fragment="#q1",
        ),
        "hostile": chromium(folder / "hostile.html", folder / "p2", "--dump-dom"),
        "broken": chromium(folder / "broken.html", folder / "p3", "--dump-dom"),
    }
    results = {}
    try:
        for name, process in runs.items():
            out, err = process.communicate(timeout=90)
            assert process.returncode == 0, err
            results[name] = Run(out, err)
    finally:
        for process in runs.values():  # a hung browser is stopped, not left behind
            if process.poll() is None:
                process.kill()
                process.wait()
    yield {"article": article, "png": png, **results}


@needs_chromium
def test_show_chromium_page_loads_and_scripts_run_without_errors(browser: dict[str, Any]) -> None:
    """The reference article's page loads, its script runs to the end, with no error and nothing on the console."""
    run = browser["hameema"]
    page = Page(run.dom)
    assert page.one("body").attrs["data-ready"] == "1"
    assert "data-errors" not in page.one("html").attrs
    assert run.console == []


@needs_chromium
def test_show_chromium_every_quote_is_highlighted(browser: dict[str, Any]) -> None:
    """In the browser, every quote has a highlight: the script's count equals the number of quotes, 7."""
    page = Page(browser["hameema"].dom)
    quotes = browser["article"]["quotes"]
    assert len(quotes) == 7
    body = page.one("body").attrs
    assert body["data-highlighted"] == body["data-quotes"] == str(len(quotes))
    highlighted = {
        i for e in page.elements if "q" in e.attrs.get("class", "").split() for i in e.attrs["data-q"].split()
    }
    assert highlighted == {str(i) for i in range(len(quotes))}


@needs_chromium
def test_show_chromium_opens_on_the_quote_in_the_address(browser: dict[str, Any]) -> None:
    """``page.html#q1`` opens with quote 1 selected and its panel shown: the anonymous major and Sputnik Arabic."""
    page = Page(browser["hameema"].dom)
    panel = page.one("section", id="detail-0")
    assert "hidden" not in panel.attrs
    assert all("hidden" in e.attrs for e in page.elements if e.attrs.get("class") == "detail" and e is not panel)
    text = " ".join(panel.text.split())
    assert "anonymous yes" in text and "outlet Sputnik Arabic" in text
    assert any("sel" in e.attrs.get("class", "").split() for e in page.elements)


@needs_chromium
def test_show_chromium_hostile_text_stays_text(browser: dict[str, Any]) -> None:
    """Markup in the article runs no script and makes no element in the browser either."""
    run = browser["hostile"]
    page = Page(run.dom)
    assert page.one("body").attrs["data-ready"] == "1"
    assert [e.tag for e in page.elements if e.tag in {"img", "b"}] == []
    assert page.one("article", id="text").text == HOSTILE
    assert run.console == []


@needs_chromium
def test_show_chromium_script_errors_are_caught(browser: dict[str, Any]) -> None:
    """The error check can fail: a script that throws is counted on the page and logged on the console."""
    run = browser["broken"]
    assert Page(run.dom).one("html").attrs["data-errors"] == "1"
    assert any("Uncaught Error: boom" in line for line in run.console)


@needs_chromium
def test_show_chromium_screenshot_is_a_png(browser: dict[str, Any]) -> None:
    """chromium writes a screenshot of the page, a 1280 x 2000 PNG, under the test's temporary folder."""
    data = browser["png"].read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1280, 2000)


# --- the command -----------------------------------------------------------------------------------------------


@pytest.fixture
def with_extractor(extractor: quotex.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "Extractor", lambda parser="spacy": extractor)


@pytest.mark.usefixtures("with_extractor")
def test_cli_show_writes_the_page(tmp_path: Path) -> None:
    """``quotex show ARTICLE -o page.html`` writes the page of the article, a panel per quote."""
    out = tmp_path / "page.html"
    assert cli.main(["show", str(FIXTURES / "hameema.txt"), "-o", str(out)]) == 0
    page = Page(out.read_text(encoding="utf-8"))
    assert page.one("title").text == "quotex: hameema.txt"
    assert len([e for e in page.elements if e.attrs.get("class") == "detail"]) == 7


@pytest.mark.usefixtures("with_extractor")
def test_cli_show_picks_an_article_of_a_jsonl_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In a JSONL file, ``--id`` picks the article; an unknown id is a usage error naming the file."""
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "a", "text": "Nothing was said."}, {"id": "b", "text": '"We will win," Smith said.'}]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert cli.main(["show", str(corpus), "--id", "b"]) == 0
    page = Page(capsys.readouterr().out)
    assert page.one("body").attrs["data-quotes"] == "1"
    assert cli.main(["show", str(corpus), "--id", "zz"]) == 2
    assert "no article with id 'zz'" in capsys.readouterr().err
