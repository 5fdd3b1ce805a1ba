//! A span's capitalized tail: where it starts, and the foreign name or the
//! person's name that may close it instead of a locality.

use super::*;

/// Where a trailing run of capitalized words (the locality) starts in `span`.
pub(super) fn capitalized_tail(span: &str) -> Option<usize> {
    let mut at = None;
    let mut end = span.len();
    loop {
        let pos = span.as_bytes()[..end]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |i| i + 1);
        let w = &span[pos..end];
        let cap = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase);
        // "… tỉnh Lê Trường Lưu": a head ("Trường") right after a family
        // name is a person's middle syllable, not a body.
        let after_family_name = span[..pos]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(crate::people::is_family_name);
        if !cap || (is_body_start(&span[pos..]) && !after_family_name) {
            break;
        }
        at = Some(pos);
        if pos == 0 {
            break;
        }
        end = pos - 1;
    }
    at.filter(|&p| p > 0)
}

/// Where capitalized words that are no place start after a place that opens
/// `tail` ("Nga Igor Zubov", "Campuchia Samdech Heng Samrin"): a foreign
/// person named after the body's country.
pub(super) fn foreign_name_after_place(tail: &str) -> Option<usize> {
    let spaces: Vec<usize> = tail.match_indices(' ').map(|(i, _)| i).take(3).collect();
    let place_end = spaces
        .iter()
        .rev()
        .copied()
        .find(|&e| crate::gazetteer::is_place_name(&tail[..e]))?;
    let rest = &tail[place_end + 1..];
    let more_names =
        crate::words::split_spaces(rest).count() >= 2 && !crate::gazetteer::is_any_place_name(rest);
    (more_names && !crate::words::split_spaces(rest).any(crate::gazetteer::is_any_place_name))
        .then_some(place_end + 1)
}

/// Where a person's name (a family name and one to three more capitalized
/// syllables) closes a capitalized tail after some other words of it.
pub(super) fn person_closing(tail: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = tail
        .split(' ')
        .scan(0, |at, w| {
            let item = (*at, w);
            *at += w.len() + 1;
            Some(item)
        })
        .collect();
    (1..words.len()).find_map(|i| {
        let (at, w) = words[i];
        let syllables = words.len() - i;
        let rest = &tail[at..];
        // "Phương Thị Thanh": "Thị" is only ever a woman's middle name, so
        // the syllable before it is a family name, listed or not.
        let before_thi = words.get(i + 1).is_some_and(|&(_, next)| next == "Thị");
        ((2..=4).contains(&syllables)
            && (crate::people::is_family_name(w) || before_thi)
            && !crate::gazetteer::is_any_place_name(rest)
            && !crate::gazetteer::is_any_place_name(&tail[..at + w.len()]))
        .then_some(at)
    })
}

/// Where a person's name starts inside a capitalized tail when it runs on
/// past the tail's end: "Tỉnh ủy Hà Giang Triệu Tài | Vinh", "UBND tỉnh
/// Quảng Nam Đồng Văn | Sơn" (the reader stopped where a place's name,
/// "Đồng Văn", ended). `after` is the text after the tail.
pub(super) fn person_running_on(tail: &str, after: &str) -> Option<usize> {
    // The capitalized words right after, one space apart (three at most).
    let mut len = 0;
    for _ in 0..3 {
        let Some(rest) = after[len..].strip_prefix(' ') else {
            break;
        };
        let word_len = rest
            .find(|c: char| !crate::words::is_word_char(c))
            .unwrap_or(rest.len());
        if word_len == 0 || !rest.starts_with(char::is_uppercase) {
            break;
        }
        len += 1 + word_len;
    }
    if len == 0 {
        return None;
    }
    let longer = format!("{tail}{}", &after[..len]);
    person_closing(&longer).filter(|&at| at < tail.len())
}
