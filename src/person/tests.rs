//! Tests of the PERSON pass as a whole (`mod.rs`): ids across mentions.

/// Each PERSON mark's text with its id.
fn person_ids(text: &str) -> Vec<(String, String)> {
    let a = crate::analyze(text, &crate::Options::default());
    a.entities
        .iter()
        .filter(|e| e.kind == crate::Kind::Person)
        .map(|e| (e.text.clone(), e.attrs.id.as_deref().unwrap().to_string()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(t, id)| (t.to_string(), id.to_string()))
        .collect()
}

#[test]
fn one_id_per_person_given_names_included() {
    let text = "Đồng chí Nguyễn Hảo, Bí thư Huyện ủy phát biểu. Ông Lê Văn Quang dự. Đồng chí Hảo nhấn mạnh; đồng chí Nguyễn Hảo kết luận.";
    assert_eq!(
        person_ids(text),
        pairs(&[
            ("Nguyễn Hảo", "P1"),
            ("Lê Văn Quang", "P2"),
            ("Hảo", "P1"),
            ("Nguyễn Hảo", "P1")
        ])
    );
}

#[test]
fn a_family_name_first_foreigner_shortened_to_the_family_name_keeps_the_id() {
    let text = "Ông Nikai Toshihiro tiếp Đại sứ. Ông Lê Văn Hảo dự. Ông Nikai cho biết.";
    assert_eq!(
        person_ids(text),
        pairs(&[
            ("Nikai Toshihiro", "P1"),
            ("Lê Văn Hảo", "P2"),
            ("Nikai", "P1")
        ])
    );
}

#[test]
fn examples() {
    crate::examples::assert_examples(crate::Kind::Person, include_str!("examples.txt"));
}
