# `make corpus`: score the plain-text reader against the shared corpus
# (../shared/corpus beside the clone) and show the P/R/F1 table.
# Not in CHECKS: `swift test` already runs CorpusScoreTests.

corpus: deps
	@mkdir -p .build; status=0; \
	$(SWIFT) test --filter CorpusScoreTests > .build/corpus.log 2>&1 || status=$$?; \
	sed -n '/^corpus scores/,/^Test Case/p' .build/corpus.log | grep -v '^Test Case'; \
	grep -E 'error:|skipped' .build/corpus.log; \
	exit $$status
