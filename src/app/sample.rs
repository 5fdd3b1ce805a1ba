//! The article the page opens with, and its analysis made ahead of time.
//!
//! A first visit shows the marked sample without compiling a rule: the
//! page decodes `sample.wire` (the engine's analysis of the sample in the
//! worker's answer form, `wire.rs`) and compiles the rules once the sample
//! is on screen (`www/boot.js`). The file is the engine's own output, and
//! the test below holds it to the engine: after a rule change that moves
//! one of the sample's marks, it fails and says how to write it again
//! (`UPDATE_SAMPLE=1 cargo test --features ssr --lib app::sample`).

use super::wire;
use crate::{Analysis, Options};

/// The article the page opens with (a real dev-corpus article).
pub const SAMPLE: &str = include_str!("../../www/sample.txt");

/// `wire::encode` of the engine's analysis of [`SAMPLE`], default options.
const SAMPLE_ANALYSIS: &[u8] = include_bytes!("sample.wire");

/// The engine's analysis of `text`; for the sample with the default
/// options, the one made ahead of time.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    if text == SAMPLE && options.reference_date.is_none() {
        if let Some(analysis) = wire::decode(SAMPLE, SAMPLE_ANALYSIS) {
            return analysis;
        }
    }
    crate::analyze(text, options)
}

/// What the engine gives for an empty text, without asking it (asking
/// compiles rules).
pub fn empty() -> Analysis {
    Analysis {
        entities: Vec::new(),
        reference_date: None,
        reference_source: crate::ReferenceSource::None,
        dateline: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prebuilt_sample_analysis_is_the_engines() {
        let engine = crate::analyze(SAMPLE, &Options::default());
        let encoded = wire::encode(&engine);
        if std::env::var_os("UPDATE_SAMPLE").is_some() {
            std::fs::write(
                concat!(env!("CARGO_MANIFEST_DIR"), "/src/app/sample.wire"),
                &encoded,
            )
            .unwrap();
            return;
        }
        assert!(
            encoded == SAMPLE_ANALYSIS,
            "src/app/sample.wire is not the engine's analysis of www/sample.txt: \
             write it again with `UPDATE_SAMPLE=1 cargo test --features ssr --lib app::sample`"
        );
        let prebuilt = analyze(SAMPLE, &Options::default());
        assert_eq!(prebuilt, engine);
        assert!(prebuilt.entities.len() >= 20);
    }

    #[test]
    fn other_texts_and_a_given_reference_date_ask_the_engine() {
        let dated = Options {
            reference_date: crate::CivilDate::new(2020, 3, 15),
        };
        // The sample's relative dates resolve against the given date, so the
        // analysis made ahead of time would be wrong here.
        assert_ne!(
            crate::analyze(SAMPLE, &dated),
            crate::analyze(SAMPLE, &Options::default())
        );
        assert_eq!(analyze(SAMPLE, &dated), crate::analyze(SAMPLE, &dated));
        let edited = format!("{SAMPLE} Ngày 5/10/2023.");
        let options = Options::default();
        assert_eq!(
            analyze(&edited, &options),
            crate::analyze(&edited, &options)
        );
        assert_eq!(empty(), crate::analyze("", &options));
    }
}
