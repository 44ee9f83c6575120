#!/usr/bin/env python3
"""Crater for Ferrite: runs corpora of programs written elsewhere and compares them with rustc.

    tests/corpus/corpus.py [CORPUS_DIR...]            # default: $FERRITE_CORPUS or /work/corpus
        --source rust-ui --source miri                # only these sources (repeatable)
        --filter REGEX                                # only programs whose path matches
        --jobs 2 --timeout 60 --limit 600             # --limit: a deterministic spread sample
        --results FILE                                # default: CORPUS_DIR/results-latest.jsonl
    tests/corpus/corpus.py --rerun-failures RESULTS   # reruns the failures listed in RESULTS
    tests/corpus/corpus.py --compare OLD NEW          # what regressed, what got fixed
    tests/corpus/corpus.py --report RESULTS           # the tables of a results file

A corpus directory holds `.rs` programs and a `corpus.tsv` (path, source, edition) written by
build-corpus.py; without it every `.rs` file is taken, its source being its first directory.
rustc's result (debug build: stdout and exit code; for a program rustc rejects, the first error
code and line) is recorded once per program content, edition and rustc version in a cache outside
the repository ($FERRITE_CORPUS_CACHE or ~/.cache/ferrite-corpus). Programs rustc rejects are
must-fail programs, run with `ferrite check`; the others with `ferrite run`. Each mismatch gets a
class: false-error:CODE, ice, ub, runtime-error (e.g. a deadlock), panic, wrong-stdout,
wrong-exit, timeout; for must-fail programs missing-error or wrong-error. A UB report on a program
listed in tests/corpus/real-ub.tsv (its UB is real: Miri reports it too) is "ub-real" instead. The last line printed is `N passed, M failed`.
"""
import argparse
import base64
import concurrent.futures
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = os.environ.get("FERRITE_CORPUS", "/work/corpus")
CACHE_ROOT = Path(os.environ.get("FERRITE_CORPUS_CACHE", Path.home() / ".cache" / "ferrite-corpus"))
ORACLE_TIMEOUT = 10
REAL_UB_FILE = REPO / "tests" / "corpus" / "real-ub.tsv"
ERROR_LINE = re.compile(r"^error(?:\[(E\d{4})\])?: (.*)$", re.M)


def real_ub():
    """Programs with real UB: relative path -> text their UB report must contain."""
    out = {}
    for line in REAL_UB_FILE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            path, text = line.split("\t")[:2]
            out[path] = text
    return out


REAL_UB = real_ub()


def clean_env():
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    env.pop("RUST_LIB_BACKTRACE", None)
    return env


def run_limited(cmd, cwd, timeout):
    """Runs cmd in its own process group; returns (exit, stdout bytes, stderr text, timed_out)."""
    p = subprocess.Popen(cmd, cwd=cwd, env=clean_env(), stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return p.returncode, out, err.decode("utf-8", "replace"), False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return None, out, err.decode("utf-8", "replace"), True


# ---------------------------------------------------------------- the oracle: rustc, cached

_rustc_version = None


def rustc_version():
    global _rustc_version
    if _rustc_version is None:
        out = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
        fields = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
        _rustc_version = fields.get("release", "unknown") + "-" + fields.get("commit-hash", "")[:9]
    return _rustc_version


def first_rustc_error(stderr):
    """The first error of rustc's --error-format=json output: (code or None, line or None, message)."""
    for line in stderr.splitlines():
        if not line.startswith("{"):
            continue
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") != "error" or d.get("message", "").startswith("aborting due to"):
            continue
        code = (d.get("code") or {}).get("code")
        spans = [s for s in d.get("spans", []) if s.get("is_primary")] or d.get("spans", [])
        return code, (spans[0]["line_start"] if spans else None), d.get("message", "")
    return None, None, "rustc failed without an error message"


def oracle(path, edition):
    """rustc's result for the program at path, from the cache or recorded now. The binary runs
    twice: `deterministic` says whether both runs printed the same."""
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    cache = CACHE_ROOT / rustc_version() / digest[:2] / f"{digest}-{edition}.json"
    if cache.exists():
        try:
            return json.loads(cache.read_text())
        except ValueError:
            pass
    with tempfile.TemporaryDirectory(prefix="corpus-rustc-") as tmp:
        src = Path(tmp) / Path(path).name
        src.write_bytes(data)
        binary = Path(tmp) / "prog"
        code, _, err, timed_out = run_limited(
            ["rustc", "--edition", edition, "--error-format=json", "-o", str(binary), src.name], tmp, 120)
        if code != 0:
            ecode, eline, msg = first_rustc_error(err)
            rec = {"kind": "fail", "code": ecode, "line": eline, "message": msg}
        else:
            runs = [run_limited([str(binary)], tmp, ORACLE_TIMEOUT) for _ in range(2)]
            if any(r[3] for r in runs):
                rec = {"kind": "timeout"}
            else:
                rec = {"kind": "run", "exit": runs[0][0], "stdout": base64.b64encode(runs[0][1]).decode(),
                       "deterministic": runs[0][:2] == runs[1][:2]}
    rec["rustc"] = rustc_version()
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmpfile = cache.with_suffix(f".{os.getpid()}.tmp")
    tmpfile.write_text(json.dumps(rec))
    tmpfile.replace(cache)
    return rec


# ---------------------------------------------------------------- programs

class Program:
    def __init__(self, corpus, rel, source, edition):
        self.corpus, self.rel, self.source, self.edition = str(corpus), rel, source, edition

    @property
    def path(self):
        return Path(self.corpus) / self.rel

    def key(self):
        return self.corpus + "\t" + self.rel


def load_corpus(corpus):
    corpus = Path(corpus).resolve()
    index = corpus / "corpus.tsv"
    programs = []
    if index.exists():
        for line in index.read_text().splitlines()[1:]:
            rel, source, edition = line.split("\t")[:3]
            programs.append(Program(corpus, rel, source, edition))
    else:
        for f in sorted(corpus.rglob("*.rs")):
            rel = f.relative_to(corpus).as_posix()
            m = re.search(r"^//@ *edition: *(\d{4})", f.read_text(errors="replace"), re.M)
            programs.append(Program(corpus, rel, rel.split("/")[0], m.group(1) if m else "2021"))
    return programs


def spread_sample(programs, n):
    """n programs chosen by a hash of their path: deterministic and spread over all sources."""
    return sorted(programs, key=lambda p: hashlib.sha1(p.rel.encode()).hexdigest())[:n]


# ---------------------------------------------------------------- running Ferrite and classifying

def first_line(text, pattern):
    m = re.search(pattern, text, re.M)
    return m.group(0).strip()[:200] if m else ""


def classify(prog, ferrite, timeout):
    """Runs one program; returns a result dict (class "pass" when it matches rustc)."""
    started = time.monotonic()
    rec = oracle(prog.path, prog.edition)
    result = {"program": prog.rel, "source": prog.source, "corpus": prog.corpus, "edition": prog.edition}
    if rec["kind"] == "timeout" or (rec["kind"] == "run" and not rec["deterministic"]):
        return dict(result, **{"class": "skipped", "detail": "rustc's build times out or is not deterministic"})
    must_fail = rec["kind"] == "fail"
    cmd = [ferrite, "check" if must_fail else "run", "--edition", prog.edition, prog.path.name]
    code, out, err, timed_out = run_limited(cmd, prog.path.parent, timeout)
    result["seconds"] = round(time.monotonic() - started, 2)
    ice = first_line(err, r"^error: internal compiler error.*$|^Exception in thread.*$")
    if timed_out:
        cls, detail = "timeout", f"no result within {timeout} s"
    elif ice:
        cls, detail = "ice", (ice + " " + first_line(err, r"^note: thrown at.*$"))[:300].strip()
    elif "error: Undefined Behavior" in err:
        cls, detail = "ub", first_line(err, r"error: Undefined Behavior.*$")
        if prog.rel in REAL_UB and REAL_UB[prog.rel] in detail:
            cls = "ub-real"
    elif must_fail:
        errors = ERROR_LINE.findall(err)
        got = errors[0][0] if errors else None
        want = f"{rec['code'] or 'no code'} at line {rec['line']}"
        m = re.search(r"^\s*--> [^\n]*?:(\d+):\d+", err, re.M)
        line = int(m.group(1)) if m else None
        if code == 0 or not errors:
            cls, detail = f"missing-error:{rec['code'] or '-'}", f"expected {want}"
        elif got == rec["code"] and (line == rec["line"] or rec["line"] is None):
            cls, detail = "pass", ""
        else:
            cls, detail = "wrong-error", f"expected {want}, got {got or 'no code'} at line {line}"
    else:
        expected_out = base64.b64decode(rec["stdout"])
        errors = ERROR_LINE.findall(err) if code == 1 else []
        first = re.search(r"^error", err, re.M)
        started = out or "= note: BACKTRACE:" in err or (first and "panicked at" in err[:first.start()])
        if errors and rec["exit"] != 1 and started:  # the interpreter stopped the program
            cls, detail = "runtime-error", first_error(err)
        elif errors and rec["exit"] != 1:
            cls, detail = f"false-error:{errors[0][0] or '-'}", first_error(err)
        elif code == 101 and rec["exit"] != 101 and "panicked at" in err:
            cls, detail = "panic", first_line(err, r"^thread .* panicked at.*$") + " " + \
                first_line(err[err.find("panicked at"):], r"(?<=\n).+$")
        elif out != expected_out:
            cls, detail = "wrong-stdout", describe_diff(expected_out, out)
        elif code != rec["exit"]:
            cls, detail = "wrong-exit", f"expected exit {rec['exit']}, got {code}: " + first_line(err, r"^.+$")
        else:
            cls, detail = "pass", ""
    return dict(result, **{"class": cls, "detail": detail})


def first_error(err):
    """The first error line of a diagnostic, with its position and primary label."""
    m = re.search(r"^error.*$", err, re.M)
    if not m:
        return ""
    rest = err[m.end():].split("\nerror", 1)[0]
    at = re.search(r"^\s*--> [^\n]*?:(\d+:\d+)", rest, re.M)
    label = re.search(r"^[\s\d]*\|[\s_|]*\^+ ?(.*)$", rest, re.M)
    return (m.group(0) + (f" at {at.group(1)}" if at else "") +
            (f": {label.group(1)}" if label and label.group(1) else ""))[:300]


def describe_diff(want, got):
    a, b = want.decode("utf-8", "replace").splitlines(), got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(a), len(b))):
        x, y = (a[i] if i < len(a) else "<end>"), (b[i] if i < len(b) else "<end>")
        if x != y:
            return f"line {i + 1}: expected {x[:80]!r}, got {y[:80]!r}"
    return "trailing newline or bytes differ"


def warm_up(ferrite):
    """One run before the parallel ones, so that concurrent launchers do not all build the jar."""
    with tempfile.TemporaryDirectory(prefix="corpus-warm-") as tmp:
        (Path(tmp) / "warm.rs").write_text('fn main() { println!("ok"); }\n')
        code, out, err, _ = run_limited([ferrite, "run", "warm.rs"], tmp, 900)
        if out != b"ok\n":
            sys.exit(f"ferrite does not run hello world (exit {code}):\n{err}")


def run_all(programs, args):
    warm_up(args.ferrite)
    results, done = [], 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(classify, p, args.ferrite, args.timeout): p for p in programs}
        for fut in concurrent.futures.as_completed(futures):
            prog = futures[fut]
            try:
                r = fut.result()
            except Exception as e:  # a bug here must not lose the whole run
                r = {"program": prog.rel, "source": prog.source, "corpus": prog.corpus,
                     "edition": prog.edition, "class": "runner-error", "detail": repr(e)[:200]}
            results.append(r)
            done += 1
            if args.verbose and r["class"] != "pass":
                print(f"{r['class']:24} {r['program']}  {r['detail']}", file=sys.stderr)
            if done % 50 == 0 or done == len(programs):
                print(f"[{done}/{len(programs)}]", file=sys.stderr, flush=True)
    return sorted(results, key=lambda r: (r["source"], r["program"]))


# ---------------------------------------------------------------- reports

def report(results):
    counted = [r for r in results if r["class"] != "skipped"]
    by_source = defaultdict(Counter)
    for r in counted:
        by_source[r["source"]]["total"] += 1
        by_source[r["source"]]["passed" if r["class"] == "pass" else "failed"] += 1
    print(f"{'source':24} {'total':>6} {'passed':>6} {'failed':>6} {'pass%':>6}")
    for s, c in sorted(by_source.items(), key=lambda kv: kv[1]["passed"] / kv[1]["total"]):
        print(f"{s:24} {c['total']:6} {c['passed']:6} {c['failed']:6} {100 * c['passed'] / c['total']:6.1f}")
    classes = Counter(r["class"] for r in counted if r["class"] != "pass")
    if classes:
        sources = sorted(by_source)
        print()
        print(f"{'class':24} {'count':>6}  " + "  ".join(sources))
        for cls, n in classes.most_common():
            per = Counter(r["source"] for r in counted if r["class"] == cls)
            print(f"{cls:24} {n:6}  " + "  ".join(f"{per[s]:>{len(s)}}" for s in sources))
    skipped = len(results) - len(counted)
    if skipped:
        print(f"\n{skipped} skipped (rustc's build times out or prints differently on each run)")
    passed = sum(1 for r in counted if r["class"] == "pass")
    print(f"{passed} passed, {len(counted) - passed} failed")
    return len(counted) - passed


def read_results(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def write_results(path, results):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        for r in results:
            f.write(json.dumps(r, sort_keys=True) + "\n")


def compare(old, new):
    key = lambda r: (r.get("corpus", ""), r["program"])
    before = {key(r): r for r in old}
    regressed, fixed, changed = [], [], []
    for r in new:
        o = before.get(key(r))
        if o is None or o["class"] == r["class"]:
            continue
        if o["class"] == "pass":
            regressed.append((o, r))
        elif r["class"] == "pass":
            fixed.append((o, r))
        else:
            changed.append((o, r))
    for title, rows in (("regressed", regressed), ("fixed", fixed), ("failing differently", changed)):
        print(f"{len(rows)} {title}")
        for o, r in rows:
            print(f"  {r['program']}: {o['class']} -> {r['class']}  {r['detail']}".rstrip())
    return len(regressed)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", help="corpus directories (default: %(default)s)")
    ap.add_argument("--source", action="append", help="only this source (repeatable)")
    ap.add_argument("--filter", help="only programs whose path matches this regular expression")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60, help="seconds for one Ferrite run")
    ap.add_argument("--limit", type=int, help="at most N programs, a deterministic spread sample")
    ap.add_argument("--results", help="results file to write (JSON lines)")
    ap.add_argument("--rerun-failures", metavar="RESULTS", help="rerun only the failures in RESULTS")
    ap.add_argument("--report", metavar="RESULTS", help="print the tables of a results file")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="compare two results files")
    ap.add_argument("--ferrite", default=str(REPO / "ferrite"), help="the launcher to test")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each failure as it comes")
    args = ap.parse_args()
    args.ferrite = str(Path(args.ferrite).resolve())

    if args.compare:
        sys.exit(1 if compare(read_results(args.compare[0]), read_results(args.compare[1])) else 0)

    if args.report:
        sys.exit(1 if report(read_results(args.report)) else 0)
    previous = None
    if args.rerun_failures:
        previous = read_results(args.rerun_failures)
        programs = [Program(r["corpus"], r["program"], r["source"], r["edition"])
                    for r in previous if r["class"] not in ("pass", "skipped")]
    else:
        programs = [p for d in (args.corpus or [DEFAULT_CORPUS]) for p in load_corpus(d)]
    if args.source:
        programs = [p for p in programs if p.source in args.source]
    if args.filter:
        programs = [p for p in programs if re.search(args.filter, p.rel)]
    if args.limit:
        programs = spread_sample(programs, args.limit)
    if not programs:
        sys.exit("no programs selected")

    results = run_all(programs, args)
    if previous is not None:
        compare(previous, results)
        print()
        rerun = {(r["corpus"], r["program"]) for r in results}
        results = results + [r for r in previous if (r["corpus"], r["program"]) not in rerun]
        results.sort(key=lambda r: (r["source"], r["program"]))
    out = args.results or (Path(programs[0].corpus) / "results-latest.jsonl")
    write_results(out, results)
    failed = report(results)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
