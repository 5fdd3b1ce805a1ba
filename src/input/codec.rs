//! The byte decoders for what is not UTF-8 (see `mod codec` in `input`).

use std::borrow::Cow;

use super::Encoding;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf16Le,
    Utf16Be,
    Windows1258,
    /// Also what Latin-1 means on the web.
    Windows1252,
}

impl Codec {
    /// UTF-16 in the byte order of `encoding` (`Utf16Le` or `Utf16Be`).
    pub fn utf16(encoding: Encoding) -> Codec {
        if encoding == Encoding::Utf16Be {
            Codec::Utf16Be
        } else {
            Codec::Utf16Le
        }
    }
}

/// `bytes` decoded, with malformed sequences replaced by U+FFFD, and
/// whether there were any. `strip_bom`: a leading byte-order mark of this
/// encoding is dropped (UTF-16 only); otherwise it is kept as U+FEFF.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(codec: Codec, bytes: &[u8], strip_bom: bool) -> (Cow<'_, str>, bool) {
    let encoding = match codec {
        Codec::Utf16Le => encoding_rs::UTF_16LE,
        Codec::Utf16Be => encoding_rs::UTF_16BE,
        Codec::Windows1258 => encoding_rs::WINDOWS_1258,
        Codec::Windows1252 => encoding_rs::WINDOWS_1252,
    };
    if strip_bom {
        encoding.decode_with_bom_removal(bytes)
    } else {
        encoding.decode_without_bom_handling(bytes)
    }
}

/// The same through the browser's `TextDecoder`. Its UTF-16 decoders drop
/// a leading byte-order mark of their own unless told not to; they are
/// only asked to keep one (`strip_bom` false) for bytes that do not start
/// with one, and the single-byte decoders never drop anything.
#[cfg(target_arch = "wasm32")]
pub fn decode(codec: Codec, bytes: &[u8], _strip_bom: bool) -> (Cow<'_, str>, bool) {
    let label = match codec {
        Codec::Utf16Le => "utf-16le",
        Codec::Utf16Be => "utf-16be",
        Codec::Windows1258 => "windows-1258",
        Codec::Windows1252 => "windows-1252",
    };
    let with = |fatal: bool| {
        let options = web_sys::TextDecoderOptions::new();
        options.set_fatal(fatal);
        web_sys::TextDecoder::new_with_label_and_options(label, &options)
            .and_then(|d| d.decode_with_u8_array(bytes))
            .ok()
    };
    // Strict first: an error means there were malformed sequences.
    match with(true) {
        Some(text) => (Cow::Owned(text), false),
        None => (
            Cow::Owned(with(false).unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())),
            true,
        ),
    }
}
