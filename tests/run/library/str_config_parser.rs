// A small INI-style configuration parser over &str: sections, key = value pairs with typed
// values (bool, integers, lists), comments, quoted strings, and error reporting.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Bool(bool),
    Int(i64),
    List(Vec<String>),
    Text(String),
}

#[derive(Debug)]
enum ConfigError {
    MissingEquals { line: usize },
    BadSection { line: usize, text: String },
    EmptyKey { line: usize },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingEquals { line } => write!(f, "line {}: expected `key = value`", line),
            ConfigError::BadSection { line, text } => write!(f, "line {}: bad section header {:?}", line, text),
            ConfigError::EmptyKey { line } => write!(f, "line {}: empty key", line),
        }
    }
}

impl FromStr for Value {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Value, Self::Err> {
        if let Ok(b) = s.parse::<bool>() {
            return Ok(Value::Bool(b));
        }
        if let Ok(n) = s.parse::<i64>() {
            return Ok(Value::Int(n));
        }
        if let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            let items = inner.split(',').map(str::trim).filter(|i| !i.is_empty()).map(String::from).collect();
            return Ok(Value::List(items));
        }
        let unquoted = s.trim_matches('"');
        Ok(Value::Text(unquoted.to_string()))
    }
}

fn parse(text: &str) -> Result<BTreeMap<String, BTreeMap<String, Value>>, ConfigError> {
    let mut out: BTreeMap<String, BTreeMap<String, Value>> = BTreeMap::new();
    let mut section = String::from("general");
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        // a comment runs from `#` or `;` to the end of the line
        let line = match raw.find(['#', ';']) {
            Some(at) => &raw[..at],
            None => raw,
        };
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                Some(name) if !name.trim().is_empty() => section = name.trim().to_lowercase(),
                _ => return Err(ConfigError::BadSection { line: line_no, text: line.to_string() }),
            }
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(ConfigError::MissingEquals { line: line_no })?;
        let key = key.trim_end();
        if key.is_empty() {
            return Err(ConfigError::EmptyKey { line: line_no });
        }
        let value: Value = value.trim_start().parse().unwrap();
        out.entry(section.clone()).or_default().insert(key.to_string(), value);
    }
    Ok(out)
}

const SAMPLE: &str = "\
# sample configuration
name = \"demo app\"
verbose = true

[Server]
host = example.org   ; the host
port = 8080
tls = false
paths = [ /, /api , /static ]

[ limits ]
max_conn=250
ratio = 3.5
";

fn main() {
    match parse(SAMPLE) {
        Ok(cfg) => {
            for (section, entries) in &cfg {
                println!("[{}]", section);
                for (k, v) in entries {
                    println!("  {:<8} = {:?}", k, v);
                }
            }
            let port = match cfg.get("server").and_then(|s| s.get("port")) {
                Some(Value::Int(p)) => *p,
                _ => 80,
            };
            println!("port + 1 = {}", port + 1);
        }
        Err(e) => println!("error: {}", e),
    }
    for bad in ["[unclosed\nx = 1", "just words", "[]", " = 3"] {
        match parse(bad) {
            Ok(_) => println!("parsed {:?}", bad),
            Err(e) => println!("{:?} -> {} / {:?}", bad, e, e),
        }
    }
    for word in ["true", "false", "True", " true", "yes"] {
        match word.parse::<bool>() {
            Ok(b) => println!("{:?} is {}", word, b),
            Err(e) => println!("{:?}: {} ({:?})", word, e, e),
        }
    }
    let s: String = "already a string".parse().unwrap();
    println!("{}", s);
}
