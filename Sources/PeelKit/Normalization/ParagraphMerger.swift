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
        // The last block, while paragraphs are still being appended to it: its text is
        // kept as bytes and the block rebuilt once, so a long run of merges stays linear.
        var open: (block: Block, text: [UInt8], lastLine: Int, emphasised: Bool, extended: Bool)?
        func close() {
            guard let current = open else { return }
            open = nil
            guard current.extended else { return merged.append(current.block) }
            let previous = current.block
            merged.append(Block(
                kind: previous.kind, text: String(decoding: current.text, as: UTF8.self),
                cells: previous.cells, depth: previous.depth, marker: previous.marker,
                line: previous.line, lastLine: current.lastLine, isEmphasised: current.emphasised))
        }
        for block in blocks {
            if block.kind == .paragraph, var current = open,
               current.block.kind == .paragraph || current.block.kind == .listItem,
               continues(current.text, with: block) {
                open = nil  // let `current` hold the only reference to the bytes
                TextJoining.append(block.text.utf8, to: &current.text)
                current.lastLine = block.lastLine
                current.emphasised = current.emphasised && block.isEmphasised
                current.extended = true
                open = current
                continue
            }
            close()
            open = (block, Array(block.text.utf8), block.lastLine, block.isEmphasised, false)
        }
        close()
        return merged
    }

    private static func continues(_ previous: [UInt8], with block: Block) -> Bool {
        guard let last = previous.last, let first = block.text.utf8.first else { return false }
        let finished = last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
            || last == UInt8(ascii: ":")
        if finished || block.text.hasPrefix("www.") || block.text.hasPrefix("http") { return false }
        if first >= 0x61 && first <= 0x7A { return true }
        if last == UInt8(ascii: ",") { return !block.looksLikeHeading || block.text.utf8.count > 80 }
        return TextJoining.endsWithDanglingWord(previous) && !block.text.hasSuffix("?")
    }
}
