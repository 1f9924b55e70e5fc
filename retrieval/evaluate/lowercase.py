"""How many questions, typed all in lower case, ask about the same speakers as written: the
check behind the rules of `retrieval/answer/truecase.py` (`make eval-lowercase`), on the
indexes `make eval-dev` builds under WORK."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SETS = ("press-dev", "qmsum-val", "qmsum-train")


def agreement(home: Path, questions: Path) -> tuple[int, int, int]:
    """(questions, those naming a speaker as written, those asking about the same speakers
    when typed in lower case)."""
    from retrieval.chain import Ask, Engine
    from retrieval.settings import Settings

    engine = Engine(Settings(home=home))
    total = named = same = 0
    for line in questions.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        history = tuple(row.get("history") or ())
        written = engine.retrieve(Ask(row["question"], history)).asked_about
        typed = Ask(row["question"].lower(), tuple(h.lower() for h in history))
        total += 1
        named += bool(written)
        same += set(written) == set(engine.retrieve(typed).asked_about)
    return total, named, same


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args(argv)
    for name in SETS:
        total, named, same = agreement(args.work / name, args.data / name / "questions.jsonl")
        print(
            f"{name}: {same} of {total} questions ask about the same speakers in lower case "
            f"({named} name a speaker as written)"
        )


if __name__ == "__main__":
    main()
