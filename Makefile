# The two commands of the README:
#   make seeds   set up .venv (first time only), build seeds/ into out/, print where graph.html is
#   make test    set up .venv (first time only), run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: seeds test bench clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "kg needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $(STAMP)

seeds: $(STAMP)
	$(VENV)/bin/kg build seeds/ --out out

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python bench/speed.py

clean:
	rm -rf out test-artifacts .pytest_cache
