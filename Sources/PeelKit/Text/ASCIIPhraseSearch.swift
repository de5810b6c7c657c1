/// Finding an ASCII phrase in any text as Foundation's `range(of:)` and `contains` found
/// it, without Foundation (the `peel` command links FoundationEssentials only, which
/// has no `NSString` search).
///
/// Foundation compares the phrase scalar by scalar, up to canonical equivalence (the
/// Kelvin sign is "K", the Greek question mark ";", the Greek varia "`") and, when
/// asked, case: ASCII letters in either case, the Kelvin sign for "k" and the long s
/// "ſ" for "s". An occurrence counts only when the scalar after it does not extend the
/// last character (``ExtendingScalars``: "over" in "ovér" written with a combining
/// accent is no match); what comes before it does not matter. Checked against
/// Foundation for every scalar after and before a phrase, and on mixed text.
///
/// Case-insensitively, Foundation also matches letter pairs against ligatures and
/// "ß" ("ss", "st", "fi"…); phrases searched that way must hold none of those pairs.
package enum ASCIIPhraseSearch {
    /// The range of the first occurrence of `phrase` (ASCII) in `text`, as
    /// `text.range(of: phrase)` (or with `.caseInsensitive`) gave it.
    package static func range(of phrase: String, in text: String, caseInsensitive: Bool = false) -> Range<String.Index>? {
        var text = text
        let found = text.withUTF8 { firstMatch(of: Array(phrase.utf8), in: $0, caseInsensitive: caseInsensitive) }
        guard let found else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: found.lowerBound)
        return start..<text.utf8.index(start, offsetBy: found.count)
    }

    /// `true` when `text` contains `phrase` (ASCII), as `text.contains(phrase)` decided
    /// it with Foundation.
    package static func contains(_ phrase: String, in text: some StringProtocol) -> Bool {
        var text = String(text)
        return text.withUTF8 { firstMatch(of: Array(phrase.utf8), in: $0, caseInsensitive: false) } != nil
    }

    /// The byte range of the first occurrence in UTF-8 text.
    package static func firstMatch(of phrase: [UInt8], in text: UnsafeBufferPointer<UInt8>, caseInsensitive: Bool) -> Range<Int>? {
        guard !phrase.isEmpty else { return nil }  // Foundation finds no empty string
        var start = 0
        while start < text.count {
            if let end = matchEnd(phrase, in: text, at: start, caseInsensitive: caseInsensitive),
               end == text.count || !ExtendingScalars.contains(scalar(in: text, at: end)) {
                return start..<end
            }
            start += 1
        }
        return nil
    }

    /// Where the phrase ends when it occurs at `start` (a scalar's first byte, as every
    /// candidate is: the phrase starts with an ASCII byte or a scalar equivalent to one).
    private static func matchEnd(_ phrase: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int, caseInsensitive: Bool) -> Int? {
        var i = start
        for expected in phrase {
            guard i < text.count else { return nil }
            let byte = text[i]
            let lowered = expected | 0x20
            let isLetter = lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z")
            if byte == expected || caseInsensitive && isLetter && byte | 0x20 == lowered {
                i += 1
                continue
            }
            guard let other = equivalent(of: expected, caseInsensitive: caseInsensitive),
                  i + other.count <= text.count,
                  other.indices.allSatisfy({ text[i + $0] == other[$0] }) else { return nil }
            i += other.count
        }
        return i
    }

    /// The UTF-8 of the one non-ASCII scalar Foundation takes for an ASCII one, if any.
    private static func equivalent(of byte: UInt8, caseInsensitive: Bool) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "K"): return kelvin
        case UInt8(ascii: "k"): return caseInsensitive ? kelvin : nil
        case UInt8(ascii: "s"), UInt8(ascii: "S"): return caseInsensitive ? [0xC5, 0xBF] : nil  // ſ U+017F
        case UInt8(ascii: ";"): return [0xCD, 0xBE]  // U+037E GREEK QUESTION MARK
        case UInt8(ascii: "`"): return [0xE1, 0xBF, 0xAF]  // U+1FEF GREEK VARIA
        default: return nil
        }
    }

    private static let kelvin: [UInt8] = [0xE2, 0x84, 0xAA]  // U+212A KELVIN SIGN

    /// The scalar whose UTF-8 starts at `i` (valid UTF-8: the text of a `String`).
    private static func scalar(in text: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let lead = UInt32(text[i])
        let continuation = { (k: Int) in i + k < text.count ? UInt32(text[i + k] & 0x3F) : 0 }
        switch lead {
        case ..<0x80: return lead
        case ..<0xE0: return (lead & 0x1F) << 6 | continuation(1)
        case ..<0xF0: return (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
        default: return (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
        }
    }
}
