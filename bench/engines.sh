#!/usr/bin/env bash
# Compares Ferrite's engines with rustc on the CPU-bound programs of bench/cpu/ (each runs
# 0.3-2 s as a rustc debug build), measured in this run (median of N runs, default 3):
#   rustc debug   `rustc --edition 2021` build + run of the binary
#   rustc -O      the same with -O
#   ferrite run   `ferrite run` (compile + execute), and its ratio to rustc debug build + run
#   debug exec    the rustc debug binary alone (the build excluded)
#   miri          `ferrite miri` (the checking interpreter) when the launcher knows that command;
#                 otherwise the interpreter through `FERRITE_ENGINE=interp ferrite run`, and the
#                 column is labelled `interp`; `n/a` when neither works. Its ratio is to debug exec.
# Then the median of each ratio column over the programs where both times were measured.
# Every engine's stdout must equal the rustc debug binary's, else its cell says `wrong`; a cell
# says `fail` when the command exits with an error and `timeout` after TIMEOUT seconds (default
# 600; a ratio cell then gives the lower bound `>R`). Failures and wrong outputs are detailed
# under the table.
#   bench/engines.sh [PROGRAM...]   PROGRAM: a name in bench/cpu (`nbody` or `nbody.rs`); all by default
#   N=1 TIMEOUT=20 bench/engines.sh nbody matmul
#   SIZE=1 bench/engines.sh          passes the size factor 1 to every program (a quick check that
#                                    the engines agree; the timings then mean little)
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
unset RUST_BACKTRACE
N=${N:-3}
TIMEOUT=${TIMEOUT:-600}
SIZE=${SIZE:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

programs=()
if [ $# -eq 0 ]; then
  programs=(bench/cpu/*.rs)
else
  for p in "$@"; do
    f="bench/cpu/$(basename "$p" .rs).rs"
    [ -f "$f" ] || { echo "no such program: $f" >&2; exit 1; }
    programs+=("$f")
  done
fi
args=()
[ -n "$SIZE" ] && args=(-- "$SIZE")   # for ferrite; the binaries get "${args[@]:1}"

# build the jar, the library cache and the JVM's AOT cache outside the measurements
FERRITE_AOT_WAIT=1 ./ferrite run examples/hello.rs >/dev/null || { echo "ferrite does not run examples/hello.rs" >&2; exit 1; }
# and the daemon that builds for `run`, with the AOT cache of the programs' runtime, as a user has
# them from the second use on (FERRITE_DAEMON=0 measures without: each run compiles in its JVM)
if [ "${FERRITE_DAEMON:-1}" != 0 ]; then
  ./ferrite check examples/hello.rs >/dev/null 2>&1
  for _ in $(seq 180); do compgen -G "target/daemon/ferrite-*.port" >/dev/null && break; sleep 1; done
  ./ferrite run examples/hello.rs >/dev/null 2>&1
  for _ in $(seq 180); do compgen -G "target/cds/ferrite-*-runtime-*.aot" >/dev/null && break; sleep 1; done
fi

# the checking interpreter: `ferrite miri` if the launcher knows it, else the interpreter of `run`
hello_ok() { [ "$("$@" examples/hello.rs 2>/dev/null)" = "Hello, world!" ]; }
if [[ $(./ferrite miri examples/hello.rs 2>&1) == *"unknown command"* ]]; then
  if hello_ok env FERRITE_ENGINE=interp ./ferrite run; then
    miri=(env FERRITE_ENGINE=interp ./ferrite run)
    miri_label=interp
    miri_note="\`FERRITE_ENGINE=interp ferrite run\` (there is no \`ferrite miri\` yet)"
  else
    miri=()
    miri_label=miri
    miri_note="n/a: no \`ferrite miri\`, and \`FERRITE_ENGINE=interp ferrite run\` fails"
  fi
else
  miri=(./ferrite miri)
  miri_label=miri
  miri_note="\`ferrite miri\`"
fi

# the middle value; for an even count the mean of the two middle ones
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }
isnum() { [[ $1 =~ ^[0-9.]+$ ]]; }

# run1 NAME ENGINE CMD... -> seconds, or timeout | fail | wrong (and a note in $tmp/notes).
# The reference output is $tmp/NAME.expected; while it does not exist, this run makes it.
run1() {
  local name=$1 engine=$2 t0 t1 rc
  shift 2
  t0=$(now)
  timeout -k 5 "$TIMEOUT" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  rc=$?
  t1=$(now)
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    echo timeout
  elif [ "$rc" != 0 ]; then
    { echo "$name, $engine: exit status $rc"; head -n 5 "$tmp/err" | sed 's/^/    /'; } >>"$tmp/notes"
    echo fail
  elif [ ! -f "$tmp/$name.expected" ]; then
    cp "$tmp/out" "$tmp/$name.expected"
    echo "$t1 - $t0" | bc
  elif ! cmp -s "$tmp/out" "$tmp/$name.expected"; then
    { echo "$name, $engine: stdout differs from the rustc debug build's (< rustc debug, > $engine)"
      diff "$tmp/$name.expected" "$tmp/out" | head -n 6 | sed 's/^/    /'; } >>"$tmp/notes"
    echo wrong
  else
    echo "$t1 - $t0" | bc
  fi
}
# measure NAME ENGINE CMD... -> median seconds of N runs, or the first failure (not repeated)
measure() {
  local times=() i r
  for ((i = 0; i < N; i++)); do
    r=$(run1 "$@")
    isnum "$r" || { echo "$r"; return; }
    times+=("$r")
  done
  printf '%s\n' "${times[@]}" | median
}
secs() { if isnum "$1"; then printf "%.${2:-2}f" "$1"; else echo "$1"; fi; }   # secs S [DECIMALS]
# ratio A B: A/B; ">R" when A timed out (R = TIMEOUT/B, a lower bound); "-" when it cannot be had
ratio() {
  if isnum "$1" && isnum "$2"; then
    printf '%.1f' "$(echo "$1 / $2" | bc -l)"
  elif [ "$1" = timeout ] && isnum "$2"; then
    printf '>%.0f' "$(echo "$TIMEOUT / $2" | bc -l)"
  else
    echo -
  fi
}

echo "N=$N, TIMEOUT=$TIMEOUT s${SIZE:+, size factor $SIZE}; $miri_label column: $miri_note"
row() { printf '%-13s | %9s %9s | %9s %8s | %9s %9s %8s\n' "$@"; }
row "" "rustc" "rustc -O" "ferrite" "run /" "rustc" "ferrite" "$miri_label /"
row program "debug b+r" "b+r s" "run s" "debug" "debug ex" "$miri_label s" "debug ex"
run_ratios=()
miri_ratios=()
for f in "${programs[@]}"; do
  name=$(basename "$f" .rs)
  rm -f "$tmp/$name.expected"
  build_run='bin=$1 src=$2 opt=$3; shift 3; rustc --edition 2021 $opt -o "$bin" "$src" && exec "$bin" "$@"'
  rd=$(measure "$name" "rustc debug" bash -c "$build_run" _ "$tmp/$name-debug" "$f" "" "${args[@]:1}")
  if [ ! -f "$tmp/$name.expected" ]; then   # no reference output: nothing else can be checked
    row "$name" "$(secs "$rd")" - - - - - -
    continue
  fi
  ro=$(measure "$name" "rustc -O" bash -c "$build_run" _ "$tmp/$name-opt" "$f" -O "${args[@]:1}")
  fr=$(measure "$name" "ferrite run" ./ferrite run "$f" "${args[@]}")
  de=$(measure "$name" "debug binary" "$tmp/$name-debug" "${args[@]:1}")
  if [ ${#miri[@]} -gt 0 ]; then
    fm=$(measure "$name" "$miri_label" "${miri[@]}" "$f" "${args[@]}")
  else
    fm=n/a
  fi
  r1=$(ratio "$fr" "$rd")
  r2=$(ratio "$fm" "$de")
  isnum "$r1" && run_ratios+=("$r1")
  isnum "$r2" && miri_ratios+=("$r2")
  row "$name" "$(secs "$rd")" "$(secs "$ro")" "$(secs "$fr")" "$r1" "$(secs "$de" 3)" "$(secs "$fm")" "$r2"
done
# median-ratio LABEL RATIO... -> a line with the median over the programs that have one
median_ratio() {
  local label=$1
  shift
  if [ $# -eq 0 ]; then
    echo "median $label: - (no program measured)"
  else
    echo "median $label: $(printf '%s\n' "$@" | median) ($# of ${#programs[@]} programs)"
  fi
}
median_ratio "ferrite run / rustc debug build+run" ${run_ratios[@]+"${run_ratios[@]}"}
median_ratio "$miri_label / rustc debug execution" ${miri_ratios[@]+"${miri_ratios[@]}"}
[ -s "$tmp/notes" ] && { echo; cat "$tmp/notes"; }
exit 0
