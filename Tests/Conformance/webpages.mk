# `make webpages`: score the HTML reader's article extraction on the saved pages
# of ../shared/webpages (words P/R/F1, title, headings, block quotes), per page
# and in total; the JSON report is .build/webpages.json. Measurement, not a gate:
# not in CHECKS, and it skips when the pages are not beside the clone.
WEBPAGES ?= ../shared/webpages

.PHONY: webpages
webpages: build
	@if [ ! -d "$(WEBPAGES)" ]; then echo "webpages: skipped ($(WEBPAGES) not found)"; exit 0; fi; \
	python3 Tests/Conformance/webpages.py --quire $(DEBUG_BIN) --pages $(WEBPAGES) \
	  --report .build/webpages.json $(if $(VERBOSE),--verbose)
