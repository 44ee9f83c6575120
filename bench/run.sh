#!/usr/bin/env bash
# Compares Ferrite with rustc on bench/programs/*.rs, measured in this run (median of N runs):
#   check: `ferrite check` vs `rustc --emit=metadata`
#   run:   `ferrite run` vs rustc build + execute
# Prints a table of times and ratios ferrite/rustc. A cell says `fail` where Ferrite fails.
set -uo pipefail
cd "$(dirname "$0")/.."
unset RUST_BACKTRACE
N=${N:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./ferrite --version >/dev/null   # build the jar and the CDS archive outside the measurements

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }
timed() {   # timed CMD... -> seconds, or "fail"
  local t0 t1
  t0=$(now)
  if "$@" >/dev/null 2>&1; then t1=$(now); echo "$t1 - $t0" | bc; else echo fail; fi
}
measure() {
  local out=() i r
  for ((i = 0; i < N; i++)); do
    r=$(timed "$@")
    [ "$r" = fail ] && { echo fail; return; }
    out+=("$r")
  done
  printf '%s\n' "${out[@]}" | median
}
ratio() { if [ "$1" = fail ] || [ "$2" = fail ]; then echo fail; else echo "scale=2; $1 / $2" | bc; fi; }

printf '%-12s %10s %10s %8s   %10s %10s %8s\n' program "rustc chk" "fer chk" ratio "rustc run" "fer run" ratio
for f in bench/programs/*.rs; do
  name=$(basename "$f" .rs)
  rc=$(measure rustc --edition 2021 --emit=metadata -o "$tmp/$name.rmeta" "$f")
  fc=$(measure ./ferrite check "$f")
  rr=$(measure bash -c "rustc --edition 2021 -o '$tmp/$name' '$f' && '$tmp/$name'")
  fr=$(measure ./ferrite run "$f")
  printf '%-12s %10s %10s %8s   %10s %10s %8s\n' "$name" "$rc" "$fc" "$(ratio "$fc" "$rc")" "$rr" "$fr" "$(ratio "$fr" "$rr")"
done
