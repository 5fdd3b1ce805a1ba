use super::*;

/// The eight-at-a-time searches find what a byte-by-byte scan finds,
/// from every position of texts of every length around a chunk.
#[test]
fn chunked_searches_are_the_byte_scans() {
    let texts = [
        "Hoà Bình, THUỶ LỢI, khoẻ mạnh; quý vị; Ông Uỷ viên — ÔNG; hoạch định",
        "oooooooooá uuuuuuuuuỷ",
        "ascii only text that runs past eight bytes",
        "Ouả",
        "",
    ];
    for base in texts {
        for cut in 0..=base.len() {
            let Some(text) = base.get(..cut) else {
                continue;
            };
            let bytes = text.as_bytes();
            for i in 0..=bytes.len() {
                let naive_ascii = (i..bytes.len())
                    .find(|&p| bytes[p] >= 0x80)
                    .unwrap_or(bytes.len());
                if i < bytes.len() && bytes[i] < 0x80 {
                    assert_eq!(ascii_run_end(bytes, i), naive_ascii, "{text:?} at {i}");
                }
                let naive_pair = (i..bytes.len().saturating_sub(1)).find(|&p| {
                    matches!(bytes[p], b'o' | b'O' | b'u' | b'U') && bytes[p + 1] >= 0x80
                });
                assert_eq!(
                    next_o_u_before_non_ascii(bytes, i),
                    naive_pair,
                    "{text:?} at {i}"
                );
            }
        }
    }
}

/// Text `is_plain_nfc` accepts is its own NFC: every character of the
/// plain ranges, alone and next to ASCII.
#[test]
fn plain_text_is_its_own_nfc() {
    for c in (0x80..0x2000).filter_map(char::from_u32) {
        let text = format!("a{c}b");
        if is_plain_nfc(&text) {
            assert_eq!(text.nfc().collect::<String>(), text, "U+{:04X}", c as u32);
        }
    }
    assert!(is_plain_nfc("Nguyễn Thị Hồng Hạnh"));
    assert!(!is_plain_nfc("Hoa\u{300}"));
}

/// The look-up stepped from the last answer finds what a search finds,
/// whatever order the positions come in.
#[test]
fn stepped_look_up_is_the_search() {
    // Many edits: decomposed letters and folded spaces all along.
    let input = "Hoa\u{300} \u{a0} Tha\u{301}i  Bi\u{300}nh ".repeat(40);
    let canon = Canonical::new(&input);
    let map = &canon.composed;
    assert!(map.edits.len() > 50);
    let len = canon.text.len() as u32;
    let forward: Vec<u32> = (0..=len).collect();
    let backward: Vec<u32> = (0..=len).rev().collect();
    let scattered: Vec<u32> = (0..=len).map(|i| (i * 7919) % (len + 1)).collect();
    for order in [forward, backward, scattered] {
        for pos in order {
            let searched = map.edits.partition_point(|e| e.0 <= pos);
            assert_eq!(map.edits_up_to(pos), searched, "{pos}");
        }
    }
}

#[test]
fn nfd_maps_back_to_input_bytes() {
    let nfc = "Tỉnh ủy Quảng Nam";
    let nfd: String = nfc.nfd().collect();
    let canon = Canonical::new(&nfd);
    assert_eq!(canon.text, nfc);
    let q = canon.text.find("Quảng").unwrap();
    let back = canon.to_input(q);
    assert!(nfd[back..].starts_with("Qua"));
    assert_eq!(canon.to_input(canon.text.len()), nfd.len());
}

#[test]
fn old_tone_placement_becomes_new() {
    let canon = Canonical::new("Uỷ viên Tỉnh uỷ, văn hoá, khoẻ, quý, hoàng, Thanh Hoá.");
    assert_eq!(
        canon.text,
        "Ủy viên Tỉnh ủy, văn hóa, khỏe, quý, hoàng, Thanh Hóa."
    );
    let pos = canon.text.find("Hóa").unwrap();
    let input = "Uỷ viên Tỉnh uỷ, văn hoá, khoẻ, quý, hoàng, Thanh Hoá.";
    assert_eq!(
        &input[canon.to_input(pos)..canon.to_input(pos + "Hóa".len())],
        "Hoá"
    );
}

#[test]
fn odd_spaces_fold_and_invisible_characters_drop() {
    let input = "Nhật\u{a0}Duy\u{200b} và\u{feff} Tỉnh ủy";
    let canon = Canonical::new(input);
    assert_eq!(canon.text, "Nhật Duy và Tỉnh ủy");
    let at = canon.text.find("Duy").unwrap();
    assert_eq!(
        &input[canon.to_input(at)..canon.to_input_end(input, at + 3)],
        "Duy"
    );
    let end = canon.text.find(" và").unwrap();
    assert_eq!(&input[..canon.to_input_end(input, end)], "Nhật\u{a0}Duy");
}

#[test]
fn a_typographic_apostrophe_inside_a_word_reads_as_ascii() {
    let input = "huyện Cư M’gar, Ea Hʼleo và “Đắk Lắk’’ ‘x’";
    let canon = Canonical::new(input);
    // Between two letters only: closing quotes keep their character.
    assert_eq!(canon.text, "huyện Cư M'gar, Ea H'leo và “Đắk Lắk’’ ‘x’");
    let at = canon.text.find("Cư").unwrap();
    let end = canon.text.find(',').unwrap();
    assert_eq!(
        &input[canon.to_input(at)..canon.to_input_end(input, end)],
        "Cư M’gar"
    );
    let at = canon.text.find("Ea").unwrap();
    let end = canon.text.find(" và").unwrap();
    assert_eq!(
        &input[canon.to_input(at)..canon.to_input_end(input, end)],
        "Ea Hʼleo"
    );
}

#[test]
fn spans_keep_letters_with_their_marks_and_skip_invisible_starts() {
    let input = "\u{200b}21-NQ/TW";
    let canon = Canonical::new(input);
    assert_eq!(&input[canon.to_input(0)..], "21-NQ/TW");
    // "0" + two marks that NFC reorders: a span ending after the "0" keeps the marks.
    let input = "0\u{300}\u{316} x";
    let canon = Canonical::new(input);
    assert_eq!(canon.to_input_end(input, 1), "0\u{300}\u{316}".len());
    assert_eq!(canon.to_input(0), 0);
}

#[test]
fn offsets_in_code_points_and_utf16() {
    let text = "Đảng 𝟙 ủy";
    let mut conv = OffsetConverter::new(text);
    let u = text.find('ủ').unwrap();
    assert_eq!(conv.at(u), (7, 8));
    assert_eq!(conv.at(0), (0, 0));
}
