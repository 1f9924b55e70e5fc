"""The answer chain as LangChain Runnables: retrieve → select → compose → verify.

A language model can later take the compose step (Selection -> Answer) without changing the rest.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
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
        self._composer: Any = None
        self._cased: tuple[Any, Any] | None = None  # the manifest, and its `NameCase`

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

    def filters(
        self,
        speakers: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
        docs: Sequence[str] = (),
    ) -> Filters:
        """Filters from what a user typed: speaker names (or a surname), document ids or files."""
        manifest = self.store.manifest
        names: list[str] = []
        known = manifest.speakers()
        for wanted in speakers:
            match = speakers_named(wanted, known, manifest.offices())
            if not match:
                raise QuestionError(
                    f"--speaker: no speaker {wanted!r} in the index (known: {', '.join(known)})"
                )
            if len(match) > 1 and wanted.lower() not in {m.lower() for m in match}:
                raise QuestionError(
                    f"--speaker: {wanted!r} could be {' or '.join(match)}; give the full name"
                )
            names += match
        doc_ids: list[str] = []
        for wanted in docs:
            match = [
                d
                for d, v in manifest.docs.items()
                if wanted in (d, Path(v["original"]).name, v["original"])
            ]
            if not match:
                raise QuestionError(
                    f"--doc: no document {wanted!r} in the index (see `tqa sources`)"
                )
            doc_ids += match
        for day in (since, until):
            if day is not None:
                try:
                    dt.date.fromisoformat(day)
                except ValueError:
                    raise QuestionError(f"expected a date like 2015-01-29, got {day!r}") from None
        return Filters(tuple(names), since, until, tuple(doc_ids))

    def retrieve(self, request: Ask, adapter: Any = None) -> Any:
        """What the chain's first step finds: chunks, their sentences and vectors. `adapter`:
        search with it rather than the model's (training searches as each fold's would)."""
        from retrieval.answer.retrieve import retrieve
        from retrieval.answer.truecase import opens_on_capital, uncased

        asked = [request.question.strip(), *request.history]
        if any(uncased(t) or opens_on_capital(t) for t in asked):
            # Typed in lower case: give its names capitals.
            asked = [self._name_case()(t) for t in asked]
        query = resolve(asked[0], asked[1:])
        settings = self.settings.answer
        top_k = request.top_k or (
            settings.top_k_documents if request.filters.doc_ids else settings.top_k
        )
        if adapter is None and settings.adapted_search:
            adapter = self.model.adapter
        return retrieve(self.store, query, request.filters, top_k, adapter)

    def _name_case(self) -> Any:
        """The index's `NameCase`, made once per generation of the index."""
        from retrieval.answer import names, replies
        from retrieval.answer.speaker_match import speaker_matches
        from retrieval.answer.truecase import NameCase

        manifest = self.store.manifest
        if self._cased is None or self._cased[0] is not manifest:
            speakers, offices = manifest.speakers(), manifest.offices()

            def names_someone(question: str) -> bool:
                """Whether it names a speaker whose words it asks for, or whom they replied to."""
                found = names.whom(question, speakers, offices)[1]
                who = replies.replied_to(question, bool(found))
                return bool(found or (who and speaker_matches(who, speakers, offices)))

            cased = NameCase(
                speakers,
                {o for held in offices.values() for o in held},
                manifest.capitals(),
                self.store.lexical.frequency,
                names_someone,
            )
            self._cased = (manifest, cased)
        return self._cased[1]

    @property
    def composer(self) -> Any:
        """The language-model composer (only when TQA_LLM__MODEL is set)."""
        if self._composer is None:
            from retrieval.answer.llm import LLMComposer

            self._composer = LLMComposer(self.settings.llm)
        return self._composer

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
        timings = {"retrieve": _ms(t), **{f"retrieve.{k}": v for k, v in retrieved.timings.items()}}
        return {**state, "retrieved": retrieved, "timings": timings}

    def _select(self, state: dict) -> dict:
        from retrieval.answer.select import select

        t = time.perf_counter()
        selection = select(state["retrieved"], self.settings.answer, self.model)
        return {**state, "selection": selection, "t_select": t}

    def _compose(self, state: dict) -> dict:
        from retrieval.answer.compose import compose

        selection = state["selection"]
        if self.settings.llm.model and not selection.retrieved.absent_subject:
            from retrieval.answer.llm import ComposeFailed

            try:
                history = list(state["request"].history)
                answer = self.composer.compose(selection, self.store.manifest, history)
            except ComposeFailed as e:
                answer = compose(selection, self.store.manifest)
                answer.composer = f"extractive ({e})"
        else:
            answer = compose(selection, self.store.manifest)
        timings = {**state["timings"], "compose": _ms(state["t_select"])}
        return {**state, "answer": answer, "timings": timings}

    def _verify(self, state: dict) -> Answer:
        from retrieval.answer.verify import verify

        answer = verify(state["answer"])
        answer.timings_ms.update(state["timings"])
        base = self.settings.serve.public_url
        if base:
            for c in [*answer.citations, *answer.related]:
                c.url = f"{base.rstrip('/')}/doc/{c.doc_id}?start={c.start}&end={c.end}#quote"
        return answer


def speakers_named(wanted: str, known: list[str], offices: Mapping | None = None) -> list[str]:
    """Speakers `wanted` names: exactly, or as a question naming them would find them
    (`speaker_match.speaker_matches`: "Ambassador Kim", "Kim" and "Sung Kim" all name Sung Kim, "the
    Minister of Health" whoever a label gives that office)."""
    from retrieval.answer.speaker_match import speaker_matches

    wanted = wanted.strip()
    exact = [s for s in known if s.lower() == wanted.lower()]
    return exact or (speaker_matches(wanted, known, offices) if wanted else [])


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)
