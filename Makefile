# `make demo` and `make test` set everything up themselves on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test lint bench clean

$(BIN)/govkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

demo: $(BIN)/govkg
	@mkdir -p $(OUT)
	$(BIN)/govkg read seeds/ --silent > $(OUT)/articles.jsonl
	$(BIN)/govkg extract seeds/ --format jsonl --silent > $(OUT)/extraction.jsonl
	@echo "wrote $(OUT)/articles.jsonl and $(OUT)/extraction.jsonl"
	$(BIN)/govkg build seeds/ --out $(OUT)
	$(BIN)/govkg query --out $(OUT) --file queries/body_meetings.cypher --param body=城投集团
	$(BIN)/govkg query --out $(OUT) --file queries/place_bodies.cypher --param place=厦门市

test: $(BIN)/govkg
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

bench: $(BIN)/govkg
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) $(OUT) *.egg-info
