//! Runs one phase of the analyzer N times on ~256 KB, for instruction counts:
//! `valgrind --tool=callgrind target/release/examples/phase_cost PHASE N`.
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
            "year" => n += soi::date::dateline::year_in_text(&canon.text).unwrap_or(0) as usize,
            _ => n += soi::analyze(&text, &soi::Options::default()).entities.len(),
        }
        n += out.len();
    }
    println!("{n}");
}
