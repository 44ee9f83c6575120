// Inventory with HashMap<String, Item>, restocking rules, Reverse sort keys and nested Display.
use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category { Tools, Food, Toys }

#[derive(Debug, Clone)]
struct Item { name: String, category: Category, qty: u32, price_cents: u64, min_qty: u32 }

#[derive(Debug)]
struct Money(u64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        f.pad(&s)
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<12} {:>4} x {:>8} = {:>9}", self.name, self.qty, Money(self.price_cents),
               Money(self.qty as u64 * self.price_cents))
    }
}

struct Inventory { items: HashMap<String, Item> }

enum Txn<'a> { Sell(&'a str, u32), Receive(&'a str, u32), Reprice(&'a str, u64) }

impl Inventory {
    fn apply(&mut self, t: &Txn) -> Result<(), String> {
        match *t {
            Txn::Sell(name, n) => {
                let it = self.items.get_mut(name).ok_or(format!("no such item {}", name))?;
                if it.qty < n {
                    return Err(format!("cannot sell {} {}, only {}", n, name, it.qty));
                }
                it.qty -= n;
            }
            Txn::Receive(name, n) => self.items.get_mut(name).ok_or("unknown")?.qty += n,
            Txn::Reprice(name, p) => {
                let it = self.items.get_mut(name).ok_or_else(|| "unknown".to_string())?;
                it.price_cents = p;
            }
        }
        Ok(())
    }

    fn restock_orders(&self) -> Vec<(String, u32)> {
        let mut v: Vec<(String, u32)> = self.items.values()
            .filter(|i| i.qty < i.min_qty)
            .map(|i| (i.name.clone(), i.min_qty * 2 - i.qty))
            .collect();
        v.sort_by_key(|(n, q)| (Reverse(*q), n.clone()));
        v
    }

    fn by_category(&self) -> Vec<(Category, Vec<&Item>)> {
        let mut groups: HashMap<Category, Vec<&Item>> = HashMap::new();
        for it in self.items.values() {
            groups.entry(it.category).or_default().push(it);
        }
        let mut out: Vec<_> = groups.into_iter().collect();
        out.sort_by_key(|(c, _)| *c);
        for (_, items) in out.iter_mut() {
            items.sort_by(|a, b| a.name.cmp(&b.name));
        }
        out
    }
}

fn main() {
    let raw = [
        ("hammer", Category::Tools, 12, 1599, 5), ("wrench", Category::Tools, 3, 899, 4),
        ("apple", Category::Food, 140, 45, 50), ("bread", Category::Food, 8, 325, 10),
        ("yo-yo", Category::Toys, 25, 250, 5), ("kite", Category::Toys, 2, 1250, 3),
        ("saw", Category::Tools, 6, 2499, 2),
    ];
    let mut inv = Inventory { items: HashMap::new() };
    for (name, category, qty, price_cents, min_qty) in raw {
        inv.items.insert(name.to_string(), Item { name: name.to_string(), category, qty, price_cents, min_qty });
    }
    let txns = [
        Txn::Sell("apple", 100), Txn::Sell("kite", 5), Txn::Receive("wrench", 1),
        Txn::Sell("hammer", 9), Txn::Reprice("bread", 299), Txn::Sell("bread", 8),
        Txn::Receive("laser", 1), Txn::Sell("dragon", 1),
    ];
    for (i, t) in txns.iter().enumerate() {
        if let Err(e) = inv.apply(t) {
            println!("txn {}: {}", i, e);
        }
    }
    let mut grand = 0u64;
    for (cat, items) in inv.by_category() {
        let sub: u64 = items.iter().map(|i| i.qty as u64 * i.price_cents).sum();
        grand += sub;
        println!("== {:?} ({} items) ==", cat, items.len());
        for it in items {
            println!("  {}", it);
        }
        println!("  {:>40}", Money(sub));
    }
    println!("grand total: [{:^12}] [{:<10}] [{:>10}]", Money(grand), Money(5), Money(123456));
    for (name, q) in inv.restock_orders() {
        println!("order {:>3} x {}", q, name);
    }
    let priciest = inv.items.values().max_by_key(|i| i.price_cents).map(|i| i.name.as_str());
    println!("priciest: {:?}", priciest);
}
