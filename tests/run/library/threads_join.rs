use std::thread;
use std::time::Duration;

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let handle = thread::spawn(|| {
        thread::sleep(Duration::from_millis(20));
        fib(10)
    });
    println!("fib(10) = {}", handle.join().unwrap());

    // results come back in spawn order, whatever order the threads finish in
    let handles: Vec<thread::JoinHandle<(usize, u64)>> = (0..5)
        .map(|i| {
            thread::spawn(move || {
                thread::sleep(Duration::from_millis(50 - 10 * i as u64));
                (i, fib(i as u64 + 5))
            })
        })
        .collect();
    for h in handles {
        let (i, f) = h.join().unwrap();
        println!("thread {} computed {}", i, f);
    }

    let words = vec![String::from("alpha"), String::from("beta")];
    let h = thread::spawn(move || words.iter().map(|w| w.len()).sum::<usize>());
    println!("letters: {}", h.join().unwrap());

    let named = thread::Builder::new()
        .name("worker".to_string())
        .spawn(|| thread::current().name().map(|n| n.to_string()))
        .unwrap();
    println!("{:?}", named.join().unwrap());
    let unnamed = thread::spawn(|| thread::current().name().is_none());
    println!("unnamed: {}", unnamed.join().unwrap());
    println!("main is {:?}", thread::current().name());
    let main_id = thread::current().id();
    let other = thread::spawn(move || thread::current().id() != main_id).join().unwrap();
    println!("different ids: {}", other);
    thread::yield_now();

    let data = vec![1, 2, 3, 4];
    let mut count = 0;
    let total = thread::scope(|s| {
        let a = s.spawn(|| data.iter().sum::<i32>());
        let b = s.spawn(|| data.iter().map(|x| x * x).sum::<i32>());
        s.spawn(|| count += data.len());
        a.join().unwrap() + b.join().unwrap()
    });
    println!("scoped total {} count {} data {:?}", total, count, data);
}
