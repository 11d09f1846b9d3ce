#!/usr/bin/env bash
# check-batch.sh QUIRE OUT SHARDS: one run over a generated tree, then SHARDS
# shards of the same list under GNU parallel; the two output trees must be
# identical and the shards' reports must name every input exactly once.
set -euo pipefail
quire=$(realpath "$1")
out=$2
shards=$3
samples=(Samples/*.txt Samples/*.md)
rm -rf "$out" && mkdir -p "$out/tree"
for folder in a a/deep b c/d/e f; do
  mkdir -p "$out/tree/$folder"
  cp "${samples[@]}" "$out/tree/$folder/"
done
cd "$out"
find tree -type f -print0 | sort -z > list
inputs=$(tr -cd '\0' < list | wc -c)

"$quire" convert --files-from list -0 -t epub --output-dir one --jobs 2 --quiet
# Each shard reads the whole list and keeps its part; all write into one folder.
parallel --will-cite --halt now,fail=1 \
  "$quire" convert --files-from list -0 -t epub --output-dir sharded --quiet --jobs 1 \
  --report report-{}.json --shard {}/"$shards" ::: $(seq 0 $((shards - 1)))

diff -r one sharded >/dev/null || { echo "check-batch: FAIL: the shards' outputs differ from one run's:"; diff -rq one sharded; exit 1; }
python3 - "$inputs" "$shards" <<'PY'
import json, sys
inputs, shards = int(sys.argv[1]), int(sys.argv[2])
paths = []
for k in range(shards):
    records = json.load(open(f"report-{k}.json"))
    assert records, f"shard {k} converted nothing: the hash does not spread the list"
    assert all(r["status"] == "converted" for r in records), f"shard {k}: {records}"
    paths += [r["path"] for r in records]
assert len(paths) == inputs == len(set(paths)), f"{len(paths)} records, {len(set(paths))} distinct, {inputs} inputs"
PY
echo "check-batch: $inputs inputs in $shards shards under GNU parallel: the same outputs as one run, each input once"
