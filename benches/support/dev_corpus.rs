//! The corpus articles as benchmark input, shared by the bench and the
//! examples (`#[path]`-included, so every figure is measured on the same text).

use std::path::{Path, PathBuf};

/// The `.txt` files of `dir` (under `tests/corpus`), in name order.
fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The dev articles (`tests/corpus/dev/*.txt`), in name order.
#[allow(dead_code)]
pub fn articles() -> Vec<String> {
    read_all(&txt_files(&corpus_dir().join("dev")))
}

/// Every corpus article (`tests/corpus/*/*.txt`: dev, then train, then
/// unseen, each in name order): the dev set mixed with the larger corpus.
#[allow(dead_code)]
pub fn corpus_articles() -> Vec<String> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    read_all(&dirs.iter().flat_map(|d| txt_files(d)).collect::<Vec<_>>())
}

fn read_all(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The dev articles joined by blank lines, repeated until the text has `bytes`.
#[allow(dead_code)] // the bench uses the articles one by one
pub fn repeated(bytes: usize) -> String {
    let arts = articles();
    let mut text = String::with_capacity(bytes + (64 << 10));
    while text.len() < bytes {
        for a in &arts {
            text.push_str(a);
            text.push_str("\n\n");
        }
    }
    text
}

/// Every corpus article ([`corpus_articles`]) joined by blank lines, from the
/// first again when they run out, up to the article that brings the text to
/// `bytes` (the corpus is about half a megabyte: 1 MiB is it twice and more).
#[allow(dead_code)]
pub fn mixed(bytes: usize) -> String {
    let arts = corpus_articles();
    let mut text = String::with_capacity(bytes + (64 << 10));
    for a in arts.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(a);
        text.push_str("\n\n");
    }
    text
}
