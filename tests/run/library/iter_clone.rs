// Iterator adapters are Clone when what they hold is, so chains can be cycled or replayed.
fn main() {
    let evens = (1..7).filter(|x| *x % 2 == 0).map(|x| x * 10);
    let again = evens.clone();
    println!("{:?} {:?}", evens.collect::<Vec<_>>(), again.rev().collect::<Vec<_>>());
    let c: Vec<(usize, char)> = "ab".chars().enumerate().cycle().take(5).collect();
    println!("{:?}", c);
    let z = [1, 2, 3].iter().zip([4, 5].iter()).skip(1);
    println!("{:?} {:?}", z.clone().next(), z.count());
    let st = (0..3).chain(7..9).step_by(2).fuse();
    println!("{:?} {:?}", st.clone().last(), st.collect::<Vec<_>>());
}
