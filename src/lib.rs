//! Soi: finds people, organizations, places, dates, documents and figures in
//! Vietnamese official news.
//!
//! ```
//! let text = "Sáng 10.1, đồng chí Nguyễn Giờ - Trưởng Ban Tổ chức Tỉnh ủy dự Hội nghị.";
//! let analysis = soi::analyze(text, &soi::Options::default());
//! let person = analysis.entities.iter().find(|e| e.kind == soi::Kind::Person).unwrap();
//! assert_eq!(person.text, "Nguyễn Giờ");
//! assert_eq!(person.attrs.role.as_deref(), Some("Trưởng Ban Tổ chức Tỉnh ủy"));
//! ```
//!
//! Where things live: one module per entity type (`date`, `figure`,
//! `regulation`, `person`, `org`, `place`), each with its rules and an
//! `examples.txt` corpus that `cargo test` runs; `text` holds normalization and
//! offset conversion, over `unorm` (NFC/NFD: the unicode-normalization crate
//! natively, the browser's in the wasm build); `words` (the words of the
//! text), `rule` (what a rule sees and gives) and `gazetteer` (the place
//! look-up, asked by PLACE, ORG and PERSON) are the layer every rule stands
//! on; `scan` runs the numeric rules in one pass; `candidate` decides between
//! competing marks.

pub mod calendar;
pub mod candidate;
pub mod compounds;
pub mod contract;
#[cfg(test)]
mod corpus_articles;
pub mod counted;
pub mod date;
pub mod entity;
pub mod examples;
pub mod figure;
pub mod gazetteer;
pub mod input;
pub mod letters;
mod memo;
pub mod org;
pub mod people;
pub mod person;
pub mod place;
pub mod regulation;
pub mod rule;
pub mod scan;
pub mod syllable;
pub mod text;
pub mod unorm;
pub mod words;

#[cfg(feature = "app")]
pub mod app;

pub use calendar::CivilDate;
pub use entity::{Attrs, ContractEntity, Entity, Kind, MarkAttrs, Source};
pub use rule::Context;

use candidate::Candidate;
use text::{Canonical, OffsetConverter};

/// How to analyze.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date that relative dates ("24/11", "7 tháng đầu năm") resolve
    /// against. `None`: the article's own dateline, else the year it is about.
    pub reference_date: Option<CivilDate>,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceSource {
    /// Given by the caller.
    Given,
    /// The article's own timestamp.
    Dateline,
    /// No dateline: the year the text itself is about (`date::about`).
    YearInText,
    /// Nothing to go by.
    None,
}

/// The result of [`analyze`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Analysis {
    /// Sorted by start, never overlapping; byte offsets into the input.
    pub entities: Vec<Entity>,
    /// The date relative dates were resolved against.
    pub reference_date: Option<CivilDate>,
    pub reference_source: ReferenceSource,
    /// The dateline found in the text, whether or not it was used.
    pub dateline: Option<CivilDate>,
}

impl Analysis {
    /// The marks with code-point and UTF-16 offsets into `input` (the text
    /// given to [`analyze`]).
    pub fn contract_entities(&self, input: &str) -> Vec<ContractEntity> {
        let mut conv = OffsetConverter::new(input);
        self.entities
            .iter()
            .map(|e| {
                let (start, start_utf16) = conv.at(e.start);
                let (end, end_utf16) = conv.at(e.end);
                ContractEntity {
                    kind: e.kind,
                    start,
                    end,
                    text: e.text.clone(),
                    attrs: (*e.attrs).clone(),
                    source: e.source,
                    start_utf16,
                    end_utf16,
                }
            })
            .collect()
    }

    /// The CLI's JSON contract: `{"entities":[{"type","start","end","text",…}]}`
    /// with code-point offsets.
    pub fn to_contract_json(&self, input: &str) -> serde_json::Value {
        serde_json::json!({
            "entities": self.contract_entities(input),
            "reference_date": self.reference_date.map(|d| d.to_string()),
            "reference_source": self.reference_source,
        })
    }
}

/// Compiles every rule now rather than on the first call (the web worker at
/// its start; the page does it step by step, [`WARM_UP_STEPS`]).
pub fn warm_up() {
    WARM_UP_STEPS.iter().for_each(|step| step());
}

/// [`warm_up`] in steps, each a short task of its own: the page runs them
/// one per idle moment after its first paint (`www/boot.js`).
pub const WARM_UP_STEPS: [fn(); 4] = [scan::warm_up, person::warm_up, org::warm_up, place::warm_up];

/// Finds every mark in `input`.
pub fn analyze(input: &str, options: &Options) -> Analysis {
    let mut canon = Canonical::new(input);
    let text = canon.text.as_str();
    let dateline = date::dateline::detect(text);
    let (reference_date, reference_source) = match (options.reference_date, dateline) {
        (Some(d), _) => (Some(d), ReferenceSource::Given),
        (None, Some(d)) => (Some(d), ReferenceSource::Dateline),
        (None, None) => match date::about::reference(text) {
            Some(d) => (Some(d), ReferenceSource::YearInText),
            None => (None, ReferenceSource::None),
        },
    };
    let ctx = Context {
        text,
        reference: reference_date,
    };

    let mut candidates: Vec<Candidate> = Vec::new();
    // Body names and title phrases read once for all the rules that ask.
    // Each pass fills a list of its own, appended at its exact length: one
    // list grown by doubling for every pass held up to twice the candidates
    // (a long text's largest allocation) whenever their count passed a power
    // of two. No pass reads another's candidates.
    let passes: [fn(&Context, &mut Vec<Candidate>); 3] = [person::find, org::find, place::find];
    memo::scope(text, || {
        for pass in passes {
            let mut found = Vec::new();
            pass(&ctx, &mut found);
            candidates.reserve_exact(found.len());
            candidates.append(&mut found);
        }
    });
    // The numeric pass runs once the remembered reads are forgotten (it asks
    // none): its candidates, each with attributes, are the largest, and the
    // readers' tables no longer sit beside them (they did at the peak of a
    // long text's analysis). It adds them to the list in place (a list of
    // their own would be copied beside it) and they are moved to its front,
    // as if found first: among equal candidates the resolver keeps the
    // earlier one.
    let others = candidates.len();
    scan::find_numeric(&ctx, &mut candidates);
    let numeric = candidates.len() - others;
    candidates.shrink_to_fit();
    candidates.rotate_right(numeric);
    org::claim_people(text, &mut candidates);
    candidate::bodies_over_venues(&mut candidates);
    if !canon.is_identity() {
        units_as_written(&canon, input, &mut candidates);
    }
    // The rules are done with the canonical copy (only its offset maps are
    // needed now): a long text's marks are built without it in memory.
    drop(std::mem::take(&mut canon.text));

    let chosen = candidate::resolve(candidates);
    let mut entities: Vec<Entity> = Vec::with_capacity(chosen.len());
    entities.extend(chosen.into_iter().filter_map(|mut c| {
        let kind = c.kind?;
        let start = canon.to_input(c.start);
        let end = canon.to_input_end(input, c.end);
        // The role as written in the input, not in the canonical copy;
        // a title list broken over lines reads as one line in a table.
        if let Some((rs, re)) = c.role_span() {
            let written = &input[canon.to_input(rs)..canon.to_input_end(input, re)];
            let mut role = String::with_capacity(written.len());
            for word in written.split_whitespace() {
                if !role.is_empty() {
                    role.push(' ');
                }
                role.push_str(word);
            }
            c.attrs.get_or_insert_default().role = Some(role.into_boxed_str());
        }
        Some(Entity {
            kind,
            start,
            end,
            text: input[start..end].to_string(),
            attrs: MarkAttrs::from_box(c.attrs),
            source: Source::Rule,
        })
    }));
    person::assign_ids(&mut entities);
    Analysis {
        entities,
        reference_date,
        reference_source,
        dateline,
    }
}

/// How far from its figure a counted noun is looked for in the text.
const UNIT_REACH: usize = 300;

/// A figure's `unit` as written in the input ("ma tuý tổng hợp"), not as
/// the canonical copy spells it ("ma túy"): the rules read it there, so it
/// is found again near its figure and taken from the input at that place.
fn units_as_written(canon: &Canonical, input: &str, candidates: &mut [Candidate]) {
    let text = canon.text.as_str();
    for c in candidates
        .iter_mut()
        .filter(|c| c.kind == Some(Kind::Figure))
    {
        let Some(unit) = c.attrs.as_mut().and_then(|a| a.unit.as_mut()) else {
            continue;
        };
        let after = c.end..words::floor_char(text, (c.end + UNIT_REACH).min(text.len()));
        let before = words::ceil_char(text, c.start.saturating_sub(UNIT_REACH))..c.start;
        let found = text[after.clone()]
            .find(&**unit)
            .map(|i| after.start + i)
            .or_else(|| {
                text[before.clone()]
                    .rfind(&**unit)
                    .map(|i| before.start + i)
            });
        if let Some(at) = found {
            let written = &input[canon.to_input(at)..canon.to_input_end(input, at + unit.len())];
            *unit = written
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .into_boxed_str();
        }
    }
}

/// The JSON contract for `input`, exactly what `soi --json` prints:
/// [`analyze`] then [`Analysis::to_contract_json`], as the Python package
/// (`python/`) takes it. The CLI writes the same bytes without building the
/// tree ([`contract::ContractJson`]; a test compares the two on the corpus).
pub fn analyze_json(input: &str, options: &Options) -> serde_json::Value {
    analyze(input, options).to_contract_json(input)
}
