# make demo          the main job against the embedded server; installs the package with its
#                    server and cli extras only
# make test          ruff, mypy --strict and pytest; installs the dev toolchain (needs Python 3.11+)
# make test-pythons  the runtime tests (client, validation, server, CLI) on the oldest and the
#                    newest supported Python, each in its own .venv-3.X
# make oracles       the webhook tests' judges (retab 0.0.140, stripe) in .venv-oracles; make test runs it
# make test-explore  the property tests unseeded, with more examples (a failure found: pin it with @example)
# make mutate        mutation testing of the guard modules (docs/contributing.md); not part of make test
# make bench         the benchmark: prints a table
# make bench-docs    the benchmark, and writes docs/benchmarks.md and .json
# make generate      generated/ from both contracts (openapi.yaml, openapi-2026-08-16.yaml)
# make import-2026-08-16  openapi-2026-08-16.yaml from the vendor's file as published, then generate
# make migration-doc docs/migration-2026-08-16.md from spec_diff between the two contracts
# make docs          the documentation site from docs/ into site/ (mkdocs --strict: warnings fail)
# make dist          the wheel, into dist/ (needs only $(PYTHON) and pip: install it anywhere)
# Each creates $(VENV) with $(PYTHON) when needed (versions pinned by constraints.txt), and
# rebuilds it when another Python made it.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt
# Empty when $(PYTHON) does not run. The stamps carry it, so a .venv made by another Python is rebuilt.
PYTHON_VERSION := $(shell $(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null)
STAMP := $(VENV)/.installed-$(PYTHON_VERSION)
OLDEST_PYTHON := 3.10
NEWEST_PYTHON := 3.13
SITE ?= site
DIST ?= dist
RUNTIME_TESTS := tests/client tests/validation tests/server tests/cli
comma := ,

.PHONY: install test lint typecheck docs dist oracles pytest test-runtime test-pythons test-explore mutate demo \
	bench bench-docs generate check-generated import-2026-08-16 migration-doc clean

# $(call venv,EXTRAS,MINIMUM MINOR VERSION,WHAT): check $(PYTHON), (re)create $(VENV), install .[EXTRAS].
define venv
	@test -n "$(PYTHON_VERSION)" || { echo "make: $(PYTHON) does not run; name a Python 3.$(2)+: make PYTHON=python3.12 ..." >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, $(2)))' || { echo "make: $(3) needs Python 3.$(2) or newer; $(PYTHON) is $(PYTHON_VERSION) (name another: make PYTHON=python3.12 ...)" >&2; exit 1; }
	@if [ "$$($(BIN)/python -c 'import platform; print(platform.python_version())' 2>/dev/null)" != "$(PYTHON_VERSION)" ]; then \
		echo "creating $(VENV) with $(PYTHON) $(PYTHON_VERSION)"; rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); fi
	$(PIP) -e '.[$(1)]'
endef

install: $(STAMP)-dev

$(STAMP)-dev: pyproject.toml constraints.txt
	$(call venv,dev,11,the dev toolchain (make test and make generate))
	@touch $(STAMP)-test $(STAMP)-demo $@

$(STAMP)-test: pyproject.toml constraints.txt
	$(call venv,test,10,the runtime tests)
	@touch $(STAMP)-demo $@

$(STAMP)-demo: pyproject.toml constraints.txt
	$(call venv,server$(comma)cli,10,the demo)
	@touch $@

test: lint typecheck docs oracles pytest

lint: $(STAMP)-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests scripts

typecheck: $(STAMP)-dev
	$(BIN)/mypy

# The vendor's and stripe's webhook verifiers, in a venv of their own (they pin what ours does not).
oracles: $(STAMP)-dev
	$(BIN)/python tests/webhooks/oracles.py

# The tests run in a random order (pytest-randomly: its seed is printed in the header; replay one
# with -p randomly --randomly-seed=N); the Hypothesis examples stay fixed (the ci profile).
pytest: $(STAMP)-dev
	@RETAB_HYPOTHESIS_PROFILE=$${RETAB_HYPOTHESIS_PROFILE:-ci} $(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; fi; exit $$rc

# The runtime tests on $(PYTHON) in $(VENV), without the dev toolchain.
test-runtime: $(STAMP)-test
	@RETAB_HYPOTHESIS_PROFILE=$${RETAB_HYPOTHESIS_PROFILE:-ci} $(BIN)/python -m pytest -q $(RUNTIME_TESTS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; fi; exit $$rc

test-pythons:
	@for version in $(OLDEST_PYTHON) $(NEWEST_PYTHON); do \
		python=$$(.ci/find-python $$version) || exit 1; \
		echo "== runtime tests on Python $$version ($$python)"; \
		$(MAKE) --no-print-directory PYTHON=$$python VENV=.venv-$$version test-runtime || exit 1; \
	done

# The property tests (those that use hypothesis) with new random examples and ten times as many.
test-explore: $(STAMP)-dev
	@RETAB_HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q -m hypothesis; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; fi; exit $$rc

# Mutation testing of the guard modules ([tool.mutmut] in pyproject.toml); the mutants live in mutants/.
mutate: $(STAMP)-dev
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut export-cicd-stats && cat mutants/mutmut-cicd-stats.json && echo
	$(BIN)/mutmut results

demo: $(STAMP)-demo
	$(BIN)/retab-runs demo

docs: $(STAMP)-dev
	$(BIN)/python -m mkdocs build --strict --quiet --site-dir $(SITE)

# pip builds in an isolated environment with the pinned hatchling: no .venv needed.
dist:
	@test -n "$(PYTHON_VERSION)" || { echo "make: $(PYTHON) does not run; name a Python: make PYTHON=python3.12 dist" >&2; exit 1; }
	rm -f $(DIST)/retab_runs-*.whl
	$(PYTHON) -m pip wheel --no-deps --quiet --disable-pip-version-check --wheel-dir $(DIST) .
	@ls $(DIST)/retab_runs-*.whl

bench: $(STAMP)-dev
	$(BIN)/python scripts/bench.py

bench-docs: $(STAMP)-dev
	$(BIN)/python scripts/bench.py --write-docs

generate: $(STAMP)-dev
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP)-dev
	$(BIN)/python scripts/generate.py --check

# docs/migration-2026-08-16.md: the hand-written guide and spec_diff's tables of the two contracts.
migration-doc: $(STAMP)-dev
	$(BIN)/python scripts/migration_doc.py

# openapi-2026-08-16.yaml from the vendor's file as published (../shared/reference), then generated/.
import-2026-08-16: $(STAMP)-dev
	$(BIN)/python scripts/generate.py --import-vendor
	$(BIN)/python scripts/generate.py

clean:
	rm -rf $(VENV) .venv-3.* .venv-oracles .venv-vendor-* site .pytest_cache .mypy_cache .ruff_cache .hypothesis
