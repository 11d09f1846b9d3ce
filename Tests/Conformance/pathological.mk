# `make pathological`: every adversarial shape of Tests/Pathological/run.py
# (cmark's pathological cases and their HTML, DocBook and JSON counterparts)
# at N and 8N repetitions; fails on a signal, or when time grows more than 12x
# or peak memory more than 10x. In `make test` at sizes that take seconds.

CHECKS          += pathological
PATHOLOGICAL_N  ?= 1000

.PHONY: pathological
pathological: build
	@.ci/ensure-packages python3
	@python3 Tests/Pathological/run.py $(DEBUG_BIN) $(PATHOLOGICAL_N)
