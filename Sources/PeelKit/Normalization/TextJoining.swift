/// Joins the lines of a wrapped paragraph into one line.
///
/// Lines are joined with one space. A line that ends with a hyphen after a letter,
/// followed by a line that starts with a lower-case letter, is joined without a space
/// and keeps its hyphen: in PEEL reports such hyphens are real ("low-level",
/// "well-trained"); line-break hyphenation arrives as soft hyphens, which the
/// line cleaner already removed.
enum TextJoining {
    /// Appends one line (or block text) to the bytes of the text it continues, by the
    /// rule above. Callers that join many pieces keep the bytes and build the string
    /// once, so that joining stays linear in the text's length.
    static func append(_ part: some Collection<UInt8>, to output: inout [UInt8]) {
        guard let first = part.first else { return }
        if let last = output.last, needsSpace(last: last, beforeLast: output.dropLast().last, first: first) {
            output.append(0x20)
        }
        output.append(contentsOf: part)
    }

    /// Appends `part` to the text that starts at `start` in the assembler's buffer (the
    /// bytes before `start` belong to other blocks and do not count). `readable` bytes
    /// from the start of `part` may be read (``ByteWriter/append(_:readable:)``).
    static func append(_ part: UnsafeBufferPointer<UInt8>, to output: inout ByteWriter, from start: Int, readable: Int) {
        guard let first = part.first else { return }
        // ``needsSpace(last:beforeLast:first:)`` written out on the buffer: the byte
        // before the last is read only for a hyphen.
        let count = output.count
        if count > start {
            let last = output[count - 1]
            if last != 0x20 {
                let hyphenated = last == UInt8(ascii: "-") && count - start >= 2 && isLetter(output[count - 2])
                    && isLowercase(first)
                if !hyphenated { output.append(0x20) }
            }
        }
        output.append(part, readable: readable)
    }

    /// Whether text ending in `beforeLast`, `last` and continued by text starting with
    /// `first` takes a space between them: not after a space, and not inside a
    /// hyphenated word ("low-" + "level").
    @inline(__always)
    static func needsSpace(last: UInt8, beforeLast: UInt8?, first: UInt8) -> Bool {
        let hyphenated = last == UInt8(ascii: "-") && beforeLast.map(isLetter) == true && isLowercase(first)
        return !hyphenated && last != 0x20
    }

    /// Words that never end an English sentence: text that ends with one continues.
    static let danglingWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "on", "at", "from",
        "that", "its", "their", "our", "as", "is", "are", "be", "was", "were", "has", "have", "than",
        "into", "between", "which", "who", "whose", "this", "these", "those",
    ]

    /// `true` when the bytes' last word (after its last space, trailing spaces aside)
    /// is one of ``danglingWords``, in any case. Looks at the last few bytes only and
    /// allocates nothing: the word, lower-cased, is packed into an integer.
    static func endsWithDanglingWord(_ content: some BidirectionalCollection<UInt8>) -> Bool {
        var index = content.endIndex
        while index != content.startIndex, content[content.index(before: index)] == 0x20 {
            index = content.index(before: index)
        }
        var packed: UInt64 = 0
        var length = 0
        while index != content.startIndex {
            let previous = content.index(before: index)
            let byte = content[previous]
            if byte == 0x20 { break }
            guard length < 8 else { return false }
            packed |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) << UInt64(8 * length)
            length += 1
            index = previous
        }
        return length > 0 && isDanglingWordKey(packed)
    }

    /// Whether `packed` is one of ``danglingWords`` packed as ``endsWithDanglingWord(_:)``
    /// packs a word: its bytes read as a big-endian number, "the" = 0x74_68_65. A switch
    /// over constants (a few comparisons) rather than a set, whose hashing cost more than
    /// the rest of the merge decision; `AssemblerFastPathTests` holds it to the set.
    @inline(__always)
    static func isDanglingWordKey(_ packed: UInt64) -> Bool {
        switch packed {
        case 0x61,  // a
             0x61_6E, 0x61_73, 0x61_74, 0x62_65, 0x62_79, 0x69_6E,  // an as at be by in
             0x69_73, 0x6F_66, 0x6F_6E, 0x6F_72, 0x74_6F,  // is of on or to
             0x61_6E_64, 0x61_72_65, 0x66_6F_72, 0x68_61_73, 0x69_74_73,  // and are for has its
             0x6F_75_72, 0x74_68_65, 0x77_61_73, 0x77_68_6F,  // our the was who
             0x66_72_6F_6D, 0x68_61_76_65, 0x69_6E_74_6F, 0x74_68_61_6E,  // from have into than
             0x74_68_61_74, 0x74_68_69_73, 0x77_65_72_65, 0x77_69_74_68,  // that this were with
             0x74_68_65_69_72, 0x74_68_65_73_65, 0x74_68_6F_73_65,  // their these those
             0x77_68_69_63_68, 0x77_68_6F_73_65,  // which whose
             0x62_65_74_77_65_65_6E:  // between
            return true
        default:
            return false
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    private static func isLowercase(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
}
