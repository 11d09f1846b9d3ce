# `make corpus`: the plain-text reader's scoreboard on every development set beside the
# clone (../shared: corpus, corpus-large tuning and validation, webpages' web copy): every
# miss with its deciding rule, then the P/R/F1 table; .build/corpus-report.json keeps the
# figures and the next run shows what changed. Not in CHECKS: `swift test` already runs it.

corpus: deps
	@mkdir -p .build; status=0; \
	$(SWIFT) test --filter CorpusScoreTests > .build/corpus.log 2>&1 || status=$$?; \
	sed -n '/^corpus misses/,/^report: /p' .build/corpus.log; \
	grep -E 'error:|skipped' .build/corpus.log; \
	exit $$status
