//! Runs one phase of the analyzer N times on ~256 KB, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/phase_cost PHASE N [FILE]`
//! (FILE, e.g. the benchmark's `target/bench/input-1mb.txt`, instead of the dev text).
#[path = "../benches/support/dev_corpus.rs"]
mod dev_corpus;

fn main() {
    let text = match std::env::args().nth(3) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => dev_corpus::repeated(256 << 10),
    };
    let phase = std::env::args().nth(1).unwrap_or_default();
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    soi::warm_up();
    let canon = soi::text::Canonical::new(&text);
    let ctx = soi::Context {
        text: &canon.text,
        reference: None,
    };
    let mut n = 0;
    for _ in 0..rounds {
        let mut out = Vec::new();
        match phase.as_str() {
            "canonical" => n += soi::text::Canonical::new(&text).text.len(),
            "numeric" => soi::scan::find_numeric(&ctx, &mut out),
            "person" => soi::person::find(&ctx, &mut out),
            "org" => soi::org::find(&ctx, &mut out),
            "place" => soi::place::find(&ctx, &mut out),
            "year" => n += soi::date::about::reference(&canon.text).map_or(0, |d| d.year) as usize,
            _ => n += soi::analyze(&text, &soi::Options::default()).entities.len(),
        }
        n += out.len();
    }
    println!("{n}");
}
