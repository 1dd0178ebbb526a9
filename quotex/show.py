"""One article as a self-contained HTML page: its quotes highlighted in the colours of their sources.

:func:`render_page` is a pure function of the article text and its article
record (JSON form, ``to_dict(ArticleRecord)``). The page needs no network: its
CSS and script are inline and it uses the reader's own fonts. Without script the
highlights, marks and native tooltips still show; the script adds the side
panel (hover or click a quote), the legend filter, and two checks written into
the page for tests: ``<body data-highlighted>`` (how many quotes have a
highlight) and ``<html data-errors>`` (script errors, if any).

Marks: a quote's content has its source's background (only its fragments, for
a quote split in pieces); its cue is bold and underlined; the speaker mention
is outlined in the source's colour; the outlet is underlined with dots.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from .audit import KIND_LABELS, source_label

__all__ = ["NO_SPEAKER_COLOURS", "PALETTE", "colours", "render_page"]

PALETTE: tuple[tuple[str, str], ...] = (
    ("#cfe0f3", "#2f6aa8"),  # blue
    ("#fde0c2", "#c4620c"),  # orange
    ("#d3ebcd", "#3f8a35"),  # green
    ("#f8d0d1", "#c0363a"),  # red
    ("#e8d8ea", "#8a5a86"),  # purple
    ("#d3ecea", "#3a8a84"),  # teal
    ("#f7edbd", "#9c7d08"),  # yellow
    ("#ffdde3", "#c2546a"),  # pink
    ("#e6d7cd", "#7d5a43"),  # brown
)
"""(background, accent) colours of the first sources; later ones get hues spaced by the golden angle."""

NO_SPEAKER_COLOURS = ("#e4e4e4", "#6b6b6b")

Record = Mapping[str, Any]
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def colours(index: int) -> tuple[str, str]:
    """The (background, accent) colours of the ``index``-th source (0-based)."""
    if index < len(PALETTE):
        return PALETTE[index]
    hue = round((index * 137.508) % 360)
    return f"hsl({hue} 65% 87%)", f"hsl({hue} 50% 35%)"


def _e(text: object) -> str:
    """``text`` escaped for HTML text and attribute values (lone surrogates, which UTF-8 cannot hold, become U+FFFD)."""
    return html.escape(_SURROGATE.sub("\ufffd", str(text)), quote=True)


def _span(data: object) -> tuple[int, int] | None:
    if not isinstance(data, Mapping):
        return None
    start, end = data.get("start"), data.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or start >= end:
        return None
    return start, end


@attrs.frozen
class _Source:
    key: str  # entity id, or "" for quotes with no speaker
    label: str
    kind: str
    anonymous: bool | None
    background: str
    accent: str
    record: Record


def _sources(article: Record) -> dict[str, _Source]:
    """The sources of the article's quotes, in order of first quote, with their colours."""
    known = {str(s.get("id")): s for s in article.get("sources") or () if isinstance(s, Mapping)}
    mentions: dict[str, list[str]] = {}
    order: list[str] = []
    for quote in article.get("quotes") or ():
        speaker = quote.get("speaker")
        key = str(speaker.get("entity")) if isinstance(speaker, Mapping) else ""
        if key not in mentions:
            order.append(key)
            mentions[key] = []
        if isinstance(speaker, Mapping):
            mentions[key].append(str(speaker.get("text") or ""))
    found: dict[str, _Source] = {}
    for key in sorted(order, key=lambda k: k == ""):  # the no-speaker entry last
        if key == "":
            found[key] = _Source("", "no speaker found", "unknown", None, *NO_SPEAKER_COLOURS, {})
            continue
        speaker = next(
            q["speaker"]
            for q in article.get("quotes") or ()
            if isinstance(q.get("speaker"), Mapping) and str(q["speaker"].get("entity")) == key
        )
        record = {**speaker, **known.get(key, {})}
        kind = str(record.get("kind") or "unknown")
        found[key] = _Source(
            key, source_label(record, mentions[key]), kind, record.get("anonymous"), *colours(len(found)), record
        )
    return found


@attrs.frozen
class _Mark:
    start: int
    end: int
    role: str  # q (content), cue, spk (speaker mention), out (outlet), men (another mention of a source)
    quote: int  # -1 for men
    source: str = ""  # for men


def _marks(article: Record, length: int) -> list[_Mark]:
    marks = []
    speakers = {
        (m.get("start"), m.get("end"))
        for q in article.get("quotes") or ()
        if isinstance(m := q.get("speaker"), Mapping)
    }
    for source in article.get("sources") or ():
        for mention in source.get("mentions") or ():
            span = _span(mention)
            if span is not None and span not in speakers and span[0] < length:
                marks.append(_Mark(max(span[0], 0), min(span[1], length), "men", -1, str(source.get("id"))))
    for i, quote in enumerate(article.get("quotes") or ()):
        body = quote.get("quote") or {}
        pieces = [_span(f) for f in body.get("fragments") or ()] or [_span(body)]
        spans = [(piece, "q") for piece in pieces]
        spans += [(_span(quote.get("cue")), "cue"), (_span(quote.get("speaker")), "spk")]
        spans.append((_span(quote.get("outlet")), "out"))
        for span, role in spans:
            if span is not None and span[0] < length:
                marks.append(_Mark(max(span[0], 0), min(span[1], length), role, i))
    return marks


def _segments(text: str, marks: Sequence[_Mark]) -> Iterable[tuple[int, int, list[_Mark]]]:
    """The text cut at every mark's edges: each piece with the marks covering it."""
    edges = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    for start, end in itertools.pairwise(edges):
        yield start, end, [m for m in marks if m.start <= start and end <= m.end]


def _quote_key(quote: Record) -> str:
    speaker = quote.get("speaker")
    return str(speaker.get("entity")) if isinstance(speaker, Mapping) else ""


def _summary(n: int, quote: Record, source: _Source) -> str:
    """The one-line tooltip of a quote."""
    parts = [f"quote {n + 1} ({quote.get('type')})", f"source: {source.label}"]
    if source.key:
        parts.append(KIND_LABELS.get(source.kind, source.kind) + (", anonymous" if source.anonymous else ""))
    outlet = quote.get("outlet")
    if isinstance(outlet, Mapping):
        parts.append(f"outlet: {outlet.get('text')}")
    parts.append(f"rule: {quote.get('rule')}")
    return " · ".join(parts)


def _text_html(text: str, article: Record, sources: Mapping[str, _Source]) -> str:
    quotes = article["quotes"]
    marks = _marks(article, len(text))
    summaries = [_summary(i, q, sources[_quote_key(q)]) for i, q in enumerate(quotes)]
    first_piece: set[int] = set()
    out = []
    for start, end, covering in _segments(text, marks):
        piece = _e(text[start:end])
        if not covering:
            out.append(piece)
            continue
        content = sorted({m.quote for m in covering if m.role == "q"}, key=lambda i: _length(quotes[i]))
        related = sorted({m.quote for m in covering if m.role not in ("q", "men")})
        mentioned = sorted({m.source for m in covering if m.role == "men" and m.source in sources})
        roles = sorted({m.role for m in covering})
        attributes = [f'class="{" ".join(roles)}"']
        style = []
        if content:
            colour = sources[_quote_key(quotes[content[0]])]
            style.append(f"--qc:{colour.background}")
            attributes.append(f'data-q="{" ".join(map(str, content))}" data-s="{_e(colour.key)}"')
            if content[0] not in first_piece:
                first_piece.add(content[0])
                attributes.append('tabindex="0"')
        if related:
            style.append(f"--sc:{sources[_quote_key(quotes[related[0]])].accent}")
            attributes.append(f'data-r="{" ".join(map(str, related))}"')
        if mentioned:
            style.append(f"--mc:{sources[mentioned[0]].accent}")
        if style:
            attributes.append(f'style="{";".join(style)}"')
        tips = "\n".join(
            [
                *(summaries[i] for i in sorted({*content, *related})),
                *(f"mention of {sources[k].label}" for k in mentioned),
            ]
        )
        attributes.append(f'title="{_e(tips)}"')
        out.append(f"<span {' '.join(attributes)}>{piece}</span>")
    return "".join(out)


def _length(quote: Record) -> int:
    span = _span(quote.get("quote")) or (0, 0)
    return span[1] - span[0]


def _field(label: str, value: object) -> str:
    if value is None or value == "" or value == []:
        return ""
    return f"<dt>{_e(label)}</dt>\n<dd>{value if isinstance(value, _Html) else _e(value)}</dd>\n"


class _Html(str):
    """Text already escaped."""


def _span_text(data: object) -> str | None:
    return str(data["text"]) if isinstance(data, Mapping) and data.get("text") is not None else None


def _yes_no(value: object) -> str:
    return "yes" if value is True else "no" if value is False else "unknown"


def _detail(n: int, quote: Record, source: _Source) -> str:
    """The side-panel entry of one quote."""
    speaker = quote.get("speaker") if isinstance(quote.get("speaker"), Mapping) else None
    record = source.record
    evidence = record.get("evidence") or []
    evidence_html = _Html(
        "<ul>"
        + "".join(f"<li>“{_e(e.get('text'))}” <small>({_e(e.get('reason'))})</small></li>" for e in evidence)
        + "</ul>"
        if evidence
        else ""
    )
    swatch = f'<span class="swatch" style="--qc:{source.background};--sc:{source.accent}"></span>'
    rows = [
        _field("source", _Html(swatch + _e(source.label))),
        _field("kind", KIND_LABELS.get(source.kind, source.kind) if speaker else None),
        _field("anonymous", _yes_no(source.anonymous) if speaker else None),
        _field("evidence", evidence_html),
        _field("title", _span_text(record.get("title"))),
        _field("description", _span_text(record.get("description"))),
        _field("affiliation", _span_text(record.get("affiliation"))),
        _field("speaker mention", _span_text(speaker)),
        _field("cue", _span_text(quote.get("cue"))),
        _field("outlet", _span_text(quote.get("outlet"))),
        _field("audience", _span_text(quote.get("audience"))),
        _field("channel", _span_text(quote.get("channel"))),
        _field("type", quote.get("type")),
        _field("rule", quote.get("rule")),
        _field("sentence", quote.get("sentence")),
    ]
    body = quote.get("quote") or {}
    return (
        f'<section class="detail" id="detail-{n}" hidden><h3>Quote {n + 1}</h3>'
        f"<blockquote>{_e(body.get('text', ''))}</blockquote><dl>{''.join(rows)}</dl></section>"
    )


def _legend(article: Record, sources: Mapping[str, _Source]) -> str:
    counts: dict[str, int] = {}
    outlets: dict[str, list[str]] = {}
    for quote in article.get("quotes") or ():
        key = _quote_key(quote)
        counts[key] = counts.get(key, 0) + 1
        outlet = _span_text(quote.get("outlet"))
        if outlet and outlet not in outlets.setdefault(key, []):
            outlets[key].append(outlet)
    items = []
    for key, source in sources.items():
        about = [KIND_LABELS.get(source.kind, source.kind)] if key else []
        if source.anonymous:
            about.append("anonymous")
        about.append(f"{counts[key]} quote{'s' if counts[key] != 1 else ''}")
        if outlets.get(key):
            about.append("to " + ", ".join(outlets[key]))
        swatch = f'<span class="swatch" style="--qc:{source.background};--sc:{source.accent}"></span>'
        items.append(
            f'<li data-s="{_e(key)}" tabindex="0">{swatch}<strong>{_e(source.label)}</strong> '
            f"<small>{_e(' · '.join(about))}</small></li>"
        )
    return "".join(items)


CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f6f5f2;color:#1e1e1e;font:16px/1.6 Georgia,"Times New Roman",serif}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #ddd}
header h1{margin:0;font:600 19px/1.3 system-ui,sans-serif}
header p{margin:2px 0 0;color:#555;font:13px system-ui,sans-serif}
main{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:20px;max-width:1240px;margin:0 auto;padding:20px}
#text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:22px 30px;border:1px solid #ddd;
 border-radius:6px}
aside{position:sticky;top:12px;align-self:start;font:14px/1.45 system-ui,sans-serif}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#666;margin:0 0 6px}
.box{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 14px;margin-bottom:14px}
#legend ul{list-style:none;margin:0;padding:0}
#legend li{padding:3px 4px;border-radius:4px;cursor:pointer}
#legend li:hover,#legend li.on{background:#f0efe9}
#legend small{color:#555}
.swatch{display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:-2px;border-radius:3px;
 background:var(--qc);border:2px solid var(--sc)}
.keys{margin:8px 0 0;color:#555;font-size:13px}
.q{background:var(--qc);border-radius:2px;cursor:pointer}
.cue{font-weight:bold;text-decoration:underline 2px;text-underline-offset:3px}
.spk{box-shadow:inset 0 0 0 2px var(--sc);border-radius:3px;padding:0 1px}
.out{text-decoration:underline dotted 2px;text-underline-offset:3px}
.men{border-bottom:2px dashed var(--mc)}
.sel{outline:2px solid #1e1e1e;outline-offset:1px}
.dim{background:transparent;box-shadow:none}
#text span:focus{outline:2px dashed #1e1e1e}
.detail h3{margin:0 0 6px;font-size:15px}
.detail blockquote{margin:0 0 8px;padding:6px 10px;background:#f6f5f2;border-left:3px solid #bbb;
 font:14px/1.45 Georgia,serif}
.detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0}
.detail dt{color:#666}.detail dd{margin:0}.detail ul{margin:0;padding-left:16px}
#hint{color:#666}
#js-errors{color:#a00;white-space:pre-wrap}
"""

ON_ERROR = """
window.onerror = function (message, source, line) {
  var root = document.documentElement;
  root.setAttribute("data-errors", String(Number(root.getAttribute("data-errors") || 0) + 1));
  var box = document.getElementById("js-errors");
  if (box) { box.hidden = false; box.textContent += message + " (line " + line + ")\\n"; }
};
"""

SCRIPT = """
(function () {
  var text = document.getElementById("text");
  var seen = {};
  text.querySelectorAll("[data-q]").forEach(function (el) {
    el.getAttribute("data-q").split(" ").forEach(function (i) { seen[i] = true; });
  });
  document.body.setAttribute("data-highlighted", String(Object.keys(seen).length));
  var pinned = null, shown = null;
  function show(i) {
    if (i === shown) return;
    document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel"); });
    document.querySelectorAll(".detail").forEach(function (el) { el.hidden = true; });
    shown = i;
    document.getElementById("hint").hidden = i !== null;
    if (i === null) return;
    document.querySelectorAll('[data-q~="' + i + '"],[data-r~="' + i + '"]').forEach(function (el) {
      el.classList.add("sel");
    });
    document.getElementById("detail-" + i).hidden = false;
  }
  function quoteOf(el) {
    var attr = el && el.closest && el.closest("[data-q],[data-r]");
    if (!attr) return null;
    return (attr.getAttribute("data-q") || attr.getAttribute("data-r")).split(" ")[0];
  }
  text.addEventListener("mouseover", function (e) { if (pinned === null) show(quoteOf(e.target)); });
  text.addEventListener("mouseleave", function () { if (pinned === null) show(null); });
  text.addEventListener("focusin", function (e) { if (pinned === null) show(quoteOf(e.target)); });
  text.addEventListener("click", function (e) {
    var i = quoteOf(e.target);
    pinned = i === pinned ? null : i;
    show(i);
  });
  var focus = null;
  function filter(item) {
    var key = item.getAttribute("data-s");
    focus = key === focus ? null : key;
    document.querySelectorAll("#legend li").forEach(function (li) {
      li.classList.toggle("on", li.getAttribute("data-s") === focus);
    });
    text.querySelectorAll("[data-s]").forEach(function (el) {
      el.classList.toggle("dim", focus !== null && el.getAttribute("data-s") !== focus);
    });
  }
  document.querySelectorAll("#legend li").forEach(function (li) {
    li.addEventListener("click", function () { filter(li); });
    li.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") filter(li); });
  });
  var wanted = /^#q([0-9]+)$/.exec(location.hash);  /* page.html#q3 opens on quote 3 */
  if (wanted && document.getElementById("detail-" + (wanted[1] - 1))) {
    pinned = String(wanted[1] - 1);
    show(pinned);
  }
  document.body.setAttribute("data-ready", "1");
})();
"""


def render_page(text: str, article: Record, *, title: str | None = None) -> str:
    """The HTML page of one article: ``text`` with the quotes of ``article`` (its record's JSON form) marked."""
    quotes = [q for q in article.get("quotes") or () if isinstance(q, Mapping)]
    article = {**article, "quotes": quotes}
    sources = _sources(article)
    named = [s for s in sources.values() if s.key]
    doc_id = article.get("doc_id")
    heading = title or f"quotex: {doc_id}"
    details = "".join(_detail(i, q, sources[_quote_key(q)]) for i, q in enumerate(quotes))
    stats = (
        f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} · {len(named)} source{'s' if len(named) != 1 else ''}"
        f" · {sum(1 for s in named if s.anonymous)} anonymous"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotex">
<title>{_e(heading)}</title>
<script>{ON_ERROR}</script>
<style>{CSS}</style>
</head>
<body data-quotes="{len(quotes)}">
<header><h1>{_e(heading)}</h1><p>{_e(stats)}</p></header>
<main>
<article id="text">{_text_html(text, article, sources)}</article>
<aside>
<section class="box" id="legend"><h2>Sources</h2><ul>{_legend(article, sources)}</ul>
<p class="keys"><span class="cue">cue</span> · <span class="spk" style="--sc:#555">speaker</span> ·
<span class="out">outlet</span> · <span class="men" style="--mc:#555">other mention</span> ·
click a source to pick out its quotes</p></section>
<section class="box" id="panel"><h2>Quote</h2><p id="hint">Point at or click a highlighted quote.</p>
{details}</section>
<pre id="js-errors" hidden></pre>
</aside>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
