//! Analyzes ~256 KB of the dev corpus N times (first argument, default 1), for profilers
//! (`valgrind --tool=callgrind target/release/examples/profile_once`).
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
    while text.len() < 256 << 10 {
        text.push_str(&one);
    }
    soi::warm_up();
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let mut marks = 0;
    for _ in 0..rounds {
        marks = soi::analyze(&text, &soi::Options::default()).entities.len();
    }
    println!("{marks} marks");
}
