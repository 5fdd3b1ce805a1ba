//! Counted holders of a post that each body has once ("5 chủ tịch UBND xã",
//! "2 Trưởng phòng Tài nguyên và Môi trường"): the body after the title is a
//! class (one per holder), so it is no organization of its own, and the figure
//! counts the title with its body (GUIDELINES.md, ORG "classes of bodies" and
//! FIGURE `unit`).

/// Posts a body has one holder of (lower case). A deputy's post is not one:
/// "2 Phó Chủ tịch UBND tỉnh" are deputies of one body.
const SINGLE_HOLDER_POSTS: &[&str] = &[
    "chủ tịch",
    "bí thư",
    "giám đốc",
    "tổng giám đốc",
    "trưởng",
    "trưởng phòng",
    "trưởng ban",
    "trưởng công an",
    "chánh án",
    "chánh văn phòng",
    "chánh thanh tra",
    "viện trưởng",
    "hiệu trưởng",
    "cục trưởng",
    "chi cục trưởng",
    "trạm trưởng",
    "đội trưởng",
    "chủ nhiệm",
];

/// Words that count the holders before the post; "các" makes them many.
const SPELLED_COUNTS: &[&str] = &[
    "các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// Level words that end a body's name without naming a unit: "UBND xã".
const BARE_LEVELS: &[&str] = &[
    "xã",
    "huyện",
    "tỉnh",
    "phường",
    "quận",
    "thị xã",
    "thị trấn",
    "thành phố",
    "đặc khu",
];

/// Whether the body at `start..end` follows a count of its single holders and
/// names no particular unit: "1 chủ tịch UBND huyện", "5 chủ tịch UBND xã",
/// "2 Trưởng phòng Tài nguyên và Môi trường" (many bodies, one per holder),
/// but not "2 Phó Chủ tịch UBND tỉnh" nor "1 Chủ tịch UBND tỉnh Hà Tĩnh".
pub fn counted_holders_body(text: &str, start: usize, end: usize) -> bool {
    let Some(count) = count_before_post(text, start) else {
        return false;
    };
    let body = &text[start..end];
    let ends_bare = BARE_LEVELS
        .iter()
        .any(|l| body.strip_suffix(l).is_some_and(|b| b.ends_with(' ')));
    // One holder of an unnamed unit's body ("1 chủ tịch UBND huyện"); several
    // holders of a body named by no place ("2 Trưởng phòng Tài nguyên và Môi
    // trường"): several bodies.
    ends_bare || (count != Count::One && !names_a_place(text, start, end))
}

/// Where a counted post ending at `title_end` ends with its body, when the
/// body is one of many ("5 chủ tịch UBND xã", "2 Trưởng phòng Tài nguyên và
/// Môi trường": [`counted_holders_body`]); else `title_end`.
pub fn holders_body_end(text: &str, title_end: usize) -> usize {
    // The body may open with the post's last word: "Trưởng [phòng …]".
    let shared = ["phòng", "ban", "Phòng", "Ban"]
        .iter()
        .find(|w| text[..title_end].ends_with(**w))
        .map(|w| title_end - w.len());
    let after = text[title_end..].starts_with(' ').then_some(title_end + 1);
    [shared, after]
        .into_iter()
        .flatten()
        .find_map(|at| {
            super::body_at(text, at)
                .filter(|&end| end > title_end && counted_holders_body(text, at, end))
        })
        .unwrap_or(title_end)
}

#[derive(PartialEq)]
enum Count {
    One,
    Many,
}

/// The count before the single-holder post that ends at `body_start` (the
/// post may share its last word with the body: "Trưởng [phòng Tài nguyên …]").
fn count_before_post(text: &str, body_start: usize) -> Option<Count> {
    let head = text[..body_start].trim_end_matches(' ');
    // The post: its words, compared without case, ending right at `head`.
    let lower_tail: String = {
        let from = crate::words::ceil_char(head, head.len().saturating_sub(48));
        head[from..].to_lowercase()
    };
    let shared = ["phòng", "ban"]
        .iter()
        .find(|w| {
            text[body_start..]
                .get(..w.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(w))
                && text[body_start + w.len()..].starts_with(' ')
        })
        .copied();
    let post_len = SINGLE_HOLDER_POSTS
        .iter()
        .filter(|p| {
            // "Trưởng" alone only before a body it shares a word with.
            let post = match shared {
                Some(w) if p.ends_with(w) => p[..p.len() - w.len()].trim_end(),
                _ => p,
            };
            (post != "trưởng" || shared.is_some())
                && lower_tail.ends_with(post)
                && lower_tail[..lower_tail.len() - post.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c == ' ')
        })
        .map(|p| match shared {
            Some(w) if p.ends_with(w) => p.len() - w.len() - 1,
            _ => p.len(),
        })
        .max()?;
    // `post_len` counts lower-case bytes; Vietnamese letters keep their
    // length in UTF-8 when lower-cased, so it measures `head` too.
    let before = head
        .get(..head.len().checked_sub(post_len)?)?
        .trim_end_matches(' ');
    let before = ["nguyên", "cựu"]
        .iter()
        .find_map(|w| before.strip_suffix(w).map(|b| b.trim_end_matches(' ')))
        .unwrap_or(before);
    if !text[before.len()..].starts_with(' ') {
        return None;
    }
    let word = crate::words::word_before(text, before.len())?;
    // An ordinal or a number is no count: "lần thứ 2", "số 3".
    let lead = crate::words::word_before(text, before.len() - word.len()).unwrap_or("");
    if matches!(
        lead,
        "thứ" | "số" | "khoản" | "điều" | "Điều" | "lần" | "kỳ"
    ) {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii_digit()) && word.len() <= 3 {
        let n: u32 = word.parse().ok()?;
        return Some(if n == 1 { Count::One } else { Count::Many });
    }
    let lower = word.to_lowercase();
    SPELLED_COUNTS
        .contains(&lower.as_str())
        .then_some(Count::Many)
}

/// Whether a place is named inside the body ("Sở Y tế Hà Nội", "UBND TPHCM").
fn names_a_place(text: &str, start: usize, end: usize) -> bool {
    let mut at = start;
    for w in crate::words::split_spaces(&text[start..end]) {
        let here = at;
        at += w.len() + 1;
        if here == start || !w.starts_with(char::is_uppercase) {
            continue;
        }
        if crate::gazetteer::place_name_end(text, here).is_some_and(|e| e <= end) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{counted_holders_body, holders_body_end};

    fn class(text: &str, body: &str) -> bool {
        let start = text.find(body).unwrap();
        counted_holders_body(text, start, start + body.len())
    }

    fn unit(text: &str, post: &str) -> String {
        let end = text.find(post).unwrap() + post.len();
        let start = text.find(post).unwrap();
        text[start..holders_body_end(text, end)].to_string()
    }

    #[test]
    fn single_holders_counted_make_their_body_a_class() {
        assert!(class("có 1 chủ tịch UBND huyện bị", "UBND huyện"));
        assert!(class("; 5 chủ tịch UBND xã, 1", "UBND xã"));
        assert!(class(
            "2 Trưởng phòng Tài nguyên và Môi trường có",
            "phòng Tài nguyên và Môi trường"
        ));
        assert!(class("1 nguyên chủ tịch UBND huyện, 2", "UBND huyện"));
        assert!(class("các Bí thư Huyện ủy dự", "Huyện ủy"));
    }

    #[test]
    fn deputies_named_units_and_uncounted_posts_keep_their_body() {
        assert!(!class("3 phó chủ tịch UBND tỉnh bị", "UBND tỉnh"));
        assert!(!class(
            "2 Chủ tịch UBND tỉnh Hà Tĩnh và",
            "UBND tỉnh Hà Tĩnh"
        ));
        assert!(!class(
            "1 Chủ tịch UBND tỉnh Hà Tĩnh và",
            "UBND tỉnh Hà Tĩnh"
        ));
        assert!(!class("ông Chủ tịch UBND xã cho biết", "UBND xã"));
        assert!(!class("lần thứ 2 Chủ tịch UBND xã", "UBND xã"));
    }

    #[test]
    fn the_unit_runs_through_a_class_body() {
        assert_eq!(
            unit("5 chủ tịch UBND xã, 1", "chủ tịch"),
            "chủ tịch UBND xã"
        );
        assert_eq!(
            unit(
                "1 Trưởng phòng Tài nguyên và Môi trường huyện có",
                "Trưởng phòng"
            ),
            "Trưởng phòng Tài nguyên và Môi trường huyện"
        );
        assert_eq!(unit("2 Chủ tịch UBND tỉnh Hà Tĩnh", "Chủ tịch"), "Chủ tịch");
    }
}
