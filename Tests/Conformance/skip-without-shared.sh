#!/usr/bin/env bash
# Called by a check whose shared data (../shared beside the clone) is missing.
# A plain clone has no shared/: the check says what it leaves out and why, and
# goes on with what the repository holds (Samples/, Tests/). Under CI
# (CI=true) shared/ is always provided, so its absence is a failure.
# Usage: skip-without-shared.sh CHECK WHAT
check=$1
what=$2
if [ "${CI:-}" = true ]; then
  echo "$check: $what missing, and CI=true: provide ../shared beside the clone" >&2
  exit 1
fi
echo "$check: skipped $what: no ../shared beside the clone (checking the repository's samples only)" >&2
