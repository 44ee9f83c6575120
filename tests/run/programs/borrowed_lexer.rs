// A lexer whose tokens borrow from the source (&'a str), with line/column tracking and keyword tables.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind { Keyword, Ident, Int, Float, Str, Op, Punct, Comment }

#[derive(Debug, Clone, Copy)]
struct Token<'a> { kind: Kind, text: &'a str, line: u32, col: u32 }

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:>2}:{:<3}{:<8}{}", self.line, self.col, format!("{:?}", self.kind), self.text)
    }
}

const KEYWORDS: &[&str] = &["fn", "let", "mut", "if", "else", "while", "return", "struct"];
const OPS: &[&str] = &["==", "!=", "<=", ">=", "->", "&&", "||", "+=", "+", "-", "*", "/", "=", "<", ">", "!"];

struct Lexer<'a> { src: &'a str, pos: usize, line: u32, col: u32 }

#[derive(Debug)]
struct LexError { line: u32, col: u32, msg: String }

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self { Lexer { src, pos: 0, line: 1, col: 1 } }
    fn rest(&self) -> &'a str { &self.src[self.pos..] }
    fn advance(&mut self, n: usize) -> &'a str {
        let s = &self.src[self.pos..self.pos + n];
        for c in s.chars() {
            if c == '\n' { self.line += 1; self.col = 1; } else { self.col += 1; }
        }
        self.pos += n;
        s
    }
    fn span_while<F: Fn(char) -> bool>(&self, f: F) -> usize {
        self.rest().char_indices().find(|&(_, c)| !f(c)).map_or(self.rest().len(), |(i, _)| i)
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Result<Token<'a>, LexError>;
    fn next(&mut self) -> Option<Self::Item> {
        let ws = self.span_while(char::is_whitespace);
        self.advance(ws);
        let c = self.rest().chars().next()?;
        let (line, col) = (self.line, self.col);
        let (kind, len) = if self.rest().starts_with("//") {
            (Kind::Comment, self.span_while(|c| c != '\n'))
        } else if c.is_alphabetic() || c == '_' {
            let n = self.span_while(|c| c.is_alphanumeric() || c == '_');
            (if KEYWORDS.contains(&&self.rest()[..n]) { Kind::Keyword } else { Kind::Ident }, n)
        } else if c.is_ascii_digit() {
            let n = self.span_while(|c| c.is_ascii_digit() || c == '.' || c == '_');
            (if self.rest()[..n].contains('.') { Kind::Float } else { Kind::Int }, n)
        } else if c == '"' {
            match self.rest()[1..].find('"') {
                Some(end) => (Kind::Str, end + 2),
                None => {
                    self.advance(self.rest().len());
                    return Some(Err(LexError { line, col, msg: "unterminated string".into() }));
                }
            }
        } else if let Some(op) = OPS.iter().find(|op| self.rest().starts_with(**op)) {
            (Kind::Op, op.len())
        } else if "(){}[];,:.".contains(c) {
            (Kind::Punct, c.len_utf8())
        } else {
            self.advance(c.len_utf8());
            return Some(Err(LexError { line, col, msg: format!("unexpected {:?}", c) }));
        };
        let text = self.advance(len);
        Some(Ok(Token { kind, text, line, col }))
    }
}

fn main() {
    let src = "fn area(w: f64, h: f64) -> f64 {\n    // compute it\n    let mut a = w * h;\n    if a >= 100.0 && w != h { a += 1_000; }\n    return a;\n}\nlet s = \"héllo wörld\"; let x = 3 @ 4;\nlet bad = \"oops";
    let mut tokens = Vec::new();
    let mut errors = Vec::new();
    for r in Lexer::new(src) {
        match r { Ok(t) => tokens.push(t), Err(e) => errors.push(e) }
    }
    for t in tokens.iter().take(14) { println!("{}", t); }
    println!("... {} tokens total", tokens.len());
    let mut by_kind: BTreeMap<Kind, Vec<&str>> = BTreeMap::new();
    for t in &tokens { by_kind.entry(t.kind).or_default().push(t.text); }
    for (k, v) in &by_kind {
        let mut uniq = v.clone();
        uniq.sort_unstable();
        uniq.dedup();
        println!("{:<8} {:>2} {:?}", format!("{:?}", k), v.len(), uniq);
    }
    for e in &errors { println!("error at {}:{}: {}", e.line, e.col, e.msg); }
    let longest: Option<&Token> = tokens.iter().filter(|t| t.kind == Kind::Ident).max_by_key(|t| (t.text.len(), std::cmp::Reverse(t.line)));
    println!("longest ident: {:?}", longest.map(|t| t.text));
    let per_line = tokens.iter().fold(BTreeMap::new(), |mut m, t| { *m.entry(t.line).or_insert(0) += 1; m });
    println!("tokens per line: {:?}", per_line);
    let strs: Vec<&str> = tokens.iter().filter(|t| t.kind == Kind::Str).map(|t| t.text.trim_matches('"')).collect();
    println!("strings: {:?} ({} chars)", strs, strs.iter().map(|s| s.chars().count()).sum::<usize>());
}
