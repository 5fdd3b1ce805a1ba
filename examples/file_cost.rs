//! Analyzes a file N times (for callgrind and wall-clock comparisons across commits).
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let text = std::fs::read_to_string(path).unwrap();
    soi::warm_up();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += soi::analyze(&text, &soi::Options::default()).entities.len();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{n} marks, {:.1} MB/s",
        (text.len() * rounds) as f64 / s / 1e6
    );
}
