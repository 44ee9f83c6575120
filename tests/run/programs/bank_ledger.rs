// Custom error enum with Display + Error, From conversions, `?`, and main returning Result.
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum LedgerError {
    Parse(ParseIntError),
    UnknownAccount(String),
    Insufficient { account: String, needed: u64, available: u64 },
    BadCommand(String),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::Parse(e) => write!(f, "parse error: {}", e),
            LedgerError::UnknownAccount(a) => write!(f, "unknown account '{}'", a),
            LedgerError::Insufficient { account, needed, available } => write!(
                f,
                "account {} has {} but needs {}",
                account, available, needed
            ),
            LedgerError::BadCommand(c) => write!(f, "bad command: {}", c),
        }
    }
}

impl Error for LedgerError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            LedgerError::Parse(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseIntError> for LedgerError {
    fn from(e: ParseIntError) -> Self { LedgerError::Parse(e) }
}

#[derive(Default)]
struct Bank { accounts: BTreeMap<String, u64>, log: Vec<String> }

impl Bank {
    fn balance_mut(&mut self, name: &str) -> Result<&mut u64, LedgerError> {
        self.accounts.get_mut(name).ok_or_else(|| LedgerError::UnknownAccount(name.to_string()))
    }
    fn withdraw(&mut self, name: &str, amount: u64) -> Result<(), LedgerError> {
        let bal = self.balance_mut(name)?;
        if *bal < amount {
            return Err(LedgerError::Insufficient { account: name.into(), needed: amount, available: *bal });
        }
        *bal -= amount;
        Ok(())
    }
    fn apply(&mut self, line: &str) -> Result<(), LedgerError> {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["open", name] => { self.accounts.insert(name.to_string(), 0); }
            ["deposit", name, amt] => { let a: u64 = amt.parse()?; *self.balance_mut(name)? += a; }
            ["withdraw", name, amt] => { let a = amt.parse()?; self.withdraw(name, a)?; }
            ["transfer", from, to, amt] => {
                let a: u64 = amt.parse()?;
                self.balance_mut(to)?;
                self.withdraw(from, a)?;
                *self.balance_mut(to)? += a;
            }
            _ => return Err(LedgerError::BadCommand(line.to_string())),
        }
        self.log.push(line.to_string());
        Ok(())
    }
}

fn run(script: &str) -> Result<Bank, Box<dyn Error>> {
    let mut bank = Bank::default();
    for (n, line) in script.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') { continue; }
        if let Err(e) = bank.apply(line) {
            println!("line {}: {}", n + 1, e);
            if let Some(src) = e.source() {
                println!("  caused by: {}", src);
            }
        }
    }
    let total: u64 = bank.accounts.values().sum();
    if total == 0 { return Err("empty bank".into()); }
    Ok(bank)
}

fn main() -> Result<(), Box<dyn Error>> {
    let script = "
        # set up
        open alice
        open bob
        deposit alice 100
        deposit bob 4x
        withdraw bob 10
        transfer alice bob 35
        transfer alice carol 5
        withdraw alice 70
        fly away
        deposit bob 7
    ";
    let bank = run(script)?;
    for (name, bal) in &bank.accounts {
        println!("{:>6}: {:>5}", name, bal);
    }
    println!("{} operations applied", bank.log.len());
    match run("open x\n") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("second run failed: {}", e),
    }
    let n: i32 = "12".parse()?;
    println!("parsed {}", n);
    Ok(())
}
