#!/usr/bin/env bash
# Measures how the JVM archive affects `ferrite check|run examples/hello.rs` (wall time, max RSS):
#   off     no archive of Ferrite's classes (the JDK's own CDS only)
#   appcds  the AppCDS archive made by -XX:+AutoCreateSharedArchive
#   aot     the JDK 25 AOT cache made by the launcher's training run (the default)
# and what the first use costs when the archive is still to be made. Runs in a private copy of
# the launcher and the jar, so that the repository's target/cds is left alone. The variants take
# turns in every round, so that a load on the machine falls on all of them alike.
# N rounds (default 7); prints medians and the fastest run.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-7}
./ferrite --version >/dev/null   # builds the jar if it is stale
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/root/target" "$tmp/root/examples" "$tmp/t"
cp ferrite "$tmp/root/"
cp target/ferrite.jar "$tmp/root/target/"
cp examples/hello.rs "$tmp/root/examples/"
f="$tmp/root/ferrite"
hello="$tmp/root/examples/hello.rs"
cds="$tmp/root/target/cds"

# one VARIANT CMD: runs and records "seconds maxRSS-KB" in $tmp/t/VARIANT
one() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -a -o "$tmp/t/$name" "$@" >/dev/null 2>"$tmp/err" || {
    echo "failed: $name" >&2; cat "$tmp/err" >&2; exit 1
  }
}

FERRITE_CDS=appcds "$f" check "$hello" >/dev/null   # make the AppCDS archive
"$f" check "$hello" >/dev/null                      # make the AOT cache
for ((i = 0; i < N; i++)); do
  for cmd in check run; do
    one "off-$cmd" env FERRITE_CDS=off "$f" "$cmd" "$hello"
    one "appcds-$cmd" env FERRITE_CDS=appcds "$f" "$cmd" "$hello"
    one "aot-$cmd" "$f" "$cmd" "$hello"
  done
  rm -f "$cds"/*.jsa
  one "appcds-first" env FERRITE_CDS=appcds "$f" run "$hello"
  rm -f "$cds"/*.aot
  one "aot-first" "$f" run "$hello"
done

summary() {   # summary FILE: median time, fastest time, median max RSS in MB
  local t m
  t=$(cut -d' ' -f1 "$1" | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f", a[int((NR+1)/2)], a[1]}')
  m=$(cut -d' ' -f2 "$1" | sort -n | awk '{a[NR]=$1} END {printf "%d", a[int((NR+1)/2)] / 1024}')
  echo "$t $m"
}
echo "median of $N runs (min in brackets), seconds; max RSS in MB"
printf '%-22s %16s %8s %16s %8s\n' archive "check hello" RSS "run hello" RSS
for v in off appcds aot; do
  read -r cm cmin cr < <(summary "$tmp/t/$v-check")
  read -r rmed rmin rr < <(summary "$tmp/t/$v-run")
  printf '%-22s %7s (%5s) %8s %7s (%5s) %8s\n' "$v" "$cm" "$cmin" "$cr" "$rmed" "$rmin" "$rr"
done
for v in appcds aot; do
  read -r rmed rmin rr < <(summary "$tmp/t/$v-first")
  printf '%-22s %16s %8s %7s (%5s) %8s\n' "$v, first use" "" "" "$rmed" "$rmin" "$rr"
done
