#!/usr/bin/env bash
# Benchmark: how long `hindsight serve` takes from saving a postmortem to serving its new page, on
# synthetic corpora. For each size it writes a fresh corpus, starts the real jar's serve on it, edits
# one postmortem several times and prints the medians (bench/ServeLatency.java does the measuring).
#
# Usage: bench/serve-latency.sh [--sizes 1000,10000] [--edits N] [--warmups N] [--jar FILE]
#
# Everything it writes goes under target/bench/: the corpora serve-corpus-N (made again on every run,
# as the benchmark edits them) and serve-latency.txt. See bench/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly BENCH_DIR="$ROOT/target/bench"
readonly GENERATOR="$ROOT/../shared/bench/gen-corpus.py"

SIZES="1000,10000"
EDITS=7
WARMUPS=2
JAR="$ROOT/target/hindsight.jar"

die() { printf 'serve-latency: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
  case "$1" in
    --sizes) SIZES="${2:?--sizes needs a list, such as 1000,10000}"; shift 2 ;;
    --edits) EDITS="${2:?--edits needs a number}"; shift 2 ;;
    --warmups) WARMUPS="${2:?--warmups needs a number}"; shift 2 ;;
    --jar) JAR="${2:?--jar needs a file}"; shift 2 ;;
    --help|-h) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1'; see --help" ;;
  esac
done
[[ "$EDITS" =~ ^[1-9][0-9]*$ ]] || die "--edits must be a positive number, not '$EDITS'"
[[ "$WARMUPS" =~ ^[0-9]+$ ]] || die "--warmups must be a number, not '$WARMUPS'"
[[ -f "$JAR" ]] || die "$JAR is missing: run 'mvn package' first"
[[ -f "$GENERATOR" ]] || die "corpus generator not found: $GENERATOR"
command -v python3 >/dev/null || die "python3 is needed to generate the corpus"

cd "$ROOT"
mkdir -p "$BENCH_DIR"
{
  printf 'date:   %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf 'nproc:  %s\n' "$(nproc)"
  printf 'java:   %s\n' "$(java -version 2>&1 | head -n 1)"
  printf 'jar:    %s (commit %s)\n' "${JAR#"$ROOT"/}" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  IFS=',' read -r -a sizes <<<"$SIZES"
  for size in "${sizes[@]}"; do
    [[ "$size" =~ ^[1-9][0-9]*$ ]] || die "--sizes takes positive numbers, not '$size'"
    corpus="$BENCH_DIR/serve-corpus-$size"
    rm -rf "$corpus"
    printf '==> corpus %s: generating\n' "$size" >&2
    python3 "$GENERATOR" --count "$size" --seed 1 --out "$corpus" >/dev/null
    printf '\ncorpus %s (%d edits after %d warm-up edits)\n' "$size" "$EDITS" "$WARMUPS"
    java "$ROOT/bench/ServeLatency.java" "$JAR" "$corpus" "$EDITS" "$WARMUPS"
  done
} | tee "$BENCH_DIR/serve-latency.txt"
