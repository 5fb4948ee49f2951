#!/usr/bin/env bash
# What the search index costs a build: loads a synthetic library once, as a build does, then makes
# the search output over it several times (every file's bytes included) and prints, per run and as
# medians, the wall time, the CPU time of the whole process on all cores, the bytes allocated and the
# heap the index holds until it is published (bench/SearchIndexCost.java does the measuring).
#
# Usage: bench/search-cost.sh [--size N] [--runs N] [--build] [--out-root DIR]
#
# --build measures instead what a user sees: the whole scripts/hindsight build of the corpus, N times
# each without and with the index (alternately; the property hindsight.bench.skipSearchIndex, set
# through JDK_JAVA_OPTIONS, leaves it out), and prints wall time and peak RSS per build and as medians.
# --out-root DIR writes that build's site under DIR (default target/bench), for example /dev/shm,
# where deleting the last run's site does not slow the next (see bench/README.md).
#
# Needs target/hindsight.jar (mvn -o package). The corpus is target/bench/search-corpus-N, shared with
# bench/search.sh and made by it or here (seed 1). The machine may be shared: CPU time is steadier than
# wall time, and repeated runs show the spread.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly BENCH_DIR="$ROOT/target/bench"
readonly GENERATOR="$ROOT/../shared/bench/gen-corpus.py"
readonly JAR="$ROOT/target/hindsight.jar"

SIZE=10000
RUNS=5
WHOLE_BUILD=0
OUT_ROOT="$BENCH_DIR"

die() { printf 'search-cost: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
  case "$1" in
    --size) SIZE="${2:?--size needs a number}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --build) WHOLE_BUILD=1; shift ;;
    --out-root) OUT_ROOT="${2:?--out-root needs a folder}"; shift 2 ;;
    --help|-h) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[[ "$SIZE" =~ ^[0-9]+$ ]] || die "--size takes a number, not $SIZE"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs takes a positive number, not $RUNS"
[[ -f "$JAR" ]] || die "$JAR is missing: run mvn -o package first"

mkdir -p "$BENCH_DIR"
# shellcheck source=bench/search-corpus.sh
source "$ROOT/bench/search-corpus.sh"
corpus="$(search_corpus "$SIZE" "$GENERATOR" "$BENCH_DIR")"

# whole_build SKIP: one scripts/hindsight build of the corpus, the index left out when SKIP is true;
# prints its wall seconds, peak RSS in KB and CPU seconds (user and system, all cores).
whole_build() {
  local out="$OUT_ROOT/search-cost-build-$SIZE" times="$BENCH_DIR/search-cost-build-time.txt"
  rm -rf -- "$out"
  JDK_JAVA_OPTIONS="-Dhindsight.bench.skipSearchIndex=$1" /usr/bin/time -f '%e %M %U %S' -o "$times" \
    "$ROOT/scripts/hindsight" build --source "$corpus" --out "$out" --today 2026-11-25 \
    >"$BENCH_DIR/search-cost-build.log" 2>&1 || die "the build failed: see $BENCH_DIR/search-cost-build.log"
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

if ((WHOLE_BUILD)); then
  [[ -x /usr/bin/time ]] || die "--build times each build with GNU time, and /usr/bin/time is missing: install it (Debian package 'time'), or run bench/run.sh once as root, which installs it"
  without=() with=()
  for ((run = 1; run <= RUNS; run++)); do
    for skip in true false; do
      read -r wall rss cpu < <(whole_build "$skip")
      if [[ "$skip" == true ]]; then without+=("$wall $rss $cpu"); label="without the index"; else with+=("$wall $rss $cpu"); label="with the index"; fi
      printf 'run %d, %s: %s s wall, %d MB peak RSS, %s s CPU\n' "$run" "$label" "$wall" "$((rss / 1024))" "$cpu"
    done
  done
  for kind in without with; do
    declare -n runs="$kind"
    printf 'build %s the index: median %s s wall, %d MB peak RSS, %s s CPU\n' "$kind" \
      "$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | median)" "$(($(printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | median) / 1024))" \
      "$(printf '%s\n' "${runs[@]}" | cut -d' ' -f3 | median)"
  done
  exit 0
fi

java -Xmx2g -cp "$JAR" "$ROOT/bench/SearchIndexCost.java" "$corpus" "$RUNS"
