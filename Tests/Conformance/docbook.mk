# DocBook 5: jing (RELAX NG + Schematron), DocBook XSL and the round trip, on every
# sample, every corpus text and the golden tree. See check-docbook.sh for the checks.
WRITERS += docbook
CHECKS  += check-docbook

DOCBOOK_TOOLS  := jing docbook5-xml docbook-xsl-ns xsltproc
# The corpus sits beside the repository (../shared/corpus); from a worktree under wt/ it is one level further up.
DOCBOOK_CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus))
DOCBOOK_INPUTS := $(wildcard Samples/*.txt) $(wildcard $(DOCBOOK_CORPUS)/*.txt) Tests/Golden/testsuite.json

.PHONY: check-docbook
check-docbook: build
	@if ! .ci/ensure-packages $(DOCBOOK_TOOLS); then \
	  if [ "$$CI" = "true" ]; then echo "check-docbook: the validators ($(DOCBOOK_TOOLS)) are missing and could not be installed" >&2; exit 1; fi; \
	  echo "check-docbook: SKIPPED: install $(DOCBOOK_TOOLS) to run it" >&2; exit 0; \
	fi; \
	Tests/Conformance/check-docbook.sh $(DEBUG_BIN) $(OUT)/check-docbook $(DOCBOOK_INPUTS)
