// A small expression parser whose errors are panics; `catch_unwind` turns them back into values.
use std::panic::{self, AssertUnwindSafe};

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser { src: src.as_bytes(), pos: 0, depth: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn expr(&mut self) -> i64 {
        let mut v = self.term();
        while let Some(op) = self.peek() {
            match op {
                b'+' => {
                    self.pos += 1;
                    v += self.term();
                }
                b'-' => {
                    self.pos += 1;
                    v -= self.term();
                }
                _ => break,
            }
        }
        v
    }

    fn term(&mut self) -> i64 {
        let mut v = self.atom();
        while let Some(b'*') | Some(b'/') = self.peek() {
            let op = self.src[self.pos];
            self.pos += 1;
            let rhs = self.atom();
            if op == b'*' {
                v *= rhs;
            } else {
                if rhs == 0 {
                    panic::panic_any(ParseError { at: self.pos, what: "division by zero" });
                }
                v /= rhs;
            }
        }
        v
    }

    fn atom(&mut self) -> i64 {
        match self.peek() {
            Some(b'(') => {
                self.pos += 1;
                self.depth += 1;
                let v = self.expr();
                if self.peek() != Some(b')') {
                    panic!("expected `)` at {}", self.pos);
                }
                self.pos += 1;
                self.depth -= 1;
                v
            }
            Some(c) if c.is_ascii_digit() => {
                let start = self.pos;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
                std::str::from_utf8(&self.src[start..self.pos]).unwrap().parse().unwrap()
            }
            Some(_) => panic!("unexpected character"),
            None => panic!("unexpected end of input"),
        }
    }
}

#[derive(Debug)]
struct ParseError {
    at: usize,
    what: &'static str,
}

fn describe(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("static message: {}", s)
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("formatted message: {}", s)
    } else if let Some(e) = payload.downcast_ref::<ParseError>() {
        format!("parse error {:?}", e)
    } else {
        "unknown payload".to_string()
    }
}

fn evaluate(src: &str) -> Result<i64, String> {
    let mut p = Parser::new(src);
    let r = panic::catch_unwind(AssertUnwindSafe(|| p.expr()));
    r.map_err(|e| format!("{} (depth {} when it failed)", describe(&*e), p.depth))
}

fn main() {
    // the hook sees every panic first; this one reports on stdout, with its location
    panic::set_hook(Box::new(|info| {
        let loc = info.location().unwrap();
        println!("hook: line {}: {}", loc.line(), info.payload_as_str().unwrap_or("<not a string>"));
    }));
    for src in ["1+2*3", "(4+5)*(2-7)", "8/(3-3)", "(1+2", "2*x", "", "((7))"] {
        match evaluate(src) {
            Ok(v) => println!("{:>12} = {}", src, v),
            Err(e) => println!("{:>12} : {}", src, e),
        }
    }
    let _ = panic::take_hook();

    // a caught panic can be sent on, without the hook running again
    let outer = panic::catch_unwind(|| {
        let level = 1;
        let inner = panic::catch_unwind(|| -> u32 { panic!("inner {}", level) });
        println!("inner caught: {}", inner.is_err());
        panic::resume_unwind(inner.unwrap_err());
    });
    println!("outer: {}", describe(&*outer.unwrap_err()));
    println!("panicking now? {}", std::thread::panicking());

    // a panicking thread's payload comes back from join
    let h = std::thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    println!("thread: {}", describe(&*h.join().unwrap_err()));
}
