//! Arbitrary bytes → `analyze`, checking the same invariants as
//! `tests/properties.rs` (the shared `tests/support/invariants.rs`): the
//! bytes as lossy UTF-8, the bytes through `soi::input::decode` when it
//! accepts them, and the NFC/NFD forms of the text. Any broken invariant
//! panics, which libFuzzer reports as a crash.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

/// Inputs past this many bytes are cut: the rules are linear-ish, and long
/// inputs only slow the search down.
const MAX_LEN: usize = 64 * 1024;

fuzz_target!(|data: &[u8]| {
    let data = &data[..data.len().min(MAX_LEN)];
    let lossy = String::from_utf8_lossy(data);
    if let Err(e) = invariants::check_analysis(&lossy) {
        panic!("lossy UTF-8: {e}\ninput: {lossy:?}");
    }
    if let Err(e) = invariants::check_nfc_nfd(&lossy) {
        panic!("{e}\ninput: {lossy:?}");
    }
    if let Ok(decoded) = soi::input::decode(data) {
        if decoded.text != lossy {
            if let Err(e) = invariants::check_analysis(&decoded.text) {
                panic!(
                    "decoded ({}): {e}\ninput: {:?}",
                    decoded.encoding, decoded.text
                );
            }
        }
    }
});
