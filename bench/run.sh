#!/usr/bin/env bash
# Benchmark: build synthetic postmortem corpora with Hindsight (and with Hugo
# as a peer on the same files) and report median wall time and median peak RSS.
#
# Usage: bench/run.sh [--runs N] [--sizes 1000,10000] [--config FILE]
#                     [--jar FILE] [--no-hugo] [--package] [--out-root DIR] [--help]
#
# Everything it writes goes under target/bench/. The only things it ever
# deletes are its own output directories target/bench/out-* (or DIR/out-* with --out-root; before each run)
# and a corpus directory target/bench/corpus-N whose generation did not finish.
# See bench/README.md.

set -euo pipefail

# ---------------------------------------------------------------------------
# Constants and defaults
# ---------------------------------------------------------------------------

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
readonly SCRIPT_DIR ROOT
readonly BENCH_DIR="$ROOT/target/bench"
readonly GENERATOR="$ROOT/../shared/bench/gen-corpus.py"
readonly SEED=1
readonly GNU_TIME=/usr/bin/time
# %e wall seconds, %M peak RSS in KiB, %U/%S user/system CPU seconds.
readonly TIME_FORMAT='%e %M %U %S'

RUNS=5
SIZES="1000,10000"
CONFIG=""
JAR="$ROOT/target/hindsight.jar"
# Where the sites are written; --out-root moves them off the disk (bench/README.md, "Where the sites go").
OUT_ROOT="$BENCH_DIR"
# Without --jar the benchmark runs what the README tells users to run: the launcher.
USE_LAUNCHER=1
WITH_HUGO=1
RUN_PACKAGE=0
APT_UPDATED=0

# Per (size, tool) results, filled by benchmark_command; keys are "SIZE/TOOL".
declare -A MEDIAN_WALL=() MEDIAN_RSS_KB=() SAMPLES_WALL=() SAMPLES_RSS_KB=() SAMPLES_CPU=()

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
Usage: bench/run.sh [options]

Builds synthetic postmortem corpora with target/hindsight.jar (and with Hugo as
a peer) and reports median wall time and median peak RSS per corpus size.

Options:
  --runs N          measured runs per corpus and tool (default 5; plus 1 warm-up)
  --sizes LIST      comma-separated corpus sizes (default 1000,10000)
  --config FILE     pass --config FILE to "hindsight build"
  --jar FILE        run "java -jar FILE" (default: scripts/hindsight, which runs
                    target/hindsight.jar with its JVM settings; HINDSIGHT_JAVA
                    and HINDSIGHT_JAVA_OPTS are passed on to it)
  --no-hugo         do not measure the Hugo peer
  --package         run "mvn -B -q -DskipTests package" first
  --out-root DIR    write the sites to DIR/out-* instead of target/bench/out-*,
                    for example a tmpfs such as /dev/shm (see bench/README.md)
  -h, --help        show this help

Output: a table on stdout, target/bench/results.txt and target/bench/results.json.
EOF
}

is_positive_int() { [[ "$1" =~ ^[1-9][0-9]*$ ]]; }

# Median of the numbers given as arguments (the mean of the two middle values
# for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END {
      if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.10g\n", m
    }'
}

# a / b with two decimals ("n/a" if b is zero).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

kib_to_mib() { awk -v k="$1" 'BEGIN { printf "%.0f\n", k / 1024 }'; }

# JSON string literal (python3 is already required by the corpus generator).
json_str() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"; }

# Delete a directory only if it is one of ours: target/bench/out-* (or the
# --out-root's out-*) or target/bench/corpus-N. Guards against a bad variable ever deleting elsewhere.
remove_own_dir() {
  local dir="$1"
  case "$dir" in
    "$BENCH_DIR"/out-*|"$OUT_ROOT"/out-*|"$BENCH_DIR"/corpus-[0-9]*) ;;
    *) die "refusing to delete $dir (not a bench output directory)" ;;
  esac
  rm -rf -- "$dir"
}

# ---------------------------------------------------------------------------
# Arguments and prerequisites
# ---------------------------------------------------------------------------

parse_args() {
  while (($#)); do
    case "$1" in
      --runs) RUNS="${2:-}"; shift 2 || die "--runs needs a value" ;;
      --runs=*) RUNS="${1#*=}"; shift ;;
      --sizes) SIZES="${2:-}"; shift 2 || die "--sizes needs a value" ;;
      --sizes=*) SIZES="${1#*=}"; shift ;;
      --config) CONFIG="${2:-}"; shift 2 || die "--config needs a value" ;;
      --config=*) CONFIG="${1#*=}"; shift ;;
      --jar) JAR="${2:-}"; USE_LAUNCHER=0; shift 2 || die "--jar needs a value" ;;
      --jar=*) JAR="${1#*=}"; USE_LAUNCHER=0; shift ;;
      --no-hugo) WITH_HUGO=0; shift ;;
      --package) RUN_PACKAGE=1; shift ;;
      --out-root) OUT_ROOT="${2:-}"; shift 2 || die "--out-root needs a value" ;;
      --out-root=*) OUT_ROOT="${1#*=}"; shift ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; die "unknown argument: $1" ;;
    esac
  done
  is_positive_int "$RUNS" || die "--runs must be a positive integer, got '$RUNS'"
  local size
  IFS=',' read -r -a SIZE_LIST <<<"$SIZES"
  ((${#SIZE_LIST[@]})) || die "--sizes is empty"
  for size in "${SIZE_LIST[@]}"; do
    is_positive_int "$size" || die "--sizes must be comma-separated positive integers, got '$SIZES'"
  done
  # Absolute paths, because the tools run with other working directories.
  if [[ "$OUT_ROOT" != "$BENCH_DIR" ]]; then
    [[ -d "$OUT_ROOT" && -w "$OUT_ROOT" ]] || die "--out-root must be a writable directory, got '$OUT_ROOT'"
    OUT_ROOT="$(cd "$OUT_ROOT" && pwd)"
  fi
  if [[ -n "$CONFIG" ]]; then
    [[ -f "$CONFIG" ]] || die "config file not found: $CONFIG"
    CONFIG="$(cd "$(dirname "$CONFIG")" && pwd)/$(basename "$CONFIG")"
  fi
  [[ "$JAR" = /* ]] || JAR="$PWD/$JAR"
}

# Only with --package do we build; otherwise a missing jar is the user's call.
ensure_jar() {
  if ((RUN_PACKAGE)); then
    command -v mvn >/dev/null || die "--package given but mvn is not on PATH"
    log "building the jar: mvn -B -q -DskipTests package"
    (cd "$ROOT" && mvn -B -q -DskipTests package)
  fi
  if [[ ! -f "$JAR" ]]; then
    die "$JAR not found. Run 'mvn package' in $ROOT first (or pass --package)."
  fi
  command -v java >/dev/null || die "java is not on PATH"
}

# apt-get quietly: its output goes to target/bench/apt.log and is shown only
# when it fails.
apt_quiet() {
  local apt_log="$BENCH_DIR/apt.log"
  if DEBIAN_FRONTEND=noninteractive apt-get -q "$@" >"$apt_log" 2>&1; then
    return 0
  fi
  cat "$apt_log" >&2
  return 1
}

# apt-get update at most once per run, and only when something must be installed.
apt_update_once() {
  if ((APT_UPDATED == 0)); then
    log "apt-get update"
    apt_quiet update || log "apt-get update failed; trying with the current package lists"
    APT_UPDATED=1
  fi
}

can_apt_install() { [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; }

# GNU time gives wall time and peak RSS of one process in one go.
ensure_gnu_time() {
  if [[ ! -x "$GNU_TIME" ]]; then
    can_apt_install || die "$GNU_TIME is missing; install GNU time (Debian package 'time')"
    apt_update_once
    log "installing GNU time (apt-get install -y time)"
    apt_quiet install -y time || die "could not install GNU time"
  fi
  "$GNU_TIME" --version 2>&1 | grep -q 'GNU' || die "$GNU_TIME is not GNU time"
}

# Hugo is optional: if it cannot be had, the peer is skipped, not the benchmark.
ensure_hugo() {
  ((WITH_HUGO)) || return 0
  command -v hugo >/dev/null && return 0
  if ! can_apt_install; then
    log "hugo not found and cannot apt-get install it (not root); skipping the Hugo peer"
    WITH_HUGO=0
    return 0
  fi
  apt_update_once
  local candidate
  candidate="$(apt-cache policy hugo 2>/dev/null | awk '/Candidate:/ { print $2 }')"
  if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
    log "no Debian package for hugo (apt-cache policy hugo); skipping the Hugo peer"
    WITH_HUGO=0
    return 0
  fi
  log "installing hugo $candidate (apt-get install -y hugo)"
  if ! apt_quiet install -y hugo; then
    log "apt-get install hugo failed; skipping the Hugo peer"
    WITH_HUGO=0
  fi
}

# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------

corpus_dir() { printf '%s/corpus-%s' "$BENCH_DIR" "$1"; }

# The stamp records what the corpus was made from, so a changed generator or
# an interrupted generation leads to a fresh corpus instead of a stale one.
corpus_stamp_text() {
  local size="$1"
  printf 'count=%s seed=%s generator_sha256=%s\n' \
    "$size" "$SEED" "$(sha256sum "$GENERATOR" | cut -d' ' -f1)"
}

ensure_corpus() {
  local size="$1" dir stamp expected files
  dir="$(corpus_dir "$size")"
  stamp="$dir.stamp"   # next to the corpus, not inside it: both tools read every file in it
  expected="$(corpus_stamp_text "$size")"
  if [[ -d "$dir" && -f "$stamp" && "$(cat "$stamp")" == "$expected" ]]; then
    log "corpus $size: reusing $dir"
    return 0
  fi
  rm -f -- "$stamp"
  # The generator never removes files, so start from an empty directory.
  remove_own_dir "$dir"
  log "corpus $size: generating into $dir"
  python3 "$GENERATOR" --count "$size" --seed "$SEED" --out "$dir"
  files="$(find "$dir" -type f -name '*.md' | wc -l)"
  ((files == size)) || die "corpus $size: expected $size files, found $files"
  printf '%s' "$expected" >"$stamp"
}

# ---------------------------------------------------------------------------
# Hugo peer site
# ---------------------------------------------------------------------------

# A minimal site over the same files: services, tags, severity and status are
# taxonomies because Hindsight builds those groupings too. Feeds, sitemap,
# robots.txt and 404 are off and code highlighting is off, so Hugo does the
# same kind of work (pages, lists, groupings) and not more.
write_hugo_site() {
  local size="$1" site="$BENCH_DIR/hugo-site-$1"
  mkdir -p "$site/content" "$site/layouts/_default"
  cat >"$site/config.toml" <<'EOF'
baseURL = "http://hindsight-bench.invalid/"
title = "Hindsight benchmark peer"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]

[taxonomies]
  service = "services"
  tag = "tags"
  severity = "severity"
  status = "status"

[markup.highlight]
  codeFences = false
EOF
  cat >"$site/layouts/_default/single.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<dl>
  <dt>Date</dt><dd>{{ .Date.Format "2006-01-02" }}</dd>
  <dt>Status</dt><dd>{{ range .GetTerms "status" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
  <dt>Severity</dt><dd>{{ range .GetTerms "severity" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd>
  <dt>Team</dt><dd>{{ .Params.team }}</dd>
  <dt>Authors</dt><dd>{{ with .Params.authors }}{{ delimit . ", " }}{{ end }}</dd>
  <dt>Services</dt><dd>{{ range .GetTerms "services" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>
  <dt>Tags</dt><dd>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>
  <dt>Summary</dt><dd>{{ .Params.summary }}</dd>
  <dt>Impact</dt><dd>{{ .Params.impact }}</dd>
  {{ with .Params.started }}<dt>Started</dt><dd>{{ . }}</dd>{{ end }}
  {{ with .Params.detected }}<dt>Detected</dt><dd>{{ . }}</dd>{{ end }}
  {{ with .Params.mitigated }}<dt>Mitigated</dt><dd>{{ . }}</dd>{{ end }}
  {{ with .Params.resolved }}<dt>Resolved</dt><dd>{{ . }}</dd>{{ end }}
</dl>
{{ with .Params.action_items }}
<table>
  <tr><th>Action item</th><th>Type</th><th>Owner</th><th>Status</th><th>Due</th><th>Ticket</th></tr>
  {{ range . }}<tr><td>{{ .title }}</td><td>{{ .type }}</td><td>{{ .owner }}</td><td>{{ .status }}</td><td>{{ .due }}</td><td><a href="{{ .ticket }}">{{ .ticket }}</a></td></tr>
  {{ end }}
</table>
{{ end }}
{{ .Content }}
</body></html>
EOF
  # Used for sections, taxonomy lists and term pages.
  cat >"$site/layouts/_default/list.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ if not .Date.IsZero }}{{ .Date.Format "2006-01-02" }}{{ end }} {{ .Params.severity }} {{ .Params.status }}</li>
{{ end }}
</ul>
</body></html>
EOF
  cat >"$site/layouts/index.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<h1>{{ .Site.Title }}</h1>
<ul>
{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Params.severity }} {{ .Params.status }} {{ .Params.summary }}</li>
{{ end }}
</ul>
</body></html>
EOF
  # The corpus is linked, not copied, so both tools read the very same files.
  ln -sfn "../../corpus-$size" "$site/content/postmortems"
}

# ---------------------------------------------------------------------------
# Measurement
# ---------------------------------------------------------------------------

# Runs one command under GNU time with an empty output directory and sets
# RUN_WALL (s), RUN_RSS_KIB and RUN_CPU (user + system s). On a non-zero exit
# prints the command's output and fails the benchmark. (Results go to globals,
# not stdout, so that this exit really ends the script.)
timed_run() {
  local label="$1" out_dir="$2"; shift 2
  local time_file="$BENCH_DIR/time.txt" log_file="$BENCH_DIR/last-run.log" rc=0 user sys
  remove_own_dir "$out_dir"
  "$GNU_TIME" -f "$TIME_FORMAT" -o "$time_file" "$@" >"$log_file" 2>&1 || rc=$?
  if ((rc != 0)); then
    printf 'bench: %s exited with status %d; its output:\n' "$label" "$rc" >&2
    cat "$log_file" >&2
    printf 'bench: command was: %s\n' "$*" >&2
    exit 1
  fi
  # GNU time may put a status line first; the measurements are the last line.
  read -r RUN_WALL RUN_RSS_KIB user sys < <(tail -n 1 "$time_file")
  RUN_CPU="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
}

# One warm-up run (fills the page cache with the corpus and the tool; not
# counted), then RUNS measured runs; stores medians and samples by "SIZE/TOOL".
benchmark_command() {
  local size="$1" tool="$2" out_dir="$3"; shift 3
  local key="$size/$tool" i
  local -a walls=() rsss=() cpus=()
  log "corpus $size, $tool: warm-up"
  timed_run "$tool (corpus $size, warm-up)" "$out_dir" "$@"
  for ((i = 1; i <= RUNS; i++)); do
    timed_run "$tool (corpus $size, run $i)" "$out_dir" "$@"
    log "corpus $size, $tool: run $i/$RUNS: $RUN_WALL s, $(kib_to_mib "$RUN_RSS_KIB") MiB"
    walls+=("$RUN_WALL"); rsss+=("$RUN_RSS_KIB"); cpus+=("$RUN_CPU")
  done
  MEDIAN_WALL[$key]="$(median "${walls[@]}")"
  MEDIAN_RSS_KB[$key]="$(median "${rsss[@]}")"
  SAMPLES_WALL[$key]="${walls[*]}"
  SAMPLES_RSS_KB[$key]="${rsss[*]}"
  SAMPLES_CPU[$key]="${cpus[*]}"
}

benchmark_hindsight() {
  local size="$1"
  local -a cmd=(java -jar "$JAR")
  if ((USE_LAUNCHER)); then cmd=("$ROOT/scripts/hindsight"); fi
  cmd+=(build --source "$(corpus_dir "$size")" --out "$OUT_ROOT/out-hindsight-$size")
  if [[ -n "$CONFIG" ]]; then cmd+=(--config "$CONFIG"); fi
  benchmark_command "$size" hindsight "$OUT_ROOT/out-hindsight-$size" "${cmd[@]}"
}

benchmark_hugo() {
  local size="$1" site="$BENCH_DIR/hugo-site-$1"
  write_hugo_site "$size"
  benchmark_command "$size" hugo "$OUT_ROOT/out-hugo-$size" \
    hugo --quiet --source "$site" --cacheDir "$site/cache" -d "$OUT_ROOT/out-hugo-$size"
}

# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

collect_machine_facts() {
  FACT_DATE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  FACT_NPROC="$(nproc)"
  FACT_CPU="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
  FACT_MEM="$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)"
  FACT_JAVA="$(java -version 2>&1 | head -n 1)"
  FACT_JAR_SHA="$(sha256sum "$JAR" | cut -c1-12)"
  FACT_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  if ((WITH_HUGO)); then
    FACT_HUGO="$(hugo version 2>&1 | head -n 1)"
  else
    FACT_HUGO="not measured"
  fi
}

render_table() {
  local size tool key
  printf 'date:   %s\n' "$FACT_DATE"
  printf 'nproc:  %s (%s, %s RAM)\n' "$FACT_NPROC" "${FACT_CPU:-unknown cpu}" "${FACT_MEM:-unknown}"
  printf 'java:   %s\n' "$FACT_JAVA"
  printf 'hugo:   %s\n' "$FACT_HUGO"
  printf 'jar:    %s (sha256 %s, commit %s)\n' "${JAR#"$ROOT"/}" "$FACT_JAR_SHA" "$FACT_COMMIT"
  printf '\n%-8s %-10s %-13s %-17s %s\n' corpus tool 'median wall' 'median peak RSS' runs
  for size in "${SIZE_LIST[@]}"; do
    for tool in hindsight hugo; do
      key="$size/$tool"
      [[ -n "${MEDIAN_WALL[$key]:-}" ]] || continue
      printf '%-8s %-10s %-13s %-17s %s\n' "$size" "$tool" \
        "$(printf '%.2f s' "${MEDIAN_WALL[$key]}")" "$(kib_to_mib "${MEDIAN_RSS_KB[$key]}") MiB" "$RUNS"
    done
    if [[ -n "${MEDIAN_WALL[$size/hugo]:-}" ]]; then
      printf '%-8s hindsight/hugo: wall %sx, RSS %sx\n' ratio \
        "$(ratio "${MEDIAN_WALL[$size/hindsight]}" "${MEDIAN_WALL[$size/hugo]}")" \
        "$(ratio "${MEDIAN_RSS_KB[$size/hindsight]}" "${MEDIAN_RSS_KB[$size/hugo]}")"
    fi
    if [[ -d "$OUT_ROOT/out-hindsight-$size" ]]; then
      printf '%-8s hindsight largest page: %s\n' "$size" "$(largest_page "$OUT_ROOT/out-hindsight-$size")"
    fi
  done
}

# The biggest HTML file of a built site, as "812 KiB postmortems/index.html".
largest_page() {
  find "$1" -name '*.html' -printf '%s %P\n' | sort -n | tail -n 1 |
    awk '{ printf "%d KiB %s", $1 / 1024, $2 }'
}

# "1.2 1.3" -> [1.2, 1.3]
json_number_array() { printf '[%s]' "${1// /, }"; }

render_json() {
  local size tool key first=1
  printf '{\n'
  printf '  "date": %s,\n' "$(json_str "$FACT_DATE")"
  printf '  "machine": {"nproc": %s, "cpu": %s, "memory": %s, "java": %s, "hugo": %s},\n' \
    "$FACT_NPROC" "$(json_str "$FACT_CPU")" "$(json_str "$FACT_MEM")" \
    "$(json_str "$FACT_JAVA")" "$(json_str "$FACT_HUGO")"
  printf '  "jar": {"path": %s, "sha256_prefix": %s, "commit": %s},\n' \
    "$(json_str "${JAR#"$ROOT"/}")" "$(json_str "$FACT_JAR_SHA")" "$(json_str "$FACT_COMMIT")"
  printf '  "seed": %s,\n  "runs": %s,\n  "warmup_runs": 1,\n' "$(json_str "$SEED")" "$RUNS"
  printf '  "results": ['
  for size in "${SIZE_LIST[@]}"; do
    for tool in hindsight hugo; do
      key="$size/$tool"
      [[ -n "${MEDIAN_WALL[$key]:-}" ]] || continue
      ((first)) || printf ','
      first=0
      printf '\n    {"corpus": %s, "tool": "%s", "runs": %s, ' "$size" "$tool" "$RUNS"
      printf '"median_wall_s": %s, "median_peak_rss_kib": %s, ' "${MEDIAN_WALL[$key]}" "${MEDIAN_RSS_KB[$key]}"
      printf '"wall_s": %s, "peak_rss_kib": %s, "cpu_s": %s}' \
        "$(json_number_array "${SAMPLES_WALL[$key]}")" \
        "$(json_number_array "${SAMPLES_RSS_KB[$key]}")" \
        "$(json_number_array "${SAMPLES_CPU[$key]}")"
    done
  done
  printf '\n  ],\n  "ratios_hindsight_over_hugo": ['
  first=1
  for size in "${SIZE_LIST[@]}"; do
    [[ -n "${MEDIAN_WALL[$size/hugo]:-}" ]] || continue
    ((first)) || printf ','
    first=0
    printf '\n    {"corpus": %s, "wall": %s, "peak_rss": %s}' "$size" \
      "$(ratio "${MEDIAN_WALL[$size/hindsight]}" "${MEDIAN_WALL[$size/hugo]}")" \
      "$(ratio "${MEDIAN_RSS_KB[$size/hindsight]}" "${MEDIAN_RSS_KB[$size/hugo]}")"
  done
  printf '\n  ]\n}\n'
}

# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

main() {
  parse_args "$@"
  cd "$ROOT"
  ensure_jar
  command -v python3 >/dev/null || die "python3 is needed to generate the corpus"
  [[ -f "$GENERATOR" ]] || die "corpus generator not found: $GENERATOR"
  mkdir -p "$BENCH_DIR"
  ensure_gnu_time
  ensure_hugo

  local size
  for size in "${SIZE_LIST[@]}"; do
    ensure_corpus "$size"
    benchmark_hindsight "$size"
    if ((WITH_HUGO)); then benchmark_hugo "$size"; fi
  done

  collect_machine_facts
  render_table | tee "$BENCH_DIR/results.txt"
  render_json >"$BENCH_DIR/results.json"
  log "wrote $BENCH_DIR/results.txt and $BENCH_DIR/results.json"
}

main "$@"
