#!/usr/bin/env bash
# What the search index costs a build: loads a synthetic library once, as a build does, then makes
# the search output over it several times (every file's bytes included) and prints, per run and as
# medians, the wall time, the CPU time of the whole process on all cores, the bytes allocated and the
# live heap the finished index holds (bench/SearchIndexCost.java does the measuring).
#
# Usage: bench/search-cost.sh [--size N] [--runs N]
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

die() { printf 'search-cost: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
  case "$1" in
    --size) SIZE="${2:?--size needs a number}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --help|-h) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
java -Xmx2g -cp "$JAR" "$ROOT/bench/SearchIndexCost.java" "$corpus" "$RUNS"
