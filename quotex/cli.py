"""The ``quotex`` command: a thin layer over the Python API.

Library errors become a message and an exit status here, and only here.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from . import __version__
from .errors import QuotexError
from .extract import Extractor
from .io import open_output, read_inputs
from .records import ErrorRecord, to_dict
from .runner import DEFAULT_BATCH_SIZE, Progress, analyse, count_inputs

__all__ = ["main"]

# Exit statuses of ``quotex extract`` (docs/input.md).
EXIT_OK = 0
EXIT_INPUT_ERRORS = 1  # the run finished, but some inputs gave error records
EXIT_USAGE = 2  # bad arguments, or no parser model installed
EXIT_OUTPUT = 3  # an input or output file could not be opened or written
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM: -o and --errors files are left as they were

EXIT_STATUS_HELP = """exit status:
  0    every input was read and analysed
  1    the run finished, but some inputs gave error records (see --errors)
  2    bad arguments, or no parser model installed
  3    the output could not be written
  130  interrupted (Ctrl-C or SIGTERM); -o and --errors files are left as they were
"""


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotex", description="Quote and attribution extraction from news articles.")
    parser.add_argument("--version", action="version", version=f"quotex {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract",
        help="extract quotes from articles as JSONL",
        epilog=EXIT_STATUS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "inputs", nargs="*", default=["-"], help="text files (one article each), *.jsonl, or - (stdin)"
    )
    extract.add_argument(
        "-o", "--output", help="write JSONL here instead of stdout; the file appears, complete, when the run ends"
    )
    extract.add_argument("--parser", default="spacy", choices=["spacy", "stanza"], help="parser backend")
    extract.add_argument("--id-field", default="id", help="JSONL field holding the article id (default: id)")
    extract.add_argument("--text-field", default="text", help="JSONL field holding the article text (default: text)")
    extract.add_argument("--stdin-format", default="text", choices=["text", "jsonl"], help="what stdin holds")
    extract.add_argument(
        "--errors", help="write error records here instead of among the output (also complete, when the run ends)"
    )
    extract.add_argument(
        "--format",
        default="quotes",
        choices=["quotes", "article"],
        help="one record per quote (default) or one per article with its quotes and sources",
    )
    extract.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes, each loading the parser once (default: 1); the output stays in input order",
    )
    extract.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"articles given to the parser at a time (default: {DEFAULT_BATCH_SIZE})",
    )
    extract.add_argument(
        "--quiet", action="store_true", help="no progress line on stderr (shown only when stderr is a terminal)"
    )
    extract.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster (tcp://HOST:8786, a scheduler file, or local:N for N local workers), "
        "one task per input file; -o names the output directory (docs/dask.md)",
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

    rules = commands.add_parser("rules", help="list the rules with the pattern each matches (docs/rules.md)")
    rules.add_argument("--json", action="store_true", help="print the rules as JSON")
    rules.set_defaults(run=run_rules)

    audit = commands.add_parser(
        "audit",
        help="the sourcing audit: quotes, sources by kind, anonymity, top speakers, outlets (docs/audit.md)",
        description="Per article and overall: quotes, distinct sources, shares of named persons, organizations, "
        "unnamed persons and groups and anonymous sources (by count and by quoted words), top speakers, outlets. "
        "Reads raw articles (extracting their quotes) or saved `quotex extract` output.",
    )
    audit.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        help="text files, folders (their *.txt files), *.jsonl corpora, saved quotex output, or - (stdin)",
    )
    audit_format = audit.add_mutually_exclusive_group()
    audit_format.add_argument("--json", action="store_true", help="print the figures as JSON")
    audit_format.add_argument("--csv", action="store_true", help="print one CSV row per article and one overall")
    audit.add_argument("--top", type=int, default=5, metavar="N", help="speakers listed (default: 5)")
    audit.add_argument("--parser", default="spacy", choices=["spacy", "stanza"], help="parser backend")
    audit.add_argument("--id-field", default="id", help="JSONL field holding the article id (default: id)")
    audit.add_argument("--text-field", default="text", help="JSONL field holding the article text (default: text)")
    audit.add_argument("--stdin-format", default="text", choices=["text", "jsonl"], help="what stdin holds")
    audit.add_argument(
        "--quiet", action="store_true", help="no progress line on stderr (shown only when stderr is a terminal)"
    )
    audit.set_defaults(run=run_audit)

    show = commands.add_parser(
        "show", help="one article as a self-contained HTML page, its quotes highlighted by source (docs/audit.md)"
    )
    show.add_argument("article", help="a text file, a JSONL file (the first article, or --id), or - (stdin)")
    show.add_argument("-o", "--output", default="-", help="write the page here (default: stdout)")
    show.add_argument("--id", dest="doc_id", help="in a JSONL file, the id of the article to show")
    show.add_argument("--parser", default="spacy", choices=["spacy", "stanza"], help="parser backend")
    show.add_argument("--id-field", default="id", help="JSONL field holding the article id (default: id)")
    show.add_argument("--text-field", default="text", help="JSONL field holding the article text (default: text)")
    show.add_argument("--stdin-format", default="text", choices=["text", "jsonl"], help="what stdin holds")
    show.set_defaults(run=run_show)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    if args.jobs < 1 or args.batch_size < 1:
        raise QuotexError("--jobs and --batch-size must be at least 1")
    if args.dask:
        return _run_dask(args)
    failures = 0
    with contextlib.ExitStack() as stack:  # outputs first: a bad -o fails before the model loads
        stack.enter_context(_terminate_as_interrupt())
        output = stack.enter_context(open_output(args.output))
        separate = args.errors and os.path.abspath(args.errors) != os.path.abspath(args.output or "-")
        errors_out = stack.enter_context(open_output(args.errors)) if separate else output
        items = read_inputs(
            args.inputs, id_field=args.id_field, text_field=args.text_field, stdin_format=args.stdin_format
        )
        progress = stack.enter_context(Progress(enabled=False if args.quiet else None))
        progress.count_in_background(lambda: count_inputs(args.inputs))
        records = analyse(items, functools.partial(Extractor, args.parser), jobs=args.jobs, batch_size=args.batch_size)
        for record in progress.wrap(records):
            if isinstance(record, ErrorRecord):
                failures += 1
                errors_out.write(_dump(to_dict(record)) + "\n")
            elif args.format == "article":
                output.write(_dump(to_dict(record)) + "\n")
            else:
                output.writelines(_dump(to_dict(quote)) + "\n" for quote in record.quotes)
    return EXIT_INPUT_ERRORS if failures else EXIT_OK


def _run_dask(args: argparse.Namespace) -> int:
    """``extract --dask``: one task per input file, one output file per input in the -o directory."""
    if not args.output:
        raise QuotexError("--dask needs -o DIR: the directory (or fsspec URL) that gets one output file per input")
    if args.errors or args.jobs != 1 or "-" in args.inputs:
        raise QuotexError(
            "--dask reads files (not stdin), writes error records among each file's output (no --errors) "
            "and sizes itself by its workers (no --jobs; use --dask local:N)"
        )
    try:
        from .dask import connect, extract_files
    except ImportError as error:
        raise QuotexError(f"--dask needs Dask ({error}); install it with `pip install 'quotex[dask]'`") from None
    client, cluster = connect(args.dask)
    try:
        with Progress(unit="files", enabled=False if args.quiet else None) as progress:
            summary = extract_files(
                args.inputs,
                args.output,
                client=client,
                parser=args.parser,
                fmt=args.format,
                id_field=args.id_field,
                text_field=args.text_field,
                batch_size=args.batch_size,
                progress=progress,
            )
    finally:
        client.close()
        if cluster is not None:
            logging.getLogger("distributed.nanny").setLevel(logging.ERROR)  # not "still alive, killing" at exit
            cluster.close()
    for source, reason in summary.failed:
        print(f"quotex: {source}: not processed ({reason}); run the command again to retry it", file=sys.stderr)
    if not args.quiet:
        print(
            f"quotex: {len(summary.done)} files done, {len(summary.skipped)} already done (in the manifest), "
            f"{len(summary.failed)} failed; {summary.errors} error records",
            file=sys.stderr,
        )
    return EXIT_INPUT_ERRORS if summary.failed or summary.errors else EXIT_OK


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt, so that clean-up (removing temporary output) runs."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_rules(args: argparse.Namespace) -> int:
    from .rules import RULES

    table = [{"rule": r.name, "pattern": r.pattern, "example": r.example} for r in RULES.values()]
    if args.json:
        print(json.dumps(table, indent=2, ensure_ascii=False))
    else:
        for row in table:
            print(f"{row['rule']:24} {row['pattern']}\n{'':24} e.g. {row['example']}")
    return EXIT_OK


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


def run_audit(args: argparse.Namespace) -> int:
    from . import audit

    records = audit.read_articles(
        args.inputs,
        extractor=lambda: Extractor(args.parser),
        id_field=args.id_field,
        text_field=args.text_field,
        stdin_format=args.stdin_format,
    )
    with Progress(enabled=False if args.quiet else None) as progress:
        report = audit.audit_corpus(_counted(records, progress), top=args.top)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif args.csv:
        sys.stdout.write(audit.format_csv(report))
    else:
        print(audit.format_table(report))
    for error in report["errors"]:
        where = ", ".join(str(p) for p in (error.get("source"), error.get("line") and f"line {error['line']}") if p)
        print(f"quotex: {where}: {error['error']}", file=sys.stderr)
    return EXIT_INPUT_ERRORS if report["errors"] else EXIT_OK


def _counted(records: Iterator[dict[str, Any]], progress: Progress) -> Iterator[dict[str, Any]]:
    for record in records:
        yield record
        progress.update()


def run_show(args: argparse.Namespace) -> int:
    from .errors import InputError
    from .io import Article
    from .show import render_page

    items = read_inputs(
        [args.article], id_field=args.id_field, text_field=args.text_field, stdin_format=args.stdin_format
    )
    wanted = next((i for i in items if args.doc_id is None or i.doc_id == args.doc_id), None)
    if wanted is None:
        raise InputError(f"no article with id {args.doc_id!r}; give one of the ids in the file", source=args.article)
    if not isinstance(wanted, Article):
        raise InputError(wanted.error, source=wanted.source, line=wanted.line, doc_id=wanted.doc_id)
    record = Extractor(args.parser).article(wanted.text, wanted.doc_id)
    page = render_page(wanted.text, to_dict(record))
    if args.output == "-":
        sys.stdout.write(page)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(page)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except QuotexError as error:
        print(f"quotex: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (quotex extract ... | head)
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"quotex: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        print("quotex: interrupted; -o and --errors files are left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
