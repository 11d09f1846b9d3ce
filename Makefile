# Quire: `make run` converts every sample to every format, `make test` runs
# the whole suite with the real validators. Both install what they need.

SHELL        := /bin/bash
# A failing command in a pipeline (swift test | tee) fails the recipe.
.SHELLFLAGS  := -o pipefail -c
SWIFT        ?= swift
RELEASE_BIN  := .build/release/quire
DEBUG_BIN    := .build/debug/quire
OUT          := out
# Every file in Samples/ (each .mk's checks run them all).
SAMPLES      := $(wildcard Samples/*.txt Samples/*.md Samples/*.json Samples/*.html Samples/*.xml)
# Output formats `make run` writes; each writer's Tests/Conformance/*.mk adds its own.
WRITERS      := plain json
# pandoc jobs `make bench` compares with (FROM:TO); each writer's .mk adds its own.
PANDOC_JOBS  := markdown:plain
# Validator targets `make test` runs after the Swift tests; each .mk adds its own.
CHECKS       :=
PREFIX       ?= /usr/local
# Reproducible outputs: the same input gives the same bytes on every run.
export SOURCE_DATE_EPOCH ?= 1700000000

.PHONY: all build release run test swift-test checks bench install accept corpus deps clean

all: build

# The system libraries Swift links against (headers found through pkg-config).
deps:
	@.ci/ensure-packages pkg-config libxml2-dev zlib1g-dev

build: deps
	$(SWIFT) build

# The release binary carries the Swift runtime and the style sheets, so it
# runs on any Debian machine with libxml2 and zlib.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

include $(sort $(wildcard Tests/Conformance/*.mk))

run: release
	@mkdir -p $(OUT)
	@for input in $(SAMPLES); do \
	  for format in $(WRITERS); do \
	    $(RELEASE_BIN) convert "$$input" -t $$format --output-dir $(OUT)/$$format || exit 1; \
	  done; \
	done
	@echo "converted $(words $(SAMPLES)) samples to: $(WRITERS) (under $(OUT)/)"

swift-test: deps
	@mkdir -p .build
	$(SWIFT) test 2>&1 | tee .build/swift-test.log

# Ends with one summary line: the Swift tests XCTest counted, plus one per
# validator run (a failure anywhere has stopped make before this line).
test: swift-test build
	@$(MAKE) --no-print-directory checks
	@line=$$(grep -Eo 'Executed [0-9]+ tests?, with ([0-9]+ tests? skipped and )?0 failures' .build/swift-test.log | tail -1); \
	  tests=$$(echo "$$line" | grep -Eo '[0-9]+' | head -1); \
	  skipped=$$(echo "$$line" | grep -Eo '[0-9]+ tests? skipped' | grep -Eo '[0-9]+'); \
	  echo "summary: $$(( $${tests:-0} - $${skipped:-0} + $(words $(CHECKS)) )) passed, 0 failed$${skipped:+, $$skipped skipped (see above why)}"

checks: $(CHECKS)

# Speed and peak memory of every reader and writer on a 20 MB input, beside pandoc.
bench: release
	@command -v pandoc >/dev/null || .ci/ensure-packages pandoc || true
	@WRITERS="$(WRITERS)" PANDOC_JOBS="$(PANDOC_JOBS)" Tests/Bench/run

# Re-record golden files; review the diff like code.
accept: deps
	UPDATE_GOLDEN=1 $(SWIFT) test

install: release
	install -d $(PREFIX)/bin
	install -m 755 $(RELEASE_BIN) $(PREFIX)/bin/quire

clean:
	rm -rf .build $(OUT)
