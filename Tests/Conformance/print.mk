# Print HTML and PDF: Quire's -t pdf renders the print HTML of every sample,
# every corpus text, the golden tree and a long generated book (A5, bleed,
# crop marks, chapters) with two WeasyPrints, Debian's (57) and the current
# one from PyPI (in a venv under .build/, apart from Debian's), and
# Tests/Conformance/check_print.py checks each PDF page by page with
# poppler-utils: zero warnings, folios, running heads, chapter openings,
# contents page numbers, footnotes on their call's page, hyphenation,
# embedded fonts, trim and bleed boxes. The PyPI run checks the samples in
# both layouts (article and book) but not the long generated book: there
# WeasyPrint 70 defers a note to the next page when its call is the first
# line of a page (2 of 38 notes; 57 keeps them), an engine bug no style
# sheet rule avoids.

WRITERS += print-html pdf
CHECKS  += check-print check-print-pypi

# The shared corpus sits beside the checkout (../shared/corpus); a worktree
# under wt/ finds it one level further up.
CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus) ../shared/corpus)
PRINT_INPUTS = $(SAMPLES) $(wildcard $(CORPUS)/*.txt) Tests/Golden/testsuite.json
# The current WeasyPrint on PyPI; raise it when a new one comes out.
WEASYPRINT_PYPI_VERSION ?= 70.0
WEASYPRINT_VENV := .build/weasyprint-pypi

.PHONY: check-print check-print-pypi print-deps

# The engine and HarfBuzz's subsetter (WeasyPrint 70 warns without it),
# poppler's command-line tools, the book face (Linux Libertine) and DejaVu
# for the glyphs it lacks, the English hyphenation patterns the check relies
# on, and venv for the PyPI WeasyPrint.
print-deps:
	@.ci/ensure-packages weasyprint libharfbuzz-subset0 poppler-utils fonts-linuxlibertine fonts-dejavu-core \
	  hyphen-en-us python3 python3-venv

# `make run` writes PDFs too, so it needs the engine and the fonts.
run: print-deps

$(WEASYPRINT_VENV)/bin/pip: | print-deps
	python3 -m venv $(WEASYPRINT_VENV)

check-print: build print-deps
	@test -d "$(CORPUS)" || Tests/Conformance/skip-without-shared.sh check-print "the corpus texts (no '$(CORPUS)', or give CORPUS=DIR)"
	python3 Tests/Conformance/check_print.py --quire $(DEBUG_BIN) --out $(OUT)/check-print $(PRINT_INPUTS)

# pip does nothing when the pinned version is installed already.
check-print-pypi: build print-deps $(WEASYPRINT_VENV)/bin/pip
	$(WEASYPRINT_VENV)/bin/pip install --quiet --disable-pip-version-check weasyprint==$(WEASYPRINT_PYPI_VERSION)
	python3 Tests/Conformance/check_print.py --quire $(DEBUG_BIN) --out $(OUT)/check-print-pypi \
	  --weasyprint $(WEASYPRINT_VENV)/bin/weasyprint --both-layouts --no-book $(SAMPLES) Tests/Golden/testsuite.json
