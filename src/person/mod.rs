//! PERSON: names of people, with the title phrase attached to each mention
//! (GUIDELINES.md, "PERSON").
//!
//! A name is a run of capitalized syllables that starts with a family name
//! (`lexicon::FAMILY_NAMES`). It is taken as a person when a cue supports it:
//! an honorific ("đồng chí"), a title phrase before it ("Bí thư Tỉnh ủy") or
//! after it (", Ủy viên …"), or three syllables or more on their own. A
//! two-syllable name with no cue counts when the same name has a cue elsewhere
//! in the text. Bylines, photo credits and signature lines are `credits`.
//!
//! To add a title: `lexicon::TITLE_HEADS`; a family name: `lexicon::FAMILY_NAMES`.

mod bylines;
mod credits;
mod cues;
mod headline_names;
mod initials;
mod judge;
mod name_words;
pub use crate::people as lexicon;
mod roles;
mod terms;
mod title_phrase;
mod title_words;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::candidate::{rank, Candidate};
use crate::entity::{Entity, Kind};
use crate::rule::Context;
use crate::unorm::UnicodeNormalization;
use crate::words::is_word_char;
use cues::{
    age_after, honorific_before, in_case_party_list, is_place_name, list_title_before,
    name_follows, named_place_before, plural_title_before, short_title_before, titled_after,
    without_degrees,
};
use judge::judge_run;
use lexicon::{is_family_name, NAMED_AFTER_CUES};
use name_words::{not_name_word, AFTER_MORNING, ALSO_GIVEN_NAMES, ALSO_MIDDLE_NAMES};
use roles::{role_after, role_before, title_before_honorific};

/// A word of the text with its byte span.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

/// "Giờ", "Dũng", "H'Hen": an upper-case letter then lower-case letters.
fn is_name_syllable(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(crate::words::is_upper)
        && chars.all(|c| crate::words::is_lower(c) || c == '\'')
        && !not_name_word(w)
}

/// Whether the word `w` opens a title phrase of two words or more whose
/// second word could go on a name ("Chánh Thanh tra Sở", "Chánh Văn phòng").
fn opens_capitalized_title(text: &str, w: Word) -> bool {
    // The run would take the title's next word too ("Thanh", "Văn"): else
    // it stops there anyway ("Lê Văn Chánh Phó Chủ tịch …" keeps its name).
    let Some(next) = word_after_one_space(text, w.end).filter(|n| is_name_syllable(n)) else {
        return false;
    };
    // A qualifier that is also a given name opens a title only before one:
    // "Hồ Thị Nguyên Thảo" is a name.
    crate::people::starts_with_title(cues::after_given_name_qualifier(&text[w.start..]))
        && title_phrase::title_phrase_end(text, w.start)
            .is_some_and(|e| e >= w.end + 1 + next.len())
}

/// "Bác Hồ", "Bộ đội Cụ Hồ": the President by his family name, "Hồ" at
/// `start..end` (a lake otherwise).
fn uncle_ho(text: &str, start: usize, end: usize) -> bool {
    &text[start..end] == "Hồ"
        && (text[..start].ends_with("Bác ") || text[..start].ends_with("Cụ "))
        && !word_after_one_space(text, end).is_some_and(|n| n.starts_with(char::is_uppercase))
}

/// Whether `word` (ending at `end`) and the lower-case syllable after it
/// make a body's head or a title ("Viện kiểm sát", "Viện trưởng", "Hội
/// đồng"): then it opens that phrase, not a given name.
fn opens_a_compound(text: &str, end: usize, word: &str) -> bool {
    static PAIRS: std::sync::OnceLock<crate::compounds::KnownPairs> = std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        use crate::org::lexicon::{FIRST_WORDS, HEADS, NAME_TERMS};
        crate::compounds::KnownPairs::from_lexicons(&[
            HEADS,
            FIRST_WORDS,
            NAME_TERMS,
            crate::people::TITLE_HEADS,
        ])
    });
    word_after_one_space(text, end)
        .is_some_and(|next| next.starts_with(char::is_lowercase) && pairs.contains(word, next))
}

/// The word (perhaps empty) right after one space at byte `end`; `None`
/// where no space follows.
fn word_after_one_space(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(' ')?;
    Some(&rest[..rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())])
}

/// "Trần Khánh | Thứ hai, ngày 04/12/2023": a weekday opens the dateline
/// after a byline, no syllable of the name.
fn weekday_at(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    bylines::weekday_name_len(rest).is_some_and(|len| {
        let after = &rest[len..];
        after.starts_with([',', ' ', '-', '–']) || after.is_empty()
    })
}

/// Whether the words after "Sáng" ending at `end` make it the morning: a
/// number or "nay", "qua", "ngày" … after it.
fn names_a_time_after(text: &str, end: usize) -> bool {
    word_after_one_space(text, end).is_some_and(|next| {
        next.starts_with(|c: char| c.is_ascii_digit())
            || AFTER_MORNING.contains(&next.to_lowercase().as_str())
    })
}

struct Mention {
    start: usize,
    end: usize,
    /// The title phrase of this mention (canonical offsets).
    role: Option<(usize, usize)>,
    reserved: Vec<(usize, usize)>,
}

pub fn find(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let mut cued: Vec<Mention> = Vec::new();
    let mut deferred: Vec<(usize, usize)> = Vec::new();
    let mut capitals_at: Vec<usize> = Vec::new();
    // Runs of capitalized syllables separated by single spaces.
    let mut run: Vec<Word> = Vec::with_capacity(8);
    let mut reader = crate::words::Words::new(text, true);
    loop {
        // Only a capitalized word starts a run: between runs the words
        // before the next capital are passed over unread. The text's end
        // closes the last run.
        let next = match run.is_empty() {
            true => reader.next_capitalized(),
            false => reader.next_word(),
        };
        let mut w = match next {
            Some((start, end)) => Word { start, end },
            None if run.is_empty() => break,
            None => Word {
                start: text.len(),
                end: text.len(),
            },
        };
        // "Xay-xổm-phon Phom-vi-hản": a transliterated foreign name's word
        // is one syllable of the run, hyphens and all.
        let transliterated_end = Some(w.end)
            .filter(|_| text[w.start..].starts_with(crate::words::is_upper))
            .and_then(|end| crate::words::transliterated_end(text, end));
        if let Some(end) = transliterated_end {
            reader.skip_to(end);
            w.end = end;
        }
        let transliterated = transliterated_end.is_some();
        let word = &text[w.start..w.end];
        // "VƯƠNG ĐÌNH HUỆ" in a headline: read again once the names are known.
        if word.chars().nth(1).is_some_and(char::is_uppercase)
            && crate::people::is_family_name_in_capitals(word)
        {
            capitals_at.push(w.start);
        }
        // Pages pasted from the web may double a space inside a name.
        // "Bác Hồ": "Hồ" alone opens a run of its own, never joins the word before.
        let ho = uncle_ho(text, w.start, w.end);
        let joins = !ho
            && run.last().is_some_and(|last| {
                let gap = &text[last.end..w.start];
                (1..=3).contains(&gap.len()) && gap.bytes().all(|b| b == b' ')
            });
        let after_family = || is_family_name(&text[run[0].start..run[0].end]);
        let is_name = w.start < w.end
            && !weekday_at(text, w.start)
            && (is_name_syllable(word)
                || transliterated
                || ho
                // "ông Từ Thái Giang": after an honorific a family name that
                // is also a common word ("Từ") opens the name.
                || (run.is_empty() && is_family_name(word) && honorific_before(text, w.start))
                // "đối tượng Đạt": a given name that is also a common word,
                // alone after an honorific (kept once its full name is found).
                // After a party of a case ("bị cáo Đủ"), any capitalized syllable.
                || (run.is_empty()
                    && (ALSO_GIVEN_NAMES.contains(&word) || in_case_party_list(text, w.start))
                    && honorific_before(text, w.start)
                    && !word_after_one_space(text, w.end)
                        .is_some_and(|n| n.starts_with(char::is_uppercase)))
                || (joins
                    && run.len() >= 2
                    && ALSO_GIVEN_NAMES.contains(&word)
                    && after_family()
                    && !opens_a_compound(text, w.end, word)
                    && !(word == "Sáng" && names_a_time_after(text, w.end))
                    && !(word == "Đảng" && (run.len() > 2 || word_after_one_space(text, w.end).is_some()))
                    // "… Thứ 2, 12/5/2023": a weekday by its number.
                    && !(word == "Thứ"
                        && text[w.end..].starts_with(' ')
                        && text[w.end + 1..].starts_with(|c: char| c.is_ascii_digit())))
                // "Nguyễn Như Khôi": a middle name that is also a common word.
                || (joins && run.len() == 1 && ALSO_MIDDLE_NAMES.contains(&word) && after_family()));
        // "bà Nguyễn Thị Mỹ Hạnh Chánh Thanh tra Sở": a given name that
        // opens a title of capitalized words right after a name is the title's.
        let is_name = is_name && !(joins && run.len() >= 2 && opens_capitalized_title(text, w));
        if is_name && (run.is_empty() || joins) {
            run.push(w);
            continue;
        }
        if !run.is_empty() {
            if let Some(m) = judge_run(text, &run, 0, run.len() - 1, &mut deferred) {
                cued.push(m);
            }
            run.clear();
        }
        if is_name {
            run.push(w);
        }
    }
    // Two-syllable names with no cue of their own, confirmed elsewhere.
    // A given name alone counts when it ends a full name found in the text.
    let known: HashSet<&str> = cued.iter().map(|m| &text[m.start..m.end]).collect();
    // Each given name, with where its first full name starts.
    let mut given_first_seen: HashMap<&str, usize> = HashMap::default();
    for m in &cued {
        for given in short_forms(&text[m.start..m.end]) {
            let at = given_first_seen.entry(given).or_insert(m.start);
            *at = (*at).min(m.start);
        }
    }
    // Each confirmed mention with its rank: a bare given name is weaker than
    // any other reading of its word ("Công an Trung ương", "Văn phòng Chính phủ").
    let confirmed = deferred.into_iter().filter_map(|(start, end)| {
        let name = &text[start..end];
        let weight = if name.contains(' ') {
            known.contains(name).then_some(rank::PERSON)?
        } else {
            // "Công an", "Thành viên", "An ninh": a capitalized syllable
            // that opens a known word with the next is that word.
            if opens_a_compound(text, end, name) {
                return None;
            }
            // After an honorific anywhere; bare, only after the full name.
            let cued_by_honorific = honorific_before(text, start);
            // "bị cáo Đức", "bị cáo Giang, Khoa", "hai bị cáo Hải và Lâm": the
            // parties of a case are people, their full names in the text or not.
            // ("năm bị can Tháng 11-2020": a headline run into a date is none.)
            let calendar_word = matches!(name, "Tháng" | "Ngày" | "Năm" | "Quý" | "Sáng" | "Chiều")
                && word_after_one_space(text, end)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            // "Bác Hồ", "Bộ đội Cụ Hồ": the President by his family name.
            if (in_case_party_list(text, start) && !calendar_word) || uncle_ho(text, start, end) {
                rank::PERSON
            } else {
                let first = *given_first_seen.get(name)?;
                match cued_by_honorific {
                    true => rank::PERSON,
                    false if first < start => rank::WEAK,
                    false => return None,
                }
            }
        };
        // "Chủ tịch Nikai", "đại tá Nhiều": a later mention has the title
        // written at it.
        let role = role_before(text, start).or_else(|| role_after(text, end));
        let mention = Mention {
            start,
            end,
            role,
            reserved: Vec::new(),
        };
        Some((mention, weight))
    });
    // Straight into `out`: a long text's mentions are many.
    let all = cued.into_iter().map(|m| (m, rank::PERSON)).chain(confirmed);
    for (m, weight) in all {
        for (s, e) in &m.reserved {
            out.push(Candidate::reserve(*s, *e));
        }
        // The role is only where it is written: `analyze` takes it from
        // the input there (keeping its spelling) for the marks kept.
        out.push(Candidate::new(Kind::Person, m.start, m.end, weight).with_role_span(m.role));
    }
    headline_names::known_in_capitals(text, &capitals_at, known.iter().copied(), out);
    credits::find(ctx, out);
    initials::find(ctx.text, out);
    headline_names::find(ctx.text, out);
    bylines::find(ctx.text, out);
}

/// Gives every mention of the same person one id ("P1", "P2", …), in order of
/// first mention.
pub fn assign_ids(entities: &mut [Entity]) {
    // A mention's key: its text in NFC, lower-cased (normalized only when
    // it has characters NFC may change).
    let key_of = |text: &str| match crate::text::is_plain_nfc(text) {
        true => text.to_lowercase(),
        false => text.nfc().collect::<String>().to_lowercase(),
    };
    let keys: Vec<String> = entities
        .iter()
        .filter(|e| e.kind == Kind::Person)
        .map(|e| key_of(&e.text))
        .collect();
    let mut ids: HashMap<&str, usize> = HashMap::default();
    // Given name → the id of the full name it ends, when only one does.
    let mut by_given: HashMap<&str, Option<usize>> = HashMap::default();
    for key in &keys {
        if key.contains(' ') && !ids.contains_key(key.as_str()) {
            let next = ids.len() + 1;
            ids.insert(key, next);
            for given in short_forms(key) {
                by_given
                    .entry(given)
                    .and_modify(|v| *v = if *v == Some(next) { *v } else { None })
                    .or_insert(Some(next));
            }
        }
    }
    let people = entities.iter_mut().filter(|e| e.kind == Kind::Person);
    for (e, key) in people.zip(&keys) {
        let n = match ids.get(key.as_str()) {
            Some(&n) => n,
            None => match by_given.get(key.as_str()) {
                Some(Some(n)) => *n,
                _ => {
                    let next = ids.len() + 1;
                    *ids.entry(key).or_insert(next)
                }
            },
        };
        e.attrs.id = Some(format!("P{n}").into_boxed_str());
    }
}

/// The words a full name is later shortened to: its last word ("Hảo" for
/// "Nguyễn Hảo", "Biden"), and, for a foreign name written family name
/// first, its first word too ("ông Nikai" for "Nikai Toshihiro", "ông Lim"
/// for "Lim Jae Hoon"): a name with a word that is no Vietnamese syllable
/// and no Vietnamese family name first. Works on lower-cased keys too.
fn short_forms(full: &str) -> impl Iterator<Item = &str> {
    let mut words = full.split(' ');
    let first = words.next().filter(|_| full.contains(' '));
    let last = full.rsplit(' ').next();
    let family_first = first.filter(|f| {
        !crate::people::is_family_name(&crate::words::title_cased(f))
            && full
                .split(' ')
                .any(|w| !crate::syllable::is_vietnamese_syllable(w))
    });
    last.into_iter().chain(family_first)
}

pub fn warm_up() {
    credits::warm_up();
}

#[cfg(test)]
mod tests;
