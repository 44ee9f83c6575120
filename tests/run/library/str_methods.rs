// str searching with char, &str, char-set and closure patterns.
// String editing.
fn show<'a, I: Iterator<Item = &'a str>>(it: I) -> String {
    let v: Vec<&str> = it.collect();
    format!("{:?}", v)
}

fn main() {
    let s = "one, two,three  four";
    println!("{} {} {}", s.starts_with("one"), s.starts_with('o'), s.starts_with(char::is_uppercase));
    println!("{} {} {}", s.ends_with("four"), s.ends_with('r'), s.ends_with(|c: char| c.is_ascii_digit()));
    println!("{} {} {}", s.contains("two"), s.contains(','), s.contains(char::is_whitespace));
    println!("{} {}", s.contains(['x', 'z']), s.contains(&['t', 'w'][..]));
    println!("{:?} {:?} {:?}", s.find('t'), s.rfind('t'), s.rfind("o"));
    println!("{:?} {:?}", "banana".rfind("ana"), s.find(|c: char| c == 'w'));
    println!("{:?} {:?}", "prefix-rest".strip_prefix("prefix-"), "file.rs".strip_suffix(".rs"));
    println!("{:?} {:?}", "abc".strip_prefix('b'), "abc".strip_suffix("ab"));
    println!("[{}] [{}]", "xxabcxx".trim_start_matches('x'), "xxabcxx".trim_end_matches("x"));
    println!("[{}] [{}]", "123abc456".trim_matches(char::is_numeric), "--a-b--".trim_matches('-'));
    println!("{}", show(s.split_whitespace()));
    println!("{}", show(s.split(',')));
    println!("{}", show(s.splitn(2, ',')));
    println!("{}", show(s.rsplit(',')));
    println!("{}", show(s.rsplitn(2, ' ')));
    println!("{}", show("a-b_c".split(['-', '_'])));
    println!("{}", show("a\nb\n".split_terminator('\n')));
    println!("{}", show("aaa".rsplit("aa")));
    println!("{:?} {:?}", "k=v=w".split_once('='), "k=v=w".rsplit_once('='));
    println!("{}", show("abcXYZabc".matches("abc")));
    let idx: Vec<(usize, &str)> = "a1b22c".match_indices(|c: char| c.is_ascii_digit()).collect();
    println!("{:?}", idx);
    let ci: Vec<(usize, char)> = "aé b".char_indices().collect();
    println!("{:?}", ci);
    let bytes: Vec<u8> = "hé".bytes().collect();
    println!("{:?}", bytes);
    let rev: String = "stressed".chars().rev().collect();
    println!("{} {}", rev, "héllo".chars().rev().collect::<String>());
    println!("{} {}", "Ferris".eq_ignore_ascii_case("fERRIS"), "abc".is_ascii());

}
