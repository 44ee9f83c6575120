// Rest patterns (`rest @ ..`) in arrays and slices, at the start, middle and end, by value and by reference.
fn describe(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [one] => format!("one: {}", one),
        [first, .., last] if first == last => format!("bookends {}", first),
        [first, middle @ .., last] => format!("{} {:?} {}", first, middle, last),
    }
}

fn split_words<'a>(words: &[&'a str]) -> Option<(&'a str, Vec<&'a str>)> {
    if let [head, tail @ ..] = words {
        Some((head, tail.to_vec()))
    } else {
        None
    }
}

fn main() {
    let arr = ["a", "b", "c", "d"];
    let [first, rest @ ..] = arr;
    println!("{} {:?}", first, rest);
    let [x, mid @ .., y] = [1, 2, 3, 4, 5];
    println!("{} {:?} {}", x, mid, y);
    let [init @ .., end] = [1.5, 2.5, 3.5];
    println!("{:?} {}", init, end);

    let v = vec![1, 2, 3];
    for s in [&v[..], &[], &[7], &[4, 9, 4], &[1, 2, 3, 4, 5, 6]] {
        println!("{}", describe(s));
    }
    let s: &[i32] = &[1, 2, 3, 4];
    if let [.., p, q] = s {
        println!("{} {}", p, q);
    }
    if let [head @ .., last] = s {
        println!("{:?} {}", head, last);
    }
    let arr2 = [10, 20, 30];
    if let [a, ref b @ ..] = arr2 {
        println!("{} {:?}", a, b);
    }
    let mut grid = [[0u8; 3]; 3];
    if let [top, rest @ ..] = &mut grid {
        top[1] = 5;
        for row in rest.iter_mut() {
            row[2] = 9;
        }
    }
    println!("{:?}", grid);
    println!("{:?}", split_words(&["cmd", "arg1", "arg2"]));
    let owned = vec![String::from("x"), String::from("y"), String::from("z")];
    if let [first, others @ ..] = owned.as_slice() {
        println!("{} then {}", first, others.join("+"));
    }
}
