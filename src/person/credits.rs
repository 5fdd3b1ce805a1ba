//! Bylines, photo credits and signature lines: "NGUYÊN ĐOAN |",
//! "Tác giả: VĂN TOÀN", "Ảnh: N.Đ", a closing line "Nhật Duy".

use std::sync::OnceLock;

use crate::letters::LetterRegex;

use crate::candidate::{rank, Candidate};
use crate::entity::Kind;
use crate::rule::Context;

/// Upper-case words that make a short capitals line a heading, not a byline.
const NOT_BYLINE_WORDS: &[&str] = &[
    "TIN",
    "BÀI",
    "QUAN",
    "XEM",
    "THÊM",
    "VIDEO",
    "ẢNH",
    "TAGS",
    "TAG",
    "CHIA",
    "SẺ",
    "ĐỌC",
    "NHIỀU",
    "MỚI",
    "NHẤT",
    "CHỦ",
    "THỜI",
    "SỰ",
    "TRỊ",
    "XÃ",
    "KINH",
    "TẾ",
    "HÓA",
    "THỂ",
    "THAO",
    "PHÁP",
    "LUẬT",
    "TẾ",
    "GIÁO",
    "DỤC",
    "SỨC",
    "KHỎE",
    "ĐẢNG",
    "NHÀ",
    "NƯỚC",
    "BÁO",
    "MỤC",
    "LỤC",
    "CHUYÊN",
    "ĐỀ",
    "SỰ",
    "GÓC",
    "NHÌN",
    "DIỄN",
    "ĐÀN",
    "UBND",
    "HĐND",
    "TỈNH",
    "HUYỆN",
    "CỘNG",
    "ĐỘC",
    "TỰ",
    "DO",
    "LỜI",
    "GIỚI",
    "THIỆU",
    "KẾT",
    "QUẢ",
    "PHẦN",
    "CHƯƠNG",
    "PHÒNG",
    "LỊCH",
    "NÔNG",
    "NGHIỆP",
    "ĐỜI",
    "SỐNG",
    "GIẢI",
    "NGHỆ",
    "MÔI",
    "TRƯỜNG",
    "BẠN",
    "TIÊU",
    "ĐIỂM",
    "NỔI",
    "BẬT",
    "HOẠT",
    "ĐỘNG",
    "NGƯỜI",
    "XÂY",
    "DỰNG",
    "ĐÔ",
    "GIAO",
    "DOANH",
    "BẤT",
    "SẢN",
    "HỌC",
    "TRUYỀN",
    "KIỂM",
    "TRA",
    "GIÁM",
    "SÁT",
    "VẬN",
    "TỔ",
    "CHỨC",
    "CÁN",
    "BỘ",
    "BIỂN",
    "ĐẢO",
    "BIÊN",
    "TRONG",
    "HỆ",
    "GÓP",
    "Ý",
];

/// Heading words that are also given names or middle names ("VĂN THẢO", "Y
/// DU", "QUỐC TUẤN"): they make a capitals line a heading only beside their
/// heading partner ("VĂN HÓA" is stopped by "HÓA" above; these pairs have no
/// word of that list).
const HEADING_PAIRS_OF_NAME_WORDS: &[&str] = &[
    "VIỆT NAM",
    "AN NINH",
    "HẠNH PHÚC",
    "TÀI CHÍNH",
    "QUỐC HỘI",
    "BÌNH LUẬN",
    "DÂN TỘC",
    "DÂN CHỦ",
    "NHÂN DÂN",
    "THÔNG TIN",
    "CHÍNH PHỦ",
    "KHOA GIÁO",
    "VĂN BẢN",
    "VĂN KIỆN",
    "NGHỊ QUYẾT",
    "QUỐC GIA",
    "HỘI NHẬP",
];

/// Capitalized words that are never a signature.
const NOT_SIGNATURE_WORDS: &[&str] = &[
    "Tin", "Xem", "Bài", "Tag", "Tags", "Chia", "Ảnh", "Video", "Theo", "Nguồn", "Đọc", "Tác",
    "In", "Quay", "Lên", "Về", "Đầu", "Ban", "Tỉnh", "Huyện", "Đảng", "Hội", "Sở", "Bộ", "Đại",
    "Các", "File", "Đăng", "Gửi", "Đóng", "Trở", "Lại", "Tiếp", "Tổng", "Truyền", "Báo", "Đài",
    "Cổng",
];

/// Whether `rest` opens the sentence after a photo credit: an honorific
/// ("Ông", "Bà") or a time of day before a date ("Sáng 9/2"; "Văn Sáng" alone
/// is a name).
fn opens_sentence(rest: &str) -> bool {
    let mut words = rest.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    matches!(first, "Ông" | "Bà")
        || (matches!(
            first,
            "Sáng" | "Chiều" | "Tối" | "Trưa" | "Đêm" | "Ngày" | "Hôm"
        ) && (second.starts_with(|c: char| c.is_ascii_digit())
            || matches!(second, "nay" | "qua" | "ngày" | "mai")))
}

/// A name of two to four capitalized syllables credited with the one ending
/// at `at`, after " - ", ", " or " và ", and closing the credit (the text's
/// end, a line's, a sentence's or a bracket's), as its span.
fn co_credited_name(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let sep = [" - ", " – ", ", ", " và "]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let start = at + sep.len();
    let mut end = start;
    let mut syllables = 0;
    for word in text[start..].split(' ') {
        let len = word
            .find(|c: char| !crate::words::is_word_char(c))
            .unwrap_or(word.len());
        let syllable = &word[..len];
        let capitalized = syllable.starts_with(char::is_uppercase)
            && syllable.chars().skip(1).all(char::is_lowercase)
            && syllable.chars().count() > 1;
        if !capitalized || syllables == 4 {
            break;
        }
        syllables += 1;
        end += usize::from(syllables > 1) + len;
        if len < word.len() {
            break;
        }
    }
    let closes = text[end..].is_empty() || text[end..].starts_with(['.', '\n', ')', ';']);
    ((2..=4).contains(&syllables) && closes).then_some((start, end))
}

fn credit_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::new(concat!(
            r"(?:(?:Ảnh|ẢNH|\(ảnh|Ảnh minh họa|Tin, ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh|Bài|Tin|Tác giả|Clip|Video|Đồ họa|Thực hiện|Nhóm PV|PV)\s*:\s*|(?P<bare>Ảnh) )",
            // An agency before a slash is not the name: "Ảnh: VGP/Quang Hiếu".
            r"(?:\p{Lu}{2,}/)?",
            // "N.Đ", "N.Hải", "H.QUỲNH", "Quang Hiếu", "VĂN TOÀN", "HD".
            r"(?P<n>\p{Lu}\.\s?(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})|\p{Lu}\.(?:\p{Lu}\.?){1,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}|\p{Lu}+(?: \p{Lu}+){1,3}|\p{Lu}{2})"
        ))
    })
}

fn caps_line_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::new(r"^[^\S\n]*(?P<n>\p{Lu}+(?: \p{Lu}+){1,3}(?:[^\S\n]*[-–,][^\S\n]*\p{Lu}+(?: \p{Lu}+){1,3}){0,3})[^\S\n]*(?:\([^)\n]{1,30}\)[^\S\n]*)?(?:[|\-–][^\S\n]*)?(?:[0-9][0-9/:. ]*)?$")
    })
}

fn signature_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::for_short_lines(
            r"^[^\S\n]*(?P<n>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}(?:[^\S\n]*[,–-][^\S\n]*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}){0,3})[^\S\n]*(?:\(\p{Lu}[^()\n]{1,20}\)[^\S\n]*)?$",
        )
    })
}

/// A reporter's initials alone on a line ("N.Đ |", "L.H", "T.L (TTO)"), or
/// one initial and a given name ("H.QUỲNH", "T.Ly"; not "TP.HCM").
fn initials_line_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::new(r"^[^\S\n]*(?P<n>\p{Lu}{1,2}\.[^\S\n]?\p{Lu}{1,2}|\p{Lu}\.(?:\p{Lu}\p{Ll}+|\p{Lu}{3,}))[^\S\n]*\|?[^\S\n]*(?:\(\p{Lu}[^()\n]{1,20}\)[^\S\n]*)?$")
    })
}

/// A full name alone on a line, perhaps followed by a date and time.
fn byline_name_re() -> &'static LetterRegex {
    static RE: OnceLock<LetterRegex> = OnceLock::new();
    RE.get_or_init(|| {
        LetterRegex::new(
            r"^[^\S\n]*(?P<n>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})[^\S\n]*(?:[-–|][^\S\n]*)?(?P<t>[0-9][0-9/:.,\- ]*(?:GMT[+-]?[0-9]{1,2}(?::?[0-9]{2})?)?)?$",
        )
    })
}

pub fn warm_up() {
    byline_name_re();
    initials_line_re();
    credit_re();
    caps_line_re();
    signature_re();
}

fn push(out: &mut Vec<Candidate>, start: usize, end: usize) {
    out.push(Candidate::new(Kind::Person, start, end, rank::PERSON));
}

pub fn find(ctx: &Context, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    for c in credit_re().captures_iter(text) {
        let n = c.name("n").unwrap();
        // "Ảnh: Quang An Sáng 9/2 …", "Ảnh: Quang An Bà Chu Thị Thành …": the
        // caption runs into the next sentence; its opener ends the name.
        let name = match n
            .as_str()
            .match_indices(' ')
            .find(|&(i, _)| opens_sentence(&text[n.start() + i + 1..]))
        {
            Some((i, _)) => &n.as_str()[..i],
            None => n.as_str(),
        };
        let n_end = n.start() + name.len();
        // "Ảnh: TTXVN" credits an agency; one capitals word is not a name,
        // but two letters are a photographer's initials ("Ảnh: HD"), unless
        // a body's (the Assembly's "QH", the customs' "HQ") or a file photo's
        // ("TL": tư liệu, "ST": sưu tầm).
        const NOT_INITIALS: &[&str] = &["QH", "HQ", "CA", "QĐ", "TW", "BP", "VP", "TL", "ST"];
        let initials = name.chars().count() == 2
            && !NOT_INITIALS.contains(&name)
            && crate::org::name_at(text, n.start()).is_none();
        let caps_single = !name.contains(' ') && !name.contains('.') && !initials;
        // "Ảnh: Vũ Hội": after a family name any syllable may follow.
        let family_first = name
            .split(' ')
            .next()
            .is_some_and(crate::people::is_family_name);
        let odd_word = name.split(' ').any(|w| NOT_SIGNATURE_WORDS.contains(&w));
        // Without a colon ("Ảnh Phan Lài", "Ảnh B.N."), only initials or a family name.
        let bare_ok = c.name("bare").is_none() || family_first || name.contains('.');
        if caps_single || (odd_word && !family_first) || !bare_ok {
            continue;
        }
        let after = text[n_end..].chars().next();
        if after.is_some_and(crate::words::is_word_char) {
            continue;
        }
        // "Ảnh B.N.": the last dot ends the sentence.
        let end = if name.ends_with('.') && name.len() > 2 {
            n_end - 1
        } else {
            n_end
        };
        push(out, n.start(), end);
        // "Ảnh: Diệu Linh - Tiến Dũng": the photographers credited together.
        let mut at = end;
        for _ in 0..3 {
            let Some(next) = co_credited_name(text, at) else {
                break;
            };
            push(out, next.0, next.1);
            at = next.1;
        }
    }
    // Bylines and signatures stand on short lines of their own.
    let half = text.len() / 2;
    let mut line_start = 0;
    for line in text.split('\n') {
        let at = line_start;
        line_start += line.len() + 1;
        if line.len() > MAX_CREDIT_LINE || !line.trim_start().starts_with(char::is_uppercase) {
            continue;
        }
        if let Some(n) = initials_line_re()
            .captures(line)
            .and_then(|c| c.name("n"))
            .filter(|n| !matches!(n.as_str(), "T.Ư" | "T.W" | "T.U" | "P.V"))
        {
            // "N.Đ |", a closing "L.H": a reporter's initials on their own
            // line; "T.Ư" is the Centre, "P.V" a reporter.
            push(out, at + n.start(), at + n.end());
        } else if let Some(c) = caps_line_re().captures(line) {
            byline(out, at, c.name("n").unwrap());
        } else if at < half {
            // A byline under the headline: a full name alone on its line,
            // perhaps with the time of posting ("Hà Vũ 17/08/2024 09:30").
            if let Some(c) = byline_name_re().captures(line) {
                let n = c.name("n").unwrap();
                let name = n.as_str();
                let words = name.split(' ').count();
                let first = name.split(' ').next().unwrap_or("");
                // "Ông Nguyễn Đức Chung" under a photo is a caption, not a byline.
                let honorific = crate::people::HONORIFICS
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(first) || *h == first.to_lowercase());
                // "Quốc Định 04/10/2022 19:03": a date and a time of posting
                // make a byline of a name with no known family name.
                let posted = c
                    .name("t")
                    .is_some_and(|t| t.as_str().contains('/') && t.as_str().contains(':'));
                if (2..=4).contains(&words)
                    && !honorific
                    && (crate::people::is_family_name(first) || posted)
                    && !name.starts_with("Thứ")
                    && !crate::gazetteer::is_place_name(name)
                    && !name.split(' ').any(|w| NOT_SIGNATURE_WORDS.contains(&w))
                {
                    push(out, at + n.start(), at + n.end());
                }
            }
        } else if let Some(c) = signature_re().captures(line) {
            // One name or several ("Ngọc Ánh, Piên"); a lone syllable only beside a longer name.
            let n = c.name("n").unwrap();
            let parts = split_names(at + n.start(), n.as_str());
            let no_odd_word =
                |name: &str| !name.split(' ').any(|w| NOT_SIGNATURE_WORDS.contains(&w));
            let place = |name: &str| crate::gazetteer::is_place_name(name);
            // "Thanh Xuân - Phương Dung": two full names joined by a dash, one
            // of them no place's, sign together even if the other is one. A
            // line of places ("Hà Nội - Hải Phòng") or a list of communes
            // ("Bắc Sơn, Tây Sơn, Quang Sơn") signs nothing.
            let co_signed = parts.len() == 2
                && !n.as_str().contains(',')
                && parts.iter().all(|(_, p)| p.contains(' '))
                && parts
                    .iter()
                    .any(|(_, p)| !crate::gazetteer::is_any_place_name(p));
            let plausible = |name: &str| no_odd_word(name) && (co_signed || !place(name));
            let has_full_name = parts.iter().any(|(_, p)| p.contains(' '));
            if has_full_name && parts.iter().all(|(_, p)| plausible(p)) {
                for (start, part) in parts {
                    push(out, start, start + part.len());
                }
            }
        }
    }
}

/// Longest line, in bytes, that can hold a byline or a signature.
const MAX_CREDIT_LINE: usize = 160;

/// A capitals byline, one name or several: "NGUYÊN ĐOAN |", "HOÀI THU - THANH NGA".
fn byline(out: &mut Vec<Candidate>, line_at: usize, n: crate::letters::Group) {
    let names = split_names(line_at + n.start(), n.as_str());
    let plausible = |name: &str| {
        !name
            .split(' ')
            .any(|w| NOT_BYLINE_WORDS.contains(&w) || w.chars().count() > 7)
            && !HEADING_PAIRS_OF_NAME_WORDS
                .iter()
                .any(|pair| name.contains(pair))
            // "HÀ NỘI" alone on a line is a dateline or a heading.
            && !crate::gazetteer::is_province_or_wider(&crate::words::title_cased(name))
    };
    if names.iter().all(|(_, name)| plausible(name)) {
        for (start, name) in names {
            push(out, start, start + name.len());
        }
    }
}

/// "HOÀI THU - THANH NGA", "Ngọc Ánh, Piên" → each name with its byte start.
fn split_names(at: usize, line: &str) -> Vec<(usize, &str)> {
    let mut names = Vec::new();
    let mut part_start = 0;
    for (i, ch) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ',')))
    {
        if matches!(ch, '-' | '–' | ',') {
            let part = &line[part_start..i];
            let lead = part.len() - part.trim_start().len();
            let name = part.trim();
            if !name.is_empty() {
                names.push((at + part_start + lead, name));
            }
            part_start = i + ch.len_utf8();
        }
    }
    names
}

#[cfg(test)]
mod tests {
    fn people(text: &str) -> Vec<String> {
        let a = crate::analyze(text, &crate::Options::default());
        a.entities
            .iter()
            .filter(|e| e.kind == crate::Kind::Person)
            .map(|e| e.text.clone())
            .collect()
    }

    #[test]
    fn signatures_and_bylines_with_several_names() {
        let body = "Đại hội đã thành công tốt đẹp, các đại biểu thống nhất cao.\n\n";
        assert_eq!(
            people(&format!("{body}Ngọc Ánh, Piên\n\nLượt xem: 4")),
            ["Ngọc Ánh", "Piên"]
        );
        assert_eq!(
            people(&format!("{body}\u{a0}\u{a0}Nhật Duy\n")),
            ["Nhật Duy"]
        );
        assert_eq!(
            people(&format!("HOÀI THU - THANH NGA\n{body}")),
            ["HOÀI THU", "THANH NGA"]
        );
        assert!(people(&format!("{body}Tin cùng chuyên mục\nXem tin theo ngày\n")).is_empty());
        assert!(people(&format!("{body}Quảng Nam\n")).is_empty());
        // A closing signature with the outlet it wrote for.
        assert_eq!(people(&format!("{body}Minh Quân (TTXVN)\n")), ["Minh Quân"]);
        assert_eq!(people(&format!("{body}T.L (TTO)\n")), ["T.L"]);
        assert!(people(&format!("{body}Quảng Nam (Việt Nam)\n")).is_empty());
        assert!(people(&format!("AN NINH - QUỐC PHÒNG\n{body}")).is_empty());
        assert_eq!(
            people(&format!("NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09\n{body}")),
            ["NGUYÊN ĐOAN"]
        );
    }
}
