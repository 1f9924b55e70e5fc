"""Shared fixtures: every test gets its own data directory; the bundled corpus is indexed once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from retrieval.chain import Engine
from retrieval.index.embeddings import MiniLMEmbeddings
from retrieval.index.ingest import ingest
from retrieval.parse.transcript import Transcript
from retrieval.settings import BUNDLED_CORPUS, Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
QUESTIONS = Path(__file__).resolve().parent / "questions" / "corpus.jsonl"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the user's data directory."""
    home = tmp_path / "tqa-home"
    monkeypatch.setenv("TQA_HOME", str(home))
    # Asking logs the question in the data directory: not in the shared, indexed-once one.
    monkeypatch.setenv("TQA_LOG_QUESTIONS", "false")
    for var in ("TQA_CHROMA_URL", "TQA_CORPUS_DIR"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(scope="session")
def embeddings() -> MiniLMEmbeddings:
    """The real ONNX model, loaded once for the session."""
    return MiniLMEmbeddings()


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory: pytest.TempPathFactory, embeddings: MiniLMEmbeddings) -> Path:
    """A data directory holding the bundled corpus, indexed once (tests must not change it)."""
    home = tmp_path_factory.mktemp("corpus-home")
    engine = Engine(Settings(home=home), embeddings=embeddings)
    ingest(engine.store, [BUNDLED_CORPUS])
    return home


@pytest.fixture(scope="session")
def engine(corpus_home: Path, embeddings: MiniLMEmbeddings) -> Engine:
    return Engine(Settings(home=corpus_home), embeddings=embeddings)


@pytest.fixture(scope="module")
def module_home(corpus_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A writable copy of the indexed bundled corpus, shared by one test module."""
    home = tmp_path_factory.mktemp("module") / "home"
    shutil.copytree(corpus_home, home)
    return home


@pytest.fixture(scope="module")
def meeting_engine(
    tmp_path_factory: pytest.TempPathFactory, embeddings: MiniLMEmbeddings
) -> Engine:
    """An index of a research meeting and a committee meeting (tests/fixtures), one per module."""
    home = tmp_path_factory.mktemp("meeting-home")
    engine = Engine(Settings(home=home), embeddings=embeddings)
    ingest(engine.store, [FIXTURES / "research_meeting.txt", FIXTURES / "committee.txt"])
    return engine


def engine_over(tmp_path: Path, embeddings: MiniLMEmbeddings, text: str, *others: str) -> Engine:
    """An engine whose index holds one transcript, `text` (and `others`, if given)."""
    files = []
    for n, t in enumerate((text, *others)):
        files.append(tmp_path / ("transcript.txt" if n == 0 else f"transcript{n + 1}.txt"))
        files[-1].write_text(t, encoding="utf-8")
    engine = Engine(Settings(home=tmp_path / "home"), embeddings=embeddings)
    ingest(engine.store, files)
    return engine


def briefing_engine(tmp_path: Path, embeddings, questions: str) -> Engine:  # type: ignore[no-untyped-def]
    """An engine over a short briefing by President Jane Doe: her opening, then `questions`."""
    transcript = tmp_path / "briefing.txt"
    transcript.write_text(
        "President: Jane Doe\n\n"
        "The President. Good afternoon. We agreed on the budget with the Senate today.\n"
        + questions,
        encoding="utf-8",
    )
    engine = Engine(Settings(home=tmp_path / "home"), embeddings=embeddings)
    ingest(engine.store, [transcript])
    return engine


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    """A writable copy of the transcripts of other styles in tests/fixtures (not those of
    formats/ and styles/, which their own tests read one at a time)."""
    target = tmp_path / "transcripts"
    shutil.copytree(FIXTURES, target, ignore=shutil.ignore_patterns("formats", "styles"))
    return target


def who(doc: Transcript) -> list[tuple[str, str]]:
    """Each turn's speaker and role."""
    return [(t.speaker, t.role) for t in doc.turns]


def speakers(doc: Transcript) -> list[str]:
    """Each turn's speaker."""
    return [t.speaker for t in doc.turns]


def said(doc: Transcript, turn: int) -> str:
    """The words of the turn at index `turn`."""
    t = doc.turns[turn]
    return doc.text[t.start : t.end]
