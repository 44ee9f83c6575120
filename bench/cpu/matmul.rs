// Matrix code: naive (triple loop) multiplication of f64 and i64 matrices stored as flat Vecs,
// the f64 product raised to a small power and a transpose; prints traces and checksums. The
// matrices are (8 * argument) x (8 * argument), argument 32 by default.

struct Matrix<T> {
    n: usize,
    data: Vec<T>,
}

impl Matrix<f64> {
    fn mul(&self, other: &Matrix<f64>) -> Matrix<f64> {
        let n = self.n;
        let mut data = vec![0.0; n * n];
        for i in 0..n {
            for j in 0..n {
                let mut s = 0.0;
                for k in 0..n {
                    s += self.data[i * n + k] * other.data[k * n + j];
                }
                data[i * n + j] = s;
            }
        }
        Matrix { n, data }
    }
}

impl Matrix<i64> {
    fn mul(&self, other: &Matrix<i64>) -> Matrix<i64> {
        let n = self.n;
        let mut data = vec![0i64; n * n];
        for i in 0..n {
            for k in 0..n {
                let a = self.data[i * n + k];
                for j in 0..n {
                    data[i * n + j] = (data[i * n + j] + a * other.data[k * n + j]) % 1_000_000_007;
                }
            }
        }
        Matrix { n, data }
    }
}

impl<T: Copy> Matrix<T> {
    fn transpose(&self) -> Matrix<T> {
        let n = self.n;
        let mut data = self.data.clone();
        for i in 0..n {
            for j in 0..n {
                data[j * n + i] = self.data[i * n + j];
            }
        }
        Matrix { n, data }
    }
}

fn main() {
    let factor: usize = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(32);
    let n = 8 * factor;
    let mut seed = 12345u64;
    let mut next = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        seed >> 33
    };
    let a = Matrix { n, data: (0..n * n).map(|_| (next() % 2000) as f64 / 1000.0 - 1.0).collect::<Vec<f64>>() };
    let b = Matrix { n, data: (0..n * n).map(|_| (next() % 2000) as f64 / 1000.0 - 1.0).collect::<Vec<f64>>() };
    let c = a.mul(&b);
    let d = c.mul(&a.transpose());
    let trace_c: f64 = (0..n).map(|i| c.data[i * n + i]).sum();
    let trace_d: f64 = (0..n).map(|i| d.data[i * n + i]).sum();
    let norm: f64 = d.data.iter().map(|x| x * x).sum::<f64>().sqrt();
    println!("n {} trace {:.6} {:.6} norm {:.6}", n, trace_c, trace_d, norm);

    let p = Matrix { n, data: (0..n * n).map(|_| (next() % 1000) as i64 - 500).collect::<Vec<i64>>() };
    let q = Matrix { n, data: (0..n * n).map(|_| (next() % 1000) as i64).collect::<Vec<i64>>() };
    let r = p.mul(&q);
    let s = r.mul(&p.transpose());
    let trace_s: i64 = (0..n).map(|i| s.data[i * n + i]).sum();
    let check = s.data.iter().fold(0u64, |acc, &x| acc.rotate_left(7) ^ (x as u64));
    println!("integer trace {} checksum {:x}", trace_s, check);
}
