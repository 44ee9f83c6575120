// `[x; N]` with a const parameter `N` has the type `[T; N]`.
#[derive(Clone, Copy, Debug)]
struct Buf<const N: usize> {
    d: [u32; N],
    n: usize,
}

impl<const N: usize> Buf<N> {
    fn new(first: u32) -> Buf<N> {
        let mut b = Buf { d: [0; N], n: 1 };
        b.d[0] = first;
        b
    }
}

fn zeros<const N: usize>() -> [u8; N] {
    [0; N]
}

fn main() {
    let b: Buf<3> = Buf::new(7);
    println!("{:?} {} {}", b, b.n, b.d.len());
    println!("{:?}", zeros::<4>());
}
