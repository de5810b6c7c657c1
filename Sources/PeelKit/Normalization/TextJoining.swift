/// Joins the lines of a wrapped paragraph into one line.
///
/// Lines are joined with one space. A line that ends with a hyphen after a letter,
/// followed by a line that starts with a lower-case letter, is joined without a space
/// and keeps its hyphen: in PEEL reports such hyphens are real ("low-level",
/// "well-trained"); line-break hyphenation arrives as soft hyphens, which the
/// line cleaner already removed.
enum TextJoining {
    static func join(_ parts: [[UInt8]]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(parts.reduce(0) { $0 + $1.count + 1 })
        for part in parts { append(part, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one line (or block text) to the bytes of the text it continues, by the
    /// rule above. Callers that join many pieces keep the bytes and build the string
    /// once, so that joining stays linear in the text's length.
    static func append(_ part: some Collection<UInt8>, to output: inout [UInt8]) {
        guard let first = part.first else { return }
        if let last = output.last {
            let hyphenated = last == UInt8(ascii: "-") && output.count >= 2 && isLetter(output[output.count - 2])
                && isLowercase(first)
            if !hyphenated && last != 0x20 { output.append(0x20) }
        }
        output.append(contentsOf: part)
    }

    /// Words that never end an English sentence: text that ends with one continues.
    static let danglingWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "on", "at", "from",
        "that", "its", "their", "our", "as", "is", "are", "be", "was", "were", "has", "have", "than",
        "into", "between", "which", "who", "whose", "this", "these", "those",
    ]

    /// `true` when the bytes' last word (after its last space, trailing spaces aside)
    /// is one of ``danglingWords``, in any case. Looks at the last few bytes only and
    /// allocates nothing beyond a word.
    static func endsWithDanglingWord(_ content: some BidirectionalCollection<UInt8>) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(8)
        var index = content.endIndex
        while index != content.startIndex, content[content.index(before: index)] == 0x20 {
            index = content.index(before: index)
        }
        while index != content.startIndex {
            let previous = content.index(before: index)
            let byte = content[previous]
            if byte == 0x20 { break }
            guard word.count < 8 else { return false }
            word.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            index = previous
        }
        word.reverse()
        return danglingWordBytes.contains(word)
    }

    private static let danglingWordBytes: Set<[UInt8]> = Set(danglingWords.map { Array($0.utf8) })

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    private static func isLowercase(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
}
