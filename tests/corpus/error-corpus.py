#!/usr/bin/env python3
"""Builds a corpus of rustc's ui tests that check errors, for corpus.py.

    tests/corpus/error-corpus.py RUSTC_SRC [--out /work/corpus-errors]

RUSTC_SRC is an extracted rustc source tree (its tests/ui). The script copies the single-file,
stable, std-only tests of the directories below into --out, each under its group, and writes the
index corpus.tsv. Programs rustc rejects are must-fail programs for corpus.py (`ferrite check`
must report rustc's first error code at rustc's line); the programs rustc accepts must run as
rustc's build does, so they also count any false error. The tests are rustc's: they are read from
the source tree on this machine and never committed.

    groups: borrowck (borrowck, nll, moves, closures, liveness)
            checks   (privacy, resolve, lifetimes, dyn-compatibility, consts, coherence)
"""
import argparse
import re
import shutil
from pathlib import Path

GROUPS = {
    "borrowck": ["borrowck", "nll", "moves", "closures", "liveness"],
    "checks": ["privacy", "resolve", "lifetimes", "dyn-compatibility", "consts", "coherence"],
}

# Directives a test may have and still be a plain single-file stable program for this machine.
ALLOWED = {"edition", "check-pass", "build-pass", "run-pass", "run-fail", "check-fail", "build-fail",
           "error-pattern", "needs-unwind", "needs-threads", "run-rustfix", "rustfix-only-machine-applicable",
           "normalize-stderr", "normalize-stderr-test", "normalize-stdout", "normalize-stdout-test",
           "dont-check-compiler-stderr", "dont-check-compiler-stdout", "check-run-results",
           "only-x86_64", "only-linux", "only-unix", "only-64bit", "ignore-pass", "reference",
           "ignore-compare-mode-polonius", "ignore-compare-mode-next-solver", "dont-require-annotations"}
NOT_HERE = {"ignore-linux", "ignore-x86_64", "ignore-unix", "ignore-64bit", "ignore-gnu", "ignore-test",
            "ignore-elf", "ignore-little-endian", "ignore-stage1"}
# Text that makes a test depend on more than itself and std, or on unstable Rust.
BANNED = re.compile(r"#!\[feature|^\s*extern crate (?!std\b|core\b|alloc\b)|^\s*(pub\s+)?mod \w+;|include(_str|_bytes)?!\(",
                    re.M)


def directives(text):
    for m in re.finditer(r"^\s*//@\s*(\[[\w,-]+\])?\s*([\w-]+)\s*:?\s*(.*)$", text, re.M):
        yield m.group(1), m.group(2), m.group(3).strip()


def select(path):
    """The edition of a usable test, or None."""
    text = path.read_text(errors="replace")
    if BANNED.search(text):
        return None
    edition = "2015"
    for revision, name, value in directives(text):
        if revision:
            return None
        if name == "edition":
            edition = value
        elif name == "compile-flags" and re.fullmatch(r"--edition[ =]?(\d{4})", value):
            edition = value[-4:]
        elif name in NOT_HERE or (name not in ALLOWED and not name.startswith("ignore-")):
            return None
    return edition if edition in ("2015", "2018", "2021", "2024") else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rustc_src")
    ap.add_argument("--out", default="/work/corpus-errors")
    args = ap.parse_args()
    ui = Path(args.rustc_src) / "tests" / "ui"
    out = Path(args.out)
    rows = []
    for group, dirs in GROUPS.items():
        for d in dirs:
            for f in sorted((ui / d).glob("*.rs")):
                edition = select(f)
                if edition is None:
                    continue
                rel = f"{group}/{d}/{f.name}"
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, out / rel)
                rows.append((rel, group, edition))
    (out / "corpus.tsv").write_text("path\tsource\tedition\n" + "".join("\t".join(r) + "\n" for r in rows))
    for group in GROUPS:
        print(f"{group}: {sum(1 for r in rows if r[1] == group)} tests")


if __name__ == "__main__":
    main()
