# `make fuzz FUZZ_SECONDS=…`: libFuzzer with AddressSanitizer on every reader
# (the harness is the separate package Fuzz/, so normal builds stay untouched);
# crash reproducers kept in Tests/Fuzz/crashes/READER/ are replayed first.
# `make test` runs each reader for FUZZ_SMOKE_SECONDS with a debug harness.

CHECKS             += fuzz-smoke
FUZZ_SECONDS       ?= 60
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_CONFIG        ?= release
# An input slower than this fails (seconds); the debug smoke run is given more.
FUZZ_TIMEOUT       ?= 1

.PHONY: fuzz fuzz-build fuzz-smoke
fuzz-build: deps
	cd Fuzz && $(SWIFT) build -c $(FUZZ_CONFIG) --sanitize=fuzzer --sanitize=address

fuzz: fuzz-build build
	@.ci/ensure-packages python3
	@FUZZ_BIN=Fuzz/.build/$(FUZZ_CONFIG)/quire-fuzz QUIRE=$(DEBUG_BIN) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TIMEOUT=$(FUZZ_TIMEOUT) Tests/Fuzz/run

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_CONFIG=debug FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) FUZZ_TIMEOUT=10
