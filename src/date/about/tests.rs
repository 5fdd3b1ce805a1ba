//! The year a text is about, by the module's points.

use super::*;

fn year(text: &str) -> Option<i32> {
    reference(text).map(|d| d.year)
}

/// `earliest_year` reads phrases from their first byte: an ASCII letter
/// or digit in lower case. It finds them in any case.
#[test]
fn phrases_in_use_from_a_year_are_found_in_any_case() {
    for (phrase, year) in IN_USE_FROM {
        assert!(phrase.as_bytes()[0].is_ascii_lowercase() || phrase.as_bytes()[0].is_ascii_digit());
        assert_eq!(*phrase, phrase.to_lowercase());
        for written in [
            phrase.to_string(),
            phrase.to_uppercase(),
            format!("Sở {}", capitalized(phrase)),
        ] {
            assert_eq!(
                earliest_year(&format!("x {written} y")),
                Some(*year),
                "{written}"
            );
        }
    }
    assert_eq!(
        earliest_year("Sở Nông nghiệp và Phát triển nông thôn"),
        None
    );
}

fn capitalized(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn named_years_skip_targets_births_and_ranges() {
    assert_eq!(
        year_of("nhiệm kỳ 2020 - 2025; đến năm 2030", 14, 11),
        "2024"
    );
    assert_eq!(year("Ngày 18/8/2025, nhiệm kỳ 2025-2030"), Some(2025));
    assert_eq!(year("ông A (sinh năm 1993) và năm 2019 - 2023"), None);
    assert_eq!(year("tăng 5% so với năm 2019"), Some(2020));
    assert_eq!(year("Không có năm nào ở đây."), None);
}

#[test]
fn a_year_reviewed_beside_the_next_years_plan_is_their_turn() {
    let r = reference("tổng kết năm 2023, triển khai nhiệm vụ năm 2024").unwrap();
    assert_eq!(r, CivilDate::year_month(2024, 1).unwrap());
    assert_eq!(
        crate::date::resolve_day_month(Some(r), 28, 12).unwrap(),
        "2023-12-28"
    );
    assert_eq!(
        crate::date::resolve_day_month(Some(r), 10, 1).unwrap(),
        "2024-01-10"
    );
    // A plan alone is the year in course.
    assert_eq!(
        reference("Ủy ban đặt mục tiêu từ năm 2022 đến năm 2025"),
        Some(CivilDate::year_only(2022))
    );
    assert_eq!(
        reference("Ngày 30 tháng 11 năm 2021; dự thảo kế hoạch chuyển đổi số năm 2022"),
        CivilDate::year_month(2022, 1)
    );
    // A plan for a year already reported on is that year's.
    assert_eq!(
        reference("kết quả năm 2024 và nhiệm vụ năm 2024"),
        Some(CivilDate::year_only(2024))
    );
    // A plan further ahead is a target.
    assert_eq!(
        reference("năm 2023 và kế hoạch năm 2030"),
        Some(CivilDate::year_only(2023))
    );
}

#[test]
fn an_opened_term_is_the_year_of_its_congress() {
    let text = "Sáng 24/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Ông A, Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.";
    assert_eq!(year(text), Some(2025));
    assert_eq!(
        year("kỳ họp thứ nhất HĐND tỉnh khóa XII, nhiệm kỳ 2016-2021"),
        Some(2016)
    );
    assert_eq!(
        year("Ngày 24/6, HĐND tỉnh khóa XIII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ nhất."),
        Some(2021)
    );
    assert_eq!(
        year("lấy ý kiến cử tri về người ứng cử đại biểu HĐND xã nhiệm kỳ 2026-2031"),
        Some(2026)
    );
    // Carrying out a congress's resolution is the term in course.
    assert_eq!(
        year_of("thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025", 14, 11),
        "2024"
    );
    // An opened term is no earlier than a past year named.
    assert_eq!(
        year("so với năm 2015. Đại hội Đảng bộ xã lần thứ XXIII, nhiệm kỳ 2020 – 2025"),
        Some(2020)
    );
}

#[test]
fn names_in_use_from_a_year_put_the_text_no_earlier() {
    assert_eq!(
        year("Sở Nông nghiệp và Môi trường đề nghị hỗ trợ; so với năm 2023"),
        Some(2025)
    );
    assert_eq!(year("xếp thứ 8/34 tỉnh, thành trên cả nước"), Some(2025));
    // A later year named stands.
    assert_eq!(
        year("chính quyền địa phương hai cấp; kế hoạch năm 2026"),
        Some(2026)
    );
}

/// The year of a yearless day and month written in `text`.
fn year_of(text: &str, day: u32, month: u32) -> String {
    crate::date::value::resolve_day_month(reference(text), day, month).unwrap()[..4].to_string()
}

#[test]
fn a_term_in_course_runs_into_the_spring_of_its_last_year() {
    let text = "HĐND TPHCM khóa X, nhiệm kỳ 2021-2026 họp.";
    assert_eq!(year_of(text, 14, 11), "2025");
    assert_eq!(year_of(text, 26, 1), "2026");
    assert_eq!(year_of(text, 20, 5), "2026");
    assert_eq!(year_of(text, 2, 6), "2025");
    // Two terms in course: within both.
    let both = "Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026; Phó Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030";
    assert_eq!(year_of(both, 14, 11), "2025");
    assert_eq!(year_of(both, 14, 2), "2026");
    // Past terms are history.
    let past = "nguyên Bí thư nhiệm kỳ 2010-2015; Chủ tịch UBND tỉnh, nhiệm kỳ 2016 - 2021";
    assert_eq!(year_of(past, 14, 11), "2020");
    assert_eq!(year_of(past, 14, 3), "2021");
    // Never past what the data knows.
    assert_eq!(year("Bí thư Tỉnh ủy nhiệm kỳ 2025-2030"), Some(NEWEST_YEAR));
    assert_eq!(
        year_of("Bí thư Tỉnh ủy nhiệm kỳ 2022-2027", 14, 2),
        NEWEST_YEAR.to_string()
    );
}

fn turn(later: i32) -> Option<CivilDate> {
    CivilDate::year_month(later, 1)
}

#[test]
fn a_tet_named_by_its_lunar_year_is_the_turn_into_it() {
    let text = "Ngày 19/1, tổng kết kinh tế năm 2020; chúc mừng xuân Tân Sửu 2021";
    let r = reference(text);
    assert_eq!(r, turn(2021));
    assert_eq!(
        crate::date::resolve_day_month(r, 19, 1).unwrap(),
        "2021-01-19"
    );
    // With "năm", and a date of the year before.
    let text = "từ ngày 25-11 đến 24-12-2025, trước Tết Nguyên đán Bính Ngọ năm 2026";
    let r = reference(text);
    assert_eq!(r, turn(2026));
    assert_eq!(
        crate::date::resolve_day_month(r, 25, 11).unwrap(),
        "2025-11-25"
    );
    // Alone.
    assert_eq!(reference("chương trình Xuân Giáp Thìn 2024"), turn(2024));
    // A name that is not that year's is no Tết: the year counts as named.
    assert_eq!(
        reference("Canh Tý năm 2021"),
        Some(CivilDate::year_only(2021))
    );
}

#[test]
fn a_year_whose_end_is_reviewed_is_the_turn_out_of_it() {
    assert_eq!(reference("kết quả kinh doanh quý IV/2020."), turn(2021));
    assert_eq!(reference("lợi nhuận quý 4/2018 giảm"), turn(2019));
    assert_eq!(reference("Tính chung năm 2018, lãi 8.600 tỷ"), turn(2019));
    assert_eq!(reference("Hội nghị tổng kết công tác năm 2023"), turn(2024));
    // Another quarter is the year itself.
    assert_eq!(
        reference("họp báo quý III/2025"),
        Some(CivilDate::year_only(2025))
    );
    // A later year named stands.
    assert_eq!(
        reference("quý IV/2020; ngày 3/3/2022"),
        Some(CivilDate::year_only(2022))
    );
    // "định hướng năm 2026" beside the year reported: a plan.
    assert_eq!(
        reference("trong năm 2025, đạt 13.400 tỉ đồng và định hướng năm 2026 phấn đấu"),
        turn(2026)
    );
}

#[test]
fn a_school_or_fiscal_year_is_the_turn_of_its_two() {
    let r = reference("Lễ khai giảng năm học 2025-2026, ngày 5-9");
    assert_eq!(r, turn(2026));
    assert_eq!(
        crate::date::resolve_day_month(r, 5, 9).unwrap(),
        "2025-09-05"
    );
    assert_eq!(
        reference("báo cáo niên độ tài chính 2021 - 2022"),
        turn(2022)
    );
    // Not two years in a row: neither.
    assert_eq!(reference("năm học 2020-2025"), None);
}

#[test]
fn a_laws_year_is_the_documents() {
    assert_eq!(reference("theo Luật Đất đai năm 2013"), None);
    assert_eq!(reference("trái Hiến pháp năm 2013"), None);
    assert_eq!(
        reference("Bộ luật Hình sự năm 2015; quý III/2025"),
        Some(CivilDate::year_only(2025))
    );
    // A lawyer is no law.
    assert_eq!(
        reference("Luật sư Nguyễn Văn A cho biết năm 2019 đã khởi kiện"),
        Some(CivilDate::year_only(2019))
    );
}

#[test]
fn a_look_back_keeps_a_word_that_starts_where_it_is_cut() {
    assert_eq!(near_end("abc quý IV", 7), "quý IV");
    assert_eq!(near_end("abc quý IV", 6), "IV");
    assert_eq!(near_end("abc quý IV", 20), "abc quý IV");
    // Every length gives a whole-word tail, whatever the cut.
    let head = "báo cáo quý IV";
    for max in 0..=head.len() {
        let tail = near_end(head, max);
        assert!(tail.is_empty() || head.ends_with(tail), "{max}");
        assert!(tail.is_empty() || head[..head.len() - tail.len()].ends_with(' ') || tail == head);
    }
    // The quarter is found whatever the text before it.
    for lead in ["", "x ", "ab ", "Trong năm qua, kết quả kinh doanh "] {
        assert_eq!(
            quarter_seen(&format!("{lead}quý IV/2020")),
            Some(2021),
            "{lead}"
        );
    }
}

fn quarter_seen(text: &str) -> Option<i32> {
    reference(text).map(|d| d.year)
}

#[test]
fn a_validity_s_end_and_a_birth_date_are_not_the_text_s_year() {
    assert_eq!(
        year("Giấy chứng nhận có hiệu lực 5 năm, kể từ ngày 05/9/2023 đến 05/9/2028."),
        Some(2023)
    );
    assert_eq!(year("Bị cáo A (sinh ngày 12/3/1990) bị bắt."), None);
    // A report's cut-off counts, and a range sharing its end's year too.
    assert_eq!(
        year("Tính đến ngày 30/6/2025, toàn tỉnh có 12 dự án."),
        Some(2025)
    );
    assert_eq!(
        year("Theo cáo trạng, từ ngày 27 đến 30-3-2024, nhóm này vận chuyển."),
        Some(2024)
    );
}

#[test]
fn a_first_plenum_or_session_opens_its_term_and_listed_terms_all_count() {
    assert_eq!(
        year("Kỳ họp bất thường lần thứ nhất, HĐND tỉnh khóa VII, nhiệm kỳ 2016 - 2021. Ông A giữ cương vị Phó Chủ tịch từ tháng 6/2010."),
        Some(2016)
    );
    assert_eq!(
        year_of(
            "Trong các nhiệm kỳ 2010-2015 và 2015-2020, Đảng ủy xã vi phạm.",
            10,
            11
        ),
        "2019"
    );
}

#[test]
fn an_events_edition_is_the_texts_year() {
    assert_eq!(
        year_of(
            "Ngày 26/9, đoàn dự Ngày Văn hóa Việt Nam - Hàn Quốc 2025 tại Huế",
            26,
            9
        ),
        "2025"
    );
    assert_eq!(
        year_of("Ngày 17/12, thăm giáo xứ nhân lễ Giáng sinh 2020.", 17, 12),
        "2020"
    );
    assert_eq!(
        year_of("nhân dịp Tết Cổ truyền Lào Bunpimay 2023", 9, 4),
        "2023"
    );
    // The lunar New Year is the turn into its year.
    assert_eq!(
        reference("chuẩn bị Tết Nguyên đán 2024 cho người nghèo"),
        turn(2024)
    );
    // Not a count, a document, a code or a range.
    assert_eq!(year("huyện Đà Bắc 2000 hộ nghèo"), None);
    assert_eq!(year("Theo Luật Công an nhân dân 2018, cấp bậc"), None);
    assert_eq!(year("theo khoản 3 Điều 219 BLHS 2015, khung"), None);
    assert_eq!(year("Đề án Phát triển 2021 - 2025"), None);
    assert_eq!(year("Huế 2024"), None);
}

#[test]
fn a_period_an_agreement_is_signed_for_opens_then() {
    let text = "Ngày 22/8, hai bên ký kết thỏa thuận hợp tác giai đoạn 2025 - 2030.";
    assert_eq!(year_of(text, 22, 8), "2025");
    // A plan's period alone says nothing of the text's year.
    assert_eq!(year("triển khai chuyển đổi số giai đoạn 2025 - 2030"), None);
}

#[test]
fn a_new_school_year_is_the_turn_of_its_two() {
    assert_eq!(year_of("khai giảng năm học mới 2025-2026", 5, 9), "2025");
}
