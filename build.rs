//! Prepares the PLACE look-up at build time: every string of
//! `src/gazetteer/patterns.rs` (gazetteer names and their spelling variants,
//! type words, official names) with what it stands for, one per line,
//! written to `$OUT_DIR/places.txt`; `src/gazetteer/lexicon.rs` reads it into a
//! trie at start. Done here instead of at start, it
//! saves the page and the worker their largest start-up step (README,
//! "Performance").

// patterns.rs allows its own dead code outside the tests.
#[path = "src/gazetteer/patterns.rs"]
mod patterns;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/patterns.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/gazetteer.tsv");
    // In the patterns' own order (a pattern's id is its line number), which
    // compresses as well as the gazetteer itself (sorted with ids it was
    // twice the size); lexicon.rs sorts them to build its trie.
    let mut lines = String::new();
    for (pattern, what) in patterns::patterns() {
        assert!(
            !pattern.is_empty() && !pattern.contains(['\t', '\n']),
            "a place pattern is one line: {pattern:?}"
        );
        lines.push_str(&format!("{}\t{pattern}\n", patterns::encode(what)));
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("places.txt");
    std::fs::write(out, lines).expect("writing places.txt");
}
