# The two commands a newcomer needs: `make run` and `make test`. Both set up what is missing first.
VENV := .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=

LOCALE := src/reklamera/locale
PYBABEL := $(VENV)/bin/pybabel

.PHONY: run test lint test-fast bench setup clean extract update catalogs screenshots bundle check-bundle \
	windows check-windows check-pristine

run:
	@scripts/bootstrap.sh run
	$(VENV)/bin/reklamera

test:
	@scripts/bootstrap.sh test
	@$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --cov --cov-report= $(PYTEST_ARGS)
	@# The legal core must be fully exercised: 100 % branch coverage on reklamera/rules/.
	$(PY) -m coverage report --include='*/reklamera/rules/*' --fail-under=100
	@# BUNDLE=1 also builds the PyInstaller bundle and runs its self-test (slower; off by default).
	@if [ "$(BUNDLE)" = 1 ]; then $(MAKE) --no-print-directory bundle; fi

# Static checks: ruff's rules, the layers of DESIGN.md (imports inside functions too), and the types.
lint:
	$(VENV)/bin/ruff check src tests benchmarks scripts packaging
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

# The legal core only: no Qt application, seconds instead of minutes.
test-fast:
	@scripts/bootstrap.sh test
	$(PY) -m pytest -m "not gui and not slow" $(PYTEST_ARGS)

bench:
	@scripts/bootstrap.sh test
	@status=0; for b in benchmarks/[a-z]*.py; do $(PY) $$b || status=1; done; exit $$status

# Screenshots of every wizard page with the sample case, light and dark (README shows the Swedish ones).
screenshots:
	@scripts/bootstrap.sh run
	for lang in sv fi en; do \
		QT_QPA_PLATFORM=offscreen $(VENV)/bin/reklamera screenshots docs/screenshots/$$lang --lang $$lang && \
		QT_QPA_PLATFORM=offscreen $(VENV)/bin/reklamera screenshots docs/screenshots/$$lang-dark --lang $$lang --dark \
		|| exit 1; done

setup:
	@scripts/bootstrap.sh test

# The README's promise on a pristine Debian 12 root (debootstrap, needs root, about 10 minutes):
# `make run` first brings the wizard up, then `make test` passes there. CI runs it every time.
check-pristine:
	scripts/check-pristine.sh

# Translations: `make update` after changing user-visible strings, then translate the new entries in
# $(LOCALE)/<lang>/LC_MESSAGES/messages.po; `make catalogs` compiles them (run and test do it for you).
extract:
	$(PYBABEL) extract -F babel.cfg -k N_ -k _ -k ngettext:1,2 --no-location --sort-output \
		--add-comments=Translators: --project=reklamera --copyright-holder="The reklamera team" \
		-o $(LOCALE)/messages.pot src

update: extract
	$(PYBABEL) update -i $(LOCALE)/messages.pot -d $(LOCALE) -D messages --no-fuzzy-matching --ignore-obsolete

catalogs:
	@$(PY) -m reklamera.catalogs

# A one-folder program that runs without Python (packaging/README.md), checked with its own --self-test.
bundle:
	@scripts/bootstrap.sh run
	$(PY) -m pip install -q -e '.[bundle,office]'
	$(PY) -m reklamera.catalogs
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/reklamera.spec
	QT_QPA_PLATFORM=offscreen dist/reklamera/reklamera --self-test
	@du -sh dist/reklamera

# The bundle as CI checks it: self-test offscreen, first paint on X11 (Xvfb), every library resolves, and at
# most 150 MB (DESIGN.md "Performance budgets"; BUNDLE_BUDGET_MB=... to try another figure).
check-bundle: bundle
	packaging/pyinstaller/check_bundle.sh dist/reklamera

# The Windows installers, built on Linux under Wine (packaging/README.md): dist/windows/reklamera-setup-*.exe
# (per user) and dist/windows/reklamera-*-x64.msi (per machine). Downloads are cached in $$REKLAMERA_CACHE
# (default /var/cache/reklamera), checked by hash on every use; installs Wine & co. when run as root.
windows:
	packaging/windows/build.sh build

# The same, then each installer installed silently in a fresh Wine prefix with a test site.toml, the installed
# reklamera-cli.exe --self-test, association, site configuration and uninstall checked; fails when the
# setup program is over 45 MB.
check-windows:
	packaging/windows/build.sh check

clean:
	rm -rf $(VENV) .coverage .pytest_cache .hypothesis build dist
