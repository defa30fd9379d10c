# The commands a docs author and CI use. Every target sets up .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup generate test check clean

$(BIN)/docsgen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/docsgen

generate: setup
	$(BIN)/docsgen generate
	$(BIN)/docsgen generate --catalog examples/modellix/catalog --out examples/modellix/docs

test: setup
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/docsgen generate --check
	$(BIN)/docsgen lint docs-v2
	$(BIN)/docsgen generate --catalog examples/modellix/catalog --out examples/modellix/docs --check
	$(BIN)/docsgen lint examples/modellix/docs --config examples/modellix/docsgen.toml
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks

clean:
	rm -rf $(VENV)
