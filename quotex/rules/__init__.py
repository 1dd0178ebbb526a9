"""Rule-based quote finders.

Each rule is a small generator function ``find(doc, quotations, found)`` that
yields :class:`Candidate` quotes; it sees what the rules before it found.
:data:`RULES` names every rule with the pattern it matches and an example, so
that each quote quotex reports says which rule produced it and docs/rules.md
can say why. :data:`STAGES` is the order the finders run in: where two quotes
overlap, the earlier finder wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document
from ..quotemarks import Quotation
from . import settle
from .base import Candidate, Rule, RuleFunction
from .content import CONTENT_RULES, noun_content, passive_objects, pro_forms, verb_content
from .direct import DIRECT_RULES, colon_quotes, continued_quotes, cued_quotes, dash_quotes
from .indirect import (
    INDIRECT_RULES,
    according_to,
    colon_labels,
    parenthetical_reports,
    passive_reports,
    poll_openers,
    reported_clauses,
    speakerless_clauses,
    stance_clauses,
)

__all__ = ["RULES", "STAGES", "Candidate", "Rule", "find_candidates"]

RULES: dict[str, Rule] = {rule.name: rule for rule in (*DIRECT_RULES, *INDIRECT_RULES, *CONTENT_RULES)}

STAGES: tuple[RuleFunction, ...] = (
    cued_quotes,
    reported_clauses,
    according_to,
    poll_openers,
    parenthetical_reports,
    passive_reports,
    stance_clauses,
    verb_content,
    pro_forms,
    noun_content,
    passive_objects,
    speakerless_clauses,
    colon_labels,
    colon_quotes,
    dash_quotes,
    continued_quotes,
)


def find_candidates(doc: Document, quotations: Sequence[Quotation]) -> list[Candidate]:
    """Every quote the rules find in ``doc``, overlaps settled, in text order."""
    return settle.find_candidates(doc, quotations, STAGES)
