"""The answer chain as LangChain Runnables: retrieve → select → compose → verify.

A language model can later take the compose step (Selection -> Answer) without changing the rest.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from retrieval.answer.query import resolve
from retrieval.index.embeddings import MiniLMEmbeddings
from retrieval.index.manifest import Filters
from retrieval.index.store import Store
from retrieval.models import Answer
from retrieval.settings import Settings


class QuestionError(ValueError):
    """A question that cannot be asked (empty, unknown speaker, bad date)."""


@dataclass(frozen=True)
class Ask:
    question: str
    history: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)
    top_k: int | None = None


class Engine:
    """What the front ends hold: settings, the store, the embedding model, and the chain."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        embeddings: Any = None,
        model: Any = None,
    ):
        self.settings = settings
        self._model = model
        self.embeddings = embeddings or MiniLMEmbeddings(
            settings.index.batch_size, settings.index.threads
        )
        self.store = store or Store(settings, self.embeddings)
        self._chain: Any = None

    def warm(self) -> None:
        """Start loading the model in the background (overlaps the imports still to come)."""
        if hasattr(self.embeddings, "warm"):
            self.embeddings.warm()

    @property
    def model(self) -> Any:
        """The learned selector and abstention (retrieval/answer/model.json)."""
        if self._model is None:
            from retrieval.answer.model import load

            self._model = load()
        return self._model

    def retrieve(self, request: Ask) -> Any:
        """What the chain's first step finds: chunks, their sentences and vectors."""
        from retrieval.answer.retrieve import retrieve

        query = resolve(request.question.strip(), list(request.history))
        top_k = request.top_k or self.settings.answer.top_k
        return retrieve(self.store, query, request.filters, top_k)

    @property
    def chain(self) -> Any:
        if self._chain is None:
            from langchain_core.runnables import RunnableLambda

            self._chain = (
                RunnableLambda(self._retrieve, name="retrieve")
                | RunnableLambda(self._select, name="select")
                | RunnableLambda(self._compose, name="compose")
                | RunnableLambda(self._verify, name="verify")
            )
        return self._chain

    def ask(self, request: Ask) -> Answer:
        question = request.question.strip()
        if not question:
            raise QuestionError("the question is empty")
        started = time.perf_counter()
        self.store.refresh()  # an ingest may have switched generations since the last question
        answer: Answer = self.chain.invoke({"request": request})
        answer.timings_ms["total"] = round((time.perf_counter() - started) * 1000, 1)
        return answer

    # -- steps: each takes and returns a dict carrying timings along ---------------------------
    def _retrieve(self, state: dict) -> dict:
        t = time.perf_counter()
        retrieved = self.retrieve(state["request"])
        return {**state, "retrieved": retrieved, "timings": {"retrieve": _ms(t)}}

    def _select(self, state: dict) -> dict:
        from retrieval.answer.select import select

        t = time.perf_counter()
        selection = select(state["retrieved"], self.settings.answer, self.model)
        return {**state, "selection": selection, "t_select": t}

    def _compose(self, state: dict) -> dict:
        from retrieval.answer.compose import compose

        answer = compose(state["selection"], self.store.manifest)
        timings = {**state["timings"], "compose": _ms(state["t_select"])}
        return {**state, "answer": answer, "timings": timings}

    def _verify(self, state: dict) -> Answer:
        from retrieval.answer.verify import verify

        answer = verify(state["answer"])
        answer.timings_ms.update(state["timings"])
        return answer


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)
