// Roman numeral conversion both ways with TryFrom, FromStr, a custom error and round-trip checks.
use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Roman(u16);

#[derive(Debug, PartialEq)]
enum RomanError { OutOfRange(i64), Empty, BadDigit(char), NonCanonical(String) }

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{} is outside 1..=3999", n),
            RomanError::Empty => f.write_str("empty numeral"),
            RomanError::BadDigit(c) => write!(f, "'{}' is not a roman digit", c),
            RomanError::NonCanonical(s) => write!(f, "{} is not written canonically", s),
        }
    }
}

impl std::error::Error for RomanError {}

const TABLE: [(u16, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

impl TryFrom<i64> for Roman {
    type Error = RomanError;
    fn try_from(n: i64) -> Result<Self, Self::Error> {
        if (1..=3999).contains(&n) { Ok(Roman(n as u16)) } else { Err(RomanError::OutOfRange(n)) }
    }
}

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut n = self.0;
        let mut s = String::new();
        for &(v, sym) in TABLE.iter() {
            while n >= v {
                s.push_str(sym);
                n -= v;
            }
        }
        f.pad(&s)
    }
}

fn digit(c: char) -> Result<u16, RomanError> {
    Ok(match c {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000,
        other => return Err(RomanError::BadDigit(other)),
    })
}

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() { return Err(RomanError::Empty); }
        let values = s.chars().map(|c| digit(c.to_ascii_uppercase())).collect::<Result<Vec<u16>, _>>()?;
        let mut total: i64 = 0;
        let mut iter = values.iter().peekable();
        while let Some(&v) = iter.next() {
            match iter.peek() {
                Some(&&next) if next > v => total -= v as i64,
                _ => total += v as i64,
            }
        }
        let r = Roman::try_from(total)?;
        if r.to_string() != s.to_ascii_uppercase() {
            return Err(RomanError::NonCanonical(s.to_string()));
        }
        Ok(r)
    }
}

impl From<Roman> for u16 {
    fn from(r: Roman) -> u16 { r.0 }
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5] {
        match Roman::try_from(n) {
            Ok(r) => println!("{:>5} -> [{:<12}] [{:>12}]", n, r, r),
            Err(e) => println!("{:>5} -> error: {}", n, e),
        }
    }
    for s in ["XIV", "mcmxcix", "IIII", "IC", "", "XLII", "ABC", "MMMM"] {
        let parsed: Result<Roman, _> = s.parse();
        match parsed {
            Ok(r) => println!("{:>8} = {} (u16 {})", s, r.0, u16::from(r)),
            Err(e) => println!("{:>8} : {}", s, e),
        }
    }
    let all_ok = (1..=3999).all(|n| {
        let r = Roman::try_from(n).unwrap();
        r.to_string().parse::<Roman>() == Ok(r)
    });
    println!("round trip 1..=3999: {}", all_ok);
    let longest = (1..=3999i64).map(|n| Roman::try_from(n).unwrap()).max_by_key(|r| (r.to_string().len(), r.0)).unwrap();
    println!("longest numeral: {} = {}", longest, longest.0);
    let mut years: Vec<Roman> = ["MMXX", "MCMLXX", "MM", "CMXC"].iter().map(|s| s.parse().unwrap()).collect();
    years.sort();
    println!("{:?}", years.iter().map(|r| r.to_string()).collect::<Vec<_>>());
    let boxed: Box<dyn std::error::Error> = Box::new("Q".parse::<Roman>().unwrap_err());
    println!("boxed error: {}", boxed);
}
