/// Text whose characters can be read byte by byte: ASCII without carriage returns,
/// plus a few characters beyond ASCII that always stand alone (the no-break space,
/// "©", general punctuation U+2010–U+2027: dashes, curly quotes, bullets, ellipsis).
///
/// In such text every character is one byte or one of those, no character joins its
/// neighbours into one (no combining marks, no CR LF), the only numbers are the ASCII
/// digits and the only letters the ASCII letters, which case-fold among themselves.
/// So a scan of the bytes decides what a scan of the characters decides, and the
/// readers take a byte path for it, keeping the character path for other text.
enum PlainText {
    /// `true` when `text` is plain (see above).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                i += 1
                continue
            }
            guard let length = standaloneLength(bytes, at: i) else { return false }
            i += length
        }
        return true
    }

    /// The length of the standalone character at `i` (nil when there is none).
    @inline(__always)
    static func standaloneLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let byte = bytes[i]
        if byte == 0xC2 {
            guard i + 1 < bytes.count else { return nil }
            let next = bytes[i + 1]
            return next == 0xA0 || next == 0xA9 ? 2 : nil  // NBSP, ©
        }
        if byte == 0xE2 {
            guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return nil }
            let last = bytes[i + 2]
            return last >= 0x90 && last <= 0xA7 ? 3 : nil
        }
        return nil
    }
}
