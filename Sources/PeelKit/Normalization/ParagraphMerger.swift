/// Rejoins text that page breaks, footnotes and blank-line-separated continuation
/// lines cut in two.
///
/// A paragraph is appended to the paragraph or list item before it when that one has
/// not finished its sentence and the paragraph starts in lower case ("…after the
/// initial response, the" + "quality of subsequent investigations…"), or when the
/// previous text ends with a word that cannot end a sentence ("and", "the", a comma).
/// ``BlockAssembler`` asks as each paragraph ends, so a run of merges stays linear.
enum ParagraphMerger {
    /// Whether the paragraph `next` continues the text `previous` (a paragraph or list item).
    static func continues(_ previous: UnsafeBufferPointer<UInt8>, with next: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = previous.last, let first = next.first, let nextLast = next.last else { return false }
        let finished = last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
            || last == UInt8(ascii: ":")
        if finished || startsWithURL(next) { return false }
        if first >= 0x61 && first <= 0x7A { return true }
        if last == UInt8(ascii: ",") { return !looksLikeHeading(next, last: nextLast) || next.count > 80 }
        return TextJoining.endsWithDanglingWord(previous) && nextLast != UInt8(ascii: "?")
    }

    /// Whether `text` starts with "www." or "http" (a link on a line of its own). On the
    /// bytes: the generic `starts(with:)` over a string's UTF-8 view cost more than the
    /// rest of the decision.
    @inline(__always)
    static func startsWithURL(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 4 else { return false }
        let (a, b, c, d) = (text[0], text[1], text[2], text[3])
        return (a == UInt8(ascii: "w") && b == UInt8(ascii: "w") && c == UInt8(ascii: "w") && d == UInt8(ascii: "."))
            || (a == UInt8(ascii: "h") && b == UInt8(ascii: "t") && c == UInt8(ascii: "t") && d == UInt8(ascii: "p"))
    }

    /// ``Block/looksLikeHeading`` for a paragraph's bytes.
    private static func looksLikeHeading(_ text: UnsafeBufferPointer<UInt8>, last: UInt8) -> Bool {
        text.count <= 200 && last != UInt8(ascii: ".") && last != UInt8(ascii: ",")
            && last != UInt8(ascii: ";") && last != UInt8(ascii: ":")
    }
}
