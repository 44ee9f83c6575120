// char's escapes as a program that prints Rust literals and inspects text: escape_default,
// escape_debug and escape_unicode (their Display, Iterator, len and Debug), ASCII
// classification, digits in any radix, UTF-16 both ways, and char conversions with their errors.
use std::convert::TryFrom;
use std::error::Error;
use std::fmt;

/// A string as a Rust source literal would write it.
fn literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        out.extend(c.escape_default());
    }
    out.push('"');
    out
}

struct Shown<'a>(&'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for c in self.0.chars() {
            write!(f, "{}", c.escape_debug())?;
        }
        Ok(())
    }
}

fn classify(c: char) -> &'static str {
    match c {
        _ if c.is_ascii_digit() => "digit",
        _ if c.is_ascii_uppercase() => "upper",
        _ if c.is_ascii_lowercase() => "lower",
        _ if c.is_ascii_whitespace() => "space",
        _ if c.is_ascii_punctuation() => "punct",
        _ if c.is_ascii_control() => "control",
        _ if !c.is_ascii() => "non-ascii",
        _ => "other",
    }
}

fn to_radix(mut n: u32, radix: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(char::from_digit(n % radix, radix).unwrap());
        n /= radix;
    }
    digits.iter().rev().collect()
}

fn from_radix(s: &str, radix: u32) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| Some(acc * radix + c.to_digit(radix)?))
}

fn parse_code_point(s: &str) -> Result<char, Box<dyn Error>> {
    let hex = s.trim_start_matches("U+");
    let n = u32::from_str_radix(hex, 16)?;
    Ok(char::try_from(n)?)
}

fn main() {
    for s in ["plain", "tab\there", "quote \" and ' and \\", "line\nbreak\r", "café ñ", "nul\0bell\x07", "emoji 😀"] {
        println!("{}  |  {}", literal(s), Shown(s));
    }

    for c in ['a', '\n', '\'', '"', '\\', '\0', '\x7f', 'é', '\u{301}', '\u{200b}', '😀', '\u{10ffff}', ' '] {
        let d = c.escape_default();
        let g = c.escape_debug();
        let u = c.escape_unicode();
        println!("{:<12} {:<12} {:<12} {} {} {}", d.to_string(), g.to_string(), u.to_string(), d.len(), g.len(), u.len());
    }
    println!("{:?}", 'x'.escape_default());
    println!("{:?}", '\t'.escape_debug());
    let mut u = 'ß'.escape_unicode();
    println!("{:?} {:?} {:?} {}", u.next(), u.next(), u, u);
    println!("{:?}", '\u{1F980}'.escape_unicode().collect::<Vec<_>>());
    println!("{:?} {:?}", 'A'.escape_unicode().last(), 'q'.escape_default().count());
    let escaped: String = "a\u{301}b".chars().flat_map(char::escape_debug).collect();
    println!("{}", escaped);

    let text = "Hi, World 42!\t~é";
    let kinds: Vec<(char, &str)> = text.chars().map(|c| (c, classify(c))).collect();
    println!("{:?}", kinds);
    println!("{}", text.chars().filter(char::is_ascii_graphic).count());
    println!("{}", text.chars().filter(|c| c.is_ascii_hexdigit()).collect::<String>());
    println!("{}", text.chars().map(|c| c.to_ascii_uppercase()).collect::<String>());
    let mut up = 'ß'.to_uppercase();
    println!("{:?} {:?} {}", up, 'Σ'.to_lowercase(), up.len());
    println!("{:?}", up.next_back());
    println!("{:?} {}", up, up);
    let mut c = 'm';
    c.make_ascii_uppercase();
    println!("{} {} {}", c, 'Ä'.eq_ignore_ascii_case(&'ä'), 'Q'.eq_ignore_ascii_case(&'q'));

    for (n, radix) in [(255, 16), (255, 2), (1295, 36), (0, 7), (100, 10)] {
        let s = to_radix(n, radix);
        println!("{} in base {} = {} -> {:?}", n, radix, s, from_radix(&s, radix));
    }
    println!("{:?} {:?} {:?}", 'z'.to_digit(36), 'z'.to_digit(35), 'F'.to_digit(16));
    println!("{:?} {:?} {}", char::from_digit(9, 10), char::from_digit(10, 10), '7'.is_digit(8));

    // UTF-16
    let s = "A𝄞é€";
    let mut units = Vec::new();
    for c in s.chars() {
        let mut buf = [0u16; 2];
        units.extend_from_slice(c.encode_utf16(&mut buf));
        print!("{}:{} ", c, c.len_utf16());
    }
    println!("\n{:x?}", units);
    let back: String = char::decode_utf16(units.iter().copied()).map(|r| r.unwrap()).collect();
    println!("{} {}", back, back == s);
    let broken = [0x48u16, 0xD800, 0x49, 0xDC00, 0xD83D, 0xDE00];
    let lossy: String = char::decode_utf16(broken).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    println!("{}", lossy);
    for r in std::char::decode_utf16(broken) {
        match r {
            Ok(c) => print!("{:?} ", c),
            Err(e) => print!("[{} / {:#x}] ", e, e.unpaired_surrogate()),
        }
    }
    println!();
    println!("{:?}", char::decode_utf16([0xDD1Eu16, 0x61]).collect::<Vec<_>>());

    // conversions and their errors
    for s in ["U+41", "U+1F600", "U+D800", "U+110000", "U+zz"] {
        match parse_code_point(s) {
            Ok(c) => println!("{} -> {:?}", s, c),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
    println!("{:?} {:?}", char::from_u32(0x263A), char::from_u32(0xDFFF));
    println!("{:?} {:?}", u8::try_from('ÿ'), u8::try_from('Ā'));
    println!("{:?} {:?}", u16::try_from('€'), u16::try_from('😀').map_err(|e| e.to_string()));
    println!("{:?} {:?} {:?}", "x".parse::<char>(), "".parse::<char>(), "xy".parse::<char>());
    match "no".parse::<char>() {
        Ok(c) => println!("{}", c),
        Err(e) => println!("{}", e),
    }
    println!("{:?} {:#x} {:?}", char::MIN, char::MAX as u32, char::REPLACEMENT_CHARACTER);
    println!("{}", unsafe { char::from_u32_unchecked(0x2764) });
    let v: Vec<u32> = "abc".chars().map(u32::from).collect();
    println!("{:?} {:?}", v, char::from(98u8));
}
