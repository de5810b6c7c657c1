/// Groups clean lines into blocks: paragraphs from wrapped lines, list items with
/// their continuation lines, table rows, marked headings, and footnotes set apart.
///
/// The rules, each for an extractor habit:
/// - a blank line ends a paragraph; consecutive lines are one paragraph (hard wrapping);
/// - a line that starts with a single space after a non-blank line starts a new block:
///   pdftotext marks the first line of a page that way (the merge pass rejoins a
///   sentence that runs across the page);
/// - a list item's continuation lines are either all indented or all flush; a change
///   from flush to indented is a page start, not a continuation;
/// - a dash at the start of a line that continues an unfinished sentence is prose,
///   not a bullet;
/// - after a footnote rule (a long run of spaces, or "_"), numbered lines are footnotes
///   until the next page starts; lines that start with a superscript number are
///   footnotes anywhere.
struct BlockAssembler {
    private struct Pending {
        var kind: Block.Kind
        var parts: [[UInt8]]
        var line: Int
        var lastLine: Int
        var depth = 0
        var marker: String?
        var emphasised = false
        /// List items: whether continuation lines are indented (nil until the first one).
        var indentedContinuation: Bool?
        var cells: [String] = []
    }

    private(set) var blocks: [Block] = []
    private(set) var footnotes: [Block] = []
    private var pending: Pending?
    private var inFootnoteZone = false
    private var previousBlank = true
    private var listBaseIndent: Int?
    private var listFirstMarker: String?
    private var previousLineContent: [UInt8] = []
    /// The usual length of a wrapped line in this document (bytes).
    var wrapWidth = 80

    mutating func assemble(_ lines: [SourceLine], furniture: [Bool]) {
        for (index, line) in lines.enumerated() {
            if furniture[index] { continue }
            consume(line)
        }
        flush()
    }

    private mutating func consume(_ line: SourceLine) {
        if line.isRule {
            flush()
            inFootnoteZone = true
            previousBlank = true
            return
        }
        if line.isBlank {
            if pending?.kind != .footnote || !inFootnoteZone { flush() }
            previousBlank = true
            return
        }
        defer {
            previousBlank = false
            previousLineContent = line.content
        }
        let pageStart = line.afterPageBreak || (!previousBlank && line.indent == 1)

        if inFootnoteZone {
            if pageStart || line.headingLevel > 0 {
                inFootnoteZone = false
                if pending?.kind == .footnote { flush() }
            } else if startsWithFootnoteNumber(line.content) || line.footnoteMarker {
                flush()
                start(.footnote, line)
                return
            } else if pending?.kind == .footnote, !previousBlank || looksLikeURL(line.content) {
                pending?.parts.append(line.content)
                pending?.lastLine = line.number
                return
            } else if looksLikeURL(line.content) {
                start(.footnote, line)
                return
            } else {
                inFootnoteZone = false
                if pending?.kind == .footnote { flush() }
            }
        }

        if line.footnoteMarker {
            flush()
            start(.footnote, line)
            return
        }
        if line.headingLevel > 0 {
            flush()
            resetList()
            var heading = Pending(kind: .heading, parts: [line.content], line: line.number, lastLine: line.number)
            heading.depth = line.headingLevel
            heading.emphasised = line.emphasised
            pending = heading
            flush()
            return
        }
        let marker = ListMarker.match(line.content)
        if let tab = line.content.firstIndex(of: 0x09), tab > (marker?.textStart ?? -1) {
            flush()
            resetList()
            var row = Pending(kind: .tableRow, parts: [line.content], line: line.number, lastLine: line.number)
            row.cells = line.content.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self).trimmingSpaces()
            }
            row.emphasised = line.emphasised
            pending = row
            flush()
            return
        }
        if let marker {
            // A dash that starts a wrapped line of an unfinished sentence is prose; after a
            // short line (a heading such as "Areas for improvement") it is a bullet.
            let continuesSentence = !previousBlank && pending?.kind == .paragraph && ListMarker.isDashLike(marker.marker)
                && !endsSentence(previousLineContent)
                && (previousLineContent.count * 10 >= wrapWidth * 8 || endsWithDanglingWord(previousLineContent))
            if !continuesSentence {
                flush()
                var item = Pending(
                    kind: .listItem, parts: [Array(line.content[marker.textStart...])],
                    line: line.number, lastLine: line.number)
                item.marker = marker.marker
                item.depth = listDepth(indent: line.indent, marker: marker.marker)
                item.emphasised = line.emphasised
                pending = item
                return
            }
        }

        // A plain line: continue the current block, or start a paragraph.
        if var current = pending, !previousBlank {
            switch current.kind {
            case .listItem:
                let indented = line.indent > 0
                if current.indentedContinuation == nil || current.indentedContinuation == indented {
                    current.indentedContinuation = indented
                    current.parts.append(line.content)
                    current.lastLine = line.number
                    pending = current
                    return
                }
            case .paragraph where !pageStart && !endsHeadingLine(previousLineContent, before: line.content),
                 .footnote where !pageStart && !endsHeadingLine(previousLineContent, before: line.content):
                current.parts.append(line.content)
                current.lastLine = line.number
                current.emphasised = current.emphasised && line.emphasised
                pending = current
                return
            default:
                break
            }
        }
        flush()
        resetList()
        start(.paragraph, line)
    }

    /// In hard-wrapped text a heading, or the next paragraph, often follows without a
    /// blank line. A line ends its block, when the next starts with a capital, a digit or
    /// a quote, if it asks a question, or if it is clearly shorter than the wrap width:
    /// a short line that ends a sentence is a paragraph's last line, a short line that
    /// does not is a heading or a label (unless it ends with a word that cannot end one).
    private func endsHeadingLine(_ previous: [UInt8], before next: [UInt8]) -> Bool {
        guard let first = next.first, let last = previous.last else { return false }
        let startsAnew = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
            || first == UInt8(ascii: "+") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            || first == 0xC2 || first == 0xE2  // £, ‘ “
        guard startsAnew else { return false }
        if last == UInt8(ascii: "?") { return true }
        guard previous.count * 10 < wrapWidth * 8 else { return false }
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: ":") { return true }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: "-") { return false }
        return !endsWithDanglingWord(previous)
    }

    private func endsWithDanglingWord(_ content: [UInt8]) -> Bool {
        TextJoining.endsWithDanglingWord(content)
    }

    private mutating func start(_ kind: Block.Kind, _ line: SourceLine) {
        var block = Pending(kind: kind, parts: [line.content], line: line.number, lastLine: line.number)
        block.emphasised = line.emphasised
        pending = block
    }

    private mutating func resetList() {
        listBaseIndent = nil
        listFirstMarker = nil
    }

    /// Nesting from indentation relative to the list's first item; a second-level
    /// mark ("o", "◦", "▪", "–") under a different first mark also nests.
    private mutating func listDepth(indent: Int, marker: String) -> Int {
        guard let base = listBaseIndent, let first = listFirstMarker else {
            listBaseIndent = indent
            listFirstMarker = marker
            return 0
        }
        if indent > base { return indent - base >= 6 ? 2 : 1 }
        if indent < base {
            listBaseIndent = indent
            listFirstMarker = marker
            return 0
        }
        if marker != first, ["o", "◦", "▪", "–", "-"].contains(marker), first.first?.isNumber != true { return 1 }
        return 0
    }

    private mutating func flush() {
        guard let block = pending else { return }
        pending = nil
        let text: String
        switch block.kind {
        case .tableRow:
            text = block.cells.filter { !$0.isEmpty }.joined(separator: " ")
        default:
            text = TextJoining.join(block.parts)
        }
        guard !text.isEmpty else { return }
        let built = Block(
            kind: block.kind, text: text, cells: block.cells, depth: block.depth, marker: block.marker,
            line: block.line, lastLine: block.lastLine, isEmphasised: block.emphasised)
        if block.kind == .footnote { footnotes.append(built) } else { blocks.append(built) }
    }

    private func startsWithFootnoteNumber(_ content: [UInt8]) -> Bool {
        var k = 0
        while k < content.count, k < 4, content[k] >= 0x30, content[k] <= 0x39 { k += 1 }
        return k >= 1 && k <= 3 && k + 1 < content.count && content[k] == 0x20 && !(content[k + 1] >= 0x30 && content[k + 1] <= 0x39)
    }

    private func looksLikeURL(_ content: [UInt8]) -> Bool {
        let prefixes: [[UInt8]] = [Array("http".utf8), Array("www.".utf8)]
        return prefixes.contains { content.starts(with: $0) }
    }

    private func endsSentence(_ content: [UInt8]) -> Bool {
        guard let last = content.last else { return true }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var utf8 = Substring(self).utf8
        while utf8.first == 0x20 { utf8 = utf8.dropFirst() }
        while utf8.last == 0x20 { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }
}
