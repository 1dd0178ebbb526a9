"""The ``quotex`` command: a thin layer over the Python API.

Library errors become a message and an exit status here, and only here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from . import __version__
from .errors import QuotexError
from .extract import Extractor
from .io import read_inputs
from .records import ErrorRecord, to_dict
from .runner import analyse_all

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1  # the run finished, but some inputs gave error records
EXIT_USAGE = 2


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotex", description="Quote and attribution extraction from news articles.")
    parser.add_argument("--version", action="version", version=f"quotex {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract quotes from articles as JSONL")
    extract.add_argument(
        "inputs", nargs="*", default=["-"], help="text files (one article each), *.jsonl, or - (stdin)"
    )
    extract.add_argument("-o", "--output", help="write JSONL here instead of stdout")
    extract.add_argument("--parser", default="spacy", choices=["spacy", "stanza"], help="parser backend")
    extract.add_argument("--id-field", default="id", help="JSONL field holding the article id (default: id)")
    extract.add_argument("--text-field", default="text", help="JSONL field holding the article text (default: text)")
    extract.add_argument("--stdin-format", default="text", choices=["text", "jsonl"], help="what stdin holds")
    extract.add_argument("--errors", help="write error records here instead of among the output")
    extract.add_argument(
        "--format",
        default="quotes",
        choices=["quotes", "article"],
        help="one record per quote (default) or one per article with its quotes and sources",
    )
    extract.set_defaults(run=run_extract)

    evaluate = commands.add_parser("eval", help="score quotex (or given predictions) against gold annotations")
    evaluate.add_argument("gold", help="gold JSONL (format: docs/evaluation.md)")
    evaluate.add_argument("--pred", help="predictions JSONL; without it quotex extracts from the gold texts")
    evaluate.add_argument("--anon", help="anonymity labels JSONL")
    evaluate.add_argument("--parser", default="spacy", choices=["spacy", "stanza"])
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--errors", help="write every miss and false alarm to this JSONL file")
    evaluate.add_argument("--save-pred", help="also write the predictions made to this JSONL file")
    evaluate.set_defaults(run=run_eval)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    extractor = Extractor(args.parser)
    output = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    errors_out = open(args.errors, "w", encoding="utf-8") if args.errors else output  # noqa: SIM115
    failures = 0
    try:
        items = read_inputs(
            args.inputs, id_field=args.id_field, text_field=args.text_field, stdin_format=args.stdin_format
        )
        for record in analyse_all(items, extractor):
            if isinstance(record, ErrorRecord):
                failures += 1
                errors_out.write(_dump(to_dict(record)) + "\n")
            elif args.format == "article":
                output.write(_dump(to_dict(record)) + "\n")
            else:
                output.writelines(_dump(to_dict(quote)) + "\n" for quote in record.quotes)
    finally:
        for stream in {output, errors_out} - {sys.stdout}:
            stream.close()
    return EXIT_INPUT_ERRORS if failures else EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    from . import evaluate

    gold = evaluate.load_gold(args.gold)
    if args.pred:
        predictions = evaluate.load_predictions(args.pred)
    else:
        extractor = Extractor(args.parser)
        records = [to_dict(q) for article in extractor.pipe((g.text, g.id) for g in gold) for q in article.quotes]
        if args.save_pred:
            with open(args.save_pred, "w", encoding="utf-8") as out:
                out.writelines(_dump(r) + "\n" for r in records)
        predictions = evaluate.group_predictions(records)
    anonymity = evaluate.load_anonymity(args.anon) if args.anon else None
    report = evaluate.evaluate(gold, predictions, anonymity)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as out:
            out.writelines(_dump(e) + "\n" for e in evaluate.error_records(gold, predictions))
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format_table())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except QuotexError as error:
        print(f"quotex: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
