"""Faster, output-identical stand-ins for two rule-based spaCy components.

The small English pipeline spends a fifth of its time in two rule-based
components that do per-token Python work:

* ``attribute_ruler`` runs a Matcher with ~180 patterns over every document and
  then sets the attributes of each match through a ``Span`` (the Penn tag to the
  universal part of speech and morphology, plus word-specific exceptions).
  :class:`FastAttributeRuler` evaluates the same patterns once per distinct
  token (tag, lowercase form, dependency, space flag), caches the outcome, and
  writes the results with one ``Doc.from_array`` call. Patterns spanning several
  tokens (``gon na``, ``let 's``) are matched from the same cached per-token tests.
* ``lemmatizer`` (rule mode) builds a ``Token`` for every word and recomputes
  the lemma of every base form; its lookup of candidate forms scans a list of up
  to 57,000 words. :class:`CachedLemmatizer` caches the lemma by (word, part of
  speech, morphology), the very key of the stock lemmatizer's own cache, and
  calls the stock lemmatizer on a miss, whose word index becomes a set.

Both give exactly what the stock components give (tests/test_spacy_fast.py
compares them on written sentences). :func:`speed_up` installs them and keeps
the stock component whenever its configuration is one these do not reproduce.
"""

# No ``from __future__ import annotations`` here: spaCy's factory registry reads the
# factories' annotations at run time, and older confection releases cannot resolve them as strings.
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs

__all__ = ["CACHE_LIMIT", "CachedLemmatizer", "FastAttributeRuler", "Unsupported", "speed_up"]

CACHE_LIMIT = 20_000  # entries per cache; emptied past it so memory stays flat on long streams

_READ = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP, "IS_SPACE": IS_SPACE}  # pattern keys understood
_FLAGS = {IS_SPACE}
_WRITE = [POS, MORPH, LEMMA, TAG, DEP]  # token-only attributes: setting them never touches the lexeme

Row = tuple[int, ...]  # a token's values of the attributes the patterns read


class Unsupported(ValueError):
    """A pattern or setting that the fast components do not reproduce exactly."""


class _TokenTest:
    """The Matcher's test of one token of a pattern, over a token's :data:`Row`.

    Mirrors spacy.matcher: strings compare by string id, flags by 0/1, ``IN`` and
    ``NOT_IN`` by sets of ids, ``REGEX`` by ``re.search`` on the attribute's string.
    ``needs`` is a (column, ids) that any matching token has, if the test has one:
    tokens are tried only on the tests they may pass.
    """

    def __init__(self, vocab: Any, spec: dict[str, Any], columns: list[int]) -> None:
        self.strings = vocab.strings
        self.checks: list[tuple[str, int, Any]] = []  # (operator, column, operand)
        needs: dict[int, frozenset[int]] = {}
        for key, value in spec.items():
            if key not in _READ:
                raise Unsupported(f"pattern key {key!r}")
            attr = _READ[key]
            if attr not in columns:
                columns.append(attr)
            col = columns.index(attr)
            if isinstance(value, dict):
                for op, arg in value.items():
                    if op in ("IN", "NOT_IN") and isinstance(arg, list) and attr not in _FLAGS:
                        ids = frozenset(get_string_id(v) for v in arg)
                        self.checks.append((op, col, ids))
                        if op == "IN":
                            needs[attr] = ids
                    elif op == "REGEX" and isinstance(arg, str) and attr not in _FLAGS:
                        self.checks.append((op, col, re.compile(arg).search))
                    else:
                        raise Unsupported(f"pattern predicate {key}: {op}")
            elif attr in _FLAGS and isinstance(value, bool):
                self.checks.append(("==", col, int(value)))
            elif attr not in _FLAGS and isinstance(value, str):
                self.checks.append(("==", col, get_string_id(value)))
                needs[attr] = frozenset([get_string_id(value)])
            else:
                raise Unsupported(f"pattern value {key}: {value!r}")
        # The most selective attribute to index the test by: the word, else the tag, else the dependency.
        attr = next((a for a in (LOWER, ORTH, TAG, DEP) if a in needs), None)
        self.needs = None if attr is None else (columns.index(attr), needs[attr])

    def __call__(self, row: Row) -> bool:
        for op, col, arg in self.checks:
            value = row[col]
            if op == "==":
                ok = value == arg
            elif op == "IN":
                ok = value in arg
            elif op == "NOT_IN":
                ok = value not in arg
            else:  # REGEX
                ok = arg(self.strings[value]) is not None
            if not ok:
                return False
        return True


class _Rule:
    """One AttributeRuler entry: its place in the order, the token to set, the (column, value) writes."""

    def __init__(self, vocab: Any, order: int, entry: dict[str, Any]) -> None:
        attrs = normalize_token_attrs(vocab, dict(entry["attrs"]))  # the very values the stock ruler sets
        if any(attr not in _WRITE for attr in attrs):
            raise Unsupported(f"attributes {entry['attrs']!r}")
        self.order = order
        self.index: int = entry.get("index", 0)
        self.writes: list[tuple[int, int]] = [(_WRITE.index(attr), value) for attr, value in attrs.items()]


class FastAttributeRuler:
    """spaCy's AttributeRuler with the same patterns, evaluated once per distinct token.

    The stock ruler applies its matches in the order of their rules, a later rule
    overwriting an earlier one attribute by attribute, so each attribute of a
    token ends with the value of the last matching rule that sets it: this
    computes that. One-token patterns are decided once per distinct token
    (cached); longer ones from a cached bit per (pattern, position) that the
    token matches.
    """

    def __init__(self, vocab: Any, name: str = "attribute_ruler") -> None:
        self.vocab = vocab
        self.name = name
        self.columns: list[int] = []  # what the patterns read, in Row order
        # Every token test in rule order, with what a match does: a rule's writes, or a bit of a longer pattern.
        self.tests: list[tuple[_TokenTest, _Rule | int]] = []
        self.always: list[int] = []  # positions in tests of those without ``needs``
        self.index: list[tuple[int, dict[int, list[int]]]] = []  # (column, value -> positions in tests)
        self.multi: list[tuple[int, int, _Rule]] = []  # longer patterns: (length, first bit, rule)
        self.cache: dict[Row, tuple[tuple[tuple[int, int], ...], int]] = {}

    def set_patterns(self, patterns: Sequence[dict[str, Any]]) -> None:
        """Compile ``AttributeRuler.patterns``; raises :class:`Unsupported` for what it cannot reproduce."""
        columns: list[int] = []
        tests: list[tuple[_TokenTest, _Rule | int]] = []
        multi: list[tuple[int, int, _Rule]] = []
        bit = 0
        for order, entry in enumerate(patterns):
            rule = _Rule(self.vocab, order, entry)
            for pattern in entry["patterns"]:
                if not pattern or not all(isinstance(token, dict) for token in pattern):
                    raise Unsupported(f"pattern {pattern!r}")
                if not -len(pattern) <= rule.index < len(pattern):
                    raise Unsupported(f"index {rule.index} for {pattern!r}")  # the stock ruler raises on a match
                if len(pattern) == 1:
                    tests.append((_TokenTest(self.vocab, pattern[0], columns), rule))
                else:
                    tests.extend((_TokenTest(self.vocab, token, columns), bit + j) for j, token in enumerate(pattern))
                    multi.append((len(pattern), bit, rule))
                    bit += len(pattern)
        always: list[int] = []
        index: dict[int, dict[int, list[int]]] = {}
        for n, (test, _) in enumerate(tests):
            if test.needs is None:
                always.append(n)
            else:
                col, ids = test.needs
                for value in ids:
                    index.setdefault(col, {}).setdefault(value, []).append(n)
        self.columns, self.tests, self.always, self.multi = columns, tests, always, multi
        self.index = list(index.items())
        self.cache.clear()

    def _lookup(self, row: Row) -> tuple[tuple[tuple[int, int], ...], int]:
        """The (column, value) writes of the one-token rules, and the bits of the multi-token positions matched."""
        candidates = list(self.always)
        for col, positions in self.index:
            candidates.extend(positions.get(row[col], ()))
        writes: dict[int, int] = {}
        bits = 0
        for n in sorted(set(candidates)):  # in rule order: the last writer wins
            test, action = self.tests[n]
            if test(row):
                if isinstance(action, int):
                    bits |= 1 << action
                else:
                    writes.update(action.writes)
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
        self.cache[row] = entry = (tuple(writes.items()), bits)
        return entry

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cache = self.cache
        rows = list(map(tuple, doc.to_array(self.columns).tolist()))  # type: ignore[arg-type]
        entries = [cache.get(row) or self._lookup(row) for row in rows]
        values: Any = doc.to_array(_WRITE)
        for i, (writes, _) in enumerate(entries):
            for col, value in writes:
                values[i, col] = value
        if self.multi and any(bits for _, bits in entries):
            self._multi(rows, entries, values)
        doc.from_array(_WRITE, values)
        return doc

    def _multi(self, rows: list[Row], entries: list[Any], values: Any) -> None:
        """Add the multi-token matches: their tokens are set again from all their rules in rule order."""
        hits: dict[int, list[_Rule]] = {}
        flagged = [(i, bits) for i, (_, bits) in enumerate(entries) if bits]
        for length, first, rule in self.multi:
            for start, bits in flagged:
                if (
                    bits >> first & 1
                    and start + length <= len(entries)
                    and all(entries[start + j][1] >> (first + j) & 1 for j in range(1, length))
                ):
                    hits.setdefault(start + rule.index % length, []).append(rule)
        for i, rules in hits.items():
            rules.extend(action for test, action in self.tests if isinstance(action, _Rule) and test(rows[i]))
            for rule in sorted(rules, key=lambda r: r.order):
                for col, value in rule.writes:
                    values[i, col] = value

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def trim(self, limit: int) -> None:
        """Empty the cache if it holds more than ``limit`` entries."""
        if len(self.cache) > limit:
            self.cache.clear()


class CachedLemmatizer:
    """spaCy's rule lemmatizer behind a cache keyed as its own: (word, part of speech, morphology).

    The stock component sets a lemma only where none is set (the attribute ruler
    sets some), and its answer depends on nothing but that key, so each distinct
    key is lemmatized once, by the stock component itself.
    """

    def __init__(self, vocab: Any, name: str = "lemmatizer") -> None:
        self.vocab = vocab
        self.name = name
        self.base: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], str] = {}

    def set_base(self, base: Lemmatizer) -> None:
        if base.mode != "rule" or base.overwrite:
            raise Unsupported(f"lemmatizer mode {base.mode!r}, overwrite={base.overwrite}")
        self.base = base
        _index_as_sets(base)
        self.cache.clear()

    def __call__(self, doc: Doc) -> Doc:
        assert self.base is not None, "set_base first"
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = rows[:, 3].copy()
        add = self.vocab.strings.add
        cache = self.cache
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = self.base.lemmatize(doc[i])[0]
                if len(cache) >= CACHE_LIMIT:
                    self.trim(0)
                cache[key] = text
            lemmas[i] = add(text)  # adds it to the current memory zone, as token.lemma_ = text does
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    @property
    def lookups(self) -> Any:
        """The stock lemmatizer's tables (``lemma_index`` holds sets here)."""
        assert self.base is not None, "set_base first"
        return self.base.lookups

    def trim(self, limit: int) -> None:
        """Empty the cache, and the stock lemmatizer's, if it holds more than ``limit`` entries."""
        if len(self.cache) > limit:
            self.cache.clear()
            if self.base is not None:
                self.base.cache.clear()  # filled by this cache's misses alone, so never the larger


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the rule lemmatizer's word index sets: it only tests membership (``form in index``)."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for key in list(table.keys()):
        table[key] = frozenset(table[key])


@Language.factory("quotex_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name)


@Language.factory("quotex_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, name)


def speed_up(nlp: Language) -> list[str]:
    """Swap the pipeline's attribute ruler and rule lemmatizer for the fast equivalents, in place.

    Returns the names of the components replaced; a component whose patterns or
    settings the fast one does not reproduce exactly is left as it is.
    """
    replaced = []
    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler:
            fast_ruler = FastAttributeRuler(nlp.vocab, name)
            try:
                fast_ruler.set_patterns(component.patterns)
            except Unsupported:
                continue
            new_ruler = nlp.replace_pipe(name, "quotex_attribute_ruler")
            assert isinstance(new_ruler, FastAttributeRuler)
            new_ruler.set_patterns(component.patterns)
            replaced.append(name)
        elif isinstance(component, Lemmatizer) and component.mode == "rule" and not component.overwrite:
            new_lemmatizer = nlp.replace_pipe(name, "quotex_lemmatizer")
            assert isinstance(new_lemmatizer, CachedLemmatizer)
            new_lemmatizer.set_base(component)
            replaced.append(name)
    return replaced
