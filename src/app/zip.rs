//! Finding a file inside a zip archive (a .docx or .odt is one) from its
//! central directory, without inflating anything: the browser inflates the
//! entry (`DecompressionStream('deflate-raw')`, see `documents.rs`), so the
//! wasm carries no inflater. Every offset is checked: a damaged archive is an
//! error, never a panic.

use std::ops::Range;

/// How an entry's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Stored,
    Deflated,
}

/// One file of the archive, ready to be inflated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub method: Method,
    /// Where its compressed bytes are in the archive.
    pub data: Range<usize>,
    /// Its size once inflated, as the central directory states it.
    pub size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipError {
    /// No end of central directory: not a zip, or cut short.
    NotZip,
    /// Offsets or signatures that do not hold together.
    Damaged,
    /// The entry is encrypted (a password-protected archive).
    Encrypted,
    /// Compressed by a method other than stored or deflate (or zip64).
    Unsupported,
}

const END_SIGNATURE: u32 = 0x0605_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const END_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The central directory of `bytes`: its offset and entry count, from the
/// end record (searched backwards, past an archive comment of up to 64 KB).
fn central_directory(bytes: &[u8]) -> Result<(usize, usize), ZipError> {
    let last = bytes.len().checked_sub(END_LEN).ok_or(ZipError::NotZip)?;
    let first = last.saturating_sub(u16::MAX as usize);
    let end = (first..=last)
        .rev()
        .find(|&at| u32_at(bytes, at) == Some(END_SIGNATURE))
        .ok_or(ZipError::NotZip)?;
    let count = u16_at(bytes, end + 10).ok_or(ZipError::Damaged)?;
    let offset = u32_at(bytes, end + 16).ok_or(ZipError::Damaged)?;
    if offset == u32::MAX || count == u16::MAX {
        return Err(ZipError::Unsupported); // zip64: never a document this app opens
    }
    Ok((offset as usize, count as usize))
}

/// The entry named `name` (exact bytes, as stored), or None when the archive
/// has no such file.
pub fn find(bytes: &[u8], name: &str) -> Result<Option<Entry>, ZipError> {
    let (mut at, count) = central_directory(bytes)?;
    for _ in 0..count {
        if u32_at(bytes, at) != Some(CENTRAL_SIGNATURE) {
            return Err(ZipError::Damaged);
        }
        let field = |off: usize| u16_at(bytes, at + off).ok_or(ZipError::Damaged);
        let (flags, method) = (field(8)?, field(10)?);
        let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
        let compressed = u32_at(bytes, at + 20).ok_or(ZipError::Damaged)?;
        let size = u32_at(bytes, at + 24).ok_or(ZipError::Damaged)?;
        let local = u32_at(bytes, at + 42).ok_or(ZipError::Damaged)?;
        let name_at = at + CENTRAL_LEN;
        let stored_name = bytes
            .get(name_at..name_at + name_len as usize)
            .ok_or(ZipError::Damaged)?;
        if stored_name == name.as_bytes() {
            if flags & 1 != 0 {
                return Err(ZipError::Encrypted);
            }
            let method = match method {
                0 => Method::Stored,
                8 => Method::Deflated,
                _ => return Err(ZipError::Unsupported),
            };
            if compressed == u32::MAX || size == u32::MAX {
                return Err(ZipError::Unsupported);
            }
            return entry_data(bytes, local as usize, compressed as usize).map(|data| {
                Some(Entry {
                    method,
                    data,
                    size: size as u64,
                })
            });
        }
        at = name_at + name_len as usize + extra_len as usize + comment_len as usize;
    }
    Ok(None)
}

/// Where the data of the entry whose local header is at `local` lies (the
/// local header's own name and extra field lengths may differ from the
/// central directory's).
fn entry_data(bytes: &[u8], local: usize, compressed: usize) -> Result<Range<usize>, ZipError> {
    if u32_at(bytes, local) != Some(LOCAL_SIGNATURE) {
        return Err(ZipError::Damaged);
    }
    let name_len = u16_at(bytes, local + 26).ok_or(ZipError::Damaged)? as usize;
    let extra_len = u16_at(bytes, local + 28).ok_or(ZipError::Damaged)? as usize;
    let start = local + LOCAL_LEN + name_len + extra_len;
    let end = start.checked_add(compressed).ok_or(ZipError::Damaged)?;
    if end > bytes.len() {
        return Err(ZipError::Damaged);
    }
    Ok(start..end)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A zip of stored entries `(name, data, flags)`, as a zip writer lays it out.
    pub(crate) fn stored_zip(files: &[(&str, &[u8], u16)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data, flags) in files {
            let offset = out.len() as u32;
            let sizes = [data.len() as u32, data.len() as u32];
            out.extend(LOCAL_SIGNATURE.to_le_bytes());
            out.extend([20, 0]);
            out.extend(flags.to_le_bytes());
            out.extend([0u8; 10]); // method 0, time, date, crc
            out.extend(sizes.iter().flat_map(|s| s.to_le_bytes()));
            out.extend((name.len() as u16).to_le_bytes());
            out.extend([0, 0]);
            out.extend(name.as_bytes());
            out.extend(*data);
            central.extend(CENTRAL_SIGNATURE.to_le_bytes());
            central.extend([20, 0, 20, 0]);
            central.extend(flags.to_le_bytes());
            central.extend([0u8; 10]);
            central.extend(sizes.iter().flat_map(|s| s.to_le_bytes()));
            central.extend((name.len() as u16).to_le_bytes());
            central.extend([0u8; 12]);
            central.extend(offset.to_le_bytes());
            central.extend(name.as_bytes());
        }
        let (at, len) = (out.len() as u32, central.len() as u32);
        out.extend(central);
        out.extend(END_SIGNATURE.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend(
            [
                (files.len() as u16).to_le_bytes(),
                (files.len() as u16).to_le_bytes(),
            ]
            .concat(),
        );
        out.extend(len.to_le_bytes());
        out.extend(at.to_le_bytes());
        out.extend([0, 0]);
        out
    }

    #[test]
    fn finds_an_entry_and_its_bytes() {
        let zip = stored_zip(&[("mimetype", b"x", 0), ("word/document.xml", b"<w/>", 0)]);
        let entry = find(&zip, "word/document.xml").unwrap().unwrap();
        assert_eq!(entry.method, Method::Stored);
        assert_eq!(&zip[entry.data.clone()], b"<w/>");
        assert_eq!(entry.size, 4);
        assert_eq!(find(&zip, "word/footnotes.xml"), Ok(None));
    }

    #[test]
    fn an_archive_comment_is_skipped() {
        let mut zip = stored_zip(&[("a", b"1", 0)]);
        let len = zip.len();
        zip[len - 2..].copy_from_slice(&5u16.to_le_bytes());
        zip.extend(b"hello");
        assert!(find(&zip, "a").unwrap().is_some());
    }

    #[test]
    fn damaged_encrypted_or_not_a_zip() {
        assert_eq!(find(b"", "a"), Err(ZipError::NotZip));
        assert_eq!(find(b"PK\x03\x04\x14\0\x06\0", "a"), Err(ZipError::NotZip));
        assert_eq!(find(&[0u8; 200], "a"), Err(ZipError::NotZip));
        let zip = stored_zip(&[("a", b"secret", 1)]);
        assert_eq!(find(&zip, "a"), Err(ZipError::Encrypted));
        // Cut short: the end record is gone, or the data is.
        let zip = stored_zip(&[("a", b"1234", 0)]);
        assert_eq!(find(&zip[..zip.len() - 3], "a"), Err(ZipError::NotZip));
        let mut shifted = zip.clone();
        shifted.drain(5..9);
        assert_eq!(find(&shifted, "a"), Err(ZipError::Damaged));
        // Every truncation and every flipped byte: an answer, never a panic.
        for cut in 0..zip.len() {
            let _ = find(&zip[..cut], "a");
            let mut bad = zip.clone();
            bad[cut] ^= 0xA5;
            let _ = find(&bad, "a");
        }
    }
}
