// Shared accounts via Rc<RefCell<dyn Account>>, trait objects with default methods, and a final panic.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind { Checking, Savings }

trait Account: fmt::Debug {
    fn id(&self) -> u32;
    fn balance(&self) -> i64;
    fn kind(&self) -> Kind;
    fn deposit(&mut self, amount: i64);
    fn withdraw(&mut self, amount: i64) -> Result<(), String>;
    fn month_end(&mut self) {}
    fn summary(&self) -> String { format!("#{} {:?} {:>8}", self.id(), self.kind(), fmt_cents(self.balance())) }
}

fn fmt_cents(c: i64) -> String { format!("{}{}.{:02}", if c < 0 { "-" } else { "" }, c.abs() / 100, c.abs() % 100) }

#[derive(Debug)]
struct Checking { id: u32, balance: i64, overdraft: i64, fees: i64 }
#[derive(Debug)]
struct Savings { id: u32, balance: i64, rate_bp: i64, withdrawals: u8 }

impl Account for Checking {
    fn id(&self) -> u32 { self.id }
    fn balance(&self) -> i64 { self.balance }
    fn kind(&self) -> Kind { Kind::Checking }
    fn deposit(&mut self, amount: i64) { self.balance += amount; }
    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if self.balance - amount < -self.overdraft { return Err(format!("overdraft limit {} reached", fmt_cents(self.overdraft))); }
        self.balance -= amount;
        Ok(())
    }
    fn month_end(&mut self) {
        if self.balance < 0 { self.fees += 500; self.balance -= 500; }
    }
}

impl Account for Savings {
    fn id(&self) -> u32 { self.id }
    fn balance(&self) -> i64 { self.balance }
    fn kind(&self) -> Kind { Kind::Savings }
    fn deposit(&mut self, amount: i64) { self.balance += amount; }
    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if self.withdrawals >= 2 { return Err("only 2 withdrawals per month".into()); }
        if amount > self.balance { return Err("insufficient funds".into()); }
        self.withdrawals += 1;
        self.balance -= amount;
        Ok(())
    }
    fn month_end(&mut self) {
        self.balance += self.balance * self.rate_bp / 10_000;
        self.withdrawals = 0;
    }
}

type Shared = Rc<RefCell<dyn Account>>;

struct Customer { name: String, accounts: Vec<Shared> }

impl Customer {
    fn net_worth(&self) -> i64 { self.accounts.iter().map(|a| a.borrow().balance()).sum() }
}

fn transfer(from: &Shared, to: &Shared, amount: i64) -> Result<(), String> {
    from.borrow_mut().withdraw(amount)?;
    to.borrow_mut().deposit(amount);
    Ok(())
}

fn main() {
    let joint: Shared = Rc::new(RefCell::new(Checking { id: 1, balance: 10_000, overdraft: 5_000, fees: 0 }));
    let ann_sav: Shared = Rc::new(RefCell::new(Savings { id: 2, balance: 250_000, rate_bp: 50, withdrawals: 0 }));
    let bob_chk: Shared = Rc::new(RefCell::new(Checking { id: 3, balance: 1_000, overdraft: 0, fees: 0 }));
    let customers = vec![
        Customer { name: "Ann".into(), accounts: vec![Rc::clone(&joint), Rc::clone(&ann_sav)] },
        Customer { name: "Bob".into(), accounts: vec![Rc::clone(&joint), Rc::clone(&bob_chk)] },
    ];
    let ops: Vec<(&Shared, &Shared, i64)> = vec![
        (&ann_sav, &joint, 20_000), (&joint, &bob_chk, 35_000), (&ann_sav, &bob_chk, 1_000),
        (&ann_sav, &joint, 5), (&bob_chk, &joint, 40_000), (&joint, &ann_sav, 1_000),
    ];
    for (i, (from, to, amt)) in ops.into_iter().enumerate() {
        let (f, t) = (from.borrow().id(), to.borrow().id());
        match transfer(from, to, amt) {
            Ok(()) => println!("op{} #{} -> #{} {:>8}: ok", i, f, t, fmt_cents(amt)),
            Err(e) => println!("op{} #{} -> #{} {:>8}: {}", i, f, t, fmt_cents(amt), e),
        }
    }
    joint.borrow_mut().withdraw(20_000).unwrap_or_else(|e| println!("joint: {}", e));
    for acct in [&joint, &ann_sav, &bob_chk] { acct.borrow_mut().month_end(); }
    let mut report: BTreeMap<&str, i64> = BTreeMap::new();
    for c in &customers {
        report.insert(&c.name, c.net_worth());
        println!("{}:", c.name);
        for a in &c.accounts { println!("  {} (shared by {})", a.borrow().summary(), Rc::strong_count(a) - 1); }
    }
    println!("net worth: {:?}", report);
    println!("{:?}", joint.borrow());
    let richest = customers.iter().max_by_key(|c| c.net_worth()).map(|c| c.name.as_str());
    println!("richest: {:?}", richest);
    let guard = joint.borrow_mut();
    println!("holding a mutable borrow of #{}", guard.id());
    let again = joint.borrow();
    println!("unreachable {}", again.balance());
}
