# Markdown reader and writer, screen HTML writer.
# `make commonmark`: the CommonMark 0.31.2 conformance run (every example of
# Tests/Fixtures/CommonMark/spec.json through `commonmark` → `html --fragment`),
# with the failures listed by section. Not in CHECKS: `swift test` already runs it.

WRITERS     += markdown html
PANDOC_JOBS += markdown:markdown markdown:html commonmark:html html:plain

.PHONY: commonmark
commonmark: deps
	@mkdir -p .build; status=0; \
	$(SWIFT) test --filter CommonMarkConformanceTests > .build/commonmark.log 2>&1 || status=$$?; \
	grep -E '^CommonMark|^  failed in|error:' .build/commonmark.log; \
	exit $$status
