// A thread that panics while holding a lock poisons it; the data is still reachable.
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let account = Arc::new(Mutex::new(vec![100i64, 50]));
    let a = Arc::clone(&account);
    let r = thread::spawn(move || {
        let mut balances = a.lock().unwrap();
        balances[0] -= 30;
        if balances[0] < 80 {
            panic!("balance too low: {}", balances[0]);
        }
        balances[1] += 30;
    })
    .join();
    println!("transfer thread panicked: {}", r.is_err());
    println!("poisoned: {}", account.is_poisoned());
    match account.lock() {
        Ok(_) => println!("unexpectedly fine"),
        Err(poisoned) => {
            let mut guard = poisoned.into_inner();
            println!("recovered data: {:?}", *guard);
            guard[0] += 30;
        }
    }
    account.clear_poison();
    println!("after clear: {} {:?}", account.is_poisoned(), account.lock().unwrap());

    // a panic while only reading does not poison an RwLock; a writer's does
    let table = Arc::new(RwLock::new(String::from("v1")));
    let t = Arc::clone(&table);
    let _ = thread::spawn(move || {
        let s = t.read().unwrap();
        panic!("reader saw {}", *s);
    })
    .join();
    println!("after reader panic: {}", table.is_poisoned());
    let t = Arc::clone(&table);
    let _ = thread::spawn(move || {
        let mut s = t.write().unwrap();
        s.push_str("-partial");
        panic!("writer failed");
    })
    .join();
    println!("after writer panic: {}", table.is_poisoned());
    let err = table.read().unwrap_err();
    println!("{} / {:?} / {}", err, err, **err.get_ref());
    let m = Mutex::new(1);
    let _ = std::panic::catch_unwind(|| {
        let _g = m.lock().unwrap();
        panic!("inside");
    });
    println!("{:?}", m.into_inner().map_err(|e| e.into_inner()));
}
