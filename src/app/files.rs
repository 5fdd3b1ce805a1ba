//! Turning an opened file into the text to analyze: the bytes are decoded as
//! the CLI decodes them ([`crate::input::decode`]: UTF-8/16, Windows-1258,
//! TCVN3, VNI; binary files refused), HTML becomes its visible text.

use super::html_text;
use super::i18n::Lang;

/// A file ready for analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub name: String,
    pub text: String,
    /// Worth telling the user (a legacy encoding was converted).
    pub note: Option<String>,
}

fn input_lang(lang: Lang) -> crate::input::Lang {
    match lang {
        Lang::Vi => crate::input::Lang::Vi,
        Lang::En => crate::input::Lang::En,
    }
}

/// The text of file `name` with content `bytes`, or a message for the user.
pub fn open(name: &str, bytes: &[u8], lang: Lang) -> Result<Opened, String> {
    if !html_text::is_supported_name(name) {
        return Err(lang.texts().unsupported_file.to_string());
    }
    let decoded = crate::input::decode(bytes).map_err(|e| e.message(input_lang(lang)))?;
    let text = if html_text::is_html_name(name) {
        html_text::visible_text(&decoded.text)
    } else {
        decoded.text
    };
    Ok(Opened {
        name: name.to_string(),
        text,
        note: decoded.note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_and_html() {
        let t = open("a.txt", "Ngày 5/10/2023\n".as_bytes(), Lang::En).unwrap();
        assert_eq!(t.text, "Ngày 5/10/2023\n");
        let h = open(
            "a.HTML",
            b"<p>Xin <b>ch\xc3\xa0o</b></p><script>x</script>",
            Lang::En,
        )
        .unwrap();
        assert_eq!(h.text, "Xin chào");
    }

    #[test]
    fn utf16_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hà Nội".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(open("a.txt", &bytes, Lang::Vi).unwrap().text, "Hà Nội");
    }

    #[test]
    fn refusals() {
        assert!(open("a.pdf", b"x", Lang::En).is_err());
        let pdf = open("a.txt", b"%PDF-1.7\n\x00\x01\x02binary", Lang::Vi).unwrap_err();
        assert!(pdf.contains("PDF"), "{pdf}");
        assert!(open("a.txt", b"", Lang::En).is_err());
    }
}
