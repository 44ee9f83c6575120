// A tokenizer over &str and a recursive-descent parser with precedence, errors as an enum.
use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Plus, Minus, Star, Slash, Caret, LParen, RParen }

#[derive(Debug, PartialEq)]
enum CalcError { BadChar(char, usize), UnexpectedEnd, Unexpected(Token), DivByZero }

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::BadChar(c, pos) => write!(f, "bad character {:?} at {}", c, pos),
            CalcError::UnexpectedEnd => write!(f, "unexpected end of input"),
            CalcError::Unexpected(t) => write!(f, "unexpected token {:?}", t),
            CalcError::DivByZero => write!(f, "division by zero"),
        }
    }
}

fn lex_number(first: char, it: &mut Peekable<Chars>) -> f64 {
    let mut s = String::new();
    s.push(first);
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() || c == '.' { s.push(c); it.next(); } else { break; }
    }
    s.parse().unwrap()
}

fn tokenize(src: &str) -> Result<Vec<Token>, CalcError> {
    let mut out = Vec::new();
    let mut it = src.chars().peekable();
    let mut pos = 0;
    while let Some(c) = it.next() {
        let tok = match c {
            ' ' | '\t' => { pos += 1; continue; }
            '0'..='9' | '.' => Token::Num(lex_number(c, &mut it)),
            '+' => Token::Plus,
            '-' => Token::Minus,
            '*' => Token::Star,
            '/' => Token::Slash,
            '^' => Token::Caret,
            '(' => Token::LParen,
            ')' => Token::RParen,
            other => return Err(CalcError::BadChar(other, pos)),
        };
        pos += 1;
        out.push(tok);
    }
    Ok(out)
}

struct Parser { toks: Vec<Token>, pos: usize }

impl Parser {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.pos) }
    fn next(&mut self) -> Option<Token> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn expr(&mut self) -> Result<f64, CalcError> {
        let mut v = self.term()?;
        while let Some(t) = self.peek() {
            match t {
                Token::Plus => { self.next(); v += self.term()?; }
                Token::Minus => { self.next(); v -= self.term()?; }
                _ => break,
            }
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, CalcError> {
        let mut v = self.power()?;
        loop {
            match self.peek() {
                Some(Token::Star) => { self.next(); v *= self.power()?; }
                Some(Token::Slash) => {
                    self.next();
                    let d = self.power()?;
                    if d == 0.0 { return Err(CalcError::DivByZero); }
                    v /= d;
                }
                _ => return Ok(v),
            }
        }
    }
    fn power(&mut self) -> Result<f64, CalcError> {
        let base = self.unary()?;
        if let Some(Token::Caret) = self.peek() {
            self.next();
            let exp = self.power()?;
            return Ok(base.powf(exp));
        }
        Ok(base)
    }
    fn unary(&mut self) -> Result<f64, CalcError> {
        match self.next() {
            Some(Token::Minus) => Ok(-self.unary()?),
            Some(Token::Num(n)) => Ok(n),
            Some(Token::LParen) => {
                let v = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(v),
                    Some(t) => Err(CalcError::Unexpected(t)),
                    None => Err(CalcError::UnexpectedEnd),
                }
            }
            Some(t) => Err(CalcError::Unexpected(t)),
            None => Err(CalcError::UnexpectedEnd),
        }
    }
}

fn eval(src: &str) -> Result<f64, CalcError> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks, pos: 0 };
    let v = p.expr()?;
    match p.next() {
        None => Ok(v),
        Some(t) => Err(CalcError::Unexpected(t)),
    }
}

fn main() {
    let inputs = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "3.5 * (2 - 0.5)",
        "1 / 0", "2 * (3 + 4", "7 $ 2", "4 4", "--3", "((((9))))", "",
    ];
    for src in inputs.iter() {
        match eval(src) {
            Ok(v) => println!("{:<18} => {}", src, v),
            Err(e) => println!("{:<18} => error: {}", src, e),
        }
    }
    assert_eq!(eval("2*3"), Ok(6.0));
    println!("{:?}", tokenize("1+(2)").unwrap());
}
