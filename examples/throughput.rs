//! Quick throughput figure: `cargo run --release --example throughput`.
//! (The full benchmark is `cargo bench`.)
use std::time::Instant;

fn main() {
    let mut one = String::new();
    for entry in std::fs::read_dir("tests/corpus/dev").expect("run from the repo root") {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            one.push_str(&std::fs::read_to_string(p).unwrap());
            one.push_str("\n\n");
        }
    }
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&one);
    }
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
