// Borrows of constant expressions are promoted to 'static memory (rustc's promotion), so they
// can be returned, stored and iterated after the function that wrote them returns.
const WEIGHTS: [u32; 4] = [3, 1, 4, 1];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low,
    High(u8),
}

struct Table {
    name: &'static str,
    rows: &'static [(&'static str, i32)],
}

fn primes() -> &'static [u32] {
    &[2, 3, 5, 7, 11]
}

fn answer() -> &'static i32 {
    &42
}

fn first_of_tuple() -> &'static u32 {
    &(7, 8).0
}

fn weight(i: usize) -> &'static u32 {
    &WEIGHTS[i]
}

fn default_level() -> &'static Level {
    &Level::High(3)
}

fn none() -> &'static Option<String> {
    &None
}

fn sized<const N: usize>() -> &'static usize {
    &(N * 2 + 1)
}

fn weights() -> impl Iterator<Item = &'static u32> {
    WEIGHTS.iter()
}

fn table() -> Table {
    Table { name: "scores", rows: &[("ann", 3), ("bob", -2)] }
}

fn main() {
    println!("{:?} {} {}", primes(), answer(), first_of_tuple());
    println!("{} {} {:?} {:?}", weight(0), weight(2), default_level(), none());
    println!("{} {}", sized::<5>(), sized::<0>());
    let total: u32 = weights().sum();
    println!("total {}", total);
    let t = table();
    for (who, score) in t.rows {
        println!("{}: {} {}", t.name, who, score);
    }
    let levels: Vec<&'static Level> = vec![&Level::Low, default_level()];
    println!("{:?} {}", levels, levels[0] == &Level::Low);
    let neg: &'static i64 = &-(5 - 9);
    println!("{}", neg);
}
