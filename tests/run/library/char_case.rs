// char classification with Unicode tables, full case mappings (char and str), ASCII helpers,
// digits and code point conversions.
fn main() {
    let samples = ['a', 'Z', '5', ' ', 'é', 'É', 'ß', 'ǅ', 'Σ', 'ς', 'ж', 'Ж', 'İ', 'ı', 'ﬁ', 'ŉ',
        '中', '٣', 'Ⅻ', '½', '\u{2028}', 'ª', 'ᾳ', 'ᾼ', 'ǰ', '\u{10d50}', '\u{1e900}', '\u{a7cb}',
        '\u{1c89}', '🎉', '\u{345}', '_', '\u{7f}', '\u{85}'];
    for c in samples {
        println!("{:x}: alpha={} num={} alnum={} lower={} upper={} ws={} ctrl={} up={} low={} n={} {}",
            c as u32, c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(), c.is_lowercase(),
            c.is_uppercase(), c.is_whitespace(), c.is_control(), c.to_uppercase(), c.to_lowercase(),
            c.to_uppercase().len(), c.len_utf8());
    }
    let up: Vec<char> = 'ﬃ'.to_uppercase().collect();
    let back: String = 'ﬃ'.to_uppercase().rev().collect();
    println!("{:?} {}", up, back);
    println!("{}", "Straße ǅemal ΣΑΣ όσος".to_uppercase());
    println!("{}", "ΌΣΟΣ ΣΑΣ. HELLO İstanbul".to_lowercase());
    println!("{} {}", "tschüß".to_uppercase(), "ÀÉÎÕÜ".to_lowercase());
    println!("{} {} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase(), 'é'.to_ascii_uppercase());
    println!("{} {} {}", 'f'.is_ascii_hexdigit(), '~'.is_ascii_graphic(), 'a'.eq_ignore_ascii_case(&'A'));
    println!("{:?} {:?} {:?}", 'z'.to_digit(36), '7'.to_digit(8), '8'.to_digit(8));
    println!("{:?} {:?} {:?}", char::from_digit(11, 16), std::char::from_digit(3, 10), char::from_digit(10, 10));
    println!("{:?} {:?} {:?}", char::from_u32(0x41), std::char::from_u32(0xD800), char::from_u32(0x1F600));
    let mut m = 'x';
    m.make_ascii_uppercase();
    println!("{} {}", m, 'ǲ'.is_alphabetic());
    let count = "Hello, Wörld! 123".chars().filter(|c| c.is_alphanumeric()).count();
    println!("{}", count);
}
