# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TR_SOURCES := $(wildcard app/gui/*.py)
TS_FILES := $(wildcard resources/translations/borderline_*.ts)

.PHONY: run test system-deps bench baseline package translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

run: $(STAMP) system-deps
	$(PY) -m app

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m app bench classify

baseline: $(STAMP)
	$(PY) -m app build-baseline

# A one-folder build of the application for this platform in dist/ (see packaging/README.md).
package: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/borderline.spec
	dist/borderline/borderline --version

# Collect the window's strings into the .ts files, then compile the .qm files shipped with the app.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(TR_SOURCES) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) .pytest_cache build dist
