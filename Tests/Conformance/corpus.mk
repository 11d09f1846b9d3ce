# `make corpus`: score the plain-text reader against the shared corpus
# (../shared/corpus beside the clone) and show the P/R/F1 table.
# Not in CHECKS: `swift test` already runs CorpusScoreTests.

corpus: deps
	$(SWIFT) test --filter CorpusScoreTests 2>&1 | sed -n '/corpus scores/,/^Test Case .*testCorpusScores/p'
	@$(SWIFT) test --filter CorpusScoreTests >/dev/null 2>&1 || { echo "corpus scores below the bar: run swift test --filter CorpusScoreTests"; exit 1; }
