// Closures: FnMut counters, returned impl Fn, boxed FnMut in structs, composition and memoization.
use std::collections::HashMap;

fn make_counter(step: i32) -> impl FnMut() -> i32 {
    let mut n = 0;
    move || { n += step; n }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn adder(k: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x + k) }

fn apply_n<F>(f: F, n: usize, x: i32) -> i32 where F: Fn(i32) -> i32 {
    (0..n).fold(x, |acc, _| f(acc))
}

struct Memo<F: Fn(&mut dyn FnMut(u64) -> u64, u64) -> u64> { f: F, cache: HashMap<u64, u64>, calls: u32 }

impl<F: Fn(&mut dyn FnMut(u64) -> u64, u64) -> u64> Memo<F> {
    fn new(f: F) -> Self { Memo { f, cache: HashMap::new(), calls: 0 } }
    fn get(&mut self, n: u64) -> u64 {
        if let Some(&v) = self.cache.get(&n) { return v; }
        self.calls += 1;
        let f = &self.f as *const F;
        // Re-enter through a closure that borrows self mutably.
        let v = unsafe { (*f)(&mut |k| self.get(k), n) };
        self.cache.insert(n, v);
        v
    }
}

struct EventBus<'a> { handlers: Vec<(String, Box<dyn FnMut(&str) -> bool + 'a>)> }

impl<'a> EventBus<'a> {
    fn on(&mut self, name: &str, h: impl FnMut(&str) -> bool + 'a) { self.handlers.push((name.to_string(), Box::new(h))); }
    fn emit(&mut self, ev: &str) -> usize {
        let mut handled = 0;
        for (_, h) in self.handlers.iter_mut() {
            if h(ev) { handled += 1; }
        }
        handled
    }
}

fn main() {
    let mut c1 = make_counter(1);
    let mut c5 = make_counter(5);
    let seq: Vec<i32> = (0..4).map(|_| c1() * 100 + c5()).collect();
    println!("counters: {:?}", seq);

    let inc_then_double = compose(|x: i32| x + 1, |x| x * 2);
    let to_label = compose(inc_then_double, |x: i32| format!("<{}>", x));
    println!("{} {}", to_label(3), to_label(-1));

    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(adder).collect();
    println!("adders on 10: {:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
    println!("apply_n: {} {}", apply_n(|x| x * 3, 4, 1), apply_n(&adders[2], 5, 0));

    let mut fib = Memo::new(|rec: &mut dyn FnMut(u64) -> u64, n: u64| if n < 2 { n } else { rec(n - 1) + rec(n - 2) });
    println!("fib(80) = {} with {} evaluations", fib.get(80), fib.calls);

    let mut log: Vec<String> = Vec::new();
    let mut clicks = 0;
    {
        let mut bus = EventBus { handlers: Vec::new() };
        bus.on("logger", |e| { log.push(e.to_uppercase()); true });
        bus.on("clicks", |e| if e.starts_with("click") { clicks += 1; true } else { false });
        for ev in ["click:a", "key:x", "click:b", "scroll"] {
            let n = bus.emit(ev);
            println!("{:<8} handled by {}", ev, n);
        }
        let names: Vec<&str> = bus.handlers.iter().map(|(n, _)| n.as_str()).collect();
        println!("handlers: {:?}", names);
    }
    println!("log={:?} clicks={}", log, clicks);

    let mut sorters: Vec<(&str, fn(&i32, &i32) -> std::cmp::Ordering)> = Vec::new();
    sorters.push(("asc", |a, b| a.cmp(b)));
    sorters.push(("desc", |a, b| b.cmp(a)));
    sorters.push(("abs", |a, b| a.abs().cmp(&b.abs()).then(a.cmp(b))));
    for (name, cmp) in &sorters {
        let mut v = vec![3, -7, 0, 2, -2, 9];
        v.sort_by(cmp);
        println!("{:>5}: {:?}", name, v);
    }
    let mut total = 0;
    let mut add_to_total = |x: i32| total += x;
    [1, 2, 3].iter().for_each(|&x| add_to_total(x * x));
    println!("total = {}", total);
}
