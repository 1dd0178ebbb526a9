"""Extraction over a Dask cluster: one task per input file (docs/dask.md).

:func:`extract_files` sends each input file to a Dask worker, which streams it
through the extractor and writes one JSONL output file. Each worker process
builds its extractor once and keeps it for every file it is given. Inputs and
outputs are read and written through fsspec, so they may be local paths, a
shared file system or object storage (``s3://``, ``gs://`` ...).

Reruns and retries are safe:

- an output file is written to a temporary name, then renamed (on object
  storage, uploaded in one piece), so it is either complete or absent;
- the output directory's ``manifest.jsonl`` lists every finished input file
  (with its size and modification time); a rerun skips those files;
- a worker that dies in the middle of a file (a crash, the out-of-memory killer,
  a lost machine) has its file redone by another worker; from the
  ``safe_after``-th attempt on, the file is redone one article at a time in a
  child process (:class:`quotex.runner.IsolatedExtractor`), so an article that
  kills its process every time ends as an error record naming its file and
  line, and the rest of the file comes out.

>>> from distributed import Client                                   # doctest: +SKIP
>>> summary = extract_files(["a.jsonl", "b.jsonl"], "out/", client=Client("tcp://scheduler:8786"))
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext, suppress
from typing import Any

import attrs
import fsspec
from distributed import Client, LocalCluster, as_completed
from distributed.scheduler import KilledWorker

from .errors import QuotexError
from .extract import Extractor
from .io import JSONL_SUFFIXES, read_jsonl, read_text
from .records import ErrorRecord
from .runner import (
    DEFAULT_BATCH_SIZE,
    ExtractorFactory,
    IsolatedExtractor,
    Item,
    Progress,
    Record,
    analyse_all,
    record_lines,
)

__all__ = [
    "MANIFEST",
    "FileResult",
    "RunSummary",
    "connect",
    "expand_inputs",
    "extract_files",
    "output_name",
]

MANIFEST = "manifest.jsonl"  # in the output directory: one line per finished input file
WORK_DIR = ".quotex-tmp"  # in the output directory: temporary outputs and attempt markers
SAFE_AFTER = 3  # the attempt at a file from which it is processed one article at a time in a child process
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")  # kept out of output names: glob and URL metacharacters
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".lz4")


@attrs.frozen
class FileTask:
    """What a worker needs to process one input file."""

    source: str  # the input, as a path or URL
    output: str  # the output file, path within ``storage``
    work_dir: str  # where temporary files and attempt markers go, within ``storage``
    run_id: str
    factory: ExtractorFactory
    factory_key: str  # identifies the extractor a worker may reuse between files
    fmt: str = "quotes"
    id_field: str = "id"
    text_field: str = "text"
    batch_size: int = DEFAULT_BATCH_SIZE
    storage_options: dict[str, Any] = attrs.field(factory=dict)
    output_protocol: str = "file"
    safe_after: int = SAFE_AFTER
    force_safe: bool = False


@attrs.frozen
class FileResult:
    """What became of one input file."""

    source: str
    output: str
    items: int  # input articles and unreadable lines: records + errors
    records: int  # article records
    errors: int  # error records
    lines: int  # lines written to the output
    attempt: int  # 1 unless earlier attempts died
    isolated: bool  # processed one article at a time in a child process
    pid: int  # the worker process that wrote the output


@attrs.frozen
class RunSummary:
    """The outcome of :func:`extract_files`."""

    output: str
    done: tuple[FileResult, ...]  # files processed by this run
    skipped: tuple[str, ...]  # inputs already in the manifest
    failed: tuple[tuple[str, str], ...]  # (input, reason): not in the manifest, a rerun retries them

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.done)


# --- on the workers ------------------------------------------------------------------------------------------

_extractors: dict[str, Extractor] = {}
_lock = threading.RLock()


def _cached_extractor(task: FileTask) -> Extractor:
    """This worker process's extractor for the task, built on first use."""
    with _lock:
        extractor = _extractors.get(task.factory_key)
        if extractor is None:
            extractor = _extractors[task.factory_key] = task.factory()
        return extractor


def process_file(task: FileTask) -> FileResult:
    """Extract from one input file and write its output atomically (runs on a worker)."""
    fs = fsspec.filesystem(task.output_protocol, **task.storage_options)
    name = _basename(task.output)
    marker_prefix = f"{task.work_dir}/{name}.{task.run_id}.attempt-"
    attempt = len(fs.glob(marker_prefix + "*")) + 1
    fs.makedirs(task.work_dir, exist_ok=True)
    fs.touch(f"{marker_prefix}{uuid.uuid4().hex}")
    isolated = task.force_safe or attempt >= task.safe_after
    temporary = f"{task.work_dir}/{name}.{task.run_id}.{uuid.uuid4().hex}.part"
    counts = {"items": 0, "records": 0, "errors": 0, "lines": 0}
    try:
        with fs.open(temporary, "w", encoding="utf-8") as out:
            for record in _records(task, isolated):
                counts["items"] += 1
                counts["errors" if isinstance(record, ErrorRecord) else "records"] += 1
                lines = record_lines(record, task.fmt)
                counts["lines"] += len(lines)
                out.writelines(lines)
        fs.mv(temporary, task.output)
    finally:
        if fs.exists(temporary):
            fs.rm(temporary)
    for marker in fs.glob(f"{task.work_dir}/{name}.*.attempt-*"):
        fs.rm(marker)
    return FileResult(task.source, task.output, attempt=attempt, isolated=isolated, pid=os.getpid(), **counts)


def _records(task: FileTask, isolated: bool) -> Iterator[Record]:
    items = _read(task)
    if not isolated:
        extractor = _cached_extractor(task)
        with _lock:  # one extraction at a time per process: a spaCy pipeline is not shared between threads
            yield from analyse_all(items, extractor, batch_size=task.batch_size)
        return
    with IsolatedExtractor(task.factory) as child:
        for item in items:
            yield item if isinstance(item, ErrorRecord) else child.article(item)


def _read(task: FileTask) -> Iterator[Item]:
    """The articles of one input file, or one error record when it cannot be opened."""
    source = task.source
    plain = _strip_compression(source)
    jsonl = plain.endswith(JSONL_SUFFIXES)
    try:
        with fsspec.open(source, "rb", compression="infer", **task.storage_options) as stream:
            if jsonl:
                yield from read_jsonl(stream, source, id_field=task.id_field, text_field=task.text_field)
            else:
                yield from read_text(stream, source, _basename(plain))
    except OSError as error:
        doc_id = None if jsonl else _basename(plain)
        yield ErrorRecord(doc_id, source, None, f"cannot read the file: {error.strerror or error}")


# --- on the client -------------------------------------------------------------------------------------------


def extract_files(
    inputs: Sequence[str],
    output: str,
    *,
    client: Client,
    factory: ExtractorFactory | None = None,
    parser: str = "spacy",
    fmt: str = "quotes",
    id_field: str = "id",
    text_field: str = "text",
    batch_size: int = DEFAULT_BATCH_SIZE,
    storage_options: dict[str, Any] | None = None,
    safe_after: int = SAFE_AFTER,
    progress: Progress | None = None,
) -> RunSummary:
    """Extract from each input file on the cluster behind ``client``, one task per file.

    Each input ``NAME.jsonl`` (or text file) gives ``output/NAME.<hash>.jsonl``,
    records in ``fmt`` (``quotes`` or ``article``) with error records among
    them; ``output/manifest.jsonl`` lists the finished inputs, which a rerun
    skips. ``factory`` builds the extractor on each worker (default
    ``Extractor(parser)``); it must be picklable. Files that could not be
    processed are listed in the summary's ``failed``; a rerun retries them.
    """
    options = dict(storage_options or {})
    fs, root = fsspec.core.url_to_fs(output, **options)
    fs.makedirs(root, exist_ok=True)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if factory is None:
        factory = functools.partial(Extractor, parser)
    factory_key = _key(factory)
    manifest = Manifest(fs, f"{root}/{MANIFEST}")
    run_id = uuid.uuid4().hex[:12]
    work_dir = f"{root}/{WORK_DIR}"
    tasks: list[FileTask] = []
    skipped: list[str] = []
    for source in dict.fromkeys(_normalise(s) for s in expand_inputs(inputs, options)):
        out = f"{root}/{output_name(source)}"
        signature = _signature(source, options)
        if manifest.finished(source, signature) and fs.exists(out):
            skipped.append(source)
            continue
        tasks.append(
            FileTask(
                source=source,
                output=out,
                work_dir=work_dir,
                run_id=run_id,
                factory=factory,
                factory_key=factory_key,
                fmt=fmt,
                id_field=id_field,
                text_field=text_field,
                batch_size=batch_size,
                storage_options=options,
                output_protocol=protocol,
                safe_after=safe_after,
            )
        )
    bar: AbstractContextManager[Any] = nullcontext() if progress is None else progress
    done: list[FileResult] = []
    failed: list[tuple[str, str]] = []
    with bar:
        if progress is not None:
            progress.total = len(tasks)
        futures = {
            client.submit(process_file, t, key=f"quotex-{_basename(t.output)}-{run_id}", retries=1): t for t in tasks
        }
        pending = as_completed(futures)
        for future in pending:
            task = futures.pop(future)
            try:
                result: FileResult = future.result()
            except KilledWorker:
                if task.force_safe:
                    failed.append((task.source, "every worker that took this file died, even one article at a time"))
                else:  # the scheduler gave up before the safe attempt: make it now
                    task = attrs.evolve(task, force_safe=True)
                    retry = client.submit(process_file, task, key=f"quotex-{_basename(task.output)}-{run_id}-safe")
                    futures[retry] = task
                    pending.add(retry)
                continue
            except Exception as error:
                failed.append((task.source, f"{type(error).__name__}: {error}"))
                continue
            finally:
                future.release()
            done.append(result)
            manifest.add(result, _signature(task.source, options))
            if progress is not None:
                progress.update()
        manifest.save()
    _clean(fs, work_dir, run_id)
    return RunSummary(output, tuple(done), tuple(skipped), tuple(failed))


class Manifest:
    """``manifest.jsonl``: one JSON object per finished input file, rewritten atomically."""

    def __init__(self, fs: Any, path: str, interval: float = 2.0) -> None:
        self.fs = fs
        self.path = path
        self.interval = interval
        self.entries: dict[str, dict[str, Any]] = {}
        self._saved = 0.0
        if fs.exists(path):
            with fs.open(path, "r", encoding="utf-8") as stream:
                for line in stream:
                    try:
                        entry = json.loads(line)
                        self.entries[entry["input"]] = entry
                    except (ValueError, KeyError, TypeError):
                        continue  # a damaged line only means that file is done again

    def finished(self, source: str, signature: dict[str, Any]) -> bool:
        """Whether ``source`` is listed, unchanged (an input that could not be read is never finished)."""
        entry = self.entries.get(source)
        return bool(signature) and entry is not None and entry.get("signature") == signature

    def add(self, result: FileResult, signature: dict[str, Any]) -> None:
        self.entries[result.source] = {
            "input": result.source,
            "output": _basename(result.output),
            "signature": signature,
            "items": result.items,
            "records": result.records,
            "errors": result.errors,
            "lines": result.lines,
        }
        if time.monotonic() - self._saved >= self.interval:
            self.save()

    def save(self) -> None:
        temporary = f"{self.path}.{uuid.uuid4().hex}.part"
        with self.fs.open(temporary, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in self.entries.values())
        self.fs.mv(temporary, self.path)
        self._saved = time.monotonic()


def expand_inputs(inputs: Sequence[str], storage_options: dict[str, Any] | None = None) -> list[str]:
    """The inputs with glob patterns (``s3://bucket/corpus/*.jsonl``) expanded, in sorted order.

    A pattern that matches nothing is kept, so that it is reported as an unreadable file.
    """
    expanded: list[str] = []
    for source in inputs:
        if not any(c in source for c in "*?["):
            expanded.append(source)
            continue
        fs, _ = fsspec.core.url_to_fs(source, **(storage_options or {}))
        matches = sorted(fs.glob(source))
        expanded += [fs.unstrip_protocol(m) if "://" in source else m for m in matches] or [source]
    return expanded


def output_name(source: str) -> str:
    """The output file name of an input: its name without suffixes, a hash of its full path, ``.jsonl``."""
    stem = _basename(_strip_compression(source))
    for suffix in (*JSONL_SUFFIXES, ".txt"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    stem = _UNSAFE.sub("_", stem) or "input"
    digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return f"{stem}.{digest}.jsonl"


def connect(address: str) -> tuple[Client, LocalCluster | None]:
    """A client for ``ADDRESS`` (``tcp://host:8786``, a scheduler file path) or ``local:N`` (a new local cluster)."""
    if address.startswith("local:"):
        try:
            workers = int(address.removeprefix("local:"))
        except ValueError:
            workers = 0
        if workers < 1:
            raise QuotexError(f"--dask {address}: say how many worker processes, as in local:2")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    if os.path.isfile(address):
        return Client(scheduler_file=address), None
    return Client(address), None


def _key(factory: ExtractorFactory) -> str:
    """The same for equal factories, so that a worker keeps one extractor across files and runs."""
    try:
        import cloudpickle

        return hashlib.sha1(cloudpickle.dumps(factory)).hexdigest()
    except Exception:  # unpicklable here fails at submission anyway, with Dask's own message
        return uuid.uuid4().hex


def _normalise(source: str) -> str:
    return source if "://" in source else os.path.abspath(source)


def _signature(source: str, options: dict[str, Any]) -> dict[str, Any]:
    """Size and modification time (or ETag) of an input; a changed input is done again."""
    try:
        fs, path = fsspec.core.url_to_fs(source, **options)
        info = fs.info(path)
    except (OSError, ValueError):
        return {}
    stamp = next((info[k] for k in ("mtime", "LastModified", "updated", "ETag", "etag") if k in info), None)
    return {"size": info.get("size"), "stamp": str(stamp)}


def _clean(fs: Any, work_dir: str, run_id: str) -> None:
    """Remove this run's leftovers (temporary outputs of attempts that died)."""
    for path in fs.glob(f"{work_dir}/*.{run_id}.*"):
        with suppress(OSError):
            fs.rm(path)
    with suppress(OSError):
        if not fs.ls(work_dir):
            fs.rmdir(work_dir)


def _basename(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _strip_compression(path: str) -> str:
    for suffix in _COMPRESSION_SUFFIXES:
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path
