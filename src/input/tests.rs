use super::legacy::cp1252_byte;
use super::*;

#[test]
fn utf8_plain() {
    let d = decode("Tỉnh ủy Quảng Nam".as_bytes()).unwrap();
    assert_eq!(d.text, "Tỉnh ủy Quảng Nam");
    assert_eq!(d.encoding, Encoding::Utf8);
    assert_eq!(d.note, None);
}

#[test]
fn utf8_nfd_kept_as_is() {
    let nfd: String = "Việt Nam".nfd().collect();
    let d = decode(nfd.as_bytes()).unwrap();
    assert_eq!(d.text, nfd);
    assert_eq!(d.encoding, Encoding::Utf8);
}

#[test]
fn utf8_bom_stripped() {
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend_from_slice("Hà Nội".as_bytes());
    let d = decode(&b).unwrap();
    assert_eq!(d.text, "Hà Nội");
    assert_eq!(d.encoding, Encoding::Utf8Bom);
}

#[test]
fn crlf_normalized() {
    let d = decode("Dòng một\r\nDòng hai\rba".as_bytes()).unwrap();
    assert_eq!(d.text, "Dòng một\nDòng hai\nba");
}

fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut b = Vec::new();
    if bom {
        b.extend_from_slice(if le { b"\xFF\xFE" } else { b"\xFE\xFF" });
    }
    for u in s.encode_utf16() {
        b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    b
}

#[test]
fn utf16_with_bom() {
    let s = "Đảng Cộng sản Việt Nam";
    let d = decode(&utf16(s, true, true)).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Le));
    let d = decode(&utf16(s, false, true)).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Be));
}

#[test]
fn utf16_without_bom_is_recognised() {
    let s = "Ban Thường vụ Tỉnh ủy họp ngày 24/11/2023.";
    let d = decode(&utf16(s, true, false)).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Le));
    assert!(d.note.is_some());
    let d = decode(&utf16(s, false, false)).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), (s, Encoding::Utf16Be));
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn windows_1258_fallback() {
    let s = "Sáng 24/11, Ban Thường vụ Tỉnh ủy Quảng Nam họp phiên thường kỳ tháng 10.";
    // The encoder maps precomposed letters only where Windows-1258 has
    // them: hand it letters (â, ư, …) with the tone marks split off.
    let mut split = String::new();
    for c in s.chars() {
        let (tones, rest): (String, String) = std::iter::once(c)
            .nfd()
            .partition(|m| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'));
        split.extend(rest.nfc());
        split.push_str(&tones);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let d = decode(&bytes).unwrap();
    assert_eq!(d.text, s, "decoded to NFC");
    assert_eq!(d.encoding, Encoding::Windows1258);
    assert!(d.note.unwrap().contains("Windows-1258"));
}

#[test]
fn tcvn3_samples() {
    assert_eq!(tcvn3_to_unicode("TØnh ñy Qu¶ng Nam"), "Tỉnh ủy Quảng Nam");
    assert_eq!(
        tcvn3_to_unicode("§¶ng Céng s¶n ViÖt Nam"),
        "Đảng Cộng sản Việt Nam"
    );
    assert_eq!(tcvn3_to_unicode("Thñ t\u{AD}íng"), "Thủ tướng");
    assert_eq!(tcvn3_to_unicode("Uû ban nh©n d©n"), "Uỷ ban nhân dân");
    assert_eq!(
        tcvn3_to_unicode("céng hßa x· héi chñ nghÜa viÖt nam"),
        "cộng hòa xã hội chủ nghĩa việt nam"
    );
    assert_eq!(
        tcvn3_to_unicode("®éc lËp - tù do - h¹nh phóc"),
        "độc lập - tự do - hạnh phúc"
    );
}

#[test]
fn vni_samples() {
    assert_eq!(vni_to_unicode("Haø Noäi"), "Hà Nội");
    assert_eq!(vni_to_unicode("ñöôïc"), "được");
    assert_eq!(
        vni_to_unicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    );
    assert_eq!(
        vni_to_unicode("Ñoäc laäp - Töï do - Haïnh phuùc"),
        "Độc lập - Tự do - Hạnh phúc"
    );
    assert_eq!(vni_to_unicode("thaéng lôïi, naêm"), "thắng lợi, năm");
}

#[test]
fn tcvn3_mojibake_detected_in_utf8() {
    for (mojibake, unicode) in [
        ("TØnh ñy Qu¶ng Nam", "Tỉnh ủy Quảng Nam"),
        ("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam"),
    ] {
        let d = decode(mojibake.as_bytes()).unwrap();
        assert_eq!(d.text, unicode);
        assert_eq!(d.encoding, Encoding::Tcvn3);
        assert!(d.note.unwrap().contains("TCVN3"));
    }
}

#[test]
fn vni_mojibake_detected_in_utf8() {
    for (mojibake, unicode) in [
        ("Haø Noäi", "Hà Nội"),
        ("ñöôïc", "được"),
        (
            "UÛy ban nhaân daân tænh Quaûng Nam ñaõ toå chöùc hoäi nghò.",
            "Ủy ban nhân dân tỉnh Quảng Nam đã tổ chức hội nghị.",
        ),
    ] {
        let d = decode(mojibake.as_bytes()).unwrap();
        assert_eq!(d.text, unicode);
        assert_eq!(d.encoding, Encoding::Vni);
    }
}

#[test]
fn raw_legacy_bytes() {
    // TCVN3 bytes as they sit in an old .txt file.
    let tcvn: Vec<u8> = "TØnh ñy Qu¶ng Nam häp phiªn th\u{AD}êng kú"
        .chars()
        .map(|c| cp1252_byte(c).unwrap())
        .collect();
    let d = decode(&tcvn).unwrap();
    assert_eq!(d.encoding, Encoding::Tcvn3);
    assert_eq!(d.text, "Tỉnh ủy Quảng Nam họp phiên thường kỳ");
    let vni: Vec<u8> = "Haø Noäi ñöôïc"
        .chars()
        .map(|c| cp1252_byte(c).unwrap())
        .collect();
    let d = decode(&vni).unwrap();
    assert_eq!(d.encoding, Encoding::Vni);
    assert_eq!(d.text, "Hà Nội được");
}

#[test]
fn genuine_text_untouched() {
    for s in [
        "Cà Mau",
        "café à l'école",
        "© 2023 Báo Quảng Nam",
        "Giá trị đạt 60,52%, tăng 1,5 lần.",
        "Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng",
    ] {
        let d = decode(s.as_bytes()).unwrap();
        assert_eq!(d.text, s);
        assert_eq!(d.encoding, Encoding::Utf8, "{s}");
    }
}

#[test]
fn binary_formats() {
    let cases: &[(&[u8], &str)] = &[
        (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image"),
        (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "image"),
        (b"GIF89a\x01\0\x01\0", "image"),
        (b"PK\x03\x04\x14\0\x06\0", "zip or .docx"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0",
            "Word 97-2003 (.doc)",
        ),
        (b"abc\0\x01\x02\x03\xFF\xFE\x00\x00\x07", "binary data"),
    ];
    for (bytes, kind) in cases {
        assert_eq!(decode(bytes), Err(InputError::Binary { kind }), "{kind}");
    }
    // Words that merely start like a magic number are text.
    assert!(decode(b"BMW and MZ are letters").is_ok());
}

#[test]
fn empty_and_blank() {
    assert_eq!(decode(b""), Err(InputError::Empty));
    assert_eq!(decode(b" \n\t \r\n"), Err(InputError::Empty));
    assert_eq!(decode(b"\xEF\xBB\xBF"), Err(InputError::Empty));
}

#[test]
fn too_large() {
    let big = vec![b'a'; MAX_INPUT_BYTES + 1];
    assert_eq!(
        decode(&big),
        Err(InputError::TooLarge {
            size: MAX_INPUT_BYTES + 1,
            max: MAX_INPUT_BYTES
        })
    );
    assert!(decode(&big[..MAX_INPUT_BYTES]).is_ok());
}

#[test]
fn messages_in_both_languages() {
    let errors = [
        InputError::Empty,
        InputError::TooLarge {
            size: 25 << 20,
            max: MAX_INPUT_BYTES,
        },
        InputError::Binary { kind: "PDF" },
        InputError::Binary { kind: "image" },
        InputError::Binary {
            kind: "zip or .docx",
        },
        InputError::LegacyEncoding { name: "VISCII" },
    ];
    for e in errors {
        let en = e.message(Lang::En);
        let vi = e.message(Lang::Vi);
        assert!(!en.is_empty() && !vi.is_empty() && en != vi);
        assert_eq!(e.to_string(), en);
    }
    assert!(InputError::Binary { kind: "PDF" }
        .message(Lang::En)
        .contains("a PDF file"));
    assert!(InputError::TooLarge {
        size: 25 << 20,
        max: MAX_INPUT_BYTES
    }
    .message(Lang::Vi)
    .contains("(25,0 MB); giới hạn là 20,0 MB"));
    assert!(InputError::TooLarge {
        size: 25 << 20,
        max: MAX_INPUT_BYTES
    }
    .message(Lang::En)
    .contains("(25.0 MB); the limit is 20.0 MB"));
    assert_eq!(Lang::from_tag("vi_VN.UTF-8"), Lang::Vi);
    assert_eq!(Lang::from_tag("en-US"), Lang::En);
}

#[test]
fn sizes_are_said_with_the_language_decimal_mark() {
    use super::human_size;
    assert_eq!(human_size(1_049_077, Lang::Vi), "1,0 MB");
    assert_eq!(human_size(1_049_077, Lang::En), "1.0 MB");
    assert_eq!(human_size(1536, Lang::Vi), "1,5 KB");
    assert_eq!(human_size(21 << 20, Lang::En), "21.0 MB");
    assert_eq!(human_size(900, Lang::Vi), "900 byte");
    assert_eq!(human_size(900, Lang::En), "900 bytes");
}
