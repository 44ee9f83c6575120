// Floating point: the Mandelbrot set on a grid of (8 * argument)^2 points (default argument 232),
// at most 200 iterations each; prints how many points stay bounded, the total iteration count and
// a checksum of the rows.

const MAX_ITER: u32 = 200;

fn escape(cr: f64, ci: f64) -> u32 {
    let mut zr = 0.0f64;
    let mut zi = 0.0f64;
    let mut i = 0;
    while i < MAX_ITER {
        let zr2 = zr * zr;
        let zi2 = zi * zi;
        if zr2 + zi2 > 4.0 {
            break;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    i
}

fn main() {
    let factor: usize = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(232);
    let side = 8 * factor;
    let mut inside = 0u64;
    let mut iterations = 0u64;
    let mut checksum = 0u64;
    for y in 0..side {
        let ci = -1.25 + 2.5 * (y as f64) / (side as f64);
        let mut row = 0u64;
        for x in 0..side {
            let cr = -2.1 + 2.8 * (x as f64) / (side as f64);
            let n = escape(cr, ci);
            iterations += n as u64;
            if n == MAX_ITER {
                inside += 1;
                row = row.wrapping_mul(31).wrapping_add(x as u64);
            }
        }
        checksum = checksum.rotate_left(5) ^ row;
    }
    let area = 2.5 * 2.8 * (inside as f64) / ((side * side) as f64);
    println!("grid {}x{} inside {}", side, side, inside);
    println!("iterations {}", iterations);
    println!("area estimate {:.6} checksum {:x}", area, checksum);
}
