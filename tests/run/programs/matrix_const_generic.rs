// Matrices with const generics: Mul across shapes, transpose, identity, determinant and Display.
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Clone, Copy, PartialEq, Debug)]
struct Matrix<const R: usize, const C: usize> { data: [[i64; C]; R] }

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn zero() -> Self { Matrix { data: [[0; C]; R] } }
    fn from_fn<F: Fn(usize, usize) -> i64>(f: F) -> Self {
        let mut m = Self::zero();
        for r in 0..R {
            for c in 0..C {
                m.data[r][c] = f(r, c);
            }
        }
        m
    }
    fn transpose(&self) -> Matrix<C, R> { Matrix::from_fn(|r, c| self.data[c][r]) }
    const SHAPE: (usize, usize) = (R, C);
}

impl<const N: usize> Matrix<N, N> {
    fn identity() -> Self { Self::from_fn(|r, c| if r == c { 1 } else { 0 }) }
    fn trace(&self) -> i64 { (0..N).map(|i| self.data[i][i]).sum() }
    fn pow(&self, mut e: u32) -> Self {
        let mut base = *self;
        let mut acc = Self::identity();
        while e > 0 {
            if e & 1 == 1 { acc = acc * base; }
            base = base * base;
            e >>= 1;
        }
        acc
    }
}

fn det3(m: &Matrix<3, 3>) -> i64 {
    let d = &m.data;
    d[0][0] * (d[1][1] * d[2][2] - d[1][2] * d[2][1]) - d[0][1] * (d[1][0] * d[2][2] - d[1][2] * d[2][0])
        + d[0][2] * (d[1][0] * d[2][1] - d[1][1] * d[2][0])
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;
    fn mul(self, rhs: Matrix<K, C>) -> Matrix<R, C> {
        Matrix::from_fn(|r, c| (0..K).map(|k| self.data[r][k] * rhs.data[k][c]).sum())
    }
}

impl<const R: usize, const C: usize> Add for Matrix<R, C> {
    type Output = Self;
    fn add(self, rhs: Self) -> Self { Matrix::from_fn(|r, c| self.data[r][c] + rhs.data[r][c]) }
}

impl<const R: usize, const C: usize> Index<(usize, usize)> for Matrix<R, C> {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 { &self.data[r][c] }
}
impl<const R: usize, const C: usize> IndexMut<(usize, usize)> for Matrix<R, C> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 { &mut self.data[r][c] }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = self.data.iter().flatten().map(|v| v.to_string().len()).max().unwrap_or(1);
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>w$}", v, w = width)).collect();
            writeln!(f, "[ {} ]", cells.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    let a: Matrix<2, 3> = Matrix::from_fn(|r, c| (r * 3 + c) as i64 + 1);
    let b: Matrix<3, 2> = Matrix::from_fn(|r, c| if (r + c) % 2 == 0 { 1 } else { -2 });
    println!("a {:?}:\n{}", Matrix::<2, 3>::SHAPE, a);
    println!("b^T:\n{}", b.transpose());
    let ab = a * b;
    let ba = b * a;
    println!("a*b:\n{}b*a:\n{}", ab, ba);
    println!("trace(b*a) = {}, det(b*a) = {}", ba.trace(), det3(&ba));
    let fib = Matrix::<2, 2> { data: [[1, 1], [1, 0]] };
    for n in [1u32, 5, 10, 40, 60] {
        println!("fib({:>2}) = {}", n, fib.pow(n)[(0, 1)]);
    }
    let mut m = Matrix::<3, 3>::identity() + Matrix::from_fn(|r, c| (r as i64 - c as i64).abs());
    m[(2, 0)] = 7;
    println!("m:\n{}det = {}", m, det3(&m));
    let rot = Matrix::<2, 2> { data: [[0, -1], [1, 0]] };
    let v = Matrix::<2, 1> { data: [[3], [1]] };
    let orbit: Vec<(i64, i64)> = (0..5).map(|k| { let p = rot.pow(k) * v; (p[(0, 0)], p[(1, 0)]) }).collect();
    println!("rotations of (3,1): {:?}", orbit);
    println!("rot^4 == I: {}", rot.pow(4) == Matrix::identity());
}
