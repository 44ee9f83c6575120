// A text buffer over String: drain, replace_range, extend_from_within, insert/remove at char
// boundaries, indexing by ranges, boxed strings, and the conversions between them.

use std::fmt::Write;

struct Buffer {
    text: String,
    undo: Vec<String>,
}

impl Buffer {
    fn new(s: &str) -> Buffer {
        Buffer { text: s.to_string(), undo: Vec::new() }
    }

    fn save(&mut self) {
        self.undo.push(self.text.clone());
    }

    fn replace_word(&mut self, from: &str, to: &str) -> bool {
        match self.text.find(from) {
            Some(at) => {
                self.save();
                self.text.replace_range(at..at + from.len(), to);
                true
            }
            None => false,
        }
    }

    fn cut_line(&mut self, n: usize) -> Option<String> {
        let start = self.text.split_inclusive('\n').take(n).map(str::len).sum::<usize>();
        let len = self.text[start..].split_inclusive('\n').next()?.len();
        self.save();
        Some(self.text.drain(start..start + len).collect())
    }

    fn duplicate_last_line(&mut self) {
        let trimmed = self.text.trim_end_matches('\n').len();
        let start = self.text[..trimmed].rfind('\n').map(|i| i + 1).unwrap_or(0);
        self.save();
        self.text.extend_from_within(start..);
    }

    fn undo(&mut self) {
        if let Some(prev) = self.undo.pop() {
            self.text = prev;
        }
    }
}

fn main() {
    let mut b = Buffer::new("first line\nsecond line\nthird line\n");
    println!("{}", b.replace_word("second", "2nd"));
    println!("{}", b.replace_word("fourth", "4th"));
    print!("{}", b.text);
    println!("cut: {:?}", b.cut_line(1));
    println!("cut: {:?}", b.cut_line(5));
    b.duplicate_last_line();
    print!("{}", b.text);
    b.undo();
    b.undo();
    print!("{}", b.text);

    let mut s = String::from("héllo wörld");
    let word: String = s.drain(..6).collect();
    println!("{:?} {:?}", word, s);
    {
        let mut d = s.drain(1..);
        println!("{:?} {:?} {:?}", d.next(), d.next_back(), d.as_str());
    }
    println!("{:?}", s);
    let mut t = String::from("abc");
    t.insert(1, 'ß');
    t.insert_str(0, ">> ");
    println!("{}", t);
    let removed = t.remove(4);
    println!("{:?} {}", removed, t);
    t.truncate(4);
    let popped = t.pop();
    println!("{:?} {:?}", t, popped);
    t.retain(|c| c != ' ');
    println!("{:?}", t);

    let mut greeting = String::with_capacity(32);
    write!(greeting, "{}-{:03}", "id", 7).unwrap();
    greeting += "!";
    println!("{} {} {}", greeting, &greeting[..2], &greeting[3..=5]);
    let upper = &mut greeting[..2];
    upper.make_ascii_uppercase();
    println!("{} {}", greeting, greeting.get(10..).is_none());
    let needle = String::from("D-0");
    println!("{:?} {}", greeting.find(&needle), greeting.contains(&needle));
    println!("{:?}", greeting.split_once(&needle));

    let boxed: Box<str> = greeting.clone().into_boxed_str();
    let back: String = boxed.clone().into_string();
    let from_box = String::from(boxed);
    println!("{} {} {}", back, from_box, back == from_box);
    let bytes: Box<[u8]> = Box::<str>::from("xyz").into_boxed_bytes();
    println!("{:?}", bytes);
    let static_str: &'static str = String::from("leaked").leak();
    println!("{}", static_str);
    let parts: Vec<String> = "a b c".split(' ').map(String::from).collect();
    let joined: String = parts.concat();
    let boxed_parts: String = vec![Box::<str>::from("x"), Box::<str>::from("y")].into_iter().collect();
    println!("{} {} {}", joined, boxed_parts, parts.join("+"));
    let parsed: Result<String, _> = "anything".parse::<String>();
    println!("{:?}", parsed);
    let mut shrink = String::with_capacity(50);
    shrink.push_str("short");
    shrink.shrink_to_fit();
    println!("{} {}", shrink.capacity() >= shrink.len(), shrink);
}
