//! Native half of `scripts/bench.sh`: `cargo run --release --example
//! bench_native -- [OUT_DIR]`. Builds the benchmark inputs: every corpus
//! article (`tests/corpus/*/*.txt`: the dev set, then the larger corpus, in
//! name order) repeated to 1 MiB, and the "10 KB article", the first lines of
//! the dev articles up to 10 KiB (the same text as before the mix); writes them
//! to OUT_DIR (default `target/bench`) as `input-1mb.txt` and `input-10kb.txt`
//! so the browser half measures the very same text, and prints one JSON object
//! with the native figures.

#[path = "../benches/support/dev_corpus.rs"]
mod dev_corpus;

use std::path::PathBuf;
use std::time::Instant;

/// The longest prefix of `text` ending at a line break within `bytes`.
fn prefix_at_line(text: &str, bytes: usize) -> &str {
    let cut = text[..text.floor_char_boundary(bytes)]
        .rfind('\n')
        .unwrap_or(0);
    &text[..cut]
}

/// Runs `analyze` on `text` `runs` times; returns (marks, per-run ms sorted).
fn time_runs(text: &str, runs: usize) -> (usize, Vec<f64>) {
    let options = soi::Options::default();
    let mut marks = 0;
    let mut ms = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        marks = std::hint::black_box(soi::analyze(std::hint::black_box(text), &options))
            .entities
            .len();
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    (marks, ms)
}

/// Hostile shapes, 256 KiB each: each position of such a run can start a
/// rule's match (a space before "và", a digit, a numeral), so a pass that
/// re-read the run from every position would show here first (the tests
/// check only that time grows linearly).
const HOSTILE: [(&str, &str); 6] = [
    ("spaces", " "),
    ("1+space", "1 "),
    ("năm+space", "năm "),
    ("1.000.", "1.000."),
    ("space+và", " và"),
    ("comma+space", ", "),
];

/// One timed analysis of each hostile shape, as JSON.
fn hostile_json() -> String {
    let rows: Vec<String> = HOSTILE
        .iter()
        .map(|(name, unit)| {
            let text = unit.repeat((256 << 10) / unit.len());
            let (_, ms) = time_runs(&text, 1);
            format!(
                "{{\"shape\":\"{name}\",\"bytes\":{},\"ms\":{:.1}}}",
                text.len(),
                ms[0]
            )
        })
        .collect();
    format!("[{}]", rows.join(","))
}

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench".into()),
    );
    std::fs::create_dir_all(&out).expect("creating the output directory");
    let big = dev_corpus::mixed(1 << 20);
    let small = prefix_at_line(&dev_corpus::repeated(16 << 10), 10 << 10).to_string();
    std::fs::write(out.join("input-1mb.txt"), &big).unwrap();
    std::fs::write(out.join("input-10kb.txt"), &small).unwrap();

    let t = Instant::now();
    soi::warm_up();
    let compile_ms = t.elapsed().as_secs_f64() * 1e3;

    // One untimed run each, then the timed ones.
    let _ = soi::analyze(&big, &soi::Options::default());
    let (big_marks, big_ms) = time_runs(&big, 7);
    let (small_marks, small_ms) = time_runs(&small, 50);
    let median = |v: &[f64]| v[v.len() / 2];
    let mb = big.len() as f64 / 1e6;
    let hostile = hostile_json();
    println!(
        "{{\"hostile\":{hostile},\"compile_ms\":{compile_ms:.2},\"bytes_1mb\":{},\"marks_1mb\":{big_marks},\"median_ms_1mb\":{:.3},\"best_ms_1mb\":{:.3},\"mb_per_s\":{:.2},\"bytes_10kb\":{},\"marks_10kb\":{small_marks},\"median_ms_10kb\":{:.4}}}",
        big.len(),
        median(&big_ms),
        big_ms[0],
        mb / (median(&big_ms) / 1e3),
        small.len(),
        median(&small_ms),
    );
}
