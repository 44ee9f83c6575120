#!/usr/bin/env python3
"""Builds the development corpus of programs written elsewhere, for corpus.py.

    tests/corpus/build-corpus.py [--out /work/corpus] [--mirrors /work/.mirror]
                                 [--repo rust-lang/rust=/path/to/rustc-1.85.0-src ...]
    tests/corpus/build-corpus.py --select ...     # choose the programs anew, rewrite manifest.tsv

The repositories named in manifest.tsv (source, repository, commit, path, edition) must be on this
machine, each as a git directory (bare or not) under --mirrors (as OWNER+NAME/repo, OWNER/NAME or
NAME) or named with --repo; a plain directory works too (rust-lang/rust: the extracted rustc
1.85.0 source tarball, whose git-commit-hash file names the commit). Without --select the script
writes each program listed in the manifest into --out (a markdown code block `FILE.md#N`, the N-th
rust block of FILE, becomes FILE-bN.rs), and an index corpus.tsv. With --select it scans the
sources at the repositories' current commits, keeps the single-file, std-only programs that read
no clock, randomness, environment, files, network or stdin, and that rustc builds and runs
cleanly (exit 0, or 101 for a `should_panic` block; same output on two runs), and rewrites the
manifest. Either way rustc's results are recorded in corpus.py's cache.
"""
import argparse
import concurrent.futures
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("corpus", HERE / "corpus.py")
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)

MANIFEST = HERE / "manifest.tsv"
COLUMNS = ["source", "repository", "commit", "path", "edition"]

# Things a program may not use: they read the outside world, need other files or crates, or are
# unstable. A regular expression over the whole text.
BANNED = re.compile(r"""
    \benv::|std::env\b|\benv!\(|option_env!|\bfs::|std::fs\b|\bFile::|std::net\b|\bnet::|TcpStream
  | \bCommand\b|process::id|SystemTime|\bInstant\b|\bstdin\(|\bsleep\(|\brand(om)?\b|getrandom
  | std::os::|std::arch::|\bextern\s+("C"\s*|"Rust"\s*|"system"\s*)?\{|\#\[link\b|\basm!|global_asm!
  | \binclude(_str|_bytes)?!|\#!\[feature|\#!\[no_(std|main)\]|\#\[path\s*=|\{\{\#
  | ^\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*;|\bextern\s+crate\s+(?!(std|core|alloc)\b)
""", re.M | re.X)


class Tree:
    """One repository at one commit: a git directory, or a plain directory."""

    def __init__(self, location, commit=None):
        self.location = Path(location)
        git_dir = self.location / ".git" if (self.location / ".git").exists() else self.location
        self.git = git_dir if (git_dir / "HEAD").exists() and (git_dir / "objects").exists() else None
        if self.git:
            self.commit = commit or self._git("rev-parse", "HEAD").strip()
        else:
            hash_file = self.location / "git-commit-hash"
            self.commit = hash_file.read_text().strip() if hash_file.exists() else "unknown"
            if commit and commit != self.commit:
                sys.exit(f"{location} holds commit {self.commit}, the manifest asks for {commit}")

    def _git(self, *args):
        return subprocess.run(["git", "--git-dir", str(self.git), *args], capture_output=True,
                              text=True, check=True).stdout

    def files(self, under):
        if self.git:
            return self._git("ls-tree", "-r", "--name-only", self.commit, "--", under).splitlines()
        root = self.location / under
        return sorted(p.relative_to(self.location).as_posix() for p in root.rglob("*") if p.is_file())

    def read(self, path):
        if self.git:
            return subprocess.run(["git", "--git-dir", str(self.git), "show", f"{self.commit}:{path}"],
                                  capture_output=True, check=True).stdout.decode("utf-8", "replace")
        return (self.location / path).read_text(errors="replace")


def find_repo(name, args):
    if name in args.repo:
        return args.repo[name]
    owner, repo = name.split("/")
    for cand in (Path(args.mirrors) / f"{owner}+{repo}" / "repo", Path(args.mirrors) / owner / repo,
                 Path(args.mirrors) / repo):
        if cand.exists():
            return cand
    sys.exit(f"repository {name} not found: fetch it and pass --repo {name}=PATH")


# ---------------------------------------------------------------- markdown code blocks

FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*(.*)$")


def rust_blocks(markdown):
    """The fenced rust code blocks of a markdown text: (attributes, code), hidden lines shown."""
    blocks, lines, i = [], markdown.splitlines(), 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        i += 1
        if not m:
            continue
        indent, fence, info = m.groups()
        body = []
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
            i += 1
        i += 1
        attrs = [a for a in re.split(r"[,\s]+", info.strip()) if a]
        if attrs and attrs[0] == "rust":
            blocks.append((attrs[1:], "\n".join(unhide(l) for l in body) + "\n"))
    return blocks


def unhide(line):
    """rustdoc's hidden lines: `# code` is code, `##x` is `#x`."""
    s = line.lstrip()
    if s == "#":
        return ""
    if s.startswith("# "):
        return s[2:]
    if s.startswith("##"):
        return line.replace("##", "#", 1)
    return line


def block_program(attrs, code, default_edition):
    """(edition, expected exit) of a block that is a program of its own, or None."""
    if any(a in attrs for a in ("ignore", "compile_fail", "no_run", "text", "plain")) or \
            not re.search(r"^\s*(pub\s+)?fn main\s*\(", code, re.M):
        return None
    edition = next((a[len("edition"):] for a in attrs if re.fullmatch(r"edition20\d\d", a)), default_edition)
    return edition, 101 if "should_panic" in attrs else 0


# ---------------------------------------------------------------- the sources

def headers(text, prefix):
    """compiletest / ui_test directives: [(name, value)] from `//@ name: value` lines."""
    out = []
    for m in re.finditer(r"^\s*//@\s*(\[[\w,]+\])?\s*([\w-]+)\s*:?\s*(.*)$", text, re.M):
        out.append((m.group(2), m.group(3).strip()))
    return out


UI_OK = {"run-pass", "edition", "check-run-results", "needs-unwind", "needs-threads", "ignore-wasm",
         "ignore-wasm32", "ignore-emscripten", "ignore-windows", "ignore-apple", "ignore-macos",
         "ignore-android", "ignore-sgx", "ignore-fuchsia", "ignore-nvptx64", "ignore-i686-pc-windows-msvc",
         "only-x86_64", "only-linux", "only-unix", "only-64bit", "ignore-32bit", "ignore-msvc",
         "ignore-wasm64", "ignore-arm", "ignore-aarch64", "ignore-riscv64", "ignore-musl", "needs-unwind",
         "no-prefer-dynamic", "ignore-cross-compile", "ignore-pass", "ignore-stage1", "ignore-backends",
         "ignore-compare-mode-next-solver", "ignore-remote", "ignore-s390x", "ignore-powerpc",
         "ignore-openbsd", "ignore-freebsd", "ignore-netbsd", "ignore-illumos", "ignore-ios",
         "ignore-vxworks", "ignore-horizon", "ignore-nto", "ignore-emscripten", "ignore-gnu",
         "normalize-stdout", "normalize-stderr", "normalize-stderr-test", "normalize-stdout-test",
         "ignore-thumb", "dont-check-compiler-stderr", "dont-check-compiler-stdout", "rustfix-only-machine-applicable", "reference", "run-rustfix"}
UI_NOT_HERE = {"ignore-linux", "ignore-x86_64", "ignore-unix", "ignore-64bit", "ignore-gnu", "ignore-test",
               "ignore-elf", "ignore-little-endian"}


def select_ui(tree):
    for path in tree.files("tests/ui"):
        if not path.endswith(".rs") or "/auxiliary/" in path:
            continue
        text = tree.read(path)
        hs = headers(text, "//@")
        names = {h[0] for h in hs}
        if "run-pass" not in names or BANNED.search(text):
            continue
        edition = "2015"
        ok = True
        for name, value in hs:
            if name == "edition":
                edition = value
            elif name == "compile-flags" and re.fullmatch(r"--edition[ =]?(\d{4})", value):
                edition = value[-4:]
            elif name not in UI_OK and not (name.startswith("ignore-") and name not in UI_NOT_HERE):
                ok = False
        if ok and edition in ("2015", "2018", "2021", "2024"):
            yield path, edition, text, 0


def select_miri(tree):
    for path in tree.files("tests/pass"):
        if not path.endswith(".rs"):
            continue
        text = tree.read(path)
        if BANNED.search(text):
            continue
        edition, ok = "2021", True
        for name, value in headers(text, "//@"):
            if name == "edition":
                edition = value
            elif name == "compile-flags":
                ok &= all(f.startswith("-Zmiri") for f in value.split())
            elif name not in ("revisions", "normalize-stderr-test", "normalize-stdout-test", "ignore-target",
                              "needs-unwind", "run-pass", "check-pass"):
                ok = False
        if ok and re.search(r"^\s*fn main\s*\(", text, re.M):
            yield path, edition, text, 0


def select_markdown(tree, under, edition):
    for path in tree.files(under):
        if not path.endswith(".md"):
            continue
        for n, (attrs, code) in enumerate(rust_blocks(tree.read(path)), 1):
            prog = block_program(attrs, code, edition)
            if prog and not BANNED.search(code):
                yield f"{path}#{n}", prog[0], code, prog[1]


def select_comprehensive(tree):
    yield from select_markdown(tree, "src", "2024")
    for path in tree.files("src"):
        if path.endswith(".rs") and "/android/" not in path and "bare-metal" not in path:
            text = tree.read(path)
            if re.search(r"^\s*fn main\s*\(", text, re.M) and not BANNED.search(text):
                yield path, "2024", text, 0


def select_rustlings(tree):
    for path in tree.files("solutions"):
        text = tree.read(path)
        main = re.search(r"^fn main\(\) \{\n(.*?)^\}", text, re.M | re.S)
        body = re.sub(r"//[^\n]*", "", main.group(1)).strip() if main else ""
        if path.endswith(".rs") and body and not BANNED.search(text):
            yield path, "2024", text, 0


# ---------------------------------------------------------------- std's own tests

def top_level_items(text):
    """Splits Rust source into its top-level items (each with its leading comments and attributes),
    skipping over comments, strings and char literals."""
    items, start, depth, i, n = [], 0, 0, 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if text.startswith("/*", i):
            level, i = 1, i + 2
            while i < n and level:
                level += text.startswith("/*", i) - text.startswith("*/", i)
                i += 2 if text.startswith(("/*", "*/"), i) else 1
            continue
        raw = re.match(r'b?r(#*)"', text[i:i + 40]) if c in "br" and (i == 0 or not text[i - 1].isalnum()) else None
        if raw:
            end = text.find('"' + raw.group(1), i + raw.end())
            i = n if end < 0 else end + 1 + len(raw.group(1))
            continue
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            continue
        if c == "'":
            lit = re.match(r"'(\\u\{[0-9a-fA-F_]*\}|\\x..|\\.|[^\\'])'", text[i:i + 12])
            i += len(lit.group(0)) if lit else 1
            continue
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
            if depth == 0 and c == "}":
                items.append(text[start:i + 1])
                start = i + 1
        elif c == ";" and depth == 0:
            items.append(text[start:i + 1])
            start = i + 1
        i += 1
    items.append(text[start:])
    return items


TEST_FN = re.compile(r"^\s*((?:#\[[^\n]*\]\s*|//[^\n]*\n\s*)*)fn\s+(\w+)\s*\(\s*\)\s*(->\s*[^{]*)?\{", re.S)


def test_program(text, name):
    """The test file `text` as a program that runs test `name` from main, the other tests left out;
    (program, expected exit) or None."""
    kept, found = [], None
    for item in top_level_items(text):
        m = TEST_FN.match(item)
        if m and "#[test]" in m.group(1):
            if m.group(2) != name:
                continue
            found = m
            item = item.replace("#[test]", "", 1)
        kept.append(item)
    if not found or "#[ignore" in found.group(1) or re.search(r"^fn main\s*\(", text, re.M):
        return None
    call = f"{name}()" + (".unwrap()" if found.group(3) else "")
    program = "".join(kept).rstrip() + f'\n\nfn main() {{\n    println!("test {name}");\n    {call};\n}}\n'
    return program, 101 if "#[should_panic" in found.group(1) else 0


def select_std_tests(tree):
    for under in ("library/alloc/tests", "library/core/tests", "library/std/tests"):
        for path in tree.files(under):
            if not path.endswith(".rs") or path.endswith(("/lib.rs", "/mod.rs")):
                continue
            text = tree.read(path)
            for name in re.findall(r"^#\[test\]\s*\n(?:#\[[^\n]*\]\s*\n)*fn (\w+)\(", text, re.M):
                prog = test_program(text, name)
                if prog and not BANNED.search(prog[0]):
                    yield f"{path}::{name}", "2021", prog[0], prog[1]


SOURCES = {  # name: (repository, selector)
    "rust-ui": ("rust-lang/rust", select_ui),
    "miri": ("rust-lang/miri", select_miri),
    "comprehensive-rust": ("google/comprehensive-rust", select_comprehensive),
    "patterns": ("rust-unofficial/patterns", lambda t: select_markdown(t, "src", "2024")),
    "rustlings": ("rust-lang/rustlings", select_rustlings),
    "std-tests": ("rust-lang/rust", select_std_tests),
}


# ---------------------------------------------------------------- writing the corpus

def program_text(tree, path):
    if "::" in path:
        file, name = path.split("::")
        return test_program(tree.read(file), name)[0]
    if "#" in path:
        file, n = path.rsplit("#", 1)
        return rust_blocks(tree.read(file))[int(n) - 1][1]
    return tree.read(path)


def corpus_path(source, path):
    if "::" in path:
        file, name = path.split("::")
        path = f"{file[:-3]}/{name}.rs"
    elif "#" in path:
        file, n = path.rsplit("#", 1)
        path = f"{file[:-3]}-b{n}.rs"
    return f"{source}/{path}"


def write_program(out, source, path, text):
    rel = corpus_path(source, path)
    target = Path(out) / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text() != text:
        target.write_text(text)
    return rel


def write_index(out, rows):
    lines = ["path\tsource\tedition"] + [f"{r['rel']}\t{r['source']}\t{r['edition']}" for r in rows]
    (Path(out) / "corpus.tsv").write_text("\n".join(lines) + "\n")


def record_oracle(out, rows, jobs):
    """rustc's result for each row (from the cache or recorded now)."""
    def one(row):
        return row, corpus.oracle(Path(out) / row["rel"], row["edition"])
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for i, result in enumerate(pool.map(one, rows), 1):
            if i % 100 == 0:
                print(f"  rustc: {i}/{len(rows)}", file=sys.stderr, flush=True)
            yield result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=corpus.DEFAULT_CORPUS)
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--repo", action="append", default=[], help="OWNER/NAME=PATH")
    ap.add_argument("--select", action="store_true", help="choose the programs anew")
    ap.add_argument("--source", action="append", help="only these sources")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    args.repo = dict(r.split("=", 1) for r in args.repo)
    sources = args.source or list(SOURCES)

    rows = []
    if args.select:
        kept = [r for r in read_manifest() if r["source"] not in sources]
        for source in sources:
            repository, selector = SOURCES[source]
            tree = Tree(find_repo(repository, args))
            candidates = []
            for path, edition, text, want_exit in selector(tree):
                rel = write_program(args.out, source, path, text)
                if any(c["rel"] == rel for c in candidates[-50:]):
                    continue  # two blocks or files that map to one corpus path
                candidates.append({"source": source, "repository": repository, "commit": tree.commit,
                                   "path": path, "edition": edition, "rel": rel, "want": want_exit})
            print(f"{source}: {len(candidates)} candidates", file=sys.stderr)
            good = []
            for row, rec in record_oracle(args.out, candidates, args.jobs):
                if rec["kind"] == "run" and rec["deterministic"] and rec["exit"] == row["want"]:
                    good.append(row)
                else:
                    (Path(args.out) / row["rel"]).unlink(missing_ok=True)
            print(f"{source}: {len(good)} kept", file=sys.stderr)
            rows += good
        write_manifest(kept + rows)
        for d in sorted(Path(args.out).rglob("*"), key=lambda p: -len(p.parts)):
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()  # left by candidates that rustc turned down
        rows = [dict(r, rel=corpus_path(r["source"], r["path"])) for r in kept] + rows
    else:
        trees = {}
        for r in read_manifest():
            if r["source"] not in sources:
                continue
            key = (r["repository"], r["commit"])
            if key not in trees:
                trees[key] = Tree(find_repo(r["repository"], args), r["commit"])
            rows.append(dict(r, rel=write_program(args.out, r["source"], r["path"],
                                                  program_text(trees[key], r["path"]))))
        for _ in record_oracle(args.out, rows, args.jobs):
            pass
    rows.sort(key=lambda r: r["rel"])
    write_index(args.out, rows)
    counts = {}
    for r in rows:
        counts[r["source"]] = counts.get(r["source"], 0) + 1
    for s, n in sorted(counts.items()):
        print(f"{s:24} {n:6}")
    print(f"{'total':24} {len(rows):6}  programs in {args.out}")


def read_manifest():
    if not MANIFEST.exists():
        return []
    lines = MANIFEST.read_text().splitlines()
    return [dict(zip(COLUMNS, line.split("\t"))) for line in lines[1:] if line]


def write_manifest(rows):
    rows = sorted(rows, key=lambda r: (r["source"], r["path"]))
    lines = ["\t".join(COLUMNS)] + ["\t".join(r[c] for c in COLUMNS) for r in rows]
    MANIFEST.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
