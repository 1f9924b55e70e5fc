"""`tqa config show`, and reading the config files with errors that name the file and key."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, SecretStr, ValidationError


class ConfigError(ValueError):
    """A config file or variable tqa cannot use; the message names it."""


def leaves(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every setting's path: ("answer", "top_k"), ("home",), ..."""
    out: list[tuple[str, ...]] = []
    for name, field in model.model_fields.items():
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            out += leaves(kind, (*prefix, name))
        else:
            out.append((*prefix, name))
    return out


def _file_keys(data: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            out += _file_keys(value, (*prefix, key))
        else:
            out.append((*prefix, key))
    return out


def read_file(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read ({e.strerror})") from None


def load_settings() -> Any:
    """The settings, after checking every config file's keys; one-line errors."""
    from retrieval.settings import Settings, config_files

    known = set(leaves(Settings))
    for path in config_files():
        for key in _file_keys(read_file(path)):
            if key not in known:
                dotted = ".".join(key)
                raise ConfigError(f"{path}: unknown setting {dotted!r} (see `tqa config show`)")
    try:
        return Settings()
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(
            f"setting {where}: {first['msg']} (from TQA_* or a config file)"
        ) from None


def env_names(path: tuple[str, ...]) -> list[str]:
    names = ["TQA_" + "__".join(path).upper()]
    if path[0] == "slack":
        from retrieval.settings import SlackSettings

        alias = SlackSettings.model_fields[path[1]].validation_alias
        names = [c for c in getattr(alias, "choices", []) if isinstance(c, str) and c.isupper()]
    return names


def sources(settings: Any) -> list[tuple[str, str, str]]:
    """(key, value, where it came from) for every setting; secrets shown as set/unset."""
    from retrieval.settings import config_files

    files = [(p, read_file(p)) for p in config_files()]
    rows = []
    for path in leaves(type(settings)):
        value: Any = settings
        for part in path:
            value = getattr(value, part)
        secret = isinstance(value, SecretStr) or path[-1] in ("token", "api_key", "bot_token",
                                                              "app_token", "signing_secret")  # fmt: skip
        shown = ("set" if value is not None else "unset") if secret else value
        where = "default"
        env = next((n for n in env_names(path) if n in os.environ), None)
        if env:
            where = f"env {env}"
        else:
            for file, data in files:
                node: Any = data
                for part in path:
                    node = node.get(part) if isinstance(node, dict) else None
                if node is not None:
                    where = str(file)
                    break
        rows.append((".".join(path), str(shown), where))
    return rows
