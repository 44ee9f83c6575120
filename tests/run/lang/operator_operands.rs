// Operator operands: the right operand is coerced to the trait's `Rhs` (String + &String), and
// operators on operands whose types are still being inferred.
fn main() {
    let s = String::from("a");
    let t = String::from("b");
    let mut u = s + &t;
    u += &t;
    let v = u.clone() + &"x".repeat(2);
    println!("{} {}", u, v);

    let pairs = vec![(4, 1), (5, 2), (8, 3)];
    let by_ref: Vec<&(i32, i32)> = pairs.iter().filter(|(k, _)| k % 4 == 0).collect();
    println!("{:?}", by_ref);
    let by_value: Vec<(i32, i32)> = pairs.into_iter().filter(|(k, v)| k + v > 6).collect();
    println!("{:?}", by_value);

    let words = vec!["ab", "c"];
    let lens: usize = words.iter().map(|w| w.len() * 2).sum();
    println!("{}", lens);
}
