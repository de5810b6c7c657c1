/// Rejoins text that page breaks, footnotes and blank-line-separated continuation
/// lines cut in two.
///
/// A paragraph is appended to the paragraph or list item before it when that one has
/// not finished its sentence and the paragraph starts in lower case ("…after the
/// initial response, the" + "quality of subsequent investigations…"), or when the
/// previous text ends with a word that cannot end a sentence ("and", "the", a comma).
enum ParagraphMerger {
    static func merge(_ blocks: [Block]) -> [Block] {
        var merged: [Block] = []
        merged.reserveCapacity(blocks.count)
        for block in blocks {
            if block.kind == .paragraph, var previous = merged.last,
               previous.kind == .paragraph || previous.kind == .listItem,
               continues(previous.text, with: block) {
                previous = Block(
                    kind: previous.kind, text: TextJoining.append(block.text, to: previous.text),
                    cells: previous.cells, depth: previous.depth, marker: previous.marker,
                    line: previous.line, lastLine: block.lastLine, isEmphasised: previous.isEmphasised && block.isEmphasised)
                merged[merged.count - 1] = previous
                continue
            }
            merged.append(block)
        }
        return merged
    }

    private static func continues(_ previous: String, with block: Block) -> Bool {
        guard let last = previous.utf8.last, let first = block.text.utf8.first else { return false }
        let finished = last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
            || last == UInt8(ascii: ":")
        if finished || block.text.hasPrefix("www.") || block.text.hasPrefix("http") { return false }
        if first >= 0x61 && first <= 0x7A { return true }
        if last == UInt8(ascii: ",") { return !block.looksLikeHeading || block.text.utf8.count > 80 }
        return TextJoining.endsWithDanglingWord(previous.utf8) && !block.text.hasSuffix("?")
    }

}
