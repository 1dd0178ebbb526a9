"""From article text to quote records: parse, find quotations, run the rules,
resolve speakers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .model import Document, Token
from .normalize import analyse_texts
from .outlets import CONTINUATION_ADVERBS, CONTINUATION_VERBS, Event, Setting, find_setting, inherit_outlets
from .parsers import Parser, load_parser
from .quotemarks import find_quotations
from .records import ArticleRecord, QuoteRecord, SourceRecord, Span, Speaker
from .rules import Candidate, find_candidates
from .speakers import SourceIndex, resolve_sources
from .syntax import CLAUSAL_COMPLEMENTS

__all__ = ["Extractor", "analyse", "extract", "extract_document"]


def extract_document(doc: Document) -> list[QuoteRecord]:
    """The quotes of an already parsed article."""
    return list(analyse(doc).quotes)


def analyse(doc: Document) -> ArticleRecord:
    """The quotes and the sources of an already parsed article."""
    quotations = find_quotations(doc.text, [(p.start, p.end) for p in doc.paragraphs])
    candidates = find_candidates(doc, quotations)
    sources = resolve_sources(doc, [c.speaker for c in candidates if c.speaker is not None], quotations)
    contents = [_token_indexes(doc, c.pieces) for c in candidates]
    settings = [_setting(doc, c, content) for c, content in zip(candidates, contents, strict=True)]
    outlets, source_outlets = _outlets(doc, candidates, settings, sources, set().union(*contents))
    records = []
    for candidate, setting, outlet in zip(candidates, settings, outlets, strict=True):
        start, end = candidate.start, candidate.end
        cue = candidate.cue
        records.append(
            QuoteRecord(
                doc_id=doc.id,
                quote=Span(start, end, doc.text[start:end]),
                fragments=tuple(Span(s, e, doc.text[s:e]) for s, e in candidate.pieces)
                if len(candidate.pieces) > 1
                else (),
                type=candidate.type,
                cue=None if cue is None else _cue_span(doc, candidate),
                speaker=_speaker(sources, candidate.speaker),
                rule=candidate.rule,
                sentence=candidate.sentence,
                paragraph=doc.sentences[candidate.sentence].paragraph,
                outlet=outlet,
                audience=setting.audience,
                channel=setting.channel,
            )
        )
    source_records = tuple(
        SourceRecord(
            s.id,
            s.kind,
            s.name,
            tuple(Span(m.start, m.end, m.text) for m in s.mentions),
            anonymous=s.anonymous,
            title=s.title,
            description=s.description,
            affiliation=s.affiliation,
            evidence=tuple(s.evidence),
            outlets=tuple(source_outlets.get(s.id, ())),
        )
        for s in sources.sources
    )
    return ArticleRecord(doc.id, tuple(records), source_records)


def _token_indexes(doc: Document, pieces: Sequence[tuple[int, int]]) -> set[int]:
    """The indexes of the tokens of a quote's pieces."""
    found: set[int] = set()
    for start, end in pieces:
        found.update(doc.token_indexes(start, end))
    return found


def _speaker(sources: SourceIndex, head: Token | None) -> Speaker | None:
    if head is None:
        return None
    source = sources.source_of(head)
    mention = sources.mentions[head.i]
    assert source is not None
    return Speaker(
        mention.start,
        mention.end,
        mention.text,
        source.name,
        source.id,
        kind=source.kind,
        anonymous=source.anonymous,
        title=source.title,
        description=source.description,
        affiliation=source.affiliation,
        evidence=tuple(source.evidence),
    )


def _setting(doc: Document, candidate: Candidate, content: set[int]) -> Setting:
    """The outlet, audience and channel in the reporting clause of a quote (``content``: the
    indexes of the quote's tokens)."""
    if candidate.cue is None:
        return Setting()
    if candidate.speaker is None:
        return find_setting(doc, candidate.cue, skip=content)
    speaker = candidate.speaker
    setting = find_setting(doc, candidate.cue, skip=content | _speaker_words(doc, candidate.cue, speaker))
    if setting.outlet is not None:
        return setting
    asides = _asides(doc, speaker)
    if not asides:
        return setting
    # "Scholz, in an interview with Der Spiegel, said": the setting hung on the speaker
    inside = {t.i for aside in asides for t in doc.subtree(aside)}
    aside = find_setting(doc, speaker, skip=content | ({t.i for t in doc.subtree(speaker)} - inside))
    return Setting(aside.outlet, setting.audience or aside.audience, setting.channel or aside.channel)


# What may end a phrase set off after a speaker's name.
ASIDE_ENDS = frozenset({",", ".", ";"})


def _asides(doc: Document, speaker: Token) -> list[Token]:
    """The prepositional phrases and present participles set off by punctuation on both sides
    after ``speaker``: where they spoke ("Scholz, in an interview with Der Spiegel, said", "The
    minister, speaking to the BBC, said"); not "emailed to delegates", "to the committee suggests"."""
    asides = []
    for c in doc.children(speaker):
        if c.i < speaker.i or doc.tokens[c.i - 1].text != ",":
            continue
        if not (c.deprel == "prep" or (c.deprel == "acl" and c.tag == "VBG")):
            continue
        end = doc.subtree(c)[-1].i + 1
        if end < len(doc.tokens) and doc.tokens[end].text in ASIDE_ENDS:
            asides.append(c)
    return asides


def _speaker_words(doc: Document, cue: Token, speaker: Token) -> set[int]:
    """What a walk down the reporting clause from ``cue`` must not enter to keep out of the speaker
    mention: the speaker alone, as its words hang from it; all of them when the cue is among them
    ("Smith, who told ...")."""
    token = cue
    while not token.is_root:  # up from the cue: a loop, not any() over doc.ancestors(), for every quote
        token = doc.tokens[token.head]
        if token.i == speaker.i:
            return {t.i for t in doc.subtree(speaker)}
    return {speaker.i}


def _continued_by_adverb(doc: Document, cue: Token) -> bool:
    """``she said further``: an adverb on the cue that makes its quote carry on the one before."""
    # a loop, not any() over a generator: asked of every cue
    for child in doc.children(cue):  # noqa: SIM110
        if child.lower in CONTINUATION_ADVERBS:
            return True
    return False


def _outlets(
    doc: Document,
    candidates: Sequence[Candidate],
    settings: Sequence[Setting],
    sources: SourceIndex,
    inside: set[int],
) -> tuple[list[Span | None], dict[str, list[Span]]]:
    """The outlet of each quote, own or inherited, and the outlets each source spoke to
    (``inside``: the indexes of the tokens inside quotes).

    Reporting verbs with a speaker but no quote ("A military source told Sputnik
    Arabic details") take part: they name outlets and start or break a run of
    one source's quotes.
    """
    events: list[tuple[Event, int | None]] = []
    cues = {c.cue.i for c in candidates if c.cue is not None}
    for n, (candidate, setting) in enumerate(zip(candidates, settings, strict=True)):
        cue = candidate.cue
        source = sources.source_of(candidate.speaker) if candidate.speaker is not None else None
        continues = cue is None or cue.lemma.lower() in CONTINUATION_VERBS or _continued_by_adverb(doc, cue)
        position = cue.start if cue is not None else candidate.start
        paragraph = doc.sentences[candidate.sentence].paragraph
        events.append((Event(position, source.id if source else None, setting, paragraph, True, continues), n))
    for statement in sources.statements:
        verb = doc.tokens[statement.verb]
        if verb.i in cues or verb.i in inside:
            continue  # a cue of a quote, or a report inside one
        source = sources.by_head.get(statement.speaker)
        skip = _speaker_words(doc, verb, doc.tokens[statement.speaker])
        skip |= {c.i for c in doc.children(verb) if c.deprel in CLAUSAL_COMPLEMENTS}
        setting = find_setting(doc, verb, skip=skip)
        paragraph = doc.sentences[verb.sent].paragraph
        events.append((Event(verb.start, source.id if source else None, setting, paragraph, False, False), None))
    events.sort(key=lambda e: e[0].position)
    inherited = inherit_outlets([e for e, _ in events])
    outlets: list[Span | None] = [None] * len(candidates)
    by_source: dict[str, list[Span]] = {}
    for (event, index), outlet in zip(events, inherited, strict=True):
        if index is not None:
            outlets[index] = outlet
        own = event.setting.outlet
        if own is not None and event.source is not None:
            seen = by_source.setdefault(event.source, [])
            if all(o.text.lower() != own.text.lower() for o in seen):
                seen.append(own)
    return outlets, by_source


class Extractor:
    """Keeps a loaded parser for many calls.

    >>> extractor = Extractor()                      # doctest: +SKIP
    >>> extractor('"We won," she said.', "a1")       # doctest: +SKIP
    """

    def __init__(self, parser: str | Parser = "spacy", **parser_options: object) -> None:
        self.parser = load_parser(parser, **parser_options) if isinstance(parser, str) else parser

    def __call__(self, text: str, doc_id: str = "") -> list[QuoteRecord]:
        return list(self.article(text, doc_id).quotes)

    def article(self, text: str, doc_id: str = "") -> ArticleRecord:
        """The quotes and sources of one article."""
        return next(self.pipe([(text, doc_id)]))

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[ArticleRecord]:
        """Analyse ``(text, doc_id)`` pairs, batching the parser; one record per pair, in input order.

        The parser sees each text normalised, a long one in paragraph-aligned chunks;
        every offset indexes the text as given (quotex.normalize, docs/input.md).
        """
        return analyse_texts(self.parser.pipe, analyse, items)


_extractors: dict[str, Extractor] = {}


def extract(text: str, doc_id: str = "", *, parser: str = "spacy") -> list[QuoteRecord]:
    """The quotes of one article; the parser is loaded once and kept."""
    if parser not in _extractors:
        _extractors[parser] = Extractor(parser)
    return _extractors[parser](text, doc_id)


def _cue_span(doc: Document, candidate: Candidate) -> Span:
    assert candidate.cue is not None
    start, end = candidate.cue_span or (candidate.cue.start, candidate.cue.end)
    return Span(start, end, doc.text[start:end])
