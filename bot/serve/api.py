"""`tqa serve`: the engine behind a JSON HTTP API (FastAPI), and the source viewer page.

`POST /ask` answers with the `tqa ask --json` contract, `GET /sources` lists what is indexed,
`POST /ingest` starts an ingest in the background (`GET /ingest/{job}` follows it), `GET /healthz`
says the server is up, `GET /doc/{doc_id}` shows a transcript with a quote highlighted. OpenAPI
docs are at `/docs`.
"""

from __future__ import annotations

import secrets
import threading
import uuid
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from bot.question_log import record
from bot.serve.viewer import MEDIA_SUFFIXES, media_file, render_document
from retrieval.chain import Ask, QuestionError
from retrieval.index.manifest import IndexProblem
from retrieval.parse.transcript import TranscriptError


class AskRequest(BaseModel):
    question: str = Field(description="The question.")
    history: list[str] = Field(default_factory=list, description="Earlier questions, oldest first.")
    speaker: list[str] = Field(default_factory=list, description="Only these speakers' words.")
    since: str | None = Field(None, description="Only transcripts on or after this ISO date.")
    until: str | None = Field(None, description="Only transcripts on or before this ISO date.")
    doc: list[str] = Field(default_factory=list, description="Only these documents (id or file).")
    k: int | None = Field(None, ge=1, le=50, description="Chunks to answer from.")


class IngestRequest(BaseModel):
    paths: list[str] = Field(default_factory=list, description="Files or folders on the server.")
    rebuild: bool = Field(False, description="Read every indexed document again.")


class Jobs:
    """Ingest jobs run one at a time in a background thread; their progress, by id."""

    def __init__(self) -> None:
        self.jobs: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def start(self, engine: Any, paths: list[Path], rebuild: bool) -> str:
        job_id = uuid.uuid4().hex[:12]
        job: dict[str, Any] = {"id": job_id, "state": "running", "done": 0, "total": None}
        self.jobs[job_id] = job
        threading.Thread(target=self._run, args=(job, engine, paths, rebuild), daemon=True).start()
        return job_id

    def _run(self, job: dict[str, Any], engine: Any, paths: list[Path], rebuild: bool) -> None:
        from retrieval.index.ingest import ingest

        def progress(p: Any) -> None:
            eta = p.eta_s()
            job.update(
                done=p.files_done,
                total=p.files_total,
                chunks=p.chunks,
                file=p.file,
                eta_s=None if eta is None else round(eta, 1),
            )

        try:
            with self._lock:
                report = ingest(engine.store, paths, rebuild=rebuild, wait=True, progress=progress)
            engine.store.refresh()
            job.update(
                state="failed" if report.failed else "done",
                report={
                    "added": report.added,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                    "removed": report.removed,
                    "skipped": [list(s) for s in report.skipped],
                    "failed": [list(f) for f in report.failed],
                    "chunks": report.chunks,
                },
            )
        except Exception as e:  # reported to whoever follows the job
            job.update(state="failed", error=str(e).splitlines()[0] if str(e) else repr(e))


def create_api(engine: Any, settings: Any) -> FastAPI:
    app = FastAPI(
        title="tqa",
        summary="Questions about transcripts, answered with verbatim, attributed quotes.",
    )
    asking = threading.Lock()  # one question at a time through the engine
    jobs = Jobs()
    token = settings.serve.token.get_secret_value() if settings.serve.token else None

    def authorised(request: Request) -> None:
        if token is None:
            return
        given = request.headers.get("authorization", "")
        if not secrets.compare_digest(given, f"Bearer {token}"):
            raise HTTPException(401, "a bearer token is required (TQA_SERVE__TOKEN)")

    @app.exception_handler(QuestionError)
    @app.exception_handler(TranscriptError)
    def bad_request(request: Request, e: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=400)

    @app.exception_handler(IndexProblem)
    def unavailable(request: Request, e: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=503)

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        """Up and answering: the index generation and its size."""
        engine.store.refresh()
        manifest = engine.store.manifest
        return {
            "ok": True,
            "generation": engine.store.generation,
            "documents": len(manifest.docs),
            "chunks": len(manifest.chunks),
        }

    @app.post("/ask", dependencies=[Depends(authorised)])
    def ask(body: AskRequest) -> dict[str, Any]:
        """Answer a question: the `tqa ask --json` contract."""
        if not body.question.strip():
            raise QuestionError("the question is empty")
        with asking:
            filters = engine.filters(body.speaker, body.since, body.until, body.doc)
            answer = engine.ask(Ask(body.question, tuple(body.history), filters, body.k))
        out = answer.model_dump()
        record(settings, out, body.history, "http")
        return out

    @app.get("/sources", dependencies=[Depends(authorised)])
    def sources() -> list[dict[str, Any]]:
        """What is indexed: the rows of `tqa sources --json`."""
        from bot.cli.render import source_rows

        engine.store.refresh()
        return source_rows(engine.store.manifest)

    @app.post("/ingest", status_code=202, dependencies=[Depends(authorised)])
    def start_ingest(body: IngestRequest) -> dict[str, str]:
        """Start indexing files or folders on the server; follow it at /ingest/{job}."""
        paths = [Path(p) for p in body.paths] or [settings.corpus_dir]
        return {"job": jobs.start(engine, paths, body.rebuild)}

    @app.get("/ingest/{job_id}", dependencies=[Depends(authorised)])
    def follow_ingest(job_id: str) -> dict[str, Any]:
        """An ingest job: running (files done of total) or done/failed with its report."""
        if job_id not in jobs.jobs:
            raise HTTPException(404, f"no ingest job {job_id}")
        return jobs.jobs[job_id]

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, dependencies=[Depends(authorised)])
    def document(doc_id: str, start: int | None = None, end: int | None = None) -> str:
        """The transcript, the quote start:end highlighted and scrolled into view."""
        engine.store.refresh()
        manifest = engine.store.manifest
        if doc_id not in manifest.docs:
            raise HTTPException(404, f"no document {doc_id} in the index")
        return render_document(manifest, doc_id, start, end)

    @app.get("/media/{doc_id}", dependencies=[Depends(authorised)])
    def media(doc_id: str) -> FileResponse:
        """The recording beside a caption file (same name, e.g. talk.mp4 for talk.vtt)."""
        doc = engine.store.manifest.docs.get(doc_id)
        found = media_file(doc) if doc else None
        if found is None:
            raise HTTPException(404, f"no recording beside {doc_id} ({', '.join(MEDIA_SUFFIXES)})")
        return FileResponse(found)

    return app
