#!/usr/bin/env bash
# Search benchmark: builds a synthetic corpus with Hindsight, runs Pagefind on the same built site,
# serves it gzipped on 127.0.0.1 and runs a fixed list of queries in headless Chromium, cold and
# warm, for both engines. Prints the index build cost and a table of bytes and times per query.
#
# Usage: bench/search.sh [--size N] [--no-pagefind] [--help]
#
# Needs target/hindsight.jar and the test classes (mvn -o verify, or mvn -o package test-compile),
# Debian's chromium and chromium-driver, and npm for Pagefind. Pagefind is installed from the npm
# registry into target/bench/pagefind-npm/ for this benchmark only: never a dependency of Hindsight.
# Everything it writes is under target/bench/; it deletes only its own target/bench/search-site-N.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly BENCH_DIR="$ROOT/target/bench"
readonly GENERATOR="$ROOT/../shared/bench/gen-corpus.py"
readonly PAGEFIND_VERSION=1.6.0
readonly JAR="$ROOT/target/hindsight.jar"
# Common word, typical word, rare word, two words, a phrase, filters alone.
readonly QUERIES=(error redis herd "redis failover" '"connection pool"' "filter:severity=sev1,year=2024")

SIZE=10000
WITH_PAGEFIND=1

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

while (($#)); do
  case "$1" in
    --size) SIZE="${2:?--size needs a number}"; shift 2 ;;
    --no-pagefind) WITH_PAGEFIND=0; shift ;;
    --help|-h) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[[ "$SIZE" =~ ^[0-9]+$ ]] || die "--size takes a number, not $SIZE"
[[ -f "$JAR" ]] || die "$JAR is missing: run mvn -o package first"
[[ -d "$ROOT/target/test-classes/dev/hindsight/browser" ]] || die "test classes are missing: run mvn -o test-compile first"

mkdir -p "$BENCH_DIR"
# shellcheck source=bench/search-corpus.sh
source "$ROOT/bench/search-corpus.sh"
corpus="$(search_corpus "$SIZE" "$GENERATOR" "$BENCH_DIR")"

site="$BENCH_DIR/search-site-$SIZE"
rm -rf -- "$site"
log "building the site with Hindsight"
/usr/bin/time -f '%e s wall, %M KB peak RSS' -o "$BENCH_DIR/search-build-time.txt" \
  java -jar "$JAR" build --source "$corpus" --out "$site" --base-path / --today 2026-11-25 >"$BENCH_DIR/search-build.log" 2>&1 \
  || die "the build failed: see $BENCH_DIR/search-build.log"

if ((WITH_PAGEFIND)); then
  log "installing Pagefind $PAGEFIND_VERSION into $BENCH_DIR/pagefind-npm (benchmark only)"
  npm install --prefix "$BENCH_DIR/pagefind-npm" --no-audit --no-fund --silent "pagefind@$PAGEFIND_VERSION" >/dev/null
  log "indexing the postmortem pages with Pagefind"
  /usr/bin/time -f '%e s wall, %M KB peak RSS' -o "$BENCH_DIR/pagefind-time.txt" \
    "$BENCH_DIR/pagefind-npm/node_modules/.bin/pagefind" --site "$site" --glob 'postmortems/*/index.html' \
    >"$BENCH_DIR/pagefind.log" 2>&1 || die "Pagefind failed: see $BENCH_DIR/pagefind.log"
fi

classpath="$BENCH_DIR/search-classpath.txt"
(cd "$ROOT" && mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null)

largest_gzipped() {
  find "$1" -type f -print0 | while IFS= read -r -d '' f; do printf '%s %s\n' "$(gzip -c "$f" | wc -c)" "${f#"$site"/}"; done \
    | sort -n | tail -1
}

echo
echo "## Search at $SIZE postmortems"
echo
echo "- Hindsight build, index included: $(cat "$BENCH_DIR/search-build-time.txt")"
echo "- Hindsight search files: $(find "$site/search" -type f | wc -l), largest gzipped: $(largest_gzipped "$site/search") bytes"
if ((WITH_PAGEFIND)); then
  echo "- Pagefind indexing after the build: $(cat "$BENCH_DIR/pagefind-time.txt")"
  echo "- Pagefind files: $(find "$site/pagefind" -type f | wc -l)"
fi
echo
# TCP_NODELAY: without it the JDK's HTTP server answers each small request about 40 ms late
# (Nagle's algorithm against the browser's delayed ACK), a stall that no static host has.
java -Dsun.net.httpserver.nodelay=true -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$classpath")" dev.hindsight.browser.SearchBenchmark "$site" "${QUERIES[@]}"
