#!/usr/bin/env bash
# Compares Ferrite with rustc, measured in this run (median of N runs, default 3), on
# bench/programs/*.rs and on large.rs, a program of about 10,000 lines written by gen-large.sh:
#   check: `ferrite check` vs `rustc --edition 2021 --emit=metadata`: wall time, ratio
#          ferrite/rustc, and peak memory (max RSS, /usr/bin/time's %M) of each; Ferrite both
#          through its daemon (the default: a warm JVM; its own memory is printed at the end)
#          and in a JVM of its own (FERRITE_DAEMON=0, whose peak memory is the column shown)
#   run:   `ferrite run` vs rustc build + execute: wall time, ratio
# A cell says `fail` where Ferrite fails.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
unset RUST_BACKTRACE
N=${N:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
FERRITE_AOT_WAIT=1 ./ferrite run examples/hello.rs >/dev/null   # build the jar, the library cache and the JVM's AOT cache outside the measurements
large=$(bench/gen-large.sh "$tmp/gen") || { echo "bench/gen-large.sh failed" >&2; exit 1; }
./ferrite check examples/hello.rs   # starts the daemon; wait until it serves
for _ in $(seq 60); do ls target/daemon/*.port >/dev/null 2>&1 && break; sleep 0.5; done
for _ in 1 2 3; do ./ferrite check "$large" >/dev/null 2>&1; done   # and has seen a large crate

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }
timed() {   # timed CMD... -> "seconds maxRSS-KB", or "fail"
  local t0 t1
  t0=$(now)
  if /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1; then
    t1=$(now)
    echo "$(echo "$t1 - $t0" | bc) $(tail -n1 "$tmp/rss")"
  else
    echo fail
  fi
}
measure() {   # measure CMD... -> "median-seconds median-maxRSS-MB", or "fail fail"
  local times=() rss=() i r
  for ((i = 0; i < N; i++)); do
    r=$(timed "$@")
    [ "$r" = fail ] && { echo fail fail; return; }
    times+=("${r% *}")
    rss+=("${r#* }")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(($(printf '%s\n' "${rss[@]}" | median) / 1024))"
}
secs() { if [ "$1" = fail ]; then echo fail; else printf '%.2f' "$1"; fi; }
ratio() { if [ "$1" = fail ] || [ "$2" = fail ]; then echo fail; else printf '%.2f' "$(echo "$1 / $2" | bc -l)"; fi; }

row() { printf '%-10s %6s | %9s %9s %6s %9s %6s %9s %9s | %9s %9s %6s\n' "$@"; }
row "" "" "rustc" "daemon" "" "own JVM" "" "rustc" "own JVM" "rustc" "ferrite" ""
row program lines "check s" "check s" ratio "check s" ratio "check MB" "check MB" "run s" "run s" ratio
for f in bench/programs/*.rs "$large"; do
  name=$(basename "$f" .rs)
  lines=$(wc -l <"$f")
  read -r rc rcm < <(measure rustc --edition 2021 --emit=metadata -o "$tmp/$name.rmeta" "$f")
  read -r fd _ < <(measure ./ferrite check "$f")
  read -r fc fcm < <(measure env FERRITE_DAEMON=0 ./ferrite check "$f")
  read -r rr _ < <(measure bash -c "rustc --edition 2021 -o '$tmp/$name' '$f' && '$tmp/$name'")
  read -r fr _ < <(measure ./ferrite run "$f")
  row "$name" "$lines" "$(secs "$rc")" "$(secs "$fd")" "$(ratio "$fd" "$rc")" "$(secs "$fc")" "$(ratio "$fc" "$rc")" \
    "$rcm" "$fcm" \
    "$(secs "$rr")" "$(secs "$fr")" "$(ratio "$fr" "$rr")"
done
pid=$(pgrep -f 'dev.ferrite.driver.Main daemon' | head -n1)
[ -n "$pid" ] && echo "daemon: $(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024)) MB resident, $(($(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024)) MB at most"
