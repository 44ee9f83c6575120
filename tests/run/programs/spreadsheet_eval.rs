// A tiny spreadsheet: cell references, formulas with SUM/ranges, memoised evaluation and cycle detection.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

#[derive(Debug, Clone)]
enum Cell { Num(f64), Text(String), Formula(String) }

#[derive(Debug, Clone, PartialEq)]
enum Value { Num(f64), Text(String), Err(String) }

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Num(n) if n.fract() == 0.0 => write!(f, "{:.0}", n),
            Value::Num(n) => write!(f, "{:.3}", n),
            Value::Text(s) => write!(f, "{}", s),
            Value::Err(e) => write!(f, "#{}", e),
        }
    }
}

fn parse_ref(s: &str) -> Option<(char, u32)> {
    let mut cs = s.chars();
    let col = cs.next().filter(|c| c.is_ascii_uppercase())?;
    let row = cs.as_str().parse().ok()?;
    Some((col, row))
}

struct Sheet { cells: BTreeMap<(char, u32), Cell>, cache: HashMap<(char, u32), Value> }

impl Sheet {
    fn set(&mut self, name: &str, raw: &str) {
        let key = parse_ref(name).expect("bad cell name");
        let cell = if let Some(f) = raw.strip_prefix('=') {
            Cell::Formula(f.to_string())
        } else if let Ok(n) = raw.parse() {
            Cell::Num(n)
        } else {
            Cell::Text(raw.to_string())
        };
        self.cells.insert(key, cell);
        self.cache.clear();
    }

    fn eval(&mut self, key: (char, u32), visiting: &mut HashSet<(char, u32)>) -> Value {
        if let Some(v) = self.cache.get(&key) { return v.clone(); }
        if !visiting.insert(key) { return Value::Err("CYCLE".into()); }
        let v = match self.cells.get(&key).cloned() {
            None => Value::Num(0.0),
            Some(Cell::Num(n)) => Value::Num(n),
            Some(Cell::Text(t)) => Value::Text(t),
            Some(Cell::Formula(f)) => self.formula(&f, visiting),
        };
        visiting.remove(&key);
        self.cache.insert(key, v.clone());
        v
    }

    fn term(&mut self, t: &str, visiting: &mut HashSet<(char, u32)>) -> Result<f64, String> {
        let t = t.trim();
        if let Some(inner) = t.strip_prefix("SUM(").and_then(|r| r.strip_suffix(')')) {
            let (a, b) = inner.split_once(':').ok_or("RANGE")?;
            let ((c1, r1), (c2, r2)) = (parse_ref(a).ok_or("REF")?, parse_ref(b).ok_or("REF")?);
            let mut total = 0.0;
            for c in c1..=c2 {
                for r in r1..=r2 {
                    match self.eval((c, r), visiting) {
                        Value::Num(n) => total += n,
                        Value::Text(_) => {}
                        Value::Err(e) => return Err(e),
                    }
                }
            }
            return Ok(total);
        }
        if let Ok(n) = t.parse::<f64>() { return Ok(n); }
        let key = parse_ref(t).ok_or_else(|| format!("NAME?{}", t))?;
        match self.eval(key, visiting) {
            Value::Num(n) => Ok(n),
            Value::Text(_) => Err("VALUE".into()),
            Value::Err(e) => Err(e),
        }
    }

    fn formula(&mut self, f: &str, visiting: &mut HashSet<(char, u32)>) -> Value {
        // Only + - * / left to right with no precedence: fine for a toy.
        let mut total = None;
        let mut op = '+';
        let mut start = 0;
        let chars: Vec<(usize, char)> = f.char_indices().collect();
        let mut depth = 0;
        for &(i, c) in chars.iter().chain(std::iter::once(&(f.len(), '+'))) {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                '+' | '-' | '*' | '/' if depth == 0 && i > start => {
                    let x = match self.term(&f[start..i], visiting) { Ok(x) => x, Err(e) => return Value::Err(e) };
                    let acc = total.unwrap_or(0.0);
                    total = Some(match op { '+' => acc + x, '-' => acc - x, '*' => acc * x, _ if x == 0.0 => return Value::Err("DIV/0".into()), _ => acc / x });
                    op = c;
                    start = i + 1;
                }
                _ => {}
            }
        }
        Value::Num(total.unwrap_or(0.0))
    }
}

fn main() {
    let mut s = Sheet { cells: BTreeMap::new(), cache: HashMap::new() };
    for (k, v) in [("A1", "10"), ("A2", "20"), ("A3", "12.5"), ("A4", "=SUM(A1:A3)"), ("B1", "=A4*2"), ("B2", "=B1/A1-1"),
                   ("B3", "price"), ("B4", "=B3+1"), ("C1", "=C2+1"), ("C2", "=C1+1"), ("C3", "=A1/0"), ("C4", "=Z9+X"),
                   ("D1", "=SUM(A1:B2)"), ("D2", "=D1-A4*3"), ("D3", "=SUM(A1:C1)")] {
        s.set(k, v);
    }
    let keys: Vec<(char, u32)> = s.cells.keys().copied().collect();
    for key in keys {
        let v = s.eval(key, &mut HashSet::new());
        let raw = match &s.cells[&key] { Cell::Formula(f) => format!("={}", f), other => format!("{:?}", other) };
        println!("{}{:<2} {:<18} {}", key.0, key.1, raw, v);
    }
    s.set("A1", "100");
    println!("after A1=100: A4={} B1={} D2={}", s.eval(('A', 4), &mut HashSet::new()), s.eval(('B', 1), &mut HashSet::new()), s.eval(('D', 2), &mut HashSet::new()));
    println!("cache size {}", s.cache.len());
}
