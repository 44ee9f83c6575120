// A `move` closure nested in another closure takes the variables it uses by value, so the outer
// closure must capture them by value too (it becomes FnOnce), even if the inner one only assigns
// to a field: the value then moves once and is dropped once.
#[derive(Debug)]
struct Name(String);

#[derive(Debug)]
struct Record {
    name: Name,
    score: u32,
}

fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let mut r = Record { name: Name("ada".to_string()), score: 3 };
    let outer = || {
        println!("before: {:?}", r.name);
        let mut inner = move || {
            r.name.0 = "grace".to_string();
            r.score += 1;
            format!("{} {}", r.name.0, r.score)
        };
        inner()
    };
    println!("{}", run_once(outer));

    let words = vec!["a".to_string(), "b".to_string()];
    let count = || {
        let take = move || words.len();
        take() * 10
    };
    println!("{}", count());
}
