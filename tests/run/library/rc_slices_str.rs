// Rc<[T]> and Rc<str>: built from a Vec, an iterator, a slice, an array, a Box, a String, a Cow;
// shared immutable buffers, Borrow-based lookups in sets and maps, ordering and hashing by value,
// elements dropped once with the last reference, raw round trips and conversions between them.
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::rc::{Rc, Weak};

#[derive(Debug, Clone, PartialEq)]
struct Token {
    text: String,
    line: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {:?}", self.text);
    }
}

fn tokenize(src: &str) -> Rc<[Token]> {
    src.lines()
        .enumerate()
        .flat_map(|(i, line)| line.split_whitespace().map(move |w| Token { text: w.to_string(), line: i as u32 + 1 }))
        .collect()
}

fn sum(values: Rc<[i64]>) -> i64 {
    values.iter().sum()
}

fn main() {
    let primes: Rc<[i64]> = Rc::from(vec![2, 3, 5, 7, 11]);
    let squares: Rc<[i64]> = (1..=5).map(|x| x * x).collect();
    let fixed: Rc<[i64]> = Rc::new([10, 20, 30]);
    let from_array: Rc<[i64]> = Rc::from([4, 5, 6]);
    let copied: Rc<[i64]> = Rc::from(&primes[1..4]);
    println!("{:?} {:?} {:?} {:?} {:?}", primes, squares, fixed, from_array, copied);
    println!("sums {} {} {}", sum(primes.clone()), sum(squares.clone()), sum(Rc::from(vec![])));
    println!("len {} first {:?} last {:?}", primes.len(), primes.first(), primes.last());
    println!("equal {} less {}", copied == Rc::from(vec![3, 5, 7]), squares < primes);
    let empty: Rc<[String]> = Rc::default();
    let nothing: Rc<str> = Default::default();
    println!("{:?} {:?} {}", empty, nothing, nothing.is_empty());

    let tokens = tokenize("let x = 1\nprint x");
    let view = Rc::clone(&tokens);
    println!("{} tokens, {} views", tokens.len(), Rc::strong_count(&tokens));
    for t in view.iter().filter(|t| t.line == 2) {
        println!("line 2: {}", t.text);
    }
    drop(tokens);
    println!("still readable: {:?}", view[1]);
    let weak_tokens: Weak<[Token]> = Rc::downgrade(&view);
    drop(view);
    println!("tokens alive: {}", weak_tokens.upgrade().is_some());

    let name: Rc<str> = Rc::from("ferrite");
    let owned: Rc<str> = Rc::from(String::from("oxide"));
    let boxed: Rc<str> = Rc::from(Box::<str>::from("boxed"));
    let borrowed: Rc<str> = Rc::from(Cow::Borrowed("cow-borrowed"));
    let cow_owned: Rc<str> = Rc::from(Cow::<str>::Owned(String::from("cow-owned")));
    println!("{} {} {} {} {}", name, owned, boxed, borrowed, cow_owned);
    println!("{:?} {} {}", name, name.len(), name.to_uppercase());
    println!("{}", name.starts_with("fer") && &name[3..] == "rite");

    let mut seen: HashSet<Rc<str>> = HashSet::new();
    let words = "the quick fox and the lazy dog and the cat";
    for w in words.split(' ') {
        if !seen.insert(Rc::from(w)) {
            println!("repeat: {}", w);
        }
    }
    println!("{} distinct, has fox {}, has cow {}", seen.len(), seen.contains("fox"), seen.contains("cow"));

    let mut index: BTreeMap<Rc<str>, Vec<usize>> = BTreeMap::new();
    for (i, w) in words.split(' ').enumerate() {
        index.entry(Rc::from(w)).or_default().push(i);
    }
    println!("{:?}", index);
    println!("'and' at {:?}", index.get("and"));

    let bytes: Rc<[u8]> = Rc::from(Rc::<str>::from("AZ"));
    println!("{:?}", bytes);
    let as_array: Result<Rc<[i64; 5]>, _> = primes.clone().try_into();
    let wrong: Result<Rc<[i64; 2]>, Rc<[i64]>> = primes.clone().try_into();
    println!("{:?} {:?}", as_array, wrong);

    let raw = Rc::into_raw(name.clone());
    let back: Rc<str> = unsafe { Rc::from_raw(raw) };
    println!("raw round trip: {} ({} strong)", back, Rc::strong_count(&name));
    let raw_slice = Rc::into_raw(squares);
    unsafe {
        Rc::increment_strong_count(raw_slice);
        let first = Rc::from_raw(raw_slice);
        let second = Rc::from_raw(raw_slice);
        println!("{:?} shared {}", first, Rc::strong_count(&second));
    }

    let mut unique: Rc<[i64]> = Rc::from(vec![1, 2, 3]);
    if let Some(slots) = Rc::get_mut(&mut unique) {
        slots.reverse();
    }
    let shared = unique.clone();
    println!("{:?} get_mut while shared: {}", shared, Rc::get_mut(&mut unique).is_none());
    println!("end of main");
}
