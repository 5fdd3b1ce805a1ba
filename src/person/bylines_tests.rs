//! Tests of `bylines.rs`: pen names beside a stamp or under a headline, and what is none.

use super::*;

fn bylines(text: &str) -> Vec<&str> {
    crate::candidate::found_texts(text, |out| find(text, out))
}

#[test]
fn names_beside_the_stamp() {
    assert_eq!(
        bylines("Tiêu đề\n\nNgọc Diệp - 04/06/2021, 15:13 GMT+07 | Chính trị\n"),
        ["Ngọc Diệp"]
    );
    assert_eq!(
        bylines("Tiêu đề\nHạ An Thứ sáu, 15/12/2023 - 11:00\n"),
        ["Hạ An"]
    );
    assert_eq!(
        bylines("(Bài 4)\nTrần Khánh Thứ hai, ngày 04/12/2023 07:45 AM (GMT+7)\n"),
        ["Trần Khánh"]
    );
    assert_eq!(
        bylines("Tiêu đề\nQ. Đông\nThứ tư, 28/12/2022 - 17:16\n(Thanh tra) - Sau"),
        ["Q. Đông"]
    );
    assert_eq!(
        bylines("Duy Tuấn (báo lao động) 01/01/2026 17:37 (GMT+7)\n"),
        ["Duy Tuấn"]
    );
    assert_eq!(
        bylines("04/04/2018 09:52\nHồng Khanh\n\nĐoàn Thanh tra về"),
        ["Hồng Khanh"]
    );
    assert_eq!(
        bylines("Thứ Tư, 30/06/2021 00:12  | Đào Văn\n\n|"),
        ["Đào Văn"]
    );
    assert_eq!(
        bylines("Tiêu đề\n\nNam Long\n13/01/2026 14:41 GMT+7\n\nĐảng ủy"),
        ["Nam Long"]
    );
    assert_eq!(
        bylines("Tiêu đề\n\nMinh Hải\nMinh Hải\n04/11/2025 17:35 GMT+7\n"),
        ["Minh Hải", "Minh Hải"]
    );
    assert_eq!(
        bylines("Vải thiều\n\nV.Hùng 07/07/2018 08:30\n"),
        ["V.Hùng"]
    );
}

#[test]
fn places_titles_and_sentences_are_no_bylines() {
    assert!(bylines("Hà Nội - 04/06/2021, 15:13").is_empty());
    assert!(bylines("Quảng Nam 04/06/2021").is_empty());
    assert!(bylines("Bí Thư - 04/06/2021").is_empty());
    assert!(bylines("Ngày 04/06/2021\nHội Nông Dân").is_empty());
    assert!(bylines("04/04/2018 09:52\nSở Nội Vụ").is_empty());
    assert!(bylines("04/04/2018 09:52\nĐoàn Thanh tra Chính phủ sẽ thanh tra").is_empty());
    assert!(bylines("Ngọc Diệp cho biết 04/06/2021 là ngày").is_empty());
    assert!(bylines("Tiêu đề\nQuảng Nam\n04/06/2021 10:00").is_empty());
    assert!(bylines("TP.Hồ 04/06/2021").is_empty());
}
