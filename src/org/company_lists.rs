//! Companies listed by their legal form after "công ty" ("8 Công ty: TNHH
//! An Phú Chí Linh, CP Tập đoàn Sao Đỏ, CP MTC Việt Nam"): each item is a
//! company's name with "Công ty" left out, read as if it were written.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::words::floor_char;

/// The words that open a list of companies, lower case after the first letter.
const LEADS: &[&str] = &["công ty: ", "các công ty ", "doanh nghiệp: "];

/// Legal forms an item opens with.
const LEGAL_FORMS: &[&str] = &["TNHH ", "CP ", "Cổ phần ", "cổ phần "];

/// Most items read in one list, and the longest item, in bytes: a list
/// is read once, in time linear in its length.
const MAX_ITEMS: usize = 40;
const MAX_ITEM_BYTES: usize = 200;

/// Adds an ORG for each company of such a list.
pub fn add_mentions(text: &str, out: &mut Vec<Candidate>) {
    // The leads' tails found in one pass, then taken lead by lead in the
    // list's order, as a search per lead gave them (no tail overlaps itself).
    for (k, i) in crate::words::matches_by_pattern(lead_tails(), text) {
        // "Công ty: " and "công ty: ": the first letter in either case.
        let lead = LEADS[k];
        let Some(first) = text[..i].chars().next_back() else {
            continue;
        };
        if !lead.starts_with(first.to_lowercase().next().unwrap_or(first)) {
            continue;
        }
        read_list(text, i + lead.len() - 1, out);
    }
}

/// Each of [`LEADS`] but its first letter, as one automaton.
fn lead_tails() -> &'static AhoCorasick {
    static TAILS: OnceLock<AhoCorasick> = OnceLock::new();
    TAILS.get_or_init(|| {
        AhoCorasick::new(LEADS.iter().map(|lead| &lead[1..])).expect("three short leads")
    })
}

/// Reads the items from `at` while each opens with a legal form. An item
/// runs to the list's next comma or semicolon, to " và " before the next
/// legal form, or to the sentence's end: companies' own names rarely hold
/// those ("CP Sản xuất và Dịch vụ viễn thông Vina", "TNHH AN-Global
/// Packaging"), and the reader of bodies' names would join the items.
fn read_list(text: &str, mut at: usize, out: &mut Vec<Candidate>) {
    for _ in 0..MAX_ITEMS {
        if !LEGAL_FORMS.iter().any(|f| text[at..].starts_with(f)) {
            return;
        }
        let window = &text[at..floor_char(text, text.len().min(at + MAX_ITEM_BYTES))];
        let and_next = window.match_indices(" và ").find_map(|(i, j)| {
            let next = &window[i + j.len()..];
            LEGAL_FORMS.iter().any(|f| next.starts_with(f)).then_some(i)
        });
        let Some(len) = [", ", "; ", ". ", ".\n", "\n", ")"]
            .iter()
            .filter_map(|sep| window.find(sep))
            .chain(and_next)
            .chain((window.len() < MAX_ITEM_BYTES).then_some(window.trim_end_matches('.').len()))
            .min()
        else {
            return;
        };
        let item = window[..len].trim_end();
        // A legal form and a name: two words at least, none of them a clause's.
        if item.split(' ').count() < 2 || item.contains([':', '(', '“', '"']) {
            return;
        }
        let end = at + item.len();
        out.push(Candidate::new(Kind::Org, at, end, rank::LISTED_COMPANY));
        let rest = &text[end..];
        let Some(joint) = [", ", " và ", "; "].iter().find(|j| rest.starts_with(**j)) else {
            return;
        };
        at = end + joint.len();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_company_of_a_list_by_its_legal_form() {
        let names =
            |text| crate::candidate::found_texts(text, |out| super::add_mentions(text, out));
        assert_eq!(
            names("thanh tra 4 Công ty: TNHH An Phú Chí Linh, CP Sản xuất và Dịch vụ viễn thông Vina, TNHH AN-Global Packaging và CP MTC Việt Nam."),
            [
                "TNHH An Phú Chí Linh",
                "CP Sản xuất và Dịch vụ viễn thông Vina",
                "TNHH AN-Global Packaging",
                "CP MTC Việt Nam"
            ]
        );
        // No list: a legal form after the lead word only.
        assert!(names("Công ty: Ông Nguyễn Văn A làm giám đốc.").is_empty());
        assert!(names("trong các công ty nhà nước").is_empty());
    }
}
