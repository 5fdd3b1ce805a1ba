//! How the single multi-pattern pass spends its time: `cargo run --release --example scan_cost`.
use std::time::Instant;

use regex_automata::meta::Regex;

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
    let mut rules = soi::regulation::rules();
    rules.extend(soi::date::rules());
    rules.extend(soi::figure::rules());
    let patterns: Vec<&str> = rules.iter().map(|r| r.pattern.as_str()).collect();
    let re = Regex::new_many(&patterns).unwrap();
    for round in 0..2 {
        let t = Instant::now();
        let n = re.find_iter(&text).count();
        let find = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let m = re.captures_iter(&text).count();
        let caps = t.elapsed().as_secs_f64() * 1e3;
        println!("round {round}: find_iter {n} in {find:.1} ms; captures_iter {m} in {caps:.1} ms");
    }
    for (i, p) in patterns.iter().enumerate() {
        let re = Regex::new(p).unwrap();
        let _ = re.find_iter(&text).count();
        let t = Instant::now();
        let n = re.find_iter(&text).count();
        println!(
            "{:<22} {n:>6} {:>7.2} ms",
            rules[i].name,
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
