// {:?} of str and char escapes what rustc escapes: quotes, backslashes, controls, unprintables, grapheme extenders.
fn main() {
    println!("{:?} {:?} {:?} {:?}", "tab\there \"q\" back\\slash é ü 日本", '\'', '"', '\u{10ffff}');
    println!("{:?} {:?} {:?}", "\u{7f}\u{0}\u{200b}x\u{301}", '\u{301}', "\u{301}a");
    println!("{:?}", vec!["a\nb", "c\u{1b}"]);
}
