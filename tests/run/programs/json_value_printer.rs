// A JSON-like value enum with a small recursive parser, a pretty printer and {:#?} output.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value { Null, Bool(bool), Num(f64), Str(String), Arr(Vec<Value>), Obj(BTreeMap<String, Value>) }

struct Parser<'a> { src: &'a [u8], pos: usize }

impl<'a> Parser<'a> {
    fn ws(&mut self) { while self.pos < self.src.len() && (self.src[self.pos] as char).is_whitespace() { self.pos += 1; } }
    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.src.get(self.pos) == Some(&c) { self.pos += 1; Ok(()) }
        else { Err(format!("expected '{}' at {}", c as char, self.pos)) }
    }
    fn value(&mut self) -> Result<Value, String> {
        self.ws();
        match self.src.get(self.pos).copied() {
            None => Err("unexpected end".into()),
            Some(b'n') => self.word("null", Value::Null),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'"') => Ok(Value::Str(self.string()?)),
            Some(b'[') => {
                self.pos += 1;
                let mut items = vec![];
                self.ws();
                if self.src.get(self.pos) == Some(&b']') { self.pos += 1; return Ok(Value::Arr(items)); }
                loop {
                    items.push(self.value()?);
                    self.ws();
                    match self.src.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => { self.pos += 1; return Ok(Value::Arr(items)); }
                        _ => return Err(format!("bad array at {}", self.pos)),
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut map = BTreeMap::new();
                loop {
                    self.ws();
                    let key = self.string()?;
                    self.eat(b':')?;
                    let v = self.value()?;
                    map.insert(key, v);
                    self.ws();
                    match self.src.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => { self.pos += 1; return Ok(Value::Obj(map)); }
                        _ => return Err(format!("bad object at {}", self.pos)),
                    }
                }
            }
            Some(c) if c == b'-' || c.is_ascii_digit() => {
                let start = self.pos;
                self.pos += 1;
                while self.pos < self.src.len() && matches!(self.src[self.pos], b'0'..=b'9' | b'.' | b'e' | b'-') { self.pos += 1; }
                let text = std::str::from_utf8(&self.src[start..self.pos]).unwrap();
                text.parse().map(Value::Num).map_err(|e| format!("{}: {:?}", e, text))
            }
            Some(c) => Err(format!("unexpected '{}' at {}", c as char, self.pos)),
        }
    }
    fn word(&mut self, w: &str, v: Value) -> Result<Value, String> {
        if self.src[self.pos..].starts_with(w.as_bytes()) { self.pos += w.len(); Ok(v) } else { Err(format!("bad literal at {}", self.pos)) }
    }
    fn string(&mut self) -> Result<String, String> {
        if self.src.get(self.pos) != Some(&b'"') { return Err(format!("expected string at {}", self.pos)); }
        let end = self.src[self.pos + 1..].iter().position(|&b| b == b'"').ok_or("unterminated string")?;
        let s = String::from_utf8_lossy(&self.src[self.pos + 1..self.pos + 1 + end]).into_owned();
        self.pos += end + 2;
        Ok(s)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Num(n) => write!(f, "{}", n),
            Value::Str(s) => write!(f, "{:?}", s),
            Value::Arr(items) => {
                write!(f, "[")?;
                for (i, it) in items.iter().enumerate() {
                    if i > 0 { write!(f, ",")?; }
                    write!(f, "{}", it)?;
                }
                write!(f, "]")
            }
            Value::Obj(m) => {
                let parts: Vec<String> = m.iter().map(|(k, v)| format!("{:?}:{}", k, v)).collect();
                write!(f, "{{{}}}", parts.join(","))
            }
        }
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Arr(xs) => 1 + xs.iter().map(depth).max().unwrap_or(0),
        Value::Obj(m) => 1 + m.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fn main() {
    let docs = [
        r#"{"name": "ferrite", "version": 1.5, "tags": ["rust", "java"], "stable": false, "extra": null}"#,
        r#"[1, -2.5, 3e2, [], [[true]]]"#,
        r#"{"a": {"b": {"c": [1, 2, {"d": "deep"}]}}}"#,
        r#"[1, 2"#, r#"{"k" 1}"#, r#"nul"#, r#"[1.2.3]"#,
    ];
    for d in docs {
        let mut p = Parser { src: d.as_bytes(), pos: 0 };
        match p.value() {
            Ok(v) => println!("ok depth={} {}", depth(&v), v),
            Err(e) => println!("error: {}", e),
        }
    }
    let mut p = Parser { src: br#"{"x": [1, "two"], "y": {"z": null}}"#, pos: 0 };
    let v = p.value().unwrap();
    println!("{:#?}", v);
    if let Value::Obj(m) = &v {
        println!("keys: {:?}", m.keys().collect::<Vec<_>>());
    }
}
