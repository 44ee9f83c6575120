// Iterators of Results and Options: collect/sum into Result, transpose, flatten, unzip, and main's Err exit.
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ConfigError { Int(ParseIntError), Float(ParseFloatError), Missing(&'static str), Range { key: String, value: i64 } }

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Int(e) => write!(f, "integer: {}", e),
            ConfigError::Float(e) => write!(f, "float: {}", e),
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::Range { key, value } => write!(f, "{} = {} is out of range", key, value),
        }
    }
}
impl Error for ConfigError {}
impl From<ParseIntError> for ConfigError { fn from(e: ParseIntError) -> Self { ConfigError::Int(e) } }
impl From<ParseFloatError> for ConfigError { fn from(e: ParseFloatError) -> Self { ConfigError::Float(e) } }

#[derive(Debug)]
struct Config { workers: i64, ratio: f64, name: String }

fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &'static str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key))
}

fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let pairs: Vec<(&str, &str)> = text.split(';').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.trim(), v.trim())).collect();
    let workers: i64 = lookup(&pairs, "workers")?.parse()?;
    if !(1..=64).contains(&workers) { return Err(ConfigError::Range { key: "workers".into(), value: workers }); }
    let ratio = lookup(&pairs, "ratio")?.parse::<f64>()?;
    let name = lookup(&pairs, "name").unwrap_or("default").to_string();
    Ok(Config { workers, ratio, name })
}

fn first_even_square(xs: &[&str]) -> Option<i64> {
    let n: i64 = xs.iter().find_map(|s| s.parse::<i64>().ok().filter(|n| n % 2 == 0))?;
    n.checked_mul(n)
}

fn main() -> Result<(), Box<dyn Error>> {
    for text in ["workers=8; ratio=0.75; name=fast", "workers=8;ratio=x", "ratio=1", "workers=100;ratio=1", "workers=3;ratio=2.5e-1"] {
        match parse_config(text) {
            Ok(c) => println!("ok   {:?}", c),
            Err(e) => println!("err  {} (source: {:?})", e, e.source().is_some()),
        }
    }
    let good = ["1", "2", "3", "40"];
    let bad = ["1", "two", "3", "-"];
    let sum_good: Result<i32, _> = good.iter().map(|s| s.parse::<i32>()).sum();
    let sum_bad: Result<i32, ParseIntError> = bad.iter().map(|s| s.parse::<i32>()).sum();
    println!("sums: {:?} / {:?}", sum_good, sum_bad.map_err(|e| e.to_string()));
    let all: Result<Vec<u8>, _> = good.iter().map(|s| s.parse::<u8>()).collect();
    let opts: Option<Vec<char>> = ["a", "bc", ""].iter().map(|s| s.chars().next()).collect();
    println!("collect: {:?} {:?}", all, opts);
    let (oks, errs): (Vec<_>, Vec<_>) = bad.iter().map(|s| s.parse::<i32>()).partition(|r| r.is_ok());
    let oks: Vec<i32> = oks.into_iter().map(Result::unwrap).collect();
    println!("partitioned: {:?} and {} errors", oks, errs.len());
    let maybe: Option<Result<i32, String>> = Some(Ok(5));
    let flipped: Result<Option<i32>, String> = maybe.transpose();
    println!("transpose: {:?}; flatten: {:?}", flipped, vec![Some(1), None, Some(3)].into_iter().flatten().collect::<Vec<_>>());
    let (names, lens): (Vec<&str>, Vec<usize>) = ["alpha", "be", "gamma"].iter().map(|s| (*s, s.len())).unzip();
    println!("unzip: {:?} {:?}", names, lens);
    println!("first even square: {:?} {:?} {:?}", first_even_square(&["x", "3", "14"]), first_even_square(&["1"]), first_even_square(&["4000000000"]));
    let nested = vec![Ok(vec![1, 2]), Err("boom"), Ok(vec![3])];
    let flat: Vec<i32> = nested.iter().flatten().flatten().copied().collect();
    println!("flattened oks: {:?}", flat);
    let total: i64 = ["10", "20", "x"].iter().filter_map(|s| s.parse::<i64>().ok()).chain(std::iter::once(5)).sum();
    println!("total {}", total);
    let value = Some("42").map(str::parse::<u32>).and_then(Result::ok).unwrap_or_default();
    println!("value {}", value);
    let cfg = parse_config("workers=2;ratio=0.5")?;
    println!("loaded {} with {} workers", cfg.name, cfg.workers);
    let port: u16 = "70000".parse()?;
    println!("unreachable {}", port);
    Ok(())
}
