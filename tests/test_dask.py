"""Tests of quotex.dask on a real LocalCluster: 2 worker processes, 1 thread each.

Crashes are injected with :class:`CrashingFactory`, an extractor without a model
that kills its worker process on chosen ids; the real spaCy pipeline runs the
same path on a few short articles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster

import quotex
from quotex.dask import MANIFEST, WORK_DIR, extract_files, output_name
from quotex.io import read_jsonl
from quotex.records import ArticleRecord
from quotex.runner import analyse_all

WORKERS = 2
TEXTS = [
    '"We will win the vote," Senator Jane Doe said on Monday.',
    "The minister said that the budget would pass.\n\nShe added that taxes would not rise.",
    "According to the police, the road was closed for three hours.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A real local cluster of two single-threaded worker processes, shared by this module."""
    with (
        LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


@attrs.frozen
class CrashingFactory:
    """Builds a model-free extractor and logs each build (one line per load, with the pid) to ``log``.

    ``crash`` ids kill the process every time; ``crash_once`` ids only the first time (a flag file remembers).
    """

    log: str
    crash: frozenset[str] = frozenset()
    crash_once: frozenset[str] = frozenset()
    real: bool = False

    def __call__(self) -> quotex.Extractor:
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return _Crashing(self) if not self.real else _RealCounted(self)


class _Crashing(quotex.Extractor):
    def __init__(self, spec: CrashingFactory) -> None:
        self.spec = spec

    def article(self, text: str, doc_id: str = "") -> ArticleRecord:
        if doc_id in self.spec.crash:
            os._exit(7)
        if doc_id in self.spec.crash_once:
            flag = Path(self.spec.log).with_suffix(f".{doc_id}.crashed")
            if not flag.exists():
                flag.touch()
                os._exit(7)
        return ArticleRecord(doc_id, (), ())

    def pipe(self, items: Iterable[tuple[str, str]]) -> Iterator[ArticleRecord]:
        for text, doc_id in items:
            yield self.article(text, doc_id)


class _RealCounted(quotex.Extractor):
    def __init__(self, spec: CrashingFactory) -> None:
        super().__init__("spacy")


def write_inputs(folder: Path, files: int, per_file: int, bad_line: bool = True) -> list[str]:
    """JSONL files of short made-up articles; each has one unreadable line when ``bad_line``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for f in range(files):
        path = folder / f"part-{f}.jsonl"
        lines = [json.dumps({"id": f"f{f}-{i}", "text": TEXTS[i % len(TEXTS)]}) for i in range(per_file)]
        if bad_line:
            lines.insert(per_file // 2, "{not json")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def read_output(folder: Path) -> list[dict[str, object]]:
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name != MANIFEST:
            records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return records


def input_ids(paths: list[str]) -> list[str]:
    ids = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            try:
                ids.append(json.loads(line)["id"])
            except ValueError:
                continue
    return ids


def input_lines(paths: list[str]) -> int:
    return sum(len(Path(p).read_text(encoding="utf-8").splitlines()) for p in paths)


def loads(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def assert_complete(paths: list[str], out: Path) -> list[dict[str, object]]:
    """Ids out equal ids in, none duplicated; input lines = article records + error records; no leftovers."""
    records = read_output(out)
    articles = [r["doc_id"] for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    assert sorted(articles) == sorted(input_ids(paths))  # type: ignore[type-var]
    assert len(set(articles)) == len(articles)
    assert len(articles) + len(errors) == input_lines(paths)
    assert not (out / WORK_DIR).exists()
    assert not list(out.rglob("*.part"))
    return records


def test_dask_real_spacy_matches_serial(client: Client, tmp_path: Path, extractor: quotex.Extractor) -> None:
    """With the real spaCy pipeline: complete output, equal to a serial run, one parser load per worker at most."""
    paths = write_inputs(tmp_path / "in", files=3, per_file=3)
    log = tmp_path / "loads.log"
    out = tmp_path / "out"
    summary = extract_files(paths, str(out), client=client, factory=CrashingFactory(str(log), real=True), fmt="article")
    assert not summary.failed and len(summary.done) == 3
    assert_complete(paths, out)
    assert 1 <= len(loads(log)) <= WORKERS
    for path in paths:
        with open(path, "rb") as stream:
            serial = list(analyse_all(read_jsonl(stream, path), extractor))
        written = (out / output_name(path)).read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in written] == [quotex.to_dict(r) for r in serial]
    errors = [r for r in read_output(out) if "error" in r]
    assert {(Path(str(e["source"])).name, e["line"]) for e in errors} == {(f"part-{f}.jsonl", 2) for f in range(3)}


def test_dask_rerun_skips_finished_files(client: Client, tmp_path: Path) -> None:
    """A rerun skips the files in the manifest and redoes only a file whose output is gone."""
    paths = write_inputs(tmp_path / "in", files=3, per_file=4)
    out = tmp_path / "out"
    factory = CrashingFactory(str(tmp_path / "loads.log"))
    first = extract_files(paths, str(out), client=client, factory=factory, fmt="article")
    assert len(first.done) == 3
    manifest = [json.loads(line) for line in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]
    assert sorted(e["input"] for e in manifest) == sorted(paths)
    assert all(e["items"] == 5 and e["errors"] == 1 for e in manifest)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}

    again = extract_files(paths, str(out), client=client, factory=factory, fmt="article")
    assert not again.done and len(again.skipped) == 3
    (out / output_name(paths[1])).unlink()
    third = extract_files(paths, str(out), client=client, factory=factory, fmt="article")
    assert [r.source for r in third.done] == [paths[1]]
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl") if p.name != output_name(paths[1])} == {
        k: v for k, v in stamps.items() if k != output_name(paths[1])
    }
    assert_complete(paths, out)


def test_dask_crash_once_gives_complete_output(client: Client, tmp_path: Path) -> None:
    """A worker killed once in the middle of a file: the file is redone and the output is complete."""
    paths = write_inputs(tmp_path / "in", files=3, per_file=6)
    log = tmp_path / "loads.log"
    out = tmp_path / "out"
    factory = CrashingFactory(str(log), crash_once=frozenset({"f1-3"}))
    summary = extract_files(paths, str(out), client=client, factory=factory, fmt="article")
    assert not summary.failed
    records = assert_complete(paths, out)
    assert [r["doc_id"] for r in records if "error" in r] == [None, None, None]  # only the bad JSON lines
    [redone] = [r for r in summary.done if r.source == paths[1]]
    assert redone.attempt == 2 and not redone.isolated
    restarts = 1
    pids = loads(log)
    assert len(pids) <= WORKERS + restarts
    assert len(set(pids)) == len(pids)  # one load per worker process


def test_dask_poison_record_becomes_error_record(client: Client, tmp_path: Path) -> None:
    """An article that kills its worker every time ends as an error record naming its file and line."""
    paths = write_inputs(tmp_path / "in", files=2, per_file=5)
    log = tmp_path / "loads.log"
    out = tmp_path / "out"
    factory = CrashingFactory(str(log), crash=frozenset({"f0-3"}))
    summary = extract_files(paths, str(out), client=client, factory=factory, fmt="article", safe_after=2)
    assert not summary.failed
    records = read_output(out)
    [poison] = [r for r in records if r["doc_id"] == "f0-3"]
    assert poison["source"] == paths[0] and poison["line"] == 5 and "died" in str(poison["error"])
    articles = [r["doc_id"] for r in records if "error" not in r]
    assert sorted(articles) == sorted(i for i in input_ids(paths) if i != "f0-3")  # type: ignore[type-var]
    assert len(records) == input_lines(paths)
    assert not (out / WORK_DIR).exists()
    [isolated] = [r for r in summary.done if r.source == paths[0]]
    assert isolated.isolated and isolated.attempt == 2
    worker_restarts, child_starts = 1, 2  # the first child dies on the poison line, a second finishes the file
    assert len(loads(log)) <= WORKERS + worker_restarts + child_starts
