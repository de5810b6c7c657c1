/// Folding text for comparison: the one definition every matcher in PeelKit uses.
///
/// Folding lower-cases ASCII letters, turns every run of punctuation, quotes, dashes
/// and white space into one space, and trims. So "HOW EFFECTIVE is the force’s…?",
/// "How effective is the force's" and "how effective is the force s" fold alike.
/// Letters outside ASCII (é, ö) are kept as they are.
public enum TextFolding {
    /// Folds a string.
    public static func fold(_ text: some StringProtocol) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        fold(text.utf8, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Folds UTF-8 bytes, appending to `output`.
    public static func fold(_ bytes: some Sequence<UInt8>, into output: inout [UInt8]) {
        var pendingSpace = false
        var iterator = bytes.makeIterator()
        var lookahead: UInt8? = iterator.next()
        while let byte = lookahead {
            lookahead = iterator.next()
            if byte < 0x80 {
                if let lower = foldedASCII[Int(byte)] {
                    if pendingSpace && !output.isEmpty { output.append(0x20) }
                    pendingSpace = false
                    output.append(lower)
                } else {
                    pendingSpace = true
                }
                continue
            }
            // A multi-byte scalar: collect it, then treat punctuation as a separator.
            var scalar: [UInt8] = [byte]
            while let next = lookahead, next & 0xC0 == 0x80 {
                scalar.append(next)
                lookahead = iterator.next()
            }
            if isSeparator(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: scalar)
            }
        }
    }

    /// `true` when `folded` starts with `prefix` at a word boundary (both folded).
    public static func hasPrefix(_ folded: String, _ prefix: String) -> Bool {
        guard folded.hasPrefix(prefix) else { return false }
        let rest = folded.utf8.dropFirst(prefix.utf8.count)
        return rest.isEmpty || rest.first == 0x20 || prefix.isEmpty
    }

    private static let foldedASCII: [UInt8?] = (0..<128).map { value -> UInt8? in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: "%"): return byte
        default: return nil
        }
    }

    /// General punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis, odd spaces),
    /// NBSP, soft hyphen, the replacement character and private-use bullets fold to a space.
    private static func isSeparator(_ scalar: [UInt8]) -> Bool {
        switch scalar.count {
        case 2: return scalar[0] == 0xC2 && (scalar[1] == 0xA0 || scalar[1] == 0xAD || scalar[1] == 0xB7)
        case 3:
            if scalar[0] == 0xE2 && (scalar[1] == 0x80 || scalar[1] == 0x81) { return true }  // U+2000–U+207F
            if scalar[0] == 0xE2 && scalar[1] == 0x96 { return true }  // ▪ ■ □ and friends
            if scalar[0] == 0xE2 && scalar[1] == 0x97 { return true }  // ● ◦
            if scalar[0] == 0xEF && scalar[1] == 0xBF && scalar[2] == 0xBD { return true }  // U+FFFD
            if scalar[0] == 0xEF && (scalar[1] == 0x80 || scalar[1] == 0x81 || scalar[1] == 0x82 || scalar[1] == 0x83) {
                return true  // private use U+F000–U+F0FF: symbol-font bullets
            }
            return false
        default: return false
        }
    }
}
