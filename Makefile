# The commands a docs author and CI use. Every target sets up .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup generate test check lint clean

$(BIN)/docsgen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/docsgen

generate: setup
	$(BIN)/docsgen generate

test: setup
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/docsgen generate --check
	$(BIN)/docsgen lint docs-v2
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks

clean:
	rm -rf $(VENV)
