"""Throughput of ``quotex extract`` over a JSONL corpus: articles/s, words/s, parse vs rules, peak RSS.

    python benchmarks/throughput.py ../shared/data/polnear-train.jsonl --jobs 1
    python benchmarks/throughput.py ../shared/data/polnear-train.jsonl --jobs 2
    python benchmarks/throughput.py ../shared/data/polnear-train.jsonl --per-article

Reads the corpus by path and runs the same code as the command (reader, runner,
JSONL lines written to /dev/null). With ``--jobs 1`` it also splits the time
between the parser (spaCy and the conversion to quotex's document model) and
the rest (rules, speaker resolution, normalisation), per article. ``--per-article``
measures the baseline the batching is compared with: one ``Extractor.article``
call per article.

Loading the model is timed apart, the same way for one process and for N:
``seconds`` and ``articles_per_s`` run from the moment the first extractor is
ready (with ``--jobs 1``, once it is built and has read a warm-up sentence; with
``--jobs N``, once the first worker has done the same) to the last record, the
steady rate a long corpus sees; ``load_s`` is the time before that moment, and
``seconds_with_load`` and ``articles_per_s_with_load`` count it in. Prints one
JSON object with the figures; with ``--jobs N`` also when each worker was
ready, the workers' CPU time and the share of N cores they got (``cpu_share``,
below 1 when other processes competed for the cores).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from quotex.extract import Extractor
from quotex.io import Article, read_inputs
from quotex.model import Document
from quotex.records import ArticleRecord
from quotex.runner import DEFAULT_BATCH_SIZE, analyse, analyse_all, record_lines


class Clock:
    """Time spent inside wrapped calls and generators."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def generator(self, items: Iterator[Document]) -> Iterator[Document]:
        while True:
            start = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            yield item


def instrument(extractor: Extractor) -> tuple[Clock, Clock]:
    """Time the parser's pipe and quotex.extract.analyse (rules and speakers) in this process."""
    parse, rules = Clock(), Clock()
    parser = extractor.parser
    pipe = parser.pipe

    def timed_pipe(items: Iterable[tuple[str, str]]) -> Iterator[Document]:
        return parse.generator(iter(pipe(items)))

    module = importlib.import_module("quotex.extract")  # not quotex.extract: the package exports a function so named
    real_analyse = module.analyse

    def timed_analyse(doc: Document) -> ArticleRecord:
        start = time.perf_counter()
        try:
            return real_analyse(doc)
        finally:
            rules.seconds += time.perf_counter() - start

    parser.pipe = timed_pipe  # type: ignore[method-assign]
    module.analyse = timed_analyse
    return parse, rules


def ready_extractor() -> Extractor:
    """The spaCy extractor, built and warmed up on one sentence."""
    extractor = Extractor("spacy")
    extractor.article("Warm-up, she said.", "warm-up")
    return extractor


class StampedFactory:
    """Builds a worker's extractor and writes down when it was ready (a file per worker process)."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __call__(self) -> Extractor:
        extractor = ready_extractor()
        Path(self.folder, str(os.getpid())).write_text(repr(time.time()), encoding="utf-8")
        return extractor


def peak_rss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("corpus", help="JSONL with id and text fields")
    options.add_argument("--jobs", type=int, default=1)
    options.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    options.add_argument("--limit", type=int, help="only the first N articles")
    options.add_argument("--per-article", action="store_true", help="baseline: one Extractor.article call per article")
    args = options.parse_args()

    items = list(read_inputs([args.corpus]))[: args.limit]
    words = sum(len(a.text.split()) for a in items if isinstance(a, Article))
    parse = rules = None
    stamps = tempfile.TemporaryDirectory()
    began = time.time()
    if args.jobs == 1:
        extractor = ready_extractor()
        if args.per_article:
            records: Iterator[Any] = (extractor.article(a.text, a.doc_id) for a in items if isinstance(a, Article))
        else:
            parse, rules = instrument(extractor)
            records = analyse_all(items, extractor, batch_size=args.batch_size)
    else:
        records = analyse(items, StampedFactory(stamps.name), jobs=args.jobs, batch_size=args.batch_size)
    started = time.time()  # one process: its extractor is ready; N: the workers start with the first record asked for
    cpu0 = time.process_time()
    lines = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for record in records:
            out = record_lines(record)
            lines += len(out)
            sink.writelines(out)
    ended = time.time()
    cpu = time.process_time() - cpu0
    ready = sorted(float(p.read_text(encoding="utf-8")) for p in Path(stamps.name).iterdir()) or [started]
    stamps.cleanup()
    wall = ended - ready[0]  # from the first extractor ready to the last record
    with_load = ended - began
    figures: dict[str, Any] = {
        "corpus": args.corpus,
        "mode": "per-article" if args.per_article else f"jobs={args.jobs}",
        "batch_size": args.batch_size,
        "articles": len(items),
        "words": words,
        "quote_lines": lines,
        "seconds": round(wall, 1),
        "articles_per_s": round(len(items) / wall, 2),
        "words_per_s": round(words / wall),
        "load_s": round(with_load - wall, 1),
        "seconds_with_load": round(with_load, 1),
        "articles_per_s_with_load": round(len(items) / with_load, 2),
        "main_process_cpu_s": round(cpu, 1),
        "peak_rss_mib": round(peak_rss_mib(resource.RUSAGE_SELF)),
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }
    if args.jobs > 1:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = children.ru_utime + children.ru_stime
        figures["workers_ready_s"] = [round(r - began, 1) for r in ready]
        figures["worker_peak_rss_mib"] = round(peak_rss_mib(resource.RUSAGE_CHILDREN))
        figures["workers_cpu_s"] = round(workers_cpu, 1)
        # The share of the cores the workers got: below 1 when other processes competed for them.
        figures["cpu_share"] = round(workers_cpu / (with_load * args.jobs), 2)
        figures["articles_per_s_if_cores_free"] = round(len(items) / (workers_cpu / args.jobs), 2)
    if parse is not None and rules is not None:
        figures["parse_s"] = round(parse.seconds, 1)
        figures["parse_only_articles_per_s"] = round(len(items) / parse.seconds, 2)
        figures["rules_s"] = round(rules.seconds, 2)
        figures["rules_pct_of_parse"] = round(100 * rules.seconds / parse.seconds, 1)
        figures["other_s"] = round(wall - parse.seconds - rules.seconds, 2)
    json.dump(figures, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
