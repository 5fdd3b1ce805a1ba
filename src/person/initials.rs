//! A person named by initials only, as case and market news write a party
//! or a shop's owner: "anh P.V.C (sinh năm 1997)", "hộ kinh doanh P.K.C",
//! "…; T.T.H.T, sinh năm 1997". Initials alone are no name ("TP.HCM" is
//! none either: each part is one capital): a word for a person before them
//! or an age or a birth year after them says they are one.

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::{is_word_char, words_before};

/// Words right before initials that name a person besides an honorific or
/// a party of a case (`cues::honorific_before`: "anh", "ông", "bị cáo", …):
/// a child, a shop's owner, a driver.
const PERSON_BEFORE: &[&str] = &["bé", "hộ kinh doanh", "tài xế"];

/// What follows initials that name a person besides an age or a birth year
/// in brackets (`cues::age_after`): a birth year after a comma.
const PERSON_AFTER: &[&str] = &[", sinh năm", ", SN", " (sn"];

/// Most capitals in one set of initials ("T.T.H.T").
const MAX_LETTERS: usize = 5;

/// Adds a PERSON for each set of initials a cue names as one.
pub fn find(text: &str, out: &mut Vec<Candidate>) {
    // Initials have a full stop between capitals: only such stops are read.
    for (dot, _) in text.match_indices('.') {
        let Some(start) = initials_start(text, dot) else {
            continue;
        };
        // Read once, from its first full stop.
        if text[..start].ends_with('.') {
            continue;
        }
        let Some(end) = initials_end(text, start) else {
            continue;
        };
        let before = words_before(text, start, 3);
        let cue_before = super::cues::honorific_before(text, start)
            || PERSON_BEFORE.iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|h| h.is_empty() || h.ends_with(' '))
            });
        let cue_after = super::cues::age_after(text, end)
            || PERSON_AFTER.iter().any(|w| text[end..].starts_with(w));
        if cue_before || cue_after {
            out.push(Candidate::new(Kind::Person, start, end, rank::PERSON));
        }
    }
}

/// The start of the capital right before the full stop at `dot`, when it
/// stands alone (no letter before it).
fn initials_start(text: &str, dot: usize) -> Option<usize> {
    let c = text[..dot].chars().next_back()?;
    let start = dot - c.len_utf8();
    let alone = !text[..start].ends_with(|p: char| is_word_char(p));
    (c.is_uppercase() && alone).then_some(start)
}

/// The end of initials starting at `start`: two to five single capitals,
/// joined by full stops, and nothing glued after the last.
fn initials_end(text: &str, start: usize) -> Option<usize> {
    let mut chars = text[start..].char_indices().peekable();
    let mut letters = 0;
    let mut end;
    loop {
        let (i, c) = chars.next()?;
        if !c.is_uppercase() {
            return None;
        }
        letters += 1;
        end = start + i + c.len_utf8();
        match chars.peek() {
            Some(&(_, '.')) if letters < MAX_LETTERS => {
                chars.next();
                // Another capital after the stop goes on; anything else ends.
                match chars.peek() {
                    Some(&(_, n)) if n.is_uppercase() => continue,
                    _ => break,
                }
            }
            _ => break,
        }
    }
    let glued = text[end..].starts_with(|c: char| is_word_char(c));
    (letters >= 2 && !glued).then_some(end)
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_a_cue_names() {
        let people = |text| crate::candidate::found_texts(text, |out| super::find(text, out));
        assert_eq!(
            people("nạn nhân là anh P.V.C (sinh năm 1997, trú phường Tân Phong)"),
            ["P.V.C"]
        );
        assert_eq!(
            people("kiểm tra hộ kinh doanh P.K.C (phường Vạn Xuân)"),
            ["P.K.C"]
        );
        assert_eq!(
            people("Trần Thanh Tú và T.T.H.T, sinh năm 1997, ngụ"),
            ["T.T.H.T"]
        );
        // No cue, or no initials: a city, a ward's short form, a given name.
        assert!(people("tại TP.HCM, P.Hạc Thành và khu Q.3").is_empty());
        assert!(people("Theo N.Đ, hội nghị đã diễn ra.").is_empty());
        assert!(people("anh P.Hải (sinh năm 1990)").is_empty());
    }
}
