// A generic matrix over a Numeric trait (associated consts), implemented for i64, f64 and a modular type.
use std::fmt::{self, Debug, Display};
use std::ops::{Add, Mul, Sub};

trait Numeric: Copy + PartialEq + Debug + Display + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> {
    const ZERO: Self;
    const ONE: Self;
    fn name() -> &'static str;
}

impl Numeric for i64 { const ZERO: i64 = 0; const ONE: i64 = 1; fn name() -> &'static str { "i64" } }
impl Numeric for f64 { const ZERO: f64 = 0.0; const ONE: f64 = 1.0; fn name() -> &'static str { "f64" } }

#[derive(Clone, Copy, PartialEq, Debug)]
struct Mod7(u8);
impl Add for Mod7 { type Output = Mod7; fn add(self, o: Mod7) -> Mod7 { Mod7((self.0 + o.0) % 7) } }
impl Sub for Mod7 { type Output = Mod7; fn sub(self, o: Mod7) -> Mod7 { Mod7((self.0 + 7 - o.0) % 7) } }
impl Mul for Mod7 { type Output = Mod7; fn mul(self, o: Mod7) -> Mod7 { Mod7(self.0 * o.0 % 7) } }
impl Display for Mod7 { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}m", self.0) } }
impl Numeric for Mod7 { const ZERO: Mod7 = Mod7(0); const ONE: Mod7 = Mod7(1); fn name() -> &'static str { "Z/7" } }

#[derive(Clone, PartialEq, Debug)]
struct Matrix<T> { n: usize, m: usize, data: Vec<T> }

impl<T: Numeric> Matrix<T> {
    fn from_rows(rows: &[&[T]]) -> Self {
        let m = rows[0].len();
        assert!(rows.iter().all(|r| r.len() == m), "ragged rows");
        Matrix { n: rows.len(), m, data: rows.iter().flat_map(|r| r.iter().copied()).collect() }
    }
    fn identity(n: usize) -> Self {
        let mut data = vec![T::ZERO; n * n];
        for i in 0..n { data[i * n + i] = T::ONE; }
        Matrix { n, m: n, data }
    }
    fn at(&self, i: usize, j: usize) -> T { self.data[i * self.m + j] }
    fn mul(&self, o: &Matrix<T>) -> Option<Matrix<T>> {
        if self.m != o.n { return None; }
        let mut data = Vec::with_capacity(self.n * o.m);
        for i in 0..self.n {
            for j in 0..o.m {
                data.push((0..self.m).fold(T::ZERO, |acc, k| acc + self.at(i, k) * o.at(k, j)));
            }
        }
        Some(Matrix { n: self.n, m: o.m, data })
    }
    fn pow(&self, e: u32) -> Matrix<T> {
        (0..e).fold(Matrix::identity(self.n), |acc, _| acc.mul(self).unwrap())
    }
    fn trace(&self) -> T { (0..self.n.min(self.m)).map(|i| self.at(i, i)).fold(T::ZERO, |a, b| a + b) }
    fn map<U: Numeric>(&self, f: impl Fn(T) -> U) -> Matrix<U> { Matrix { n: self.n, m: self.m, data: self.data.iter().map(|&x| f(x)).collect() } }
}

impl Matrix<f64> {
    fn determinant(&self) -> f64 {
        let n = self.n;
        let mut a = self.data.clone();
        let mut det = 1.0;
        for col in 0..n {
            let pivot = (col..n).max_by(|&x, &y| a[x * n + col].abs().partial_cmp(&a[y * n + col].abs()).unwrap()).unwrap();
            if a[pivot * n + col].abs() < 1e-12 { return 0.0; }
            if pivot != col {
                for k in 0..n { a.swap(pivot * n + k, col * n + k); }
                det = -det;
            }
            det *= a[col * n + col];
            for row in col + 1..n {
                let factor = a[row * n + col] / a[col * n + col];
                for k in col..n { a[row * n + k] -= factor * a[col * n + k]; }
            }
        }
        det
    }
}

impl<T: Numeric> Display for Matrix<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.data.chunks(self.m) {
            let cells: Vec<String> = row.iter().map(|x| format!("{:>6}", x.to_string())).collect();
            writeln!(f, "{}|{}", T::name(), cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1i64, 2], &[3, 4]]);
    print!("{}", a.pow(5));
    println!("trace(a^5) = {}", a.pow(5).trace());
    let b = Matrix::from_rows(&[&[1i64, 0, 2], &[0, 1, 1]]);
    println!("a*b =\n{}b*a = {:?}", a.mul(&b).unwrap(), b.mul(&a).map(|m| m.data));
    let f = a.map(|x| x as f64 * 0.5);
    print!("{}", f);
    println!("det f = {:.4}", f.determinant());
    let h = Matrix { n: 3, m: 3, data: (0..9).map(|k| 1.0 / ((k / 3 + k % 3 + 1) as f64)).collect() };
    println!("det hilbert3 = {:.6e}", h.determinant());
    let sing = Matrix::from_rows(&[&[2.0, 4.0], &[1.0, 2.0]]);
    println!("det singular = {}", sing.determinant());
    let z = Matrix::from_rows(&[&[Mod7(3), Mod7(5)], &[Mod7(6), Mod7(1)]]);
    for e in [1, 2, 3, 6, 48] {
        println!("z^{} trace {} data {:?}", e, z.pow(e).trace(), z.pow(e).data.iter().map(|m| m.0).collect::<Vec<_>>());
    }
    print!("{}", Matrix::<Mod7>::identity(2));
    println!("{}", Matrix::identity(2) == a.pow(0));
    let _ragged = Matrix::from_rows(&[&[1i64, 2], &[3]]);
}
