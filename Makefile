# CNNLab — the user's entry points. `make reports` and `make test` do everything on a fresh
# Debian/Ubuntu machine: install what is missing, fetch the data, build, run.

SWIFT   ?= swift
CNNLAB  := .build/release/cnnlab
OUT     ?= Reports
SOURCES := Package.swift $(shell find Sources Chapters -name '*.swift' -o -name '*.h' -o -name '*.modulemap' 2>/dev/null)

CHAPTERS := $(addprefix chapter,1 2 3 4 5 6 7 8)

.PHONY: all reports test data bench crosscheck gallery setup clean fuzz $(CHAPTERS)

all: reports

## setup: install the system packages the build needs (idempotent, < 1 s when all is there)
setup:
	@bash tools/setup.sh

## data: fetch and verify the data sets into .cache/ (a second run does nothing)
data: setup
	@bash tools/fetch-data.sh

$(CNNLAB): $(SOURCES) | setup
	$(SWIFT) build -c release --product cnnlab

## reports: regenerate every chapter's report into Reports/ (English) and Reports/fr/ (French),
## each chapter computed once and rendered in both languages
reports: setup data $(CNNLAB)
	$(CNNLAB) reports --out $(OUT) --lang en,fr $(if $(CNNLAB_QUICK),--quick)

## chapterN: regenerate one chapter's report into Reports/chapterN/ and Reports/fr/chapterN/ (a
## static pattern rule: make skips implicit rules for phony targets)
$(CHAPTERS): chapter%: setup data $(CNNLAB)
	$(CNNLAB) chapter $* --out $(OUT) --lang en,fr

## gallery: the drawing kit's own report, one page per primitive (Reports/gallery/)
gallery: setup $(CNNLAB)
	$(CNNLAB) gallery --out $(OUT)

## test: the source rules (tools/check-sources.sh), then build and run every test (worked examples,
## properties, gradient checks), then the command-line contract (values, one-line errors, exit codes, no file left behind)
test: setup data
	bash tools/check-sources.sh
	$(SWIFT) test -c release
	bash tools/test-conv-cli.sh $(CNNLAB)
	bash tools/test-cli.sh $(CNNLAB)
	python3 tools/crosscheck/check.py $(CNNLAB) tools/crosscheck/fixtures

## crosscheck: every layer, forward and backward, against PyTorch 2.13 (installed into
## .cache/torch-venv): regenerates the committed fixtures, then checks them and a random sweep;
## then networks saved by cnnlab train --save, loaded into PyTorch (tools/crosscheck/bridge.py)
crosscheck: setup data $(CNNLAB)
	@bash tools/crosscheck/torch-venv.sh
	.cache/torch-venv/bin/python tools/crosscheck/generate.py --out tools/crosscheck/fixtures
	@sweep=$$(mktemp -d) && trap 'rm -rf "$$sweep"' EXIT && \
	.cache/torch-venv/bin/python tools/crosscheck/generate.py --sweep --seed $${SEED:-7} --count $${COUNT:-40} --out "$$sweep" && \
	python3 tools/crosscheck/check.py $(CNNLAB) tools/crosscheck/fixtures "$$sweep"
	bash tools/crosscheck/saved.sh $(CNNLAB)

## bench: speed figures as JSON lines (and the peers' where they are installed)
bench: setup $(CNNLAB)
	@bash tools/bench.sh $(CNNLAB)

## fuzz: mutate .npy, IDX, CSV and text inputs through the CLI for FUZZ_SECONDS (default 60), seed
## FUZZ_SEED; every distinct failure (signal, hang, bad exit, wrong output, file left) → .fuzz/<id>/
FUZZ_SECONDS ?= 60
FUZZ_SEED    ?= 13
fuzz: setup $(CNNLAB)
	python3 tools/fuzz.py --cnnlab $(CNNLAB) --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED) --out .fuzz

## clean: remove the build products (the committed Reports/ stay)
clean:
	rm -rf .build
