//! Time spent in each rule family on ~1 MB: `cargo run --release --example phase_times`.
use std::time::Instant;

fn main() {
    let mut one = String::new();
    for entry in std::fs::read_dir("tests/corpus/dev").expect("run from the repo root") {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            one.push_str(&std::fs::read_to_string(p).unwrap());
        }
    }
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&one);
    }
    soi::warm_up();
    let canon = soi::text::Canonical::new(&text);
    let ctx = soi::Context {
        text: &canon.text,
        reference: None,
    };
    let phases: [(&str, fn(&soi::Context, &mut Vec<soi::candidate::Candidate>)); 4] = [
        ("numeric scan", soi::scan::find_numeric),
        ("person", soi::person::find),
        ("org", soi::org::find),
        ("place", soi::place::find),
    ];
    let t = Instant::now();
    let _ = soi::text::Canonical::new(&text);
    println!(
        "{:<14}{:>8.1} ms",
        "canonical",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let d = soi::date::dateline::detect(&canon.text);
    println!(
        "{:<14}{:>8.1} ms",
        "dateline",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let y = soi::date::dateline::year_in_text(&canon.text);
    println!(
        "{:<14}{:>8.1} ms {d:?} {y:?}",
        "year_in_text",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let a = soi::analyze(&text, &soi::Options::default());
    println!(
        "{:<14}{:>8.1} ms {} marks",
        "analyze",
        t.elapsed().as_secs_f64() * 1e3,
        a.entities.len()
    );
    for (name, f) in phases {
        let mut out = Vec::new();
        let t = Instant::now();
        f(&ctx, &mut out);
        println!(
            "{name:<14}{:>8.1} ms  {} candidates",
            t.elapsed().as_secs_f64() * 1e3,
            out.len()
        );
    }
}
