//! `role` and `unit` are read from the canonical copy of the text (new tone
//! placement, composed letters) but given back as the input writes them:
//! old tone placement ("Uỷ viên", "ma tuý") and decomposed letters (NFD)
//! stay as they are, so a reader finds them again in the article.

use soi::{analyze, Kind, Options};
use unicode_normalization::UnicodeNormalization;

fn attrs(input: &str, kind: Kind) -> Vec<(String, Option<String>, Option<String>)> {
    analyze(input, &Options::default())
        .entities
        .into_iter()
        .filter(|e| e.kind == kind)
        .map(|e| {
            let role = e.attrs.role.as_deref().map(str::to_string);
            let unit = e.attrs.unit.as_deref().map(str::to_string);
            (e.text, role, unit)
        })
        .collect()
}

const OLD_TONES: &str = "Đồng chí Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, chủ trì. \
    Lực lượng thu giữ 274 viên ma tuý tổng hợp và 5 hoà giải viên được khen.";

#[test]
fn units_keep_the_old_tone_placement() {
    let figures = attrs(OLD_TONES, Kind::Figure);
    let units: Vec<_> = figures.iter().map(|(_, _, u)| u.as_deref()).collect();
    assert_eq!(units, [Some("viên ma tuý tổng hợp"), Some("hoà giải viên")]);
    let people = attrs(OLD_TONES, Kind::Person);
    assert_eq!(
        people[0].1.as_deref(),
        Some("Uỷ viên Ban Thường vụ Tỉnh uỷ")
    );
}

#[test]
fn units_and_roles_keep_decomposed_letters() {
    let nfd: String = OLD_TONES.nfd().collect();
    for (text, role, unit) in attrs(&nfd, Kind::Figure)
        .into_iter()
        .chain(attrs(&nfd, Kind::Person))
    {
        for written in [Some(text), role, unit].into_iter().flatten() {
            assert!(
                nfd.contains(&written),
                "{written:?} is not written in the input"
            );
        }
    }
    let units: Vec<String> = attrs(&nfd, Kind::Figure)
        .into_iter()
        .filter_map(|(_, _, u)| u)
        .collect();
    let expected: Vec<String> = ["viên ma tuý tổng hợp", "hoà giải viên"]
        .iter()
        .map(|u| u.nfd().collect())
        .collect();
    assert_eq!(units, expected);
}
