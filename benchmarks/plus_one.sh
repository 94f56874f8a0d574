#!/bin/sh
# One "+1 article" run, to be timed by farm-bench: a new article (a copy of the corpus's k-th article
# with new bytes: trailing spaces) is added to a cached corpus, the report is run, the article removed.
# Each call takes the next article (a counter beside the cache), so no call finds its article cached.
# FACTCHECK names the command (default: factcheck; under pyenv give the installed script's path, as
# the pyenv shim adds about 0.07 s to every call).
#
#   python benchmarks/run.py --sizes 10000 --no-naive      # makes the corpus and fills the cache
#   farm-bench -n 15 -- sh benchmarks/plus_one.sh benchmarks/results/corpus-10000 benchmarks/results/cache-10000
set -e
corpus=$1
cache=$2
jobs=${3:-2}
k=$(cat "$cache.plus_one" 2>/dev/null || echo 0)
echo $((k + 1)) > "$cache.plus_one"
count=$(ls "$corpus" | grep -c '\.txt$')
src=$(ls "$corpus" | grep '\.txt$' | sed -n "$((k % count + 1))p")
new="$corpus/zz_plus_one_$k.txt"
trap 'rm -f "$new"' EXIT
{ cat "$corpus/$src"; printf "%*s\n" $((k % 997 + 1)) ""; } > "$new"
${FACTCHECK:-factcheck} report "$corpus" --format json --out "$cache.report.json" --cache "$cache" --jobs "$jobs" --quiet
