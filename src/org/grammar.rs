//! ORG's word lists (`lexicon.rs`) made into look-ups once: the head nouns
//! in their case variants, the fixed names and the level and locality
//! patterns, the terms inside names. `name.rs` and `chain.rs` read with them.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use super::frag;
use super::lexicon::{
    COMPANY_HEADS, DOMAIN_HEADS, FIRST_WORDS, FIXED_BODIES, HEADS, LOWERCASE_DOMAINS, NAME_TERMS,
    NUMBERED_HEADS, OBJECT_TAKING,
};
use super::words::{anchored, first_lowered, EndPattern, PhraseIndex};

/// The look-ups every reader of a body's name asks.
pub(super) struct Grammar {
    /// Whole names of bodies ([`FIXED_BODIES`]: "Tỉnh ủy", "UBND").
    pub(super) fixed: EndPattern,
    /// A level after a name ("Trung ương", "T.Ư").
    pub(super) level: EndPattern,
    /// A locality after a name ("tỉnh Quảng Nam", "huyện Đại Lộc", "Quảng Nam").
    pub(super) locality: EndPattern,
    /// An administrative unit's word and name ("xã Bến Cầu").
    pub(super) admin_locality: EndPattern,
    /// Head nouns ([`HEADS`]) and their case variants ("Trung tâm", "Trung Tâm").
    pub(super) heads: PhraseIndex,
    /// Multi-word terms with a capital first letter ("Y tế", "Quản lý").
    pub(super) capitalized_terms: PhraseIndex,
    /// Lower-case terms inside names ("thị trường").
    pub(super) terms: PhraseIndex,
    /// Domains after a State body's head in lower case ("Bộ công an").
    pub(super) lowercase_domains: PhraseIndex,
    /// [`NUMBERED_HEADS`] as the head index spells them ("Tổng Công ty").
    pub(super) numbered_heads: FxHashSet<String>,
    /// The most words in a numbered head.
    pub(super) numbered_heads_words: usize,
    /// Activity words in lower case ("xây dựng", "kinh doanh").
    pub(super) activities: PhraseIndex,
    /// [`COMPANY_HEADS`] as the head index spells them ("Công ty Trách nhiệm hữu hạn").
    pub(super) company_heads: FxHashSet<String>,
}

fn compile(pattern: &str) -> EndPattern {
    EndPattern::new(pattern)
}

/// Every term a name may hold, capitalized when it opens the name: the
/// domains, the first words and the activities ("Công ty Thiết bị điện").
pub(super) fn name_terms() -> impl Iterator<Item = &'static str> {
    NAME_TERMS
        .iter()
        .chain(FIRST_WORDS)
        .chain(OBJECT_TAKING)
        .copied()
}

pub(super) fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let capitalized_terms = name_terms().filter(|w| w.contains(' ')).map(|w| {
            let mut cs = w.chars();
            let first: String = cs.next().into_iter().flat_map(char::to_uppercase).collect();
            first + cs.as_str()
        });
        Grammar {
            fixed: compile(&format!("(?:{})", FIXED_BODIES.join("|"))),
            level: compile(frag::LEVEL.strip_suffix('?').unwrap_or(frag::LEVEL)),
            locality: compile(frag::LOCALITY.strip_suffix('?').unwrap_or(frag::LOCALITY)),
            admin_locality: compile(frag::ADMIN_LOCALITY),
            heads: PhraseIndex::new(HEADS.iter().flat_map(|h| case_variants(h))),
            capitalized_terms: PhraseIndex::new(capitalized_terms),
            terms: PhraseIndex::new(NAME_TERMS),
            lowercase_domains: PhraseIndex::new(LOWERCASE_DOMAINS),
            numbered_heads_words: NUMBERED_HEADS
                .iter()
                .map(|h| h.split(' ').count())
                .max()
                .unwrap_or(0),
            numbered_heads: NUMBERED_HEADS
                .iter()
                .flat_map(|h| case_variants(h))
                .collect(),
            activities: PhraseIndex::new(OBJECT_TAKING),
            company_heads: COMPANY_HEADS
                .iter()
                .flat_map(|h| case_variants(h))
                .collect(),
        }
    })
}

pub fn warm_up() {
    grammar();
}

/// A head as listed and with its later words capitalized too: "Tổng công
/// ty" and "Tổng Công ty", "Trung tâm" and "Trung Tâm".
fn case_variants(head: &str) -> Vec<String> {
    let words: Vec<&str> = head.split(' ').collect();
    let mut variants = vec![head.to_string()];
    for i in 1..words.len() {
        let mut w: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let mut cs = words[i].chars();
        w[i] = cs
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(cs)
            .collect();
        variants.push(w.join(" "));
    }
    variants
}

/// The length of a State body's head and lower-case domain that `span`
/// starts with ("Bộ công an"), or 0.
pub(super) fn domain_head_len(span: &str) -> usize {
    let g = grammar();
    DOMAIN_HEADS
        .iter()
        .filter_map(|h| {
            let q = span.strip_prefix(h)?.strip_prefix(' ')?;
            g.lowercase_domains.longest_at(span, span.len() - q.len())
        })
        .max()
        .unwrap_or(0)
}

/// The length of the fixed body's name `span` starts with, or 0.
pub(super) fn fixed_body_len(span: &str) -> usize {
    anchored(&grammar().fixed, span, 0).unwrap_or(0)
}

/// Whether `phrase` (its first letter in any case) is a term of bodies'
/// names ("Ngoại giao", "giao thông"): a title's domain without its head
/// ("Bộ trưởng Ngoại giao", "Cục trưởng Cảnh sát giao thông").
pub fn is_name_term(phrase: &str) -> bool {
    let g = grammar();
    let lower = first_lowered(phrase);
    // Words that open a name only capitalized ("Chỉ đạo", not "chỉ đạo").
    let capitalized = phrase.starts_with(char::is_uppercase);
    g.terms.longest_at(&lower, 0) == Some(lower.len())
        || (capitalized && first_words().contains(&*lower))
}

/// [`FIRST_WORDS`] as a set (asked for every capitalized word of a title).
fn first_words() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FIRST_WORDS.iter().copied().collect())
}
