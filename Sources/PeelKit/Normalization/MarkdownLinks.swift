/// Markdown links that span lines, which the line cleaner cannot see whole.
enum MarkdownLinks {
    /// Replaces every `[text](target)` (target without spaces) in `bytes[start...]`
    /// with its text, in place.
    static func strip(_ bytes: inout ByteWriter, from start: Int) {
        bytes.rewrite(from: start) { strip($0) }
    }

    /// Replaces every link in `bytes` with its text, moving the rest down; returns the
    /// new length.
    static func strip(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var read = 0
        var write = 0
        let count = bytes.count
        while read < count {
            if bytes[read] == UInt8(ascii: "["), let (close, end) = link(bytes, at: read) {
                var k = read + 1
                while k < close {
                    bytes[write] = bytes[k]
                    write += 1
                    k += 1
                }
                read = end + 1
                continue
            }
            bytes[write] = bytes[read]
            write += 1
            read += 1
        }
        return write
    }

    /// The "]" and ")" of a link starting at `start`.
    private static func link(_ bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> (Int, Int)? {
        var k = start + 1
        while k < bytes.count, bytes[k] != UInt8(ascii: "]") {
            if bytes[k] == UInt8(ascii: "[") { return nil }
            k += 1
        }
        guard k + 1 < bytes.count, bytes[k + 1] == UInt8(ascii: "(") else { return nil }
        var t = k + 2
        while t < bytes.count, bytes[t] != UInt8(ascii: ")"), bytes[t] != 0x20 { t += 1 }
        guard t < bytes.count, bytes[t] == UInt8(ascii: ")") else { return nil }
        return (k, t)
    }
}
