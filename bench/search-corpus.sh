# Sourced by bench/search.sh and bench/search-cost.sh, so that both measure the very same corpus.
#
# search_corpus SIZE GENERATOR BENCH_DIR: prints the folder of the synthetic corpus of SIZE
# postmortems (seed 1), generating it first unless a finished one is there (its .done marker).
search_corpus() {
  local size="$1" generator="$2" bench_dir="$3"
  local corpus="$bench_dir/search-corpus-$size"
  if [[ ! -f "$corpus.done" ]]; then
    printf '==> generating %s postmortems into %s\n' "$size" "$corpus" >&2
    rm -rf -- "$corpus"
    python3 "$generator" --count "$size" --seed 1 --out "$corpus" >/dev/null
    touch "$corpus.done"
  fi
  printf '%s\n' "$corpus"
}
