/// Markdown links that span lines, which the line cleaner cannot see whole.
enum MarkdownLinks {
    /// Replaces every `[text](target)` (target without spaces) with its text.
    static func strip(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "["), let (close, end) = link(bytes, at: i) {
                output.append(contentsOf: bytes[(i + 1)..<close])
                i = end + 1
                continue
            }
            output.append(bytes[i])
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The "]" and ")" of a link starting at `start`.
    private static func link(_ bytes: [UInt8], at start: Int) -> (Int, Int)? {
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
