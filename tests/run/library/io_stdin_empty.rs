// Reading standard input when there is none (the test harness gives programs an empty stdin).
use std::io::{self, BufRead, Read};

fn main() {
    let mut line = String::new();
    let n = io::stdin().read_line(&mut line).expect("read_line");
    println!("read_line: {} {:?}", n, line);
    let count = io::stdin().lock().lines().count();
    println!("lines: {}", count);
    let mut all = Vec::new();
    io::stdin().read_to_end(&mut all).unwrap();
    println!("bytes: {}", all.len());
    let mut it = BufRead::split("x=1;y=2;;z".as_bytes(), b';');
    while let Some(Ok(piece)) = it.next() {
        println!("{:?}", String::from_utf8_lossy_stand_in(&piece));
    }
}

trait Lossy {
    fn from_utf8_lossy_stand_in(b: &[u8]) -> String;
}

impl Lossy for String {
    fn from_utf8_lossy_stand_in(b: &[u8]) -> String {
        b.iter().map(|c| *c as char).collect()
    }
}
