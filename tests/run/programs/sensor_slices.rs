// Slice methods on sensor data: chunks, windows, split_at, rotate, binary search, and float formatting.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading { t: u32, celsius: f64 }

fn moving_average(xs: &[f64], k: usize) -> Vec<f64> {
    xs.windows(k).map(|w| w.iter().sum::<f64>() / k as f64).collect()
}

fn spikes(xs: &[f64], threshold: f64) -> Vec<usize> {
    xs.windows(3).enumerate()
        .filter(|(_, w)| w[1] - w[0] > threshold && w[1] - w[2] > threshold)
        .map(|(i, _)| i + 1).collect()
}

fn main() {
    let raw = [12.5, 13.1, 13.8, 19.9, 14.2, 14.8, 15.5, 15.1, 14.0, 13.2, 12.1, 11.8, 25.0, 11.0, 10.4, 10.9];
    let readings: Vec<Reading> = raw.iter().enumerate().map(|(i, &c)| Reading { t: i as u32 * 15, celsius: c }).collect();
    let temps: Vec<f64> = readings.iter().map(|r| r.celsius).collect();

    println!("spikes at {:?}", spikes(&temps, 4.0));
    let ma: Vec<String> = moving_average(&temps, 4).iter().map(|v| format!("{:.2}", v)).collect();
    println!("ma4: {}", ma.join(" "));
    for (hour, chunk) in temps.chunks(4).enumerate() {
        let min = chunk.iter().copied().fold(f64::INFINITY, f64::min);
        let max = chunk.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        println!("hour {}: min {:>5.1} max {:>5.1} range {:+.2}", hour, min, max, max - min);
    }
    let exact: Vec<f64> = temps.chunks_exact(5).map(|c| c[0]).collect();
    println!("chunks_exact(5) firsts {:?}, remainder {:?}", exact, temps.chunks_exact(5).remainder());
    let (morning, evening) = temps.split_at(temps.len() / 2);
    println!("morning avg {:.3}, evening avg {:.3}", morning.iter().sum::<f64>() / morning.len() as f64, evening.iter().sum::<f64>() / evening.len() as f64);

    let mut sorted = temps.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = (sorted[7] + sorted[8]) / 2.0;
    println!("sorted first/last: {:?} / {:?}; median {}", &sorted[..3], &sorted[sorted.len() - 3..], median);
    for probe in [14.0, 14.1, 30.0] {
        let pos = sorted.binary_search_by(|x| x.partial_cmp(&probe).unwrap());
        println!("search {}: {:?}; partition_point(<{}) = {}", probe, pos, probe, sorted.partition_point(|&x| x < probe));
    }
    let mut rot = temps[..6].to_vec();
    rot.rotate_left(2);
    println!("rotate_left(2): {:?}", rot);
    rot.rotate_right(3);
    println!("rotate_right(3): {:?}", rot);
    rot.reverse();
    println!("reversed: {:?}; contains 19.9: {}", rot, rot.contains(&19.9));

    let rising = temps.windows(2).take_while(|w| w[1] >= w[0]).count();
    let cooling_tail = temps.iter().rev().skip_while(|&&t| t > 10.5).count();
    println!("rising prefix {} steps; {} readings before the trailing warm ones", rising, cooling_tail);
    let (hot, cold): (Vec<&Reading>, Vec<&Reading>) = readings.iter().partition(|r| r.celsius >= 14.0);
    println!("hot at {:?}", hot.iter().map(|r| r.t).collect::<Vec<_>>());
    println!("cold count {}, first cold {:?}", cold.len(), cold.first());
    let fahrenheit: Vec<String> = temps.iter().step_by(5).map(|c| format!("{:.1}F", c * 9.0 / 5.0 + 32.0)).collect();
    println!("every 5th in F: {:?}", fahrenheit);
    println!("sci: {:e} {:.3e} {:E}", 123456.789, 0.000123, 1e-7);
    println!("special: {} {} {} {:?}", f64::NAN, -f64::INFINITY, 0.1 + 0.2, 1.0f64);
    let max_jump = temps.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0, f64::max);
    println!("max jump {:.1}", max_jump);
    let idx = temps.iter().position(|&t| t > 20.0).unwrap();
    let mut cleaned = temps.clone();
    cleaned.remove(idx);
    cleaned.retain(|&t| t < 19.0);
    println!("cleaned {} values, {:?}", cleaned.len(), cleaned.last());
    let _ = readings[16];
}
