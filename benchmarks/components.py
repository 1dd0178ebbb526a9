"""CPU time of each spaCy pipeline component over a corpus's paragraphs, as quotex parses them.

    python benchmarks/components.py ../shared/data/polnear-train.jsonl --limit 200
    python benchmarks/components.py ../shared/data/polnear-train.jsonl --limit 200 --stock

Splits the first ``--limit`` articles into paragraphs as the spaCy adapter does,
then runs the tokenizer and each component in turn over all of them (batched
like ``nlp.pipe``), printing CPU seconds per component and what quotex reads from
it. Use it before disabling a component: every one listed is read by the rules.
``--stock`` times the pipeline exactly as spaCy loads it (blis's matrix products,
spaCy's own attribute ruler and lemmatizer) instead of quotex's. BLAS runs on one
thread, as when quotex parses.
"""

from __future__ import annotations

import argparse
import json
import time

from threadpoolctl import threadpool_limits

from quotex.io import Article, read_inputs
from quotex.normalize import parser_pieces
from quotex.parsers.spacy_parser import DEFAULT_BATCH_SIZE, load_model
from quotex.text import paragraph_spans

READS = {
    "tok2vec": "nothing directly: the shared embedding the tagger and parser listen to",
    "tagger": "Token.tag (Penn tag): plural nouns, verb forms",
    "parser": "Token.head/deprel and the sentences: every rule",
    "attribute_ruler": "Token.upos (mapped from the tag): VERB, PROPN, PRON checks",
    "lemmatizer": "Token.lemma: reporting verbs, source nouns",
    "ner": "Token.ent and Document.entities: named sources",
}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("corpus", help="JSONL with id and text fields")
    options.add_argument("--limit", type=int, default=200)
    options.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    options.add_argument("--stock", action="store_true", help="the pipeline as spaCy loads it")
    args = options.parse_args()

    articles = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)][: args.limit]
    paragraphs = [
        piece.text[start:end]
        for a in articles
        for piece in parser_pieces(a.text)
        for start, end in paragraph_spans(piece.text)
    ]
    nlp = load_model(fast=not args.stock)
    threadpool_limits(limits=1, user_api="blas")
    list(nlp.pipe(paragraphs[:50]))  # warm-up
    timings: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(p) for p in paragraphs]
    timings["tokenizer"] = time.process_time() - start
    for name, component in nlp.pipeline:
        start = time.process_time()
        docs = list(component.pipe(docs, batch_size=args.batch_size))
        timings[name] = time.process_time() - start
    total = sum(timings.values())
    words = sum(len(d) for d in docs)
    print(
        json.dumps(
            {
                "articles": len(articles),
                "paragraphs": len(paragraphs),
                "tokens": words,
                "pipeline": "stock" if args.stock else "quotex",
                "disabled": nlp.disabled,
                "cpu_s_total": round(total, 2),
                "articles_per_cpu_s": round(len(articles) / total, 2),
            }
        )
    )
    for name, seconds in timings.items():
        print(f"{name:16} {seconds:7.2f} s  {100 * seconds / total:5.1f}%  {READS.get(name, '')}")


if __name__ == "__main__":
    main()
