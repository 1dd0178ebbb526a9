"""What a rule produces, and how rules are described."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import attrs

from ..model import Document, Token
from ..quotemarks import Quotation

__all__ = ["Candidate", "QuoteType", "Rule"]

QuoteType = str  # "direct", "indirect" or "mixed"


# Not frozen: a frozen attrs class sets each field through object.__setattr__ and costs several
# times as much to build, and candidates, mentions, quotations and events are built thousands of
# times a pass. Never changed once built, and hashed and compared as a frozen class is.
@attrs.define(unsafe_hash=True)
class Candidate:
    """A quote found by a rule, before overlaps are settled and speakers resolved."""

    rule: str
    pieces: tuple[tuple[int, int], ...]  # content spans in text order; more than one when split
    type: QuoteType
    cue: Token | None
    speaker: Token | None  # head token of the local speaker mention
    sentence: int  # index of the sentence that holds the cue (else the first of the quote)
    # The cue's exact characters when they are only part of the cue token
    # (a dash glued to a closing mark: '"―').
    cue_span: tuple[int, int] | None = None
    # Where the first piece starts and the last ends: read very often while overlaps are settled.
    start: int = attrs.field(init=False, eq=False, repr=False)
    end: int = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.start = self.pieces[0][0]
        self.end = self.pieces[-1][1]

    def with_pieces(self, pieces: tuple[tuple[int, int], ...], quote_type: QuoteType | None = None) -> Candidate:
        """This candidate over other ``pieces`` (and of another ``quote_type``): ``attrs.evolve``, built
        directly, costs a tenth as much (asked of every candidate typed as it is settled)."""
        return Candidate(
            self.rule, pieces, quote_type or self.type, self.cue, self.speaker, self.sentence, self.cue_span
        )

    def length(self) -> int:
        return sum(end - start for start, end in self.pieces)


# A rule reads the document, its quotations and what the rules before it found.
RuleFunction = Callable[[Document, Sequence[Quotation], Sequence[Candidate]], Iterator[Candidate]]


@attrs.frozen
class Rule:
    """A named rule with the pattern it matches and an example, for docs and audits."""

    name: str
    pattern: str
    example: str
    find: RuleFunction
