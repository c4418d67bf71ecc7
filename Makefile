# Two commands do everything: `make serve` previews the site, `make test` runs every check.
# Each creates .venv and installs the pinned dependencies first when they have changed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build check new-project remove-samples check-external-links bench screenshots clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create .venv: on Debian/Ubuntu run: sudo apt-get install python3-venv"; exit 1; }

$(VENV)/.site-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt requirements.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve --dirty -a 127.0.0.1:8000

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict

# (Python may keep the tests' and hooks' compiled code, in __pycache__/, which git ignores: each
# test worker and each build it starts would otherwise compile them again, seconds a run.)
test: $(VENV)/.test-installed
	sh scripts/ensure-chromium.sh
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n auto --maxprocesses 4 --dist worksteal

# Every page's front matter, checklists, citations and translations, without a build.
check: $(VENV)/.site-installed
	$(BIN)/python scripts/check.py

# make new-project TITLE="Nattkafé i Malmö" [SLUG=nattkafe]
new-project: $(VENV)/.site-installed
	$(BIN)/python scripts/new_project.py "$(or $(TITLE),$(SLUG))" $(if $(and $(TITLE),$(SLUG)),--slug "$(SLUG)")

# A fork that starts with its own projects only: the six samples go, links to them become text.
remove-samples:
	$(PYTHON) scripts/remove_samples.py

check-external-links: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --quiet
	$(BIN)/python scripts/check_external_links.py --check site

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/build_benchmark.py
	$(BIN)/python benchmarks/citations.py

screenshots: $(VENV)/.test-installed
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf site .pytest_cache
