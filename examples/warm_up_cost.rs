//! What the one-time rule compile costs, part by part:
//! `cargo run --release --example warm_up_cost`.
use std::time::Instant;

fn main() {
    let parts: [(&str, fn()); 4] = [
        ("scan (dates, figures, documents)", soi::scan::warm_up),
        ("people", soi::person::warm_up),
        ("organizations", soi::org::warm_up),
        ("places", soi::place::warm_up),
    ];
    let all = Instant::now();
    for (name, f) in parts {
        let t = Instant::now();
        f();
        println!("{name:<34}{:>7.1} ms", t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "{:<34}{:>7.1} ms",
        "total",
        all.elapsed().as_secs_f64() * 1e3
    );
}
