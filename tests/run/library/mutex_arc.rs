use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock, RwLock};
use std::thread;
use std::time::Duration;

struct JobStatus {
    jobs_done: u32,
}

static CONFIG: OnceLock<String> = OnceLock::new();

fn main() {
    // rustlings threads2: a shared counter behind Arc<Mutex<_>>
    let status = Arc::new(Mutex::new(JobStatus { jobs_done: 0 }));
    let mut handles = vec![];
    for _ in 0..10 {
        let status_shared = Arc::clone(&status);
        handles.push(thread::spawn(move || {
            thread::sleep(Duration::from_millis(5));
            status_shared.lock().unwrap().jobs_done += 1;
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("jobs done: {}", status.lock().unwrap().jobs_done);
    println!("strong count: {}", Arc::strong_count(&status));

    // a guard held across a sleep makes the other thread wait for the lock
    let log = Arc::new(Mutex::new(Vec::new()));
    let log2 = Arc::clone(&log);
    let guard_holder = thread::spawn(move || {
        let mut g = log2.lock().unwrap();
        g.push("holder took the lock");
        thread::sleep(Duration::from_millis(30));
        g.push("holder releases");
    });
    thread::sleep(Duration::from_millis(10));
    log.lock().unwrap().push("main got the lock");
    guard_holder.join().unwrap();
    println!("{:?}", log.lock().unwrap());
    println!("{:?}", Mutex::new(5));
    let m = Mutex::new(vec![1]);
    {
        let _g = m.lock().unwrap();
        println!("try_lock while held: {}", m.try_lock().is_err());
    }
    println!("into_inner: {:?}", m.into_inner().unwrap());

    // atomics
    let hits = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let hits = Arc::clone(&hits);
            thread::spawn(move || {
                for _ in 0..25 {
                    hits.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("hits: {}", hits.load(Ordering::SeqCst));
    let a = AtomicI32::new(5);
    println!("{:?} {:?}", a.compare_exchange(5, 7, Ordering::SeqCst, Ordering::SeqCst), a.compare_exchange(5, 9, Ordering::SeqCst, Ordering::SeqCst));
    println!("{} {} {:?}", a.fetch_sub(2, Ordering::Relaxed), a.swap(1, Ordering::Relaxed), a);
    let flag = AtomicBool::new(false);
    flag.store(true, Ordering::Release);
    println!("flag {}", flag.load(Ordering::Acquire));

    // RwLock
    let lock = RwLock::new(String::from("v1"));
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.read().unwrap();
        println!("readers see {} {} (try_write fails: {})", *r1, *r2, lock.try_write().is_err());
    }
    lock.write().unwrap().push_str("+edit");
    println!("{:?}", lock);

    // Condvar: wait for a flag another thread sets
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let pair2 = Arc::clone(&pair);
    let notifier = thread::spawn(move || {
        let (lock, cvar) = &*pair2;
        thread::sleep(Duration::from_millis(10));
        *lock.lock().unwrap() = true;
        cvar.notify_one();
    });
    let (lock, cvar) = &*pair;
    let mut started = lock.lock().unwrap();
    while !*started {
        started = cvar.wait(started).unwrap();
    }
    println!("condvar saw the flag: {}", *started);
    drop(started);
    notifier.join().unwrap();

    // OnceLock in a static
    let hs: Vec<_> = (0..3)
        .map(|i| thread::spawn(move || CONFIG.get_or_init(|| format!("set by first caller {}", i < 3)).len()))
        .collect();
    let lens: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?} {:?}", lens, CONFIG.get());
}
