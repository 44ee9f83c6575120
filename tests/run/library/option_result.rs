// Option and Result combinators, iteration and collecting.
#[derive(Debug, PartialEq)]
enum DivError { ByZero, Uneven(i64) }

fn div(a: i64, b: i64) -> Result<i64, DivError> {
    if b == 0 { return Err(DivError::ByZero); }
    if a % b != 0 { return Err(DivError::Uneven(a)); }
    Ok(a / b)
}

fn main() {
    let a: Option<i32> = Some(4);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.map_or(0, |x| x * 2), b.map_or(0, |x| x * 2));
    println!("{:?} {:?}", a.ok_or("none"), b.ok_or("none"));
    println!("{:?} {:?}", a.filter(|x| *x > 3), a.filter(|x| *x > 5));
    println!("{:?} {:?} {:?}", a.or(Some(9)), b.or(Some(9)), a.xor(b));
    println!("{:?} {:?}", a.zip(Some('c')), a.and(Some("s")));
    println!("{} {}", a.is_some_and(|x| x == 4), b.is_none_or(|x| x == 4));
    println!("{:?} {:?}", a < b, Some(1) < Some(2));
    let mut c = None;
    *c.get_or_insert_with(|| 5) += 1;
    println!("{:?}", c);
    let old = c.replace(10);
    let taken = c.take();
    println!("{:?} {:?} {:?}", old, taken, c);
    let v: Vec<i32> = a.iter().chain(b.iter()).copied().collect();
    println!("{:?}", v);
    let mut total = 0;
    for x in a { total += x; }
    println!("{}", total);
    let all: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    let none: Option<Vec<i32>> = vec![Some(1), None].into_iter().collect();
    println!("{:?} {:?}", all, none);
    let ok: Result<Vec<i64>, DivError> = [10, 20].iter().map(|n| div(*n, 5)).collect();
    let err: Result<Vec<i64>, DivError> = [10, 21, 0].iter().map(|n| div(*n, 5)).collect();
    println!("{:?} {:?}", ok, err);
    let s: Result<i64, DivError> = [10i64, 20].iter().map(|n| div(*n, 5)).sum();
    println!("{:?}", s);
    let r = div(7, 0);
    println!("{:?} {:?} {:?}", r.as_ref().err(), r.as_ref().map(|x| x + 1), div(8, 2).map_err(|_| "bad"));
    println!("{} {} {}", div(9, 3).unwrap_or(0), div(9, 2).unwrap_or_default(), div(1, 0).unwrap_or_else(|_| -1));
    println!("{:?} {:?}", div(8, 2).and_then(|x| div(x, 2)), div(8, 0).or_else(|_| div(8, 4)));
    println!("{:?}", div(3, 1).is_ok_and(|x| x == 3));
    println!("{:?}", Some(Ok::<i32, DivError>(3)).transpose());
    println!("{:?}", Some(Some(3)).flatten());
    println!("{:?}", div(1, 0).unwrap_err());
    let words = vec![String::from("a")];
    println!("{:?}", words.first().cloned().as_deref());
}
