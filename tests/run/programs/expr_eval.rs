// A lexer and recursive-descent evaluator: enums with data, Result with ?, Box<dyn Error>, HashMap, slices.
use std::collections::HashMap;
use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Ident(String), Op(char), LParen, RParen }

#[derive(Debug)]
enum ParseError { Unexpected(char, usize), Eof, Unknown(String) }

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Unexpected(c, i) => write!(f, "unexpected {:?} at {}", c, i),
            ParseError::Eof => write!(f, "unexpected end"),
            ParseError::Unknown(s) => write!(f, "unknown variable {}", s),
        }
    }
}
impl Error for ParseError {}

fn lex(src: &str) -> Result<Vec<Token>, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => { i += 1; }
            '0'..='9' | '.' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') { i += 1; }
                let s: String = chars[start..i].iter().collect();
                out.push(Token::Num(s.parse().map_err(|_| ParseError::Unexpected(c, start))?));
            }
            'a'..='z' | 'A'..='Z' => {
                let start = i;
                while i < chars.len() && chars[i].is_alphanumeric() { i += 1; }
                out.push(Token::Ident(chars[start..i].iter().collect()));
            }
            '+' | '-' | '*' | '/' => { out.push(Token::Op(c)); i += 1; }
            '(' => { out.push(Token::LParen); i += 1; }
            ')' => { out.push(Token::RParen); i += 1; }
            other => return Err(ParseError::Unexpected(other, i)),
        }
    }
    Ok(out)
}

struct Parser<'a> { toks: &'a [Token], pos: usize, vars: &'a HashMap<String, f64> }

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.pos) }
    fn next(&mut self) -> Option<Token> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }
    fn expr(&mut self) -> Result<f64, ParseError> {
        let mut v = self.term()?;
        while let Some(Token::Op(op)) = self.peek() {
            let op = *op;
            if op != '+' && op != '-' { break; }
            self.next();
            let r = self.term()?;
            v = if op == '+' { v + r } else { v - r };
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, ParseError> {
        let mut v = self.atom()?;
        loop {
            match self.peek() {
                Some(Token::Op('*')) => { self.next(); v *= self.atom()?; }
                Some(Token::Op('/')) => { self.next(); v /= self.atom()?; }
                _ => break,
            }
        }
        Ok(v)
    }
    fn atom(&mut self) -> Result<f64, ParseError> {
        match self.next().ok_or(ParseError::Eof)? {
            Token::Num(n) => Ok(n),
            Token::Ident(name) => self.vars.get(&name).copied().ok_or_else(|| ParseError::Unknown(name.clone())),
            Token::LParen => { let v = self.expr()?; match self.next() { Some(Token::RParen) => Ok(v), _ => Err(ParseError::Eof) } }
            Token::Op('-') => Ok(-self.atom()?),
            t => Err(ParseError::Unexpected(format!("{:?}", t).chars().next().unwrap(), self.pos)),
        }
    }
}

fn eval(src: &str, vars: &HashMap<String, f64>) -> Result<f64, Box<dyn Error>> {
    let toks = lex(src)?;
    let mut p = Parser { toks: &toks, pos: 0, vars };
    let v = p.expr()?;
    if p.pos < toks.len() { return Err(Box::new(ParseError::Eof)); }
    Ok(v)
}

fn main() {
    let mut vars = HashMap::new();
    vars.insert("x".to_string(), 3.0);
    vars.insert("pi".to_string(), 3.14159);
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 1", "pi * 2", "-x + 10 / 4", "2 * y", "3 $ 4", "(1 + 2"] {
        match eval(src, &vars) {
            Ok(v) => println!("{:>12} = {:.3}", src, v),
            Err(e) => println!("{:>12} ! {}", src, e),
        }
    }
}
