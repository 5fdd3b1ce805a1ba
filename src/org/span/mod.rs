//! Where a body's name read by the chain reader really ends: the first of
//! several bodies, its name words (no verb after them), a capitalized tail
//! that is a place and not the next person, no headline tail, no source credit.

use std::sync::OnceLock;

use super::is_body_start;
use super::lexicon::{HEADS, NAMED_AFTER_PEOPLE, NEEDS_COMPLEMENT, TAIL_STOP};
use super::{grammar, parts, words};

mod bodies;
mod tail;

use bodies::{first_body_end, name_words_end};
use tail::{capitalized_tail, foreign_name_after_place, person_closing, person_running_on};

/// Capitalized words a locality may not contain: they start a person's name
/// or a new clause.
fn locality_ok(words: &str, after_admin_word: bool, after_province_word: bool) -> bool {
    // The city and the many bodies named after the President.
    if words.starts_with("Hồ Chí Minh") {
        return true;
    }
    let first = crate::words::split_spaces(words).next().unwrap_or("");
    // "Đảng ủy xã Thạch Bằng": after an admin word, two syllables are the
    // unit's name (`people::is_admin_word`); but the provinces are few and
    // known, so after "tỉnh" a family name opens the next person's name
    // ("Phó Chủ tịch UBND tỉnh Nguyễn Minh").
    let person_after_province = after_province_word
        && crate::people::is_family_name(first)
        && !crate::gazetteer::is_province_or_wider(words);
    if after_admin_word && crate::words::split_spaces(words).count() == 2 && !person_after_province
    {
        return true;
    }
    // "Liên hợp quốc Antonio Guterres", "ASEAN Kao Kim Hourn": a foreign
    // person's name, its first and last words no Vietnamese syllables (a
    // highland commune's name is read after its admin word: "xã Đak Sơ Mei").
    let count = crate::words::split_spaces(words).count();
    let last = crate::words::split_spaces(words).last().unwrap_or("");
    if !after_admin_word
        && (2..=4).contains(&count)
        && !crate::syllable::is_vietnamese_syllable(first)
        && !crate::syllable::is_vietnamese_syllable(last)
        && !crate::gazetteer::is_any_place_name(words)
    {
        return false;
    }
    // "Thái Nguyên Nguyễn Quang Đông": a place may start with a family name;
    // the person after it is cut later.
    let starts_with_place = || {
        let ends: Vec<usize> = words.match_indices(' ').map(|(i, _)| i).collect();
        ends.iter()
            .take(3)
            .any(|&e| crate::gazetteer::is_place_name(&words[..e]))
    };
    // "Tỉnh ủy Phương Thị Thanh": "Thị" is only ever a woman's middle name.
    let before_thi = crate::words::split_spaces(words).nth(1) == Some("Thị");
    !(crate::people::is_family_name(first) || before_thi)
        || crate::gazetteer::is_place_name(words)
        || starts_with_place()
}

/// An outlet's tag opening an article ("VOV.VN - Chiều nay…", "(Baothanhhoa.vn) -")
/// or a lone line closing it ("TTXVN"): a source credit, not a mention.
pub(super) fn source_tag(text: &str, start: usize, end: usize) -> bool {
    // Both readings need the tag to start its line, perhaps after "(": most
    // names fail that at once, without looking for the line's ends.
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let head = text[..start].trim_end_matches(blank);
    let head = head
        .strip_suffix('(')
        .map_or(head, |h| h.trim_end_matches(blank));
    let line_opens = head.is_empty()
        || head.ends_with('\n')
        || start - head.len() >= crate::words::LINE_WINDOW / 2;
    if !line_opens {
        return false;
    }
    let line_start = crate::words::line_start_near(text, start);
    let before = text[line_start..start].trim();
    let line_end = crate::words::line_end_near(text, end);
    let rest = &text[end..line_end];
    let rest = rest
        .strip_prefix(".VN")
        .or_else(|| rest.strip_prefix(".vn"))
        .unwrap_or(rest);
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    let opening = (before.is_empty() || before == "(")
        && (rest.starts_with(" - ") || rest.starts_with(" – ") || rest.starts_with(" -"));
    let closing_line = before.is_empty()
        && rest.trim().is_empty()
        && !text[start..end].contains(' ')
        && text[start..end].chars().all(|c| c.is_uppercase());
    opening || closing_line
}

/// The part of a chain match that is one organization's name, if any.
pub(super) fn clean_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if text[..start]
        .chars()
        .next_back()
        .is_some_and(crate::words::is_word_char)
    {
        return None;
    }
    // "Bộ Công an Lào Vi-lay Lạ-khăm-phòng": a transliterated name's first
    // syllable is no word of the body's name.
    let last_word_at = text[..end]
        .trim_end_matches(crate::words::is_word_char)
        .len();
    let transliterated = text[last_word_at..end].starts_with(char::is_uppercase)
        && crate::words::transliterated_end(text, end).is_some();
    let end = match transliterated {
        true => text[..last_word_at].trim_end().len(),
        false => end,
    };
    if end <= start {
        return None;
    }
    let end = without_name_after_dashed_place(text, start, end);
    // The fixed name the span starts with, read once for the span as long
    // as the steps below leave its end where it is (they mostly do).
    let read_end = end;
    let fixed_at_read_end = grammar::fixed_body_len(&text[start..end]);
    let fixed_len_until = |end: usize| match end == read_end {
        true => fixed_at_read_end,
        false => grammar::fixed_body_len(&text[start..end]),
    };
    let mut end = first_body_end(text, start, end, fixed_at_read_end);
    end = start + name_words_end(&text[start..end], fixed_len_until(end));
    let span = &text[start..end];
    // Trim a capitalized tail that is not a place ("Tỉnh ủy Nguyễn Văn A", "Báo cáo").
    // The tail never cuts into a fixed name ("Tỉnh Đoàn", "Đài Tiếng nói Việt Nam …").
    let fixed_len = fixed_len_until(end);
    let after_fixed = |t: usize| match t < fixed_len {
        true => span[fixed_len..].strip_prefix(' ').map(|_| fixed_len + 1),
        false => Some(t),
    };
    // "Ban Chấp hành Trung ương Đoàn": the central level's body closes the
    // name (before "Đoàn TNCS …" the body's own name is read on its own).
    let central_body = ["Đoàn", "Hội"].iter().any(|h| {
        span.strip_suffix(h)
            .is_some_and(|level| level.ends_with("Trung ương "))
            && super::chain::bare_mass_head(text, end - h.len()) == Some(end)
    });
    if let Some(tail_at) = capitalized_tail(span)
        .filter(|_| !central_body)
        .and_then(after_fixed)
        .filter(|&t| t < span.len() && !crate::gazetteer::is_any_place_name(&span[t..]))
    {
        // Sentence words that follow a name in capitals ("Báo Nhân Dân Số 67").
        let mut tail = &span[tail_at..];
        while let Some((head, last)) = tail.rsplit_once(' ').or(Some(("", tail))) {
            if !TAIL_STOP.contains(&last) {
                break;
            }
            end = start + tail_at + head.len();
            tail = head;
            if head.is_empty() {
                end = start + tail_at - 1;
                break;
            }
        }
        // After an admin word ("… truyền hình tỉnh Vi Mạnh Hùng") the tail
        // should be a place, whatever the body is named after.
        let after_admin_word = ["tỉnh", "huyện", "xã", "phường", "quận"]
            .iter()
            .any(|w| span[..tail_at].trim_end().ends_with(w));
        let named_after_people =
            NAMED_AFTER_PEOPLE.iter().any(|b| span.starts_with(b)) && !after_admin_word;
        let after_province_word = span[..tail_at].trim_end().ends_with("tỉnh");
        if !tail.is_empty()
            && !locality_ok(tail, after_admin_word, after_province_word)
            && !named_after_people
        {
            end = start + tail_at - 1;
        } else if let Some(name_at) = foreign_name_after_place(tail)
            // "Công ty TNHH May mặc Nhật Tiến Phát": a company's name may open
            // with a country's syllable.
            .filter(|_| !named_after_people && !span.contains("Công ty "))
        {
            // "Bộ Nội vụ Liên bang Nga Igor Zubov": the country ends the body.
            end = start + tail_at + name_at - 1;
        } else if let Some(name_at) = person_closing(tail)
            .or_else(|| person_running_on(tail, &text[start + tail_at + tail.len()..]))
            .filter(|&at| {
                // "Đài Tiếng nói Việt Nam Đỗ Tiến Sỹ": a person's name closing
                // the capitalized tail is the next mention, not the body's; a
                // body named after a person keeps it, unless a place names the
                // body first ("Đại học Đà Nẵng Nguyễn Ngọc Vũ").
                !named_after_people || ends_with_place(&tail[..at - 1])
            })
        {
            end = start + tail_at + name_at - 1;
        }
    }
    // "… Đồng chí": the title of the next person.
    if text[..end].ends_with(" Đồng") && text[end..].starts_with(" chí") {
        end -= " Đồng".len();
    }
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut span = text[start..end].trim_end_matches([' ', ',', '-', '–']);
    // A bracketed abbreviation after the whole name is not part of it:
    // "Tập đoàn Điện lực Việt Nam (EVN)".
    // "Cơ quan cảnh sát điều tra (Công an tỉnh)": a parent body in brackets stays.
    if let Some(open) = span.ends_with(')').then(|| span.rfind(" (")).flatten() {
        let parent =
            span[open + 2..].starts_with("Công an") || span[open + 2..].starts_with("Bộ Công an");
        if !parent {
            span = &span[..open];
        }
    }
    let span = without_headline_tail(span);
    let end = start + span.len();
    // "các Ban HĐND tỉnh": committees in general; the council is the body.
    let start = match span.strip_prefix("Ban ") {
        Some(rest)
            if matches!(
                crate::words::word_before(text, start),
                Some("các" | "những")
            ) && grammar::fixed_body_len(rest) > 0 =>
        {
            start + "Ban ".len()
        }
        _ => start,
    };
    if end <= start
        // Cut inside a word ("Báo cáo", "Viện trưởng").
        || text[end..].chars().next().is_some_and(crate::words::is_word_char)
        || NEEDS_COMPLEMENT.contains(&span)
        // "Huyện ủy viên", "Chi ủy viên": a member's title.
        || (span.ends_with("ủy") && crate::words::word_after(text, end) == Some("viên"))
        // A bloc is a body with its locality only ("Khối Các cơ quan tỉnh").
        || (span.starts_with("Khối ") && grammar::fixed_body_len(span) == span.len())
        // "các nghị quyết của Trung ương": the Central Committee; elsewhere
        // the bare word is a level ("Hội nghị Trung ương 8", "cấp Trung ương").
        || (span == "Trung ương" && crate::words::word_before(text, start) != Some("của"))
        // Source credits in brackets: "(TTXVN)".
        || (text[..start].ends_with('(') && text[end..].starts_with(')') && !span.contains(' '))
        || source_tag(text, start, end)
        // "Trường Sa", "Hội An", "Trường Xuân" are places.
        || starts_with_place(span)
        // "đóng BHXH", "chế độ BHXH": the insurance, not its agency.
        || (matches!(span, "BHXH" | "Bảo hiểm xã hội")
            && matches!(
                crate::words::word_before(text, start),
                Some("đóng" | "độ" | "nộp" | "nợ" | "sổ" | "quỹ" | "hưởng" | "gia" | "mua")
            ))
        // "ngành Thuế Việt Nam", "ngành Y tế tỉnh": a sector, not one body
        // (its place is a place).
        || matches!(crate::words::word_before(text, start), Some("ngành" | "Ngành"))
        // The tax offices since 2025 are named by their level: "Thuế tỉnh
        // Cao Bằng", "Thuế thành phố Hà Nội", "Thuế cơ sở 3".
        || span.strip_prefix("Thuế ").is_some_and(|rest| {
            !["tỉnh", "thành phố", "TP", "Tp", "cơ sở"].iter().any(|l| rest.starts_with(l))
        })
        // "chức vụ do HĐND bầu": the institution in general.
        || (matches!(span, "HĐND" | "UBND" | "Hội đồng nhân dân")
            && crate::words::word_before(text, start) == Some("do")
            && crate::words::word_after(text, end) == Some("bầu"))
    {
        return None;
    }
    Some((start, end))
}

/// Whether `words` or their last one to three words name a place ("Mắt Phú Yên").
fn ends_with_place(words: &str) -> bool {
    crate::gazetteer::is_any_place_name(words) || super::parts::place_ends_at(words, words.len(), 3)
}

/// Whether the first words of `span` name a place ("Hội An dịp …"): a head
/// noun followed by a capitalized word can be a place's name.
/// "Ban Công nghệ thông tin" is no commune "Ban Công": a place's last word
/// that opens a term with the next word is the term's.
fn starts_with_place(span: &str) -> bool {
    // The first five words, on the stack (asked for most spans read).
    let mut first_words = [""; 5];
    let mut count = 0;
    for (slot, word) in first_words.iter_mut().zip(crate::words::split_spaces(span)) {
        *slot = word;
        count += 1;
    }
    let words = &first_words[..count];
    let mut end = 0;
    for (i, word) in words.iter().enumerate().take(4) {
        end += word.len() + usize::from(i > 0);
        // The term is looked up only for a place's name, the rare case.
        let term_follows = || {
            words
                .get(i + 1)
                .is_some_and(|next| grammar::is_name_term(&format!("{word} {next}")))
        };
        if i > 0 && crate::gazetteer::is_any_place_name(&span[..end]) && !term_follows() {
            return true;
        }
    }
    false
}

/// "UBND tỉnh Thừa Thiên - Huế | Phan Quý Phương": the second part of a
/// dashed province is one word, and a family name after it opens a person's.
fn without_name_after_dashed_place(text: &str, start: usize, end: usize) -> usize {
    let span = &text[start..end];
    let Some(after) = [" - ", " – "]
        .iter()
        .find_map(|d| span.rfind(d).map(|at| &span[at + d.len()..]))
    else {
        return end;
    };
    match after.split_once(' ') {
        Some((place, family))
            if !family.contains(' ')
                && crate::people::is_family_name(family)
                && crate::gazetteer::is_any_place_name(place)
                && !crate::gazetteer::is_any_place_name(after) =>
        {
            end - family.len() - 1
        }
        _ => end,
    }
}

/// A place followed by a dash and words that are no place is a headline's
/// separator: "Công đoàn tỉnh Lâm Đồng – Dấu ấn …" ends at "Lâm Đồng".
fn without_headline_tail(span: &str) -> &str {
    // Most names have no dash: one pass over the bytes says so ("–" starts with E2).
    if !span.bytes().any(|b| b == b'-' || b == 0xE2) {
        return span;
    }
    for dash in [" – ", " - ", "– ", "- "] {
        if let Some(at) = span.rfind(dash) {
            let (before, after) = (&span[..at], &span[at + dash.len()..]);
            let place_before = (1..=3).any(|n| {
                let word_starts: Vec<usize> =
                    before.match_indices(' ').map(|(i, _)| i + 1).collect();
                word_starts.len() >= n
                    && crate::gazetteer::is_any_place_name(
                        &before[word_starts[word_starts.len() - n]..],
                    )
            });
            // A pair of places is part of the name ("Hội Hữu nghị Việt Nam –
            // Campuchia tỉnh Tây Ninh").
            let place_after = crate::gazetteer::is_any_place_name(after)
                || (1..=2).any(|n| {
                    let words: Vec<&str> = after.splitn(n + 1, ' ').collect();
                    words.len() > n && crate::gazetteer::is_any_place_name(&words[..n].join(" "))
                });
            // "Tổng Công ty xây dựng Thanh Hóa – CTCP": the legal form.
            let legal_form = matches!(after, "CTCP" | "TNHH" | "JSC");
            if place_before && !place_after && !legal_form {
                return before;
            }
        }
    }
    span
}
