//! The numeral grammar against numbers written out in words: every number up
//! to 999.999.999 (and whole tỷ above), written the standard way and with
//! the common variants (ngàn, lẻ, tư, nhăm, bẩy, tỉ, "không trăm" left
//! out), must read back as the same number; "âm" makes it negative. Through
//! `analyze`, a numeral before a counted noun is one FIGURE whose value is
//! the value of the same number written in digits ("1.234.567").
//!
//! The words are generated here from the number, independently of the
//! parser, by the rules of REFERENCE_vi.md §4.1a.

#[path = "support/invariants.rs"]
mod invariants;

use proptest::prelude::*;
use soi::figure::parse_numeral;
use soi::{analyze, Kind, Options};

/// Which of the equivalent spellings to use.
#[derive(Debug, Clone, Default)]
struct Style {
    ngan: bool,
    le: bool,
    tu: bool,
    nham: bool,
    bay: bool,
    ti: bool,
    /// "hai nghìn linh năm" for "hai nghìn không trăm linh năm".
    skip_zero_hundreds: bool,
}

fn digit(d: u64, s: &Style) -> &'static str {
    [
        "không",
        "một",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        if s.bay { "bẩy" } else { "bảy" },
        "tám",
        "chín",
    ][d as usize]
}

/// 1–99.
fn below_hundred(n: u64, s: &Style, out: &mut Vec<&'static str>) {
    let (tens, unit) = (n / 10, n % 10);
    let four = if s.tu { "tư" } else { "bốn" };
    match tens {
        0 => out.push(digit(unit, s)),
        1 => {
            out.push("mười");
            match unit {
                0 => {}
                4 => out.push(four),
                5 => out.push("lăm"),
                u => out.push(digit(u, s)),
            }
        }
        t => {
            out.push(digit(t, s));
            out.push("mươi");
            match unit {
                0 => {}
                1 => out.push("mốt"),
                4 => out.push(four),
                5 => out.push(if s.nham { "nhăm" } else { "lăm" }),
                u => out.push(digit(u, s)),
            }
        }
    }
}

/// A group 1–999; `inner` when a larger group was written before it.
fn group(n: u64, inner: bool, s: &Style, out: &mut Vec<&'static str>) {
    let (hundreds, rest) = (n / 100, n % 100);
    let link = if s.le { "lẻ" } else { "linh" };
    let write_hundreds = hundreds > 0 || (inner && !s.skip_zero_hundreds);
    if write_hundreds {
        out.push(digit(hundreds, s));
        out.push("trăm");
    }
    match rest {
        0 => {}
        1..=9 if write_hundreds || inner => {
            out.push(link);
            out.push(digit(rest, s));
        }
        r => below_hundred(r, s, out),
    }
}

/// The number in words, largest group first.
fn words(n: u64, s: &Style) -> String {
    if n == 0 {
        return "không".to_string();
    }
    let billion = if s.ti { "tỉ" } else { "tỷ" };
    let thousand = if s.ngan { "ngàn" } else { "nghìn" };
    let groups = [
        (n / 1_000_000_000, Some(billion)),
        (n / 1_000_000 % 1000, Some("triệu")),
        (n / 1000 % 1000, Some(thousand)),
        (n % 1000, None),
    ];
    let mut out = Vec::new();
    for (value, magnitude) in groups {
        if value == 0 {
            continue;
        }
        group(value, !out.is_empty(), s, &mut out);
        out.extend(magnitude);
    }
    out.join(" ")
}

/// "1.234.567": digits the Vietnamese way.
fn digits(n: u64) -> String {
    let plain = n.to_string();
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn style() -> impl Strategy<Value = Style> {
    any::<[bool; 7]>().prop_map(|b| Style {
        ngan: b[0],
        le: b[1],
        tu: b[2],
        nham: b[3],
        bay: b[4],
        ti: b[5],
        skip_zero_hundreds: b[6],
    })
}

/// Numbers of every length up to nine digits, with many zero digits (the
/// hard cases: "không trăm", "linh", empty groups).
fn number() -> impl Strategy<Value = u64> {
    prop::collection::vec(prop_oneof![2 => Just(0u64), 3 => 0..10u64], 1..=9)
        .prop_map(|ds| ds.iter().fold(0, |n, d| n * 10 + d))
}

/// The one FIGURE of `text` and its value.
fn figure_of(text: &str) -> Option<(String, serde_json::Value)> {
    let analysis = analyze(text, &Options::default());
    let figures: Vec<_> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Figure)
        .collect();
    match figures.as_slice() {
        [e] => Some((e.text.clone(), e.attrs.value.clone()?)),
        _ => None,
    }
}

#[test]
fn generator_writes_the_reference_forms() {
    let standard = Style::default();
    assert_eq!(words(33, &standard), "ba mươi ba");
    assert_eq!(words(105, &standard), "một trăm linh năm");
    assert_eq!(
        words(21_011, &standard),
        "hai mươi mốt nghìn không trăm mười một"
    );
    assert_eq!(
        words(721_012, &standard),
        "bảy trăm hai mươi mốt nghìn không trăm mười hai"
    );
    assert_eq!(words(1_000_005, &standard), "một triệu không trăm linh năm");
    assert_eq!(digits(1_234_567), "1.234.567");
}

#[test]
fn every_number_below_a_hundred_thousand_reads_back() {
    let variants = [
        Style::default(),
        Style {
            ngan: true,
            le: true,
            tu: true,
            nham: true,
            bay: true,
            ti: true,
            skip_zero_hundreds: true,
        },
    ];
    for n in 0..100_000u64 {
        for s in &variants {
            let w = words(n, s);
            assert_eq!(parse_numeral(&w), Some(n as f64), "{n}: {w}");
        }
    }
}

#[test]
fn whole_billions_read_back() {
    for n in [1u64, 2, 15, 105, 999] {
        let w = format!("{} tỷ", words(n, &Style::default()));
        assert_eq!(parse_numeral(&w), Some((n * 1_000_000_000) as f64), "{w}");
    }
    let w = words(999_999_999_999, &Style::default());
    assert_eq!(parse_numeral(&w), Some(999_999_999_999.0), "{w}");
}

proptest! {
    #[test]
    fn words_read_back_as_the_number(n in number(), s in style()) {
        let w = words(n, &s);
        prop_assert_eq!(parse_numeral(&w), Some(n as f64), "{}", w);
    }

    #[test]
    fn minus_makes_it_negative(n in 1..1_000_000_000u64, s in style()) {
        let w = format!("âm {}", words(n, &s));
        prop_assert_eq!(parse_numeral(&w), Some(-(n as f64)), "{}", w);
    }

    #[test]
    fn above_a_billion_too(n in 1..1_000_000_000_000u64, s in style()) {
        let w = words(n, &s);
        prop_assert_eq!(parse_numeral(&w), Some(n as f64), "{}", w);
    }

    /// In a sentence, the words are one FIGURE with the value of the digits.
    /// ("một" and "năm" alone are "a" and "year", never figures.)
    #[test]
    fn in_a_sentence_words_and_digits_agree(
        n in number().prop_map(|n| if n < 2 || n == 5 { n + 20 } else { n }),
        s in style(),
    ) {
        let w = words(n, &s);
        let (text, value) = figure_of(&format!("Đã có {w} đảng viên được kết nạp."))
            .expect("one figure");
        prop_assert_eq!(&text, &w);
        let (_, digit_value) = figure_of(&format!("Đã có {} đảng viên được kết nạp.", digits(n)))
            .expect("one figure in digits");
        prop_assert_eq!(value, digit_value, "{}", w);
    }

    /// Any jumble of numeral words, digits, units and punctuation keeps the
    /// promises every mark makes (in bounds, on boundaries, no overlap, NFC
    /// and NFD alike).
    #[test]
    fn numeral_soup_keeps_the_invariants(
        pieces in prop::collection::vec(prop::sample::select(SOUP), 1..24)
    ) {
        let text: String = pieces.concat();
        invariants::check_analysis(&text).map_err(TestCaseError::fail)?;
        invariants::check_nfc_nfd(&text).map_err(TestCaseError::fail)?;
    }
}

/// Pieces for the soup: grammar words in any case, glued digits, units,
/// calendar words and the characters that end a numeral.
const SOUP: &[&str] = &[
    "một ",
    "mốt ",
    "hai ",
    "Ba ",
    "bốn ",
    "tư ",
    "năm ",
    "lăm ",
    "sáu ",
    "bẩy ",
    "chín ",
    "mười ",
    "Mươi ",
    "chục ",
    "trăm ",
    "linh ",
    "lẻ ",
    "nghìn ",
    "ngàn ",
    "vạn ",
    "triệu ",
    "tỷ",
    "tỉ ",
    "rưỡi ",
    "nửa ",
    "hàng ",
    "âm ",
    "không ",
    "1,5",
    "150tỷ ",
    "2.024 ",
    "3 ",
    "đồng",
    " đồng chí ",
    "USD",
    "tấn ",
    "năm 2023",
    "tháng ",
    "Giêng ",
    "Chạp",
    "mồng ",
    "mùng 2/9",
    "quý ",
    "IV ",
    "thứ ",
    "Chủ nhật ",
    "ngày ",
    "3/9/91",
    "tuổi",
    "phần trăm ",
    "người",
    ", ",
    ". ",
    "\n",
    "/",
    "-",
    "%",
    "\u{300}",
    "\u{a0}",
    "ờ",
];
