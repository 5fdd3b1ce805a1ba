//! Byte offsets of the input as code points (the JSON contract) and UTF-16
//! units (JavaScript), converted at the edges in one walk.

/// Converts sorted byte offsets of `text` to code-point and UTF-16 offsets in
/// one walk over the text.
pub struct OffsetConverter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    utf16: usize,
}

impl<'a> OffsetConverter<'a> {
    pub fn new(text: &'a str) -> Self {
        OffsetConverter {
            text,
            byte: 0,
            chars: 0,
            utf16: 0,
        }
    }

    /// (code points, UTF-16 units) before `byte`. Calls may go backwards, at
    /// the cost of a walk from the start.
    pub fn at(&mut self, byte: usize) -> (usize, usize) {
        if byte < self.byte {
            *self = OffsetConverter::new(self.text);
        }
        for c in self.text[self.byte..byte].chars() {
            self.chars += 1;
            self.utf16 += c.len_utf16();
        }
        self.byte = byte;
        (self.chars, self.utf16)
    }
}
