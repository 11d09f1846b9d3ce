# Print HTML: WeasyPrint renders the print HTML of every sample, every corpus
# text, the golden tree and a long generated book (A5, bleed, crop marks), and
# Tests/Conformance/check_print.py checks each PDF page by page with
# poppler-utils: folios, running heads, contents page numbers, footnotes on
# their call's page, hyphenation, embedded fonts, trim and bleed boxes.
# Debian's WeasyPrint 57 has every paged-media feature the theme uses.

WRITERS += print-html
CHECKS  += check-print

# The shared corpus sits beside the checkout (../shared/corpus); a worktree
# under wt/ finds it one level further up.
CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus) ../shared/corpus)
PRINT_INPUTS = $(SAMPLES) $(wildcard $(CORPUS)/*.txt) Tests/Golden/testsuite.json

.PHONY: check-print print-deps

# The engine, poppler's command-line tools, the book face (Linux Libertine),
# DejaVu for the glyphs it lacks, and the English hyphenation patterns the
# check relies on (pyphen may be satisfied by any language's patterns).
print-deps:
	@.ci/ensure-packages weasyprint poppler-utils fonts-linuxlibertine fonts-dejavu-core hyphen-en-us python3

check-print: build print-deps
	@test -d "$(CORPUS)" || Tests/Conformance/skip-without-shared.sh check-print "the corpus texts (no '$(CORPUS)', or give CORPUS=DIR)"
	python3 Tests/Conformance/check_print.py --quire $(DEBUG_BIN) --out $(OUT)/check-print $(PRINT_INPUTS)
