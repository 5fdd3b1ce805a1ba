//! Compiles the PLACE look-up at build time: every string of
//! `src/place/patterns.rs` (gazetteer names and their variants, type words,
//! official names) into one finite-state transducer, written to
//! `$OUT_DIR/places.fst` and loaded as it is by `src/place/lexicon.rs`.
//! Building it here instead of at start saves the page and the worker
//! their largest start-up step (README, "Performance").

// patterns.rs allows its own dead code outside the tests.
#[path = "src/place/patterns.rs"]
mod patterns;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/place/patterns.rs");
    println!("cargo:rerun-if-changed=src/place/gazetteer.tsv");
    let mut entries: Vec<(String, u64)> = patterns::patterns()
        .into_iter()
        .enumerate()
        .map(|(id, (p, what))| (p, (id as u64) << 8 | u64::from(patterns::encode(what))))
        .collect();
    // A transducer takes its keys in byte order, each once (patterns() gives
    // each string once).
    entries.sort();
    let map = fst::Map::from_iter(entries).expect("place patterns are unique and sorted");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("places.fst");
    std::fs::write(out, map.as_fst().as_bytes()).expect("writing places.fst");
}
