"""The per-document memory of quotex.syntax."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from conftest import conllu_document

from quotex.model import Document, Token
from quotex.syntax import remembered_per_token

SENTENCE = """
1 Yes yes INTJ UH 0 ROOT SpaceAfter=No
2 . . PUNCT . 1 punct _
"""


def test_remembered_per_token_keeps_the_documents_of_two_threads_apart() -> None:
    first, second = conllu_document(SENTENCE, "first"), conllu_document(SENTENCE, "second")
    asked, answer = threading.Event(), threading.Event()

    def slow_id(doc: Document, token: Token) -> str:
        if doc is first:  # the worker thread is still computing when the main thread asks
            asked.set()
            answer.wait(5)
        return doc.id

    remembered = remembered_per_token(slow_id)
    with ThreadPoolExecutor(1) as worker:
        pending = worker.submit(remembered, first, first.tokens[0])
        assert asked.wait(5)
        assert remembered(second, second.tokens[0]) == "second"
        answer.set()
        assert pending.result() == "first"
    assert remembered(second, second.tokens[0]) == "second"  # not the other thread's answer
