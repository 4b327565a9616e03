#!/usr/bin/env bash
# The malformed-input campaign against a built CLI jar (docs/fuzzing.md):
#   examples/src/test/scripts/campaign.sh JAR [CORPUS_DIR] [LIMIT_SECONDS]
# runs `minzheng decide FILE` for every malformed-* file of the corpus, each with a limit of
# LIMIT_SECONDS (default 20) of CPU time (Campaign.java says why and how), and prints the counts: tried / exit 2 / exit 1 / exit 0 / timeout,
# and how many runs put an ID-shaped or name-shaped value of their input, or a stack trace, on
# stderr. The per-file lines go to campaign-results.tsv in the current directory; with RESUME=1
# a run goes on after the files that file already lists.
set -euo pipefail
jar=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
corpus=${2:-$here/../resources/org/minzheng/examples/cli/InputFuzzTestInputs/caseFile}
limit=${3:-20}
results=campaign-results.tsv
mapfile -t files < <(find "$corpus" -maxdepth 1 -type f -name 'malformed-*' | sort)
mapfile -t examples < <(find "$corpus" -maxdepth 1 -type f -name 'example-*' | sort)
warmup=${examples[0]}
if [ "${RESUME:-0}" = 1 ] && [ -f "$results" ]; then
  done=$(wc -l < "$results")
else
  : > "$results"
  done=0
fi
while [ "$done" -lt "${#files[@]}" ]; do
  # one JVM decides file after file; a file that times out halts it, and the next JVM starts after it
  java -Dorg.jboss.logging.provider=slf4j -cp "$jar" "$here/Campaign.java" "$limit" "$warmup" "${files[@]:$done}" >> "$results" || true
  now=$(wc -l < "$results")
  if [ "$now" -eq "$done" ]; then
    echo "campaign: the driver stopped without a result for ${files[$done]}" >&2
    exit 1
  fi
  done=$now
done
awk -F'\t' '
  { n++; c[$2]++; if ($3 == 1) id++; if ($4 == 1) name++; if ($5 == 1) st++ }
  END {
    printf "tried %d | exit 2 %d | exit 1 %d | exit 0 %d | timeout (%ss) %d | ID-shaped input on stderr %d | name on stderr %d | stack trace on stderr %d\n",
      n, c["2"], c["1"], c["0"], "'"$limit"'", c["timeout"], id, name, st
  }' "$results"
