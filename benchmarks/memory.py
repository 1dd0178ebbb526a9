"""Memory over a long stream: RSS after 1k, 2k, 5k ... articles of a synthetic stream.

    python benchmarks/memory.py --articles 100000

The articles are generated (made-up names, places, numbers and quotations, so
that new strings keep arriving as in a real corpus); no corpus text is used.
They go through the same code as ``quotex extract`` (runner, JSONL lines to
/dev/null) in one process. Prints one line per checkpoint: articles done, RSS now,
peak RSS so far (VmHWM), rate; then the peak at the last checkpoint relative to
the first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Iterator

from quotex.extract import Extractor
from quotex.io import Article
from quotex.runner import DEFAULT_BATCH_SIZE, analyse_all, record_lines

CHECKPOINTS = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)

_ONSETS = ["b", "br", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "v", "w", "z"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ie"]
_CODAS = ["", "n", "r", "s", "l", "th", "m", "x"]
_ROLES = ["senator", "minister", "spokesman", "mayor", "lawyer", "professor", "analyst", "official"]
_BODIES = ["the ministry", "the council", "the police", "the union", "the company", "the court"]
_VERBS = ["said", "told reporters", "added", "warned", "argued", "insisted"]
_TOPICS = [
    "the budget would pass before the vote",
    "the new road had cost more than planned",
    "talks with the union would resume next week",
    "the report was incomplete",
    "prices had risen in the last quarter",
]
_CLAIMS = [
    "We will not accept this",
    "The numbers speak for themselves",
    "Nobody expected it to happen so fast",
    "This is a good day for the city",
    "We need more time",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(1, 3)))


def synthetic_articles(n: int, seed: int = 5) -> Iterator[Article]:
    """``n`` made-up news articles of four short paragraphs (about 60 words each)."""
    rng = random.Random(seed)
    for i in range(n):
        person = f"{_word(rng).title()} {_word(rng).title()}"
        surname = person.split()[1]
        place = _word(rng).title()
        role = rng.choice(_ROLES)
        a_role = f"{'an' if role[0] in 'aeiou' else 'a'} {role}"
        paragraphs = [
            f"{place}, {rng.randint(1, 28)} March - {person}, {a_role} from {place}, "
            f"{rng.choice(_VERBS)} on Monday that {rng.choice(_TOPICS)}.",
            f'"{rng.choice(_CLAIMS)}," {surname} said. "{rng.choice(_CLAIMS)}."',
            f"According to {rng.choice(_BODIES)}, {rng.randint(2, 9999)} people in {place} were affected.",
            f"An official who asked not to be named said that {rng.choice(_TOPICS)}.",
        ]
        yield Article(f"synthetic-{i}", "\n\n".join(paragraphs), "<synthetic>", i + 1)


def _status(field: str) -> float:
    """A /proc/self/status field in MiB (VmRSS: now, VmHWM: peak)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(field)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--articles", type=int, default=100_000)
    options.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = options.parse_args()

    extractor = Extractor("spacy")
    checkpoints = [c for c in CHECKPOINTS if c <= args.articles]
    print(json.dumps({"articles": args.articles, "batch_size": args.batch_size, "pid": os.getpid()}), flush=True)
    start = time.perf_counter()
    first_peak = None
    done = 0
    peak = 0.0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for record in analyse_all(synthetic_articles(args.articles), extractor, batch_size=args.batch_size):
            sink.writelines(record_lines(record))
            done += 1
            if done in checkpoints:
                peak = _status("VmHWM")
                first_peak = first_peak or peak
                elapsed = time.perf_counter() - start
                line = {
                    "articles": done,
                    "rss_mib": round(_status("VmRSS")),
                    "peak_rss_mib": round(peak),
                    "articles_per_s": round(done / elapsed, 1),
                    "minutes": round(elapsed / 60, 1),
                }
                print(json.dumps(line), flush=True)
    if first_peak:
        growth = 100 * (peak - first_peak) / first_peak
        print(json.dumps({"peak_growth_pct_first_to_last_checkpoint": round(growth, 1)}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
