"""How many questions, typed all in lower case (or in lower case after a capital, as a phone
writes them), ask about the same speakers as written: the check behind the rules of
`retrieval/answer/truecase.py` (`make eval-lowercase`), on the indexes `make eval-dev` builds
under WORK."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SETS = ("press-dev", "qmsum-val", "qmsum-train")


def agreement(home: Path, questions: Path) -> tuple[int, int, int, int]:
    """(questions, those naming a speaker as written, those asking about the same speakers
    when typed in lower case, and when typed so after a capital)."""
    from retrieval.chain import Ask, Engine
    from retrieval.settings import Settings

    engine = Engine(Settings(home=home))

    def whom(asked: list[str]) -> set[str]:
        return set(engine.retrieve(Ask(asked[0], tuple(asked[1:]))).asked_about)

    total = named = 0
    same = [0, 0]
    for line in questions.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        asked = [row["question"], *(row.get("history") or ())]
        written = whom(asked)
        total += 1
        named += bool(written)
        for i, typing in enumerate((str.lower, _opened)):
            same[i] += written == whom([typing(t) for t in asked])
    return total, named, same[0], same[1]


def _opened(text: str) -> str:
    """In lower case after its first letter: "What did justice kagan ask?"."""
    lowered = text.lower()
    return lowered[:1].upper() + lowered[1:]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args(argv)
    for name in SETS:
        total, named, same, opened = agreement(
            args.work / name, args.data / name / "questions.jsonl"
        )
        print(
            f"{name}: {same} of {total} questions ask about the same speakers in lower case, "
            f"{opened} in lower case after a capital ({named} name a speaker as written)"
        )


if __name__ == "__main__":
    main()
