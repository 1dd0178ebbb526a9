"""Time of the rules alone (quotex.extract.analyse: rules, speakers, outlets) over parsed articles.

    python benchmarks/rules.py ../shared/data/polnear-train.jsonl --limit 150 --save /tmp/parsed.pkl
    python benchmarks/rules.py ../shared/data/polnear-train.jsonl --limit 150 --load /tmp/parsed.pkl --passes 5

Parses the first ``--limit`` articles with the spaCy adapter (or loads the parses
that ``--save`` pickled), then runs the rules over them ``--passes`` times, as the
runner does (chunks, analysis, merge), and prints seconds per pass. Wall-clock
time drifts on a shared machine, so compare passes taken together; for figures
that do not drift, count instructions with valgrind, which needs ``--load`` (the
parser under valgrind is far too slow) and the difference of two runs:

    valgrind --tool=cachegrind --cache-sim=no python benchmarks/rules.py CORPUS --load P --passes 0
    valgrind --tool=cachegrind --cache-sim=no python benchmarks/rules.py CORPUS --load P --passes 2
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from collections.abc import Iterable, Iterator

from quotex.extract import analyse
from quotex.io import Article, read_inputs
from quotex.model import Document
from quotex.normalize import analyse_texts


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("corpus", help="JSONL with id and text fields")
    options.add_argument("--limit", type=int, default=150)
    options.add_argument("--passes", type=int, default=3)
    options.add_argument("--save", help="pickle the parses to this file")
    options.add_argument("--load", help="read the parses from this file instead of parsing")
    args = options.parse_args()

    items = [(a.text, a.doc_id) for a in read_inputs([args.corpus]) if isinstance(a, Article)][: args.limit]
    if args.load:
        with open(args.load, "rb") as f:
            parsed: dict[tuple[str, str], Document] = pickle.load(f)
    else:
        from quotex.parsers.spacy_parser import SpacyParser

        parser = SpacyParser()
        parsed = {}

        def parse_and_keep(pieces: Iterable[tuple[str, str]]) -> Iterator[Document]:
            for doc in parser.pipe(pieces):
                parsed[(doc.text, doc.id)] = doc
                yield doc

        for _ in analyse_texts(parse_and_keep, analyse, items):
            pass
    if args.save:
        with open(args.save, "wb") as f:
            pickle.dump(parsed, f, protocol=pickle.HIGHEST_PROTOCOL)

    def from_store(pieces: Iterable[tuple[str, str]]) -> Iterator[Document]:
        return (parsed[piece] for piece in pieces)

    seconds = []
    for _ in range(args.passes):
        start = time.perf_counter()
        for _ in analyse_texts(from_store, analyse, items):
            pass
        seconds.append(round(time.perf_counter() - start, 3))
    print(json.dumps({"articles": len(items), "pieces": len(parsed), "seconds_per_pass": seconds}))


if __name__ == "__main__":
    main()
