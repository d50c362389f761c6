# Everything a developer or CI needs: `make run` to set up and serve, `make test` to test.
SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# Local defaults; a .env file (see .env.example) or the environment overrides them.
-include .env
export
DJANGO_DEBUG ?= true

.PHONY: run serve setup install migrate content test drills lint bench backup restore clean stack stack-stop stack-status stack-deploy

# The task worker (it sends the staff notices) runs in the background and stops with the server.
run: setup
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@$(PY) manage.py run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(PY) manage.py runserver $(HOST):$(PORT)

setup: install migrate content

$(VENV)/.installed: requirements.txt
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12) and "Python 3.12 or newer is required")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py compile_translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

content: migrate
	$(PY) manage.py load_clinic_content

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

# The fault drills alone (docs/drills.md): outages of mail, worker, PostgreSQL and Redis; an app server
# killed, a rolling deploy and shared state on the production stack (nginx needed: apt-get install nginx).
drills: install
	$(PY) -m pytest tests/drills -v $(PYTEST_ARGS)

# A consistent backup of DATABASE_URL (PostgreSQL) while the site runs; restore into a new database.
# See deploy/backup.sh and deploy/restore.sh for the settings (BACKUP_DIR, BACKUP_KEEP).
backup:
	deploy/backup.sh

restore:
	@[ -n "$(BACKUP)" ] && [ -n "$(TARGET_DATABASE_URL)" ] || { echo "Usage: make restore BACKUP=backups/clinic-….dump TARGET_DATABASE_URL=postgres://…/clinic_restored (a new database)" >&2; exit 2; }
	deploy/restore.sh "$(BACKUP)" "$(TARGET_DATABASE_URL)"

# The production stack on loopback (README, "Production stack"): nginx with a self-signed certificate on
# https://127.0.0.1:8443/ (http://127.0.0.1:8080/ redirects), two gunicorn app servers, two task workers,
# PostgreSQL (STACK_DATABASE_URL, default database clinic_stack) and Redis. It runs in the background
# until `make stack-stop`; logs and pids are under .stack/.
stack: install
	$(PY) -m deploy.stack start

stack-stop:
	$(PY) -m deploy.stack stop

stack-status:
	$(PY) -m deploy.stack status

# A rolling deploy of the checkout's code onto the running stack: migrate, collect static files, then
# restart each app server (gunicorn HUP) and each task worker in turn, with no request refused.
stack-deploy:
	$(PY) -m deploy.stack deploy

# Page audits (Lighthouse, Nu Html Checker, MDN HTTP Observatory) with the tools pinned in package.json.
.PHONY: audit
audit: install node_modules/.installed
	$(PY) audit/run.py

node_modules/.installed: package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	@# The Observatory's install script (skipped) downloads the HSTS preload list; an empty one does here.
	echo '{}' > node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json
	touch $@

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
