# Batches across processes: GNU parallel runs BATCH_SHARDS shards of one
# input list (a generated tree where the same names recur in different
# folders), and together they must write exactly the outputs of one run, each
# input converted by exactly one shard. The interrupted-and-resumed run is
# BatchTests in the Swift tests.

CHECKS += check-batch

BATCH_SHARDS ?= 4

.PHONY: check-batch
check-batch: build
	@.ci/ensure-packages parallel python3
	@Tests/Conformance/check-batch.sh $(DEBUG_BIN) $(OUT)/check-batch $(BATCH_SHARDS)
