use super::{
    is_letter, is_lower, is_upper, is_word_char, next_ascii_capital, next_capital_or_lead_byte,
    split_spaces, word_spans, Words,
};

/// The quick lower case is the Unicode one for every character.
#[test]
fn lower_is_the_unicode_lower_case() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let unicode = c.to_lowercase().next().unwrap_or(c);
        assert_eq!(super::lower(c), unicode, "U+{:04X}", c as u32);
    }
}

/// `char_at` reads every character's length and whether it is a letter
/// or digit as decoding it does, in a text and at its end.
#[test]
fn char_at_is_the_decoded_answer() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let text = format!("a{c}b");
        assert_eq!(
            super::char_at(&text, 1),
            (c.len_utf8(), is_word_char(c)),
            "U+{:04X}",
            c as u32
        );
        let end = format!("{c}");
        assert_eq!(super::char_at(&end, 0).0, c.len_utf8());
    }
}

/// `boundary_before` reads the character before as decoding it does, for
/// every character, after ASCII and after a three-byte letter.
#[test]
fn boundary_before_is_the_decoded_answer() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        for text in [format!("a{c}"), format!("ệ{c}"), format!("{c}")] {
            assert_eq!(
                super::boundary_before(&text, text.len()),
                !is_word_char(c),
                "U+{:04X} in {text:?}",
                c as u32
            );
        }
    }
}

/// `word_spans` gives the runs a naive walk over the characters gives.
#[test]
fn word_spans_are_runs_of_word_chars() {
    let naive = |text: &str, apostrophe: bool| {
        let is = |c: char| is_word_char(c) || (apostrophe && c == '\'');
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (is(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, text.len()));
        }
        out
    };
    let texts = [
        "",
        "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy; H'Hen Niê × 3 ÷ 4 ḁ ẞ ỹ",
        "  Ðảng bộ\u{a0}xã\u{300}Tân\u{200b}Hòa 2.024 đảng viên — 98,4% 日本 Ωμέγα ١٢٣",
        "'''a'b' ' x",
    ];
    for text in texts {
        for apostrophe in [false, true] {
            let got: Vec<_> = word_spans(text, apostrophe).collect();
            assert_eq!(got, naive(text, apostrophe), "{text:?} {apostrophe}");
        }
    }
    // Every character the engine may meet, one between two letters.
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let text = format!("a{c}b");
        let got: Vec<_> = word_spans(&text, true).collect();
        assert_eq!(got, naive(&text, true), "U+{:04X}", c as u32);
    }
}

/// `words_before` is the last `n` words before a position, joined by one
/// space and lower-cased as a whole (the way it was first written), at
/// every position of a text with tabs, runs of spaces, punctuation and
/// capitals, Greek sigmas included.
#[test]
fn words_before_joins_and_lowercases_the_words() {
    use super::words_before;
    let naive = |text: &str, at: usize, n: usize| {
        let mut words: Vec<&str> = Vec::new();
        let mut end = at;
        for _ in 0..n {
            let seg = text[..end].trim_end_matches([' ', '\t']);
            if seg.is_empty() || !seg.chars().next_back().is_some_and(is_word_char) {
                break;
            }
            let start = seg
                .rfind(|c: char| !is_word_char(c))
                .map_or(0, |i| i + seg[i..].chars().next().unwrap().len_utf8());
            words.push(&seg[start..]);
            end = start;
        }
        words.reverse();
        words.join(" ").to_lowercase()
    };
    let text = "Đồng chí  NGUYỄN\tVăn A, Bí thư Tỉnh ủy; ΟΔΟΣ ΣΑΣ  các CẤP huyện ǅem 2024 năm ⅰⅱ Ⅲ";
    for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
        for n in 0..5 {
            assert_eq!(words_before(text, at, n), naive(text, at, n), "{at} {n}");
        }
    }
    for word in [
        "năm", "Năm", "NĂM", "ǅem", "ⅰⅱ", "Ⅲ", "2024", "x2", "ΟΔΟΣ", "đảng",
    ] {
        let lower = super::lowercased(word);
        assert_eq!(lower, word.to_lowercase(), "{word}");
        let borrowed = matches!(lower, std::borrow::Cow::Borrowed(_));
        assert_eq!(borrowed, word == word.to_lowercase(), "{word}");
    }
    // Words written in lower case with single spaces are not copied.
    let text = "theo các cấp huyện 12 ngày";
    let got = words_before(text, text.len(), 4);
    assert_eq!(got, "cấp huyện 12 ngày");
    assert!(matches!(got, std::borrow::Cow::Borrowed(_)));
    assert!(matches!(
        words_before("Các cấp", "Các cấp".len(), 2),
        std::borrow::Cow::Owned(_)
    ));
}

/// The eight-at-a-time searches for capitals (and lead bytes) find what
/// a byte scan finds, from every position, over every byte value.
#[test]
fn capitals_found_eight_at_a_time() {
    let all: Vec<u8> = (0..=255u8)
        .chain(b"xin chao Viet Nam".iter().copied())
        .collect();
    for len in [0, 1, 7, 8, 9, 17, all.len()] {
        let bytes = &all[..len];
        for from in 0..=len {
            let naive = (from..len).find(|&i| bytes[i].is_ascii_uppercase());
            assert_eq!(next_ascii_capital(bytes, from), naive, "{len} {from}");
            // Capitals and the bytes that start a character outside ASCII.
            let naive = (from..len).find(|&i| bytes[i].is_ascii_uppercase() || bytes[i] >= 0xC0);
            assert_eq!(
                next_capital_or_lead_byte(bytes, from),
                naive,
                "{len} {from}"
            );
        }
    }
    let text = "những Đại biểu của tỉnh Quảng Nam và TP.HCM".as_bytes();
    for from in 0..=text.len() {
        let naive = (from..text.len()).find(|&i| text[i].is_ascii_uppercase());
        assert_eq!(next_ascii_capital(text, from), naive, "{from}");
    }
}

/// Skipping to the next capitalized word gives the words a reader of
/// every word would keep: capitals inside a word ("iPhone", "H'Hen",
/// "TP.HCM" after the dot is a word of its own) and upper-case
/// characters that are no letter or digit are passed over.
#[test]
fn next_capitalized_is_the_next_capitalized_word() {
    let texts = [
        "những Đại biểu của tỉnh Quảng Nam và TP.HCM, ông Nguyễn Văn A",
        "iPhone của H'Hen Niê; “Ủy ban” – Ông Ân, đồng chí Ơn Ư Ê",
        "ⒶⒷ Ⅻ Nam 2024 x×Yên ÷Bình aÂu ẠnhƯ",
        "",
        "Đ",
        "đ Đ",
    ];
    for text in texts {
        for apostrophe in [false, true] {
            let expected: Vec<(usize, usize)> = word_spans(text, apostrophe)
                .filter(|&(s, _)| text[s..].chars().next().is_some_and(is_upper))
                .collect();
            let mut reader = Words::new(text, apostrophe);
            let got: Vec<(usize, usize)> =
                std::iter::from_fn(|| reader.next_capitalized()).collect();
            assert_eq!(got, expected, "{text:?} {apostrophe}");
            // And a word read in between resumes after it.
            let mut reader = Words::new(text, apostrophe);
            let mut mixed = Vec::new();
            loop {
                let next = match mixed.len() % 2 {
                    0 => reader.next_capitalized(),
                    _ => reader.next_word(),
                };
                let Some(w) = next else { break };
                mixed.push(w);
            }
            for pair in mixed.windows(2) {
                assert!(pair[0].1 <= pair[1].0, "{text:?}: {mixed:?}");
            }
            let all: Vec<(usize, usize)> = word_spans(text, apostrophe).collect();
            assert!(mixed.iter().all(|w| all.contains(w)), "{text:?}: {mixed:?}");
        }
    }
}

/// `split_spaces` splits as `split(' ')` does, empty pieces included.
#[test]
fn split_spaces_is_split_on_space() {
    for s in [
        "",
        " ",
        "a",
        "a b",
        " a  b ",
        "Sở Nội vụ",
        "Việt Nam  ",
        "x\u{a0}y z",
    ] {
        let expected: Vec<&str> = s.split(' ').collect();
        assert_eq!(split_spaces(s).collect::<Vec<_>>(), expected, "{s:?}");
    }
}

/// The case and letter look-ups agree with `char`'s on every character.
#[test]
fn case_tables_are_unicode_case() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        assert_eq!(is_upper(c), c.is_uppercase(), "{c:?} U+{:04X}", c as u32);
        assert_eq!(is_lower(c), c.is_lowercase(), "{c:?} U+{:04X}", c as u32);
        assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
    }
}

/// The fast ranges of `is_word_char` agree with `char::is_alphanumeric`
/// on every character (the rules use one for the other).
#[test]
fn word_char_is_alphanumeric() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        assert_eq!(
            is_word_char(c),
            c.is_alphanumeric(),
            "{c:?} U+{:04X}",
            c as u32
        );
    }
}

/// A phrase at a byte counts only as whole words.
#[test]
fn phrase_at_takes_whole_words() {
    let text = "các trường THPT Tam Dương, THPTX và Thành phố";
    let at = text.find("THPT").unwrap();
    assert!(super::phrase_at(text, at, &["THCS", "THPT"]));
    let glued = text.find("THPTX").unwrap();
    assert!(!super::phrase_at(text, glued, &["THPT"]));
    assert!(super::phrase_at(
        text,
        text.len() - "Thành phố".len(),
        &["Thành phố"]
    ));
    assert!(!super::phrase_at(text, 0, &["cá"]));
}
