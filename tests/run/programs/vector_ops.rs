// Generic 3-vector with operator overloading (Add/Sub/Mul/Neg/Index/AddAssign), Sum, and Display.
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec3<T> { x: T, y: T, z: T }

impl<T> Vec3<T> {
    const fn new(x: T, y: T, z: T) -> Self { Vec3 { x, y, z } }
}

impl<T: Add<Output = T>> Add for Vec3<T> {
    type Output = Self;
    fn add(self, o: Self) -> Self { Vec3::new(self.x + o.x, self.y + o.y, self.z + o.z) }
}
impl<T: Sub<Output = T>> Sub for Vec3<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self { Vec3::new(self.x - o.x, self.y - o.y, self.z - o.z) }
}
impl<T: Mul<Output = T> + Copy> Mul<T> for Vec3<T> {
    type Output = Self;
    fn mul(self, k: T) -> Self { Vec3::new(self.x * k, self.y * k, self.z * k) }
}
impl Mul<Vec3<f64>> for f64 {
    type Output = Vec3<f64>;
    fn mul(self, v: Vec3<f64>) -> Vec3<f64> { v * self }
}
impl<T: Neg<Output = T>> Neg for Vec3<T> {
    type Output = Self;
    fn neg(self) -> Self { Vec3::new(-self.x, -self.y, -self.z) }
}
impl<T: AddAssign> AddAssign for Vec3<T> {
    fn add_assign(&mut self, o: Self) { self.x += o.x; self.y += o.y; self.z += o.z; }
}
impl<T> Index<usize> for Vec3<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        match i { 0 => &self.x, 1 => &self.y, 2 => &self.z, _ => panic!("Vec3 index {} out of range", i) }
    }
}
impl<T> IndexMut<usize> for Vec3<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        match i { 0 => &mut self.x, 1 => &mut self.y, 2 => &mut self.z, _ => panic!("Vec3 index {} out of range", i) }
    }
}
impl<T: Add<Output = T> + Default> Sum for Vec3<T> {
    fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
        iter.fold(Vec3::default(), |a, b| a + b)
    }
}
impl<T: fmt::Display> fmt::Display for Vec3<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "<{:.*}, {:.*}, {:.*}>", p, self.x, p, self.y, p, self.z)
        } else {
            write!(f, "<{}, {}, {}>", self.x, self.y, self.z)
        }
    }
}

trait Dot<Rhs = Self> {
    type Output;
    fn dot(&self, rhs: &Rhs) -> Self::Output;
}
impl<T: Mul<Output = T> + Add<Output = T> + Copy> Dot for Vec3<T> {
    type Output = T;
    fn dot(&self, o: &Self) -> T { self.x * o.x + self.y * o.y + self.z * o.z }
}

impl Vec3<f64> {
    fn cross(self, o: Self) -> Self {
        Vec3::new(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    }
    fn length(self) -> f64 { self.dot(&self).sqrt() }
    fn normalized(self) -> Self { self * (1.0 / self.length()) }
}

const ORIGIN: Vec3<i32> = Vec3::new(0, 0, 0);

fn main() {
    let a = Vec3::new(1, 2, 3);
    let b = Vec3::new(4, -5, 6);
    println!("a+b={} a-b={} a*3={} -b={}", a + b, a - b, a * 3, -b);
    println!("a.b={} origin={:?}", a.dot(&b), ORIGIN);
    let mut acc = ORIGIN;
    for i in 0..4 { acc += Vec3::new(i, i * i, -i); }
    println!("acc={}, acc[1]={}", acc, acc[1]);
    acc[2] = 100;
    println!("after index_mut: {:?}", acc);
    let total: Vec3<i32> = vec![a, b, acc].into_iter().sum();
    println!("sum={}", total);

    let u = Vec3::new(1.0, 0.0, 0.0);
    let v = Vec3::new(0.0, 1.0, 0.0);
    let w = u.cross(v);
    println!("u x v = {:.1}, |(3,4,12)| = {}", w, Vec3::new(3.0, 4.0, 12.0).length());
    let n = Vec3::new(2.0, -1.0, 2.0).normalized();
    println!("normalized = {:.4}, scaled = {:.2}", n, 2.5 * n);
    let pts: Vec<Vec3<f64>> = (0..5).map(|i| Vec3::new(i as f64, (i * i) as f64 / 2.0, 1.0)).collect();
    let centroid = pts.iter().copied().sum::<Vec3<f64>>() * (1.0 / pts.len() as f64);
    println!("centroid = {:.3}", centroid);
    let far = pts.iter().map(|p| (*p - centroid).length()).fold(f64::MIN, f64::max);
    println!("farthest = {:.5}", far);
    println!("component 3: {}", a[3]);
}
