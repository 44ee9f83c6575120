// Glob and tiny-regex matching with recursive slice patterns over bytes, plus a file-list filter.
fn glob(pattern: &[u8], text: &[u8]) -> bool {
    match (pattern, text) {
        ([], []) => true,
        ([b'*', rest @ ..], _) => glob(rest, text) || (!text.is_empty() && glob(pattern, &text[1..])),
        ([b'?', prest @ ..], [_, trest @ ..]) => glob(prest, trest),
        ([b'[', prest @ ..], [c, trest @ ..]) => match prest.iter().position(|&b| b == b']') {
            Some(end) => {
                let class = &prest[..end];
                let (negate, class) = match class { [b'!', rest @ ..] => (true, rest), _ => (false, class) };
                let hit = class.windows(3).any(|w| w[1] == b'-' && w[0] <= *c && *c <= w[2]) || class.contains(c);
                hit != negate && glob(&prest[end + 1..], trest)
            }
            None => false,
        },
        ([b'\\', p, prest @ ..], [c, trest @ ..]) => p == c && glob(prest, trest),
        ([p, prest @ ..], [c, trest @ ..]) => p == c && glob(prest, trest),
        _ => false,
    }
}

// Regex subset: literal, '.', '*', '+', '?', '^', '$' (Pike/Kernighan style).
fn re_match(re: &str, text: &str) -> Option<usize> {
    let re = re.as_bytes();
    let text = text.as_bytes();
    if let [b'^', rest @ ..] = re {
        return if match_here(rest, text) { Some(0) } else { None };
    }
    (0..=text.len()).find(|&i| match_here(re, &text[i..]))
}

fn match_here(re: &[u8], text: &[u8]) -> bool {
    match re {
        [] => true,
        [b'$'] => text.is_empty(),
        [c, b'*', rest @ ..] => match_star(*c, rest, text, 0),
        [c, b'+', rest @ ..] => match_star(*c, rest, text, 1),
        [c, b'?', rest @ ..] => {
            (matches_one(*c, text) && match_here(rest, &text[1..])) || match_here(rest, text)
        }
        [c, rest @ ..] => matches_one(*c, text) && match_here(rest, &text[1..]),
    }
}

fn matches_one(c: u8, text: &[u8]) -> bool {
    match text.first() { Some(&t) => c == b'.' || c == t, None => false }
}

fn match_star(c: u8, rest: &[u8], text: &[u8], min: usize) -> bool {
    let mut n = 0;
    loop {
        if n >= min && match_here(rest, &text[n..]) { return true; }
        if !matches_one(c, &text[n..]) { return false; }
        n += 1;
    }
}

fn main() {
    let files = ["main.rs", "lib.rs", "mod.rs", "README.md", "Cargo.toml", "build.rs", "test_1.rs", "test_22.rs",
                 "notes.txt", "a?b.txt", "data[1].csv", ".hidden"];
    for pat in ["*.rs", "test_?.rs", "*.[rt]*", "[!a-m]*", "*", "a\\?b.*", "data[[]1].csv", "*o*o*", ".*", "??????"] {
        let hits: Vec<&str> = files.iter().copied().filter(|f| glob(pat.as_bytes(), f.as_bytes())).collect();
        println!("{:<14} {:?}", pat, hits);
    }
    let cases = [("ab*c", "xxacxx"), ("^ab*c", "abbbc"), ("^ab*c", "xabc"), ("colou?r$", "my colour"), ("colou?r$", "colors"),
                 ("a.+z", "a-z"), ("a.+z", "az"), ("^$", ""), ("x*", "yyy"), ("s+i", "mississippi"), ("p+i$", "mississippi")];
    for (re, text) in cases {
        println!("/{}/ on {:<12} -> {:?}", re, format!("{:?}", text), re_match(re, text));
    }
    let words = "apple banana cherry avocado apricot blueberry".split(' ');
    let a_words: Vec<&str> = words.clone().filter(|w| re_match("^a.*o", w).is_some()).collect();
    let double: Vec<&str> = words.filter(|w| w.as_bytes().windows(2).any(|p| matches!(p, [x, y] if x == y))).collect();
    println!("a..o words {:?}; doubled letters {:?}", a_words, double);
}
