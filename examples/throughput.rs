//! Quick throughput figure: `cargo run --release --example throughput [FILE [N]]`
//! analyzes FILE (default: the dev corpus repeated to 1 MiB) N times (default
//! 5). Also what callgrind counts to compare commits: the steady cost of one
//! analysis is half the count for N = 3 minus that for N = 1 (README,
//! "Instructions per byte"). (The full benchmark is `scripts/bench.sh`.)
use std::time::Instant;

#[path = "../benches/support/dev_corpus.rs"]
mod dev_corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => dev_corpus::repeated(1 << 20),
    };
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let t = Instant::now();
    soi::warm_up();
    println!("rule compile: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += soi::analyze(&text, &soi::Options::default()).entities.len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} marks; {:.1} MB/s",
        n / rounds.max(1),
        (text.len() * rounds) as f64 / secs / 1e6
    );
}
