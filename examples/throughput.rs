//! Quick throughput figure: `cargo run --release --example throughput`.
//! (The full benchmark is `cargo bench`.)
use std::time::Instant;

#[path = "../benches/support/dev_corpus.rs"]
mod dev_corpus;

fn main() {
    let text = dev_corpus::repeated(1 << 20);
    let t = Instant::now();
    soi::warm_up();
    println!("rule compile: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let rounds = 5;
    let mut n = 0;
    for _ in 0..rounds {
        n += soi::analyze(&text, &soi::Options::default()).entities.len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} marks; {:.1} MB/s",
        n / rounds,
        (text.len() * rounds) as f64 / secs / 1e6
    );
}
