// String processing: UTF-8 aware slicing, char_indices, ciphers, run-length encoding, and palindromes.
fn caesar(s: &str, shift: u8) -> String {
    s.chars().map(|c| match c {
        'a'..='z' => ((c as u8 - b'a' + shift) % 26 + b'a') as char,
        'A'..='Z' => ((c as u8 - b'A' + shift) % 26 + b'A') as char,
        _ => c,
    }).collect()
}

fn rle_encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) { chars.next(); n += 1; }
        if n > 1 { out.push_str(&n.to_string()); }
        out.push(c);
    }
    out
}

fn rle_decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() { count.push(c); continue; }
        let n: usize = if count.is_empty() { 1 } else { count.parse().unwrap() };
        out.extend(std::iter::repeat(c).take(n));
        count.clear();
    }
    out
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn title_case(s: &str) -> String {
    s.split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ")
}

fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((idx, _)) => &s[..idx],
        None => s,
    }
}

fn main() {
    let msg = "Hello, World! Zebra xylophone.";
    let enc = caesar(msg, 3);
    println!("{}\n{}\n{}", msg, enc, caesar(&enc, 23));
    for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"] {
        let e = rle_encode(s);
        println!("{:>14} -> {:<10} -> {}", format!("{:?}", s), e, rle_decode(&e));
    }
    for s in ["A man, a plan, a canal: Panama", "No lemon, no melon", "Ferrite", "Ésope reste ici et se repose"] {
        println!("{:<32} palindrome={}", s, is_palindrome(s));
    }
    let unicode = "naïve café – 日本語 👍!";
    println!("bytes={} chars={} upper={}", unicode.len(), unicode.chars().count(), unicode.to_uppercase());
    for (i, c) in unicode.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("  byte {:>2}: {:?} U+{:04X} len {}", i, c, c as u32, c.len_utf8());
    }
    println!("truncate: {:?} {:?} {:?}", truncate_chars(unicode, 8), truncate_chars(unicode, 14), truncate_chars("ab", 5));
    println!("title: {}", title_case("the QUICK brown fOX"));
    let path = "/usr/local/lib/ferrite/std.rlib";
    println!("rsplit_once: {:?}", path.rsplit_once('/'));
    println!("rsplitn: {:?}", path.rsplitn(3, '/').collect::<Vec<_>>());
    println!("split_terminator: {:?}", "a;b;;c;".split_terminator(';').collect::<Vec<_>>());
    println!("trim_matches: {:?} {:?}", "xxhixx".trim_matches('x'), "  pad  ".trim_start());
    println!("find: {:?} {:?} {:?}", path.find("lib"), path.rfind("lib"), path.find(|c: char| c.is_uppercase()));
    println!("replace: {} | {}", "a-b-c-d".replacen('-', "+", 2), "aaa".replace("a", "bb"));
    let words = "one two  three   four";
    println!("split(' '): {:?}", words.split(' ').collect::<Vec<_>>());
    println!("strip: {:?} {:?}", "v1.2.3".strip_prefix('v'), "file.rs".strip_suffix(".txt"));
    let mut s = String::with_capacity(8);
    for (i, w) in ["alpha", "beta", "gamma"].iter().enumerate() {
        if i > 0 { s += ", "; }
        s.push_str(w);
    }
    s.insert(0, '[');
    s.push(']');
    println!("{} (len {}), pop={:?}, contains beta: {}", s, s.len(), s.clone().pop(), s.contains("beta"));
    let acronym: String = "portable network graphics".split_whitespace().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("acronym {}", acronym);
    println!("cmp: {:?} {:?} {}", "apple".cmp("banana"), "Zed".cmp("alpha"), "abc".eq_ignore_ascii_case("ABC"));
    println!("{:?}", &unicode[7..9]);
}
