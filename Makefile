# Good Human Rights Stories CMS. `make help` lists the targets.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed
MANAGE := $(PY) manage.py
PYTEST_ARGS ?=
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/ghrs
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install messages compilemessages run migrate demo test test-postgres test-fuzz lint format check schema bench bench-webhooks load clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): $(LOCK) requirements/base.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r $(LOCK)
	$(VENV)/bin/pip check
	touch $(STAMP)

install: $(STAMP) compilemessages ## Create .venv, install the locked dependencies, compile the admin translations

# The admin's translations (locale/<language>/LC_MESSAGES). The compiled .mo files are
# committed, so a machine without GNU gettext's msgfmt keeps them as they are.
LOCALES := fr es ar ru zh_Hans
I18N_IGNORE := --ignore=.venv --ignore=var --ignore=node_modules
compilemessages: $(STAMP) ## Compile locale/*/LC_MESSAGES/django.po into .mo (needs msgfmt; otherwise the committed .mo files stay)
	@if command -v msgfmt >/dev/null 2>&1; then \
		DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) compilemessages $(I18N_IGNORE); \
	else \
		echo "msgfmt (GNU gettext) not found: keeping the committed .mo files"; \
	fi

messages: $(STAMP) ## Extract the project's admin strings into locale/*/LC_MESSAGES/django.po (needs xgettext)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemessages $(addprefix -l ,$(LOCALES)) \
		$(I18N_IGNORE) --ignore=tests --ignore='*/tests/*' --ignore=bench --ignore=demo \
		--ignore=frontend_contract --ignore=docs --ignore=locale

run: $(STAMP) ## Migrate, load the demo, serve the admin and API on 127.0.0.1:8000 with the task worker and scheduler
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@echo ""
	@echo "  Admin:    http://$(HOST):$(PORT)/admin/   (see the demo logins above)"
	@echo "  GraphQL:  http://$(HOST):$(PORT)/graphql/"
	@echo ""
	@echo "  Workers:  db_worker (default and webhooks queues) and run_scheduler; Ctrl-C stops all"
	@echo ""
	@trap 'trap - INT TERM EXIT; kill 0' INT TERM EXIT; \
	$(MANAGE) db_worker --queue-name default & \
	$(MANAGE) db_worker --queue-name webhooks --interval 0.2 --no-startup-delay & \
	$(MANAGE) run_scheduler & \
	$(MANAGE) runserver $(HOST):$(PORT) & \
	wait

migrate: $(STAMP) ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: $(STAMP) ## Load (or refresh) the demo content
	$(MANAGE) load_demo

test: $(STAMP) ## Run the whole test suite (SQLite); the browser tests in a process of their own
	$(PY) -m pytest -n 2 -m "not outside and not browser" $(PYTEST_ARGS)
	$(PY) -m pytest -m browser tests/browser $(PYTEST_ARGS)

test-postgres: $(STAMP) ## Run the whole test suite against PostgreSQL (POSTGRES_URL)
	DATABASE_URL=$(POSTGRES_URL) $(PY) -m pytest -n 2 -m "not outside and not browser" $(PYTEST_ARGS)

test-fuzz: $(STAMP) ## Fuzz (schemathesis) and attack a real gunicorn server with the demo (needs Redis)
	$(PY) -m pytest -m outside tests/outside $(PYTEST_ARGS)

lint: $(STAMP) ## ruff lint and format check, and the import layers (lint-imports)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: $(STAMP) ## Django system checks and the missing-migrations check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

schema: $(STAMP) ## Regenerate frontend_contract/schema.graphql from the schema
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) graphql_schema --schema cms.schema.schema --out frontend_contract/schema.graphql

BENCH_ARGS ?= --dataset demo=$(POSTGRES_URL)
# A database grown to 10,000 stories × 6 languages (docs/performance.md); when set, make bench
# also measures search there (bench/results/search-latest.md).
BENCH_SEARCH_URL ?=
BENCH_SEARCH_ARGS ?= --requests 100
bench: $(STAMP) ## Time to refusal of hostile requests, cached vs uncached GET, search at scale (BENCH_SEARCH_URL), then this API vs Wagtail REST API v2 vs a hand-written floor (docs/performance.md)
	$(PY) -m bench.run $(BENCH_RUN_ARGS)
	$(if $(BENCH_SEARCH_URL),BENCH_DATABASE_URL=$(BENCH_SEARCH_URL) $(PY) -m bench.run --skip-setup --only search --out search-latest.md $(BENCH_SEARCH_ARGS))
	$(PY) -m bench.compare $(BENCH_ARGS)

bench-webhooks: $(STAMP) ## 200 publishes, a receiver failing 1 in 3: publish-to-delivered p95 and events lost (PostgreSQL)
	$(PY) -m bench.webhooks $(BENCH_WEBHOOKS_ARGS)

load: $(STAMP) ## 50 clients for 60 s while an editor publishes (PostgreSQL, Redis, cold renditions)
	$(PY) -m bench.load $(LOAD_ARGS)

lock: ## Recompile the lock files from pyproject.toml (needs uv)
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header --annotation-style line -o requirements/dev.lock
	uv pip compile pyproject.toml --python-version 3.11 --no-header --annotation-style line -o requirements/base.lock

clean: ## Remove .venv and var/
	rm -rf $(VENV) var
