// Decoding bytes: str::from_utf8 and String::from_utf8 with std's error values and messages,
// from_utf8_lossy, Utf8Chunks, UTF-16 both ways, and the escape iterators of str.

use std::borrow::Cow;
use std::error::Error;

fn describe(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => format!("ok {:?}", s),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap();
            format!("{} (valid prefix {:?}, error_len {:?})", e, valid, e.error_len())
        }
    }
}

fn decode_all(chunks: &[&[u8]]) -> Result<Vec<String>, Box<dyn Error>> {
    let mut out = Vec::new();
    for c in chunks {
        out.push(String::from_utf8(c.to_vec())?);
    }
    Ok(out)
}

fn main() {
    let samples: [&[u8]; 9] = [
        b"plain ascii",
        "caf\u{e9} \u{1f600}".as_bytes(),
        b"bad \xff byte",
        b"cut \xe2\x82",
        b"\xc3\x28",
        b"\xe0\x80\x80",
        b"\xed\xa0\x80",
        b"\xf4\x90\x80\x80",
        b"\xf0\x9f\x98",
    ];
    for s in samples.iter() {
        println!("{}", describe(s));
        let lossy = String::from_utf8_lossy(s);
        let how = match lossy {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("  lossy ({}): {}", how, lossy);
        let chunks: Vec<String> = s.utf8_chunks().map(|c| format!("{:?}+{:?}", c.valid(), c.invalid())).collect();
        println!("  chunks: {}", chunks.join(" "));
    }
    match decode_all(&[b"one", b"tw\xc0o"]) {
        Ok(v) => println!("{:?}", v),
        Err(e) => println!("error: {}", e),
    }
    let err = String::from_utf8(vec![b'o', b'k', 0x80]).unwrap_err();
    println!("{:?}", err);
    println!("{} {:?} {:?}", err, err.utf8_error(), err.as_bytes());
    let bytes = err.into_bytes();
    println!("{:?} {:?}", bytes, String::from_utf8(bytes.clone()).is_ok());
    let mut owned = vec![b'a', b'b'];
    if let Ok(s) = std::str::from_utf8_mut(&mut owned) {
        s.make_ascii_uppercase();
    }
    println!("{:?}", owned);
    println!("{:?}", String::try_from(vec![240, 159, 166, 128]));

    let text = "Grüße, 世界 𝄞!";
    let units: Vec<u16> = text.encode_utf16().collect();
    println!("{} chars, {} bytes, {} utf-16 units", text.chars().count(), text.len(), units.len());
    println!("{:?}", &units[..4]);
    println!("{:?}", String::from_utf16(&units).as_deref());
    let broken = [0x48u16, 0xD800, 0x69, 0xDFFF];
    match String::from_utf16(&broken) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{} / {:?} / lossy {:?}", e, e, String::from_utf16_lossy(&broken)),
    }

    let raw = "tab\there \"quoted\" it's\n\u{7f}\u{301}é\u{200b}";
    println!("{}", raw.escape_debug());
    println!("{}", raw.escape_default());
    println!("{}", "ab\u{e9}".escape_unicode());
    println!("{:?}", raw);
    println!("{}", "\u{301}x\u{301}".escape_debug());
    let escaped: String = "line1\nline2".escape_default().collect();
    println!("{} ({} chars)", escaped, "line1\nline2".escape_default().count());
    println!("{}", b"bytes\x00\xfe\"".escape_ascii());
    println!("{:?}", ["nbsp\u{a0}", "bell\u{7}", "ok"]);
}
