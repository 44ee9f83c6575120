use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn main() {
    let d = Duration::from_millis(1500);
    println!("{:?} {:?} {:?} {:?}", d, Duration::from_millis(250), Duration::from_micros(10), Duration::from_nanos(7));
    println!("{:?} {:?} {:?}", Duration::new(5, 30), Duration::from_secs(3), Duration::ZERO);
    println!("{:.2?} {:.0?} {:.3?} {:?}", Duration::from_millis(1234), Duration::from_millis(1500), Duration::from_nanos(1_234_567), Duration::from_micros(1500));
    println!("[{:>8?}] [{:<8?}] [{:+?}]", Duration::from_millis(5), Duration::from_secs(2), Duration::from_secs(1));
    println!("{} {} {} {}", d.as_secs(), d.as_millis(), d.as_micros(), d.as_nanos());
    println!("{} {} {}", d.as_secs_f64(), d.subsec_millis(), d.subsec_nanos());
    println!("{:?} {:?} {:?} {:?}", d + d, d - Duration::from_millis(600), d * 3, d / 4);
    println!("{:?} {:?}", Duration::from_secs(1).checked_sub(d), d.checked_sub(Duration::from_secs(1)));
    println!("{:?}", Duration::from_secs(1).saturating_sub(d));
    println!("{:?} {}", Duration::from_secs_f64(2.5), Duration::from_secs_f64(0.25).as_millis());
    let total: Duration = [Duration::from_millis(100), Duration::from_millis(250)].iter().sum();
    println!("{:?} {}", total, total > Duration::from_millis(300));
    let mut acc = Duration::new(0, 999_999_999);
    acc += Duration::new(0, 2);
    println!("{:?} {:?}", acc, Duration::new(1, 1_500_000_000));

    let start = Instant::now();
    let later = start + Duration::from_millis(10);
    println!("{:?} {:?}", later.duration_since(start), start.duration_since(later));
    println!("{}", start.elapsed() < Duration::from_secs(60));

    let now = SystemTime::now();
    let since = now.duration_since(UNIX_EPOCH).unwrap();
    println!("{}", since.as_secs() > 1_600_000_000);
    println!("{}", UNIX_EPOCH.duration_since(now).is_err());
}
