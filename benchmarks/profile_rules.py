"""Where the rules spend their time: cProfile of ``quotex.extract.analyse`` over parsed articles.

    python benchmarks/profile_rules.py ../shared/data/polnear-train.jsonl --limit 200

Parses the first ``--limit`` articles first (not profiled), then profiles the
rules and speaker resolution alone and prints the functions with the most time
(cumulative and own), with the parse and rules totals for scale.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import time

from quotex.extract import Extractor
from quotex.io import Article, read_inputs
from quotex.normalize import parser_pieces


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("corpus", help="JSONL with id and text fields")
    options.add_argument("--limit", type=int, default=200)
    options.add_argument("--top", type=int, default=25)
    args = options.parse_args()

    articles = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)][: args.limit]
    extractor = Extractor("spacy")
    pieces = [(piece.text, a.doc_id) for a in articles for piece in parser_pieces(a.text)]
    start = time.process_time()
    docs = list(extractor.parser.pipe(pieces))
    parse = time.process_time() - start
    analyse = importlib.import_module("quotex.extract").analyse
    start = time.process_time()
    for doc in docs:
        analyse(doc)
    rules = time.process_time() - start
    print(f"{len(articles)} articles: parse {parse:.1f} s CPU, rules {rules:.2f} s CPU ({100 * rules / parse:.1f}%)")

    profile = cProfile.Profile()
    profile.enable()
    for doc in docs:
        analyse(doc)
    profile.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(args.top)
        print(f"--- by {order} ---")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


if __name__ == "__main__":
    main()
