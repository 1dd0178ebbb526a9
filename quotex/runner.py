"""Running extraction over a stream of articles, in one process or several.

:func:`analyse_all` turns a stream of articles (and error records from the
reader) into one :class:`ArticleRecord` or :class:`ErrorRecord` per input, in
input order: nothing is lost, and one failing article never ends the run.
Articles go to the parser in batches (``Extractor.pipe``); when a batch fails,
its articles are retried one by one, so only the article at fault becomes an
error record. Memory stays bounded: at most one batch is held at a time.

:func:`analyse_parallel` does the same with N worker processes, each loading
the parser once; records come out in input order unless ``ordered=False``.
A worker process that dies (a crash in the parser, the out-of-memory killer)
does not end the run: the batches it held are redone one article at a time, and
an article that kills its worker again becomes an error record.

:class:`Progress` is the progress line the ``quotex`` command shows on stderr.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, TextIO

from .extract import Extractor
from .io import JSONL_SUFFIXES, Article
from .records import ArticleRecord, ErrorRecord, to_dict

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ExtractorFactory",
    "IsolatedExtractor",
    "Progress",
    "analyse",
    "analyse_all",
    "analyse_parallel",
    "count_inputs",
    "record_lines",
]

DEFAULT_BATCH_SIZE = 32  # articles handed to the parser at a time
Item = Article | ErrorRecord
Record = ArticleRecord | ErrorRecord
ExtractorFactory = Callable[[], Extractor]
"""A picklable callable that builds an :class:`Extractor`: it runs once in each worker process."""

# Libraries that start thread pools of their own; one thread each per worker process
# keeps N workers on N cores.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def analyse_all(
    items: Iterable[Item], extractor: Extractor, *, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Record]:
    """One record per input item, in input order, parsing ``batch_size`` articles at a time."""
    for batch in _batches(items, batch_size):
        yield from _analyse_batch(batch, extractor)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of items holding at most ``size`` articles (error records ride along)."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    batch: list[Item] = []
    articles = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Article):
            articles += 1
            if articles == size:
                yield batch
                batch, articles = [], 0
    if batch:
        yield batch


def _analyse_batch(batch: Sequence[Item], extractor: Extractor) -> Iterator[Record]:
    """Records for one batch: parsed together, and one by one from the first failure on."""
    records: Iterator[ArticleRecord] | None = None
    batched = True
    for item in batch:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        record: Record | None = None
        if batched:
            try:
                if records is None:
                    records = iter(extractor.pipe((a.text, a.doc_id) for a in batch if isinstance(a, Article)))
                record = next(records)
            except Exception:  # this article or one batched with it failed: go on one by one
                batched = False
        yield _analyse_one(item, extractor) if record is None else record


def _analyse_one(article: Article, extractor: Extractor) -> Record:
    try:
        return extractor.article(article.text, article.doc_id)
    except Exception as error:  # one bad document never ends the run
        return ErrorRecord(
            article.doc_id, article.source, article.line, f"extraction failed: {type(error).__name__}: {error}"
        )


# --- worker processes -------------------------------------------------------------------------------------

_worker_extractor: Extractor | None = None
_worker_error: BaseException | None = None


def _init_worker(factory: ExtractorFactory) -> None:
    """Load the parser once in a new worker process (a failure is kept and raised by the first task)."""
    global _worker_extractor, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which shuts the pool down
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    try:
        _worker_extractor = factory()
    except BaseException as error:  # reported by _work, so the pool does not break on a missing model
        _worker_error = error


def _work(batch: list[Item], batch_size: int) -> list[Record]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_extractor is not None
    return list(analyse_all(batch, _worker_extractor, batch_size=batch_size))


class _Pool:
    """A process pool that can be started again after a worker dies."""

    def __init__(self, jobs: int, factory: ExtractorFactory) -> None:
        self.jobs = jobs
        self.factory = factory
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker, initargs=(self.factory,))

    def submit(self, batch: list[Item], batch_size: int) -> Future[list[Record]]:
        """A future for the batch's records; when the pool is already broken, a future holding that error."""
        try:
            return self.executor.submit(_work, batch, batch_size)
        except BrokenProcessPool as error:  # a worker died since the last result: handled in turn
            future: Future[list[Record]] = Future()
            future.set_exception(error)
            return future

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def one_by_one(self, batch: Sequence[Item]) -> Iterator[Record]:
        """Each article of ``batch`` in a task of its own, one at a time, so a crash names its article."""
        for item in batch:
            if isinstance(item, ErrorRecord):
                yield item
                continue
            try:
                [record] = self.submit([item], 1).result()
            except BrokenProcessPool:
                self.restart()
                record = ErrorRecord(
                    item.doc_id,
                    item.source,
                    item.line,
                    "the worker process died while extracting from this article (a crash in the parser, "
                    "or out of memory); it was skipped",
                )
            yield record


def analyse_parallel(
    items: Iterable[Item],
    factory: ExtractorFactory,
    *,
    jobs: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    ordered: bool = True,
) -> Iterator[Record]:
    """One record per input item from ``jobs`` worker processes, each building its extractor once.

    Records come in input order, or as batches finish with ``ordered=False``.
    At most ``2 * jobs`` batches are in flight, so memory stays bounded.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    pool = _Pool(jobs, factory)
    pending: deque[tuple[list[Item], Future[list[Record]]]] = deque()
    limit = 2 * jobs

    def finish(batch: list[Item], future: Future[list[Record]]) -> Iterator[Record]:
        try:
            records = future.result()
        except BrokenProcessPool:
            # A worker died: the batches in flight that had not finished are lost.
            # Redo them one article at a time, in order, so that a crash names its article.
            in_flight = list(pending)
            pending.clear()
            pool.restart()
            yield from pool.one_by_one(batch)
            for other, other_future in in_flight:
                if other_future.done() and not other_future.cancelled() and other_future.exception() is None:
                    yield from other_future.result()
                else:
                    yield from pool.one_by_one(other)
            return
        yield from records

    try:
        for batch in _batches(items, batch_size):
            pending.append((batch, pool.submit(batch, batch_size)))
            while len(pending) >= limit:
                yield from finish(*_next_done(pending, ordered))
        while pending:
            yield from finish(*_next_done(pending, ordered))
    finally:
        pool.close()


def _next_done(
    pending: deque[tuple[list[Item], Future[list[Record]]]], ordered: bool
) -> tuple[list[Item], Future[list[Record]]]:
    """The oldest batch in flight, or with ``ordered=False`` the first to finish."""
    if not ordered:
        wait([future for _, future in pending], return_when=FIRST_COMPLETED)
        for index, (_, future) in enumerate(pending):
            if future.done():
                entry = pending[index]
                del pending[index]
                return entry
    return pending.popleft()


def analyse(
    items: Iterable[Item],
    factory: ExtractorFactory,
    *,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    ordered: bool = True,
) -> Iterator[Record]:
    """:func:`analyse_all` in this process when ``jobs`` is 1, else :func:`analyse_parallel`."""
    if jobs == 1:
        return analyse_all(items, factory(), batch_size=batch_size)
    return analyse_parallel(items, factory, jobs=jobs, batch_size=batch_size, ordered=ordered)


# --- one article at a time in a child process ----------------------------------------------------------


class IsolatedExtractor:
    """An extractor in a child process of its own, fed one article at a time.

    When the child dies on an article (a crash in the parser, the out-of-memory
    killer), :meth:`article` returns an error record for that article and the next
    call starts a new child: a crash costs only the article at fault. The factory
    is pickled to the child (with cloudpickle when it is installed).

    >>> with IsolatedExtractor(Extractor) as isolated:       # doctest: +SKIP
    ...     record = isolated.article(article)
    """

    def __init__(self, factory: ExtractorFactory) -> None:
        self.factory = factory
        self.starts = 0  # child processes started: one parser load each
        self._child: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))  # the factory's modules
        child = subprocess.Popen(
            [sys.executable, "-c", "from quotex.runner import _serve_isolated; _serve_isolated()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self.starts += 1
        assert child.stdin is not None
        _dumps(self.factory, child.stdin)
        return child

    def article(self, article: Article) -> Record:
        """The record of one article, or an error record if the child process died on it."""
        if self._child is None:
            self._child = self._start()
        child = self._child
        assert child.stdin is not None and child.stdout is not None
        try:
            pickle.dump((article.text, article.doc_id), child.stdin)
            child.stdin.flush()
            status, value = pickle.load(child.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            self._child = None
            code = child.wait()
            how = f"killed by signal {-code}" if code < 0 else f"exited with status {code}"
            return ErrorRecord(
                article.doc_id,
                article.source,
                article.line,
                f"the extraction process died on this article ({how}: a crash in the parser, or out of "
                "memory); it was skipped",
            )
        if status == "ok":
            record: ArticleRecord = value
            return record
        if status == "setup":  # the child could not build its extractor: not this article's fault
            self.close()
            raise value
        return ErrorRecord(article.doc_id, article.source, article.line, f"extraction failed: {value}")

    def close(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            assert child.stdin is not None
            child.stdin.close()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            if child.stdout is not None:
                child.stdout.close()

    def __enter__(self) -> IsolatedExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _dumps(obj: object, stream: IO[bytes]) -> None:
    try:
        import cloudpickle
    except ImportError:  # plain pickle handles importable factories
        pickle.dump(obj, stream)
    else:
        cloudpickle.dump(obj, stream)
    stream.flush()


def _serve_isolated() -> None:
    """The child side of :class:`IsolatedExtractor`: read articles from stdin, write records to stdout."""
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt the replies
    requests = sys.stdin.buffer
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    factory = pickle.load(requests)
    try:
        extractor = factory()
    except Exception as error:
        try:
            pickle.dumps(error)
        except Exception:
            error = RuntimeError(f"{type(error).__name__}: {error}")
        setup: tuple[str, Any] = ("setup", error)
    else:
        setup = ("", None)
    while True:
        try:
            text, doc_id = pickle.load(requests)
        except EOFError:
            return
        if setup[0]:
            reply: tuple[str, Any] = setup
        else:
            try:
                reply = ("ok", extractor.article(text, doc_id))
            except Exception as error:
                reply = ("error", f"{type(error).__name__}: {error}")
        pickle.dump(reply, replies)
        replies.flush()


# --- output ------------------------------------------------------------------------------------------------


def record_lines(record: Record, fmt: str = "quotes") -> list[str]:
    """The JSONL lines of one record: one per quote (``quotes``) or one per article (``article``)."""
    if isinstance(record, ErrorRecord) or fmt == "article":
        return [json.dumps(to_dict(record), ensure_ascii=False) + "\n"]
    return [json.dumps(to_dict(quote), ensure_ascii=False) + "\n" for quote in record.quotes]


# --- progress ----------------------------------------------------------------------------------------------


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many input items the paths hold (non-blank JSONL lines, one per other file); None for stdin."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        if not path.endswith(JSONL_SUFFIXES):
            total += 1
            continue
        try:
            with open(path, "rb") as stream:
                total += sum(1 for line in stream if line.strip())
        except OSError:
            total += 1  # the reader reports the file as one error record
    return total


class Progress:
    """A one-line progress report on stderr: items done, items per second and, when the total is known, ETA.

    Off unless the stream is a terminal; the total may be counted in the background
    (:meth:`count_in_background`) while the run starts.
    """

    def __init__(
        self,
        *,
        total: int | None = None,
        unit: str = "articles",
        stream: TextIO | None = None,
        enabled: bool | None = None,
        interval: float = 0.5,
    ) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.total = total
        self.unit = unit
        self.interval = interval
        self.done = 0
        self.started: float | None = None  # when the first item was done: start-up is not in the rate
        self._base = 0  # items done at that moment
        self._shown = 0.0
        self._width = 0

    def count_in_background(self, count: Callable[[], int | None]) -> None:
        """Set the total from ``count()``, run in a daemon thread (only when the report is shown)."""
        if not self.enabled:
            return

        def run() -> None:
            with contextlib.suppress(Exception):  # no total just means no ETA
                self.total = count()

        threading.Thread(target=run, name="quotex-count", daemon=True).start()

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.started is None:
            self.started, self._base = time.monotonic(), self.done
        if self.enabled:
            now = time.monotonic()
            if now - self._shown >= self.interval:
                self._shown = now
                self._show(now)

    def wrap(self, records: Iterable[Record]) -> Iterator[Record]:
        """Pass ``records`` through, counting each."""
        for record in records:
            yield record
            self.update()

    def line(self, now: float | None = None) -> str:
        """The text of the report."""
        elapsed = 0.0 if self.started is None else (time.monotonic() if now is None else now) - self.started
        rate = (self.done - self._base) / elapsed if elapsed > 0 else 0.0
        total = self.total
        parts = [f"{self.done:,}/{total:,} {self.unit}" if total else f"{self.done:,} {self.unit}"]
        parts.append(f"{rate:.1f} {self.unit}/s")
        if total and rate > 0 and self.done <= total:
            parts.append(f"ETA {_clock((total - self.done) / rate)}")
        return "  ".join(parts)

    def _show(self, now: float) -> None:
        text = self.line(now)
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        if self.enabled and self.done:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
