# DocBook 5: jing (RELAX NG + Schematron), DocBook XSL and the round trip, on every
# sample, every corpus text and the golden tree. See check-docbook.sh for the checks.
WRITERS += docbook
CHECKS  += check-docbook
# `make bench` times pandoc's DocBook writer beside ours (its reader is timed by bench-docbook).
PANDOC_JOBS += markdown:docbook5 docbook:plain

DOCBOOK_TOOLS  := jing docbook5-xml docbook-xsl-ns xsltproc
# The corpus sits beside the repository (../shared/corpus); from a worktree under wt/ it is one level further up.
DOCBOOK_CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus))
DOCBOOK_INPUTS := $(SAMPLES) $(if $(DOCBOOK_CORPUS),$(wildcard $(DOCBOOK_CORPUS)/*.txt)) Tests/Golden/testsuite.json

.PHONY: check-docbook
check-docbook: build
	@if ! .ci/ensure-packages $(DOCBOOK_TOOLS); then \
	  if [ "$$CI" = "true" ]; then echo "check-docbook: the validators ($(DOCBOOK_TOOLS)) are missing and could not be installed" >&2; exit 1; fi; \
	  echo "check-docbook: SKIPPED: install $(DOCBOOK_TOOLS) to run it" >&2; exit 0; \
	fi; \
	test -n "$(DOCBOOK_CORPUS)" || Tests/Conformance/skip-without-shared.sh check-docbook "the corpus texts (../shared/corpus)" || exit 1; \
	Tests/Conformance/check-docbook.sh $(DEBUG_BIN) $(OUT)/check-docbook $(DOCBOOK_INPUTS)

# Throughput on ~20 MB (the samples concatenated): release build, wall time and peak
# memory. BENCH_PANDOC=1 adds pandoc's DocBook reader and writer on the same file (minutes).
.PHONY: bench-docbook
bench-docbook: release
	@mkdir -p $(OUT)/bench
	@rm -f $(OUT)/bench/big.txt; touch $(OUT)/bench/big.txt; while [ $$(wc -c < $(OUT)/bench/big.txt) -lt 20000000 ]; do \
	  cat Samples/*.txt >> $(OUT)/bench/big.txt; done
	@echo "plain -> docbook ($$(wc -c < $(OUT)/bench/big.txt) bytes in):"
	@/usr/bin/time -f "  %e s, %M KB peak" $(RELEASE_BIN) convert $(OUT)/bench/big.txt -t docbook -o $(OUT)/bench/big.xml
	@echo "docbook -> docbook ($$(wc -c < $(OUT)/bench/big.xml) bytes in, read and written):"
	@/usr/bin/time -f "  %e s, %M KB peak" $(RELEASE_BIN) convert $(OUT)/bench/big.xml -f docbook -t docbook -o $(OUT)/bench/again.xml
	@cmp -s $(OUT)/bench/big.xml $(OUT)/bench/again.xml && echo "  second pass byte-identical"
	@if [ "$(BENCH_PANDOC)" = 1 ] && command -v pandoc >/dev/null; then \
	  echo "pandoc -f docbook -t json:"; /usr/bin/time -f "  %e s, %M KB peak" pandoc -f docbook -t json $(OUT)/bench/big.xml -o $(OUT)/bench/pandoc.json; \
	  echo "pandoc -f json -t docbook5:"; /usr/bin/time -f "  %e s, %M KB peak" pandoc -f json -t docbook5 -s $(OUT)/bench/pandoc.json -o $(OUT)/bench/pandoc.xml; \
	fi
