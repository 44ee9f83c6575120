use std::thread;

fn main() {
    let ok = thread::spawn(|| 1 + 1);
    let bad = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        if v.is_empty() {
            panic!("worker failed on item {}", 3);
        }
        0
    });
    println!("ok: {:?}", ok.join());
    let r = bad.join();
    println!("bad is err: {}", r.is_err());
    let named = thread::Builder::new()
        .name("checker".to_string())
        .spawn(|| {
            let x: Option<u8> = None;
            x.expect("no value")
        })
        .unwrap();
    println!("named is err: {}", named.join().is_err());
    println!("main carries on");
    let last = thread::spawn(|| -> u8 { panic!("fatal") });
    last.join().unwrap();
    println!("not reached");
}
