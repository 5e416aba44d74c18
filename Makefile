# Fact or Claim — the two commands: `make run` and `make test` (and `make e2e` in a real browser).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
FLASK  := $(BIN)/flask --app wsgi
HOST   ?= 127.0.0.1
PORT   ?= 5000
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
# One gevent worker process: live games hold thousands of open push connections, and the
# in-memory rate-limit counters are then shared by every request (see live-readme).
GUNICORN_WORKERS ?= --worker-class gevent --workers 1 --worker-connections 6000 --graceful-timeout 5

.PHONY: install run test test-pg e2e lint bench bench-load bench-answer bench-live bench-board clean

install: $(VENV)/.installed

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: install
	$(FLASK) init-db
	$(FLASK) demo
	@echo "  Open http://$(HOST):$(PORT)/ — teachers sign in, students join with the code above."
	@# The job queue's consumer (long story analyses, Huey on instance/jobs.db) runs beside
	@# gunicorn and stops with it.
	$(FLASK) jobs & JOBS=$$!; trap 'kill $$JOBS 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn $(GUNICORN_WORKERS) --bind $(HOST):$(PORT) --access-logfile - wsgi:app

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# The whole suite against PostgreSQL; every test runs in a fresh schema that is dropped afterwards.
test-pg: install
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest

# Browser tests: Playwright drives Debian's Chromium (installed here when missing; Playwright never
# downloads a browser of its own); axe-core checks each page. Screenshots go to docs/screenshots/.
e2e: install $(VENV)/.e2e-installed /usr/bin/chromium
	$(BIN)/python -m pytest tests/e2e

$(VENV)/.e2e-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,e2e]'
	touch $@

/usr/bin/chromium:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python bench/bench_analyze.py

# 350 students behind one address join and answer at once, on SQLite and (when it answers) on
# PostgreSQL: p95/p99 latency, no 5xx, exactly one answer per student and question.
bench-load: install
	if $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 1)" \
	    2>/dev/null; then \
	  $(BIN)/python bench/bench_load.py --gunicorn "$(GUNICORN_WORKERS)" --pg $(PG_URL); \
	else \
	  $(BIN)/python bench/bench_load.py --gunicorn "$(GUNICORN_WORKERS)"; \
	fi

# The answer call against a bare hello route on the same gunicorn workers (wrk: apt-get install wrk).
bench-answer: install
	$(BIN)/python bench/bench_answer.py --workers "$(GUNICORN_WORKERS)"

# One live game of 2,000 players (SQLite, then PostgreSQL when 127.0.0.1:5432 answers).
bench-live: install
	$(BIN)/python bench/bench_live.py --workers "$(GUNICORN_WORKERS)"

# The class board for 2,000 students and 100,000 answers.
bench-board: install
	$(BIN)/python bench/bench_board.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis *.egg-info
