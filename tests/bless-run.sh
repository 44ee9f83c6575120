#!/usr/bin/env bash
# Records the expected output of run tests from rustc-built binaries (rustc is the oracle).
#   tests/bless-run.sh                 # every tests/run/**/*.rs
#   tests/bless-run.sh tests/run/x.rs  # some files
# Writes X.stdout (always), X.stderr and X.exit (only when non-empty / non-zero). Programs are
# compiled from the repository root with their path relative to it, so panic locations print the
# same path Ferrite prints. A `//@ edition: 2018` header line selects the edition (default 2021).
set -euo pipefail
cd "$(dirname "$0")/.."
unset RUST_BACKTRACE
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
  mapfile -t files < <(find tests/run -name '*.rs' | sort)
else
  files=("$@")
fi
for f in "${files[@]}"; do
  base="${f%.rs}"
  edition=$(sed -n 's|^//@ *edition: *\([0-9]*\).*|\1|p' "$f" | head -n1)
  edition=${edition:-2021}
  if ! rustc --edition "$edition" -o "$tmp/prog" "$f" 2>"$tmp/compile.err"; then
    echo "rustc failed to compile $f:" >&2
    cat "$tmp/compile.err" >&2
    exit 1
  fi
  set +e
  "$tmp/prog" </dev/null >"$base.stdout" 2>"$tmp/stderr"
  code=$?
  set -e
  if [ -s "$tmp/stderr" ]; then cp "$tmp/stderr" "$base.stderr"; else rm -f "$base.stderr"; fi
  if [ "$code" -ne 0 ]; then echo "$code" >"$base.exit"; else rm -f "$base.exit"; fi
  echo "blessed $f (exit $code)"
done
