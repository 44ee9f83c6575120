// Floating point: a gravitational n-body simulation (leapfrog-free, plain Euler steps) of bodies
// placed by a linear congruential generator, with the total energy before and after. The
// argument (default 1500) times 500 is the number of steps.

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    // uniform in [lo, hi)
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next() as f64 / (1u64 << 31) as f64)
    }
}

#[derive(Clone, Copy)]
struct Body {
    pos: [f64; 3],
    vel: [f64; 3],
    mass: f64,
}

fn energy(bodies: &[Body]) -> f64 {
    let mut e = 0.0;
    for i in 0..bodies.len() {
        let b = &bodies[i];
        e += 0.5 * b.mass * (b.vel[0] * b.vel[0] + b.vel[1] * b.vel[1] + b.vel[2] * b.vel[2]);
        for j in (i + 1)..bodies.len() {
            let c = &bodies[j];
            let dx = b.pos[0] - c.pos[0];
            let dy = b.pos[1] - c.pos[1];
            let dz = b.pos[2] - c.pos[2];
            e -= b.mass * c.mass / (dx * dx + dy * dy + dz * dz).sqrt();
        }
    }
    e
}

fn step(bodies: &mut Vec<Body>, dt: f64) {
    let n = bodies.len();
    for i in 0..n {
        for j in (i + 1)..n {
            let dx = bodies[i].pos[0] - bodies[j].pos[0];
            let dy = bodies[i].pos[1] - bodies[j].pos[1];
            let dz = bodies[i].pos[2] - bodies[j].pos[2];
            let d2 = dx * dx + dy * dy + dz * dz + 0.01;
            let mag = dt / (d2 * d2.sqrt());
            let mi = bodies[i].mass * mag;
            let mj = bodies[j].mass * mag;
            bodies[i].vel[0] -= dx * mj;
            bodies[i].vel[1] -= dy * mj;
            bodies[i].vel[2] -= dz * mj;
            bodies[j].vel[0] += dx * mi;
            bodies[j].vel[1] += dy * mi;
            bodies[j].vel[2] += dz * mi;
        }
    }
    for b in bodies.iter_mut() {
        for k in 0..3 {
            b.pos[k] += dt * b.vel[k];
        }
    }
}

fn main() {
    let factor: u64 = std::env::args().nth(1).map(|s| s.parse().expect("size factor")).unwrap_or(1500);
    let steps = factor * 500;
    let mut rng = Lcg(2024);
    let mut bodies = Vec::new();
    bodies.push(Body { pos: [0.0; 3], vel: [0.0; 3], mass: 40.0 });
    for _ in 0..6 {
        let pos = [rng.range(-10.0, 10.0), rng.range(-10.0, 10.0), rng.range(-1.0, 1.0)];
        let vel = [rng.range(-0.5, 0.5), rng.range(-0.5, 0.5), rng.range(-0.05, 0.05)];
        bodies.push(Body { pos, vel, mass: rng.range(0.01, 1.0) });
    }
    // move to the centre of momentum
    let total: f64 = bodies.iter().map(|b| b.mass).sum();
    for k in 0..3 {
        let p: f64 = bodies.iter().map(|b| b.vel[k] * b.mass).sum();
        bodies[0].vel[k] -= p / total;
    }
    println!("bodies {} steps {}", bodies.len(), steps);
    println!("energy before {:.9}", energy(&bodies));
    for _ in 0..steps {
        step(&mut bodies, 0.001);
    }
    println!("energy after  {:.9}", energy(&bodies));
    let far = bodies
        .iter()
        .map(|b| (b.pos[0] * b.pos[0] + b.pos[1] * b.pos[1] + b.pos[2] * b.pos[2]).sqrt())
        .fold(0.0f64, |a, d| if d > a { d } else { a });
    println!("farthest body {:.6}", far);
}
