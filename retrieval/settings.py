"""All tqa settings: one object, read from `TQA_*` variables by the front ends and passed down."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, BaseModel, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from retrieval.paths import default_home

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class ChunkSettings(BaseModel):
    max_tokens: int = Field(
        220,
        description="Token budget of a chunk (cl100k_base); the embedding model reads ~256.",
    )


class IndexSettings(BaseModel):
    collection: str = Field(
        "tqa_chunks", description="Collection prefix of the embedded store (one index a store)."
    )
    namespace: str | None = Field(
        None,
        pattern=r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,50}[a-zA-Z0-9]$",
        description="Prefix of this index's Chroma collections (`TQA_INDEX__NAMESPACE`); unset: "
        "derived from the data directory on a server, so indexes sharing one never collide.",
    )
    max_file_mb: float = Field(
        20, gt=0, le=2000, description="Largest transcript file ingest reads, in MB."
    )
    batch_size: int = Field(
        8,
        description="Texts per ONNX batch (8 measured fastest on 2 cores; larger batches pad more).",
    )
    threads: int = Field(2, description="Threads the ONNX runtime uses.")
    rrf_k: int = Field(60, description="Constant k of reciprocal rank fusion.")
    candidates: int = Field(20, description="Hits taken from each retriever before fusion.")
    search_ef: int = Field(
        1000,
        ge=20,
        le=100_000,
        description="Breadth of Chroma's vector search (HNSW `ef_search`), set on the "
        "collections at ingest. Chroma's default, 100, found 90% of the exact 20 nearest of "
        "10,000 chunks (qmsum-train); 1000 finds 99.8% in 2.4 ms a search.",
    )
    sync_threshold: int = Field(
        1,
        ge=1,
        description="Vectors Chroma adds to its search graph between saves of it (HNSW "
        "`sync_threshold`, Chroma's default 1000), set on the collections at ingest. Those "
        "added since the last save are added again, in a random order, by every process that "
        "opens the store, so two processes could find different nearest chunks; at 1 the "
        "graph is saved after each write (a file's vectors) and every process searches the "
        "same one.",
    )


class AnswerSettings(BaseModel):
    top_k: int = Field(
        8, ge=1, le=50, description="Chunks the answer is selected from (`tqa ask -k`)."
    )
    top_k_documents: int = Field(
        12,
        ge=1,
        le=50,
        description="Chunks the answer is selected from when the question is confined to "
        "documents (`--doc`, a question set's `doc`): one transcript holds more passages that "
        "bear on the question than its share of a whole index's top 8.",
    )
    adapted_search: bool = Field(
        True,
        description="Search the chunks with the question's vector moved halfway towards its "
        "answers by the learned adapter (retrieval/answer/model.json); off: the question's own.",
    )
    max_quotes: int = Field(3, ge=1, le=10, description="Most quotes in one answer.")
    max_quote_words: int = Field(
        60, ge=10, le=80, description="Longest quote, in words (a window of sentences stops here)."
    )
    window_sentences: int = Field(
        3, ge=1, le=5, description="Most adjacent sentences of one turn in a candidate quote."
    )
    extra_quote_ratio: float = Field(
        0.01,
        ge=0.0,
        le=1.0,
        description="Further quotes need at least this share of the best quote's probability "
        "(the selector's softmax over the candidates).",
    )
    min_confidence: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Abstain when the probability that the transcripts answer is below this; "
        "unset: the thresholds learned with the model (retrieval/answer/model.json), one for "
        "the whole index and one for a question confined to documents.",
    )


class SlackSettings(BaseSettings):
    """Slack's own variable names for the secrets; `TQA_SLACK_*` for the rest."""

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    bot_token: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_BOT_TOKEN", "TQA_SLACK_BOT_TOKEN"),
        description="Bot User OAuth Token (xoxb-...).",
    )
    app_token: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_APP_TOKEN", "TQA_SLACK_APP_TOKEN"),
        description="App-level token (xapp-...); when set, the bot uses Socket Mode.",
    )
    signing_secret: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "TQA_SLACK_SIGNING_SECRET"),
        description="Signing secret, to verify requests in HTTP mode.",
    )
    api_url: str = Field(
        "https://slack.com/api/",
        validation_alias=AliasChoices("TQA_SLACK_API_URL", "api_url"),
        description="Slack Web API base URL (tests and proxies point it elsewhere).",
    )
    ephemeral_slash: bool = Field(
        False,
        validation_alias=AliasChoices("TQA_SLACK_EPHEMERAL_SLASH", "ephemeral_slash"),
        description="Answer /ask only to the asker instead of the whole channel.",
    )
    history_turns: int = Field(
        6,
        validation_alias=AliasChoices("TQA_SLACK_HISTORY_TURNS", "history_turns"),
        description="Earlier questions of a thread or DM read with a follow-up.",
    )


class LLMSettings(BaseModel):
    model: str | None = Field(
        None,
        description="Compose answers with this language model, in LangChain's `provider:model` "
        "form (`openai:gpt-4o-mini`, `ollama:qwen2.5:7b`); unset: extractive answers.",
    )
    base_url: str | None = Field(
        None, description="An OpenAI-compatible server (vLLM, llama.cpp, LM Studio, a proxy)."
    )
    api_key: SecretStr | None = Field(None, description="The provider's API key.")
    timeout_s: float = Field(30.0, gt=0, le=600, description="Seconds to wait for an answer.")
    max_retries: int = Field(
        2, ge=0, le=10, description="Retries of a failed call (a 429 waits for Retry-After)."
    )
    candidates: int = Field(8, ge=1, le=12, description="Candidate quotes offered to the model.")
    prompt_tokens: int = Field(
        3000, ge=500, le=100_000, description="Prompt budget; candidates beyond it are dropped."
    )


class ServeSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Address `tqa serve` listens on.")
    port: int = Field(8765, ge=1, le=65535, description="TCP port of `tqa serve`.")
    token: SecretStr | None = Field(
        None,
        description="Bearer token every request but /healthz must carry; required when `host` "
        "is not a loopback address.",
    )
    public_url: str | None = Field(
        None,
        description="Base URL at which people reach `tqa serve`; when set, citations link to "
        "the source viewer (`url` in --json, links in the terminal and Slack).",
    )


def config_files() -> list[Path]:
    """The config files read, strongest first: `./tqa.toml`, then `$TQA_HOME/config.toml`."""
    home = Path(os.environ["TQA_HOME"]) if os.environ.get("TQA_HOME") else default_home()
    return [p for p in (Path.cwd() / "tqa.toml", home / "config.toml") if p.is_file()]


class Settings(BaseSettings):
    """tqa's settings: `TQA_*` variables (`TQA_HOME`, `TQA_ANSWER__TOP_K`), then `./tqa.toml`,
    then `$TQA_HOME/config.toml` (`[answer] top_k = 8`), then the defaults."""

    model_config = SettingsConfigDict(env_prefix="TQA_", env_nested_delimiter="__", extra="ignore")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        files = [TomlConfigSettingsSource(settings_cls, toml_file=p) for p in config_files()]
        return (init_settings, env_settings, *files)

    home: Path = Field(default_factory=default_home, description="Data directory (the index).")
    corpus_dir: Path = Field(BUNDLED_CORPUS, description="Corpus ingested by default.")
    chroma_url: str | None = Field(
        None, description="Chroma server URL; unset means the embedded store under `home`."
    )
    chunk: ChunkSettings = Field(default_factory=ChunkSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    slack: SlackSettings = Field(default_factory=SlackSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    log_questions: bool = Field(
        True, description="Keep what is asked and answered in $TQA_HOME/log.sqlite3 (`tqa log`)."
    )
    server_url: str | None = Field(
        None,
        description="A running `tqa serve` the CLI asks (`TQA_SERVER_URL`); unset: the one "
        "listening on $TQA_HOME/tqa.sock, if any.",
    )
