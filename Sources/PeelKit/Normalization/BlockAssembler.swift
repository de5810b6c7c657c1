#if canImport(Glibc)
import Glibc  // memchr
#elseif canImport(Darwin)
import Darwin
#endif

/// Groups clean lines into blocks: paragraphs from wrapped lines, list items with
/// their continuation lines, table rows, marked headings, and footnotes set apart.
///
/// The rules, each for an extractor habit:
/// - a blank line ends a paragraph; consecutive lines are one paragraph (hard wrapping);
/// - a line that starts with a single space after a non-blank line starts a new block:
///   pdftotext marks the first line of a page that way (the merge pass rejoins a
///   sentence that runs across the page);
/// - a list item's continuation lines share one indentation; a line indented
///   otherwise (a page start's single space) starts a new block;
/// - a dash at the start of a line that continues an unfinished sentence is prose,
///   not a bullet;
/// - after a footnote rule (a long run of spaces, or "_"), numbered lines are footnotes
///   until the next page starts; lines that start with a superscript number are
///   footnotes anywhere;
/// - a paragraph that continues the sentence of the block before it is appended to
///   that block (``ParagraphMerger``).
///
/// Block text is written into one buffer for the body and one for footnotes, each
/// block right after the one before it; blocks are byte ranges (``AssembledText``).
struct BlockAssembler: ~Copyable {
    /// Plain values only (no strings or arrays), so that starting, copying and ending a
    /// block retains and releases nothing.
    private struct Pending {
        var kind: Block.Kind
        /// Where the block's text starts in its buffer (`body` or `notes`).
        var start: Int
        var line: Int
        var lastLine: Int
        var parts = 1
        /// Some part holds a "]": a markdown link may span the lines.
        var hasBracket = false
        var depth = 0
        var marker = PrintedMarker.none
        var emphasised = false
        /// List items: the indentation of continuation lines (nil until the first one).
        var continuationIndent: Int?
        /// Table rows: where the cells are in `output.cells`.
        var cells: Range<Int> = 0..<0
    }

    /// The clean bytes of the lines.
    private let text: UnsafeBufferPointer<UInt8>
    private var output: AssembledText
    /// The block being built, when `isPending` (kept in place, not as an optional, so
    /// that updating it copies nothing).
    private var pending = Pending(kind: .paragraph, start: 0, line: 0, lastLine: 0)
    private var isPending = false
    private var pendingKind: Block.Kind? { isPending ? pending.kind : nil }
    private var inFootnoteZone = false
    private var previousBlank = true
    private var listBaseIndent: Int?
    private var listFirstMarker = PrintedMarker.none
    /// The last line with text: where its bytes are and its width (not the whole
    /// `SourceLine`, whose copy on every line cost a `memcpy`).
    private var previous = PreviousLine()
    /// Room for the table cells, reserved when the first row comes (most documents have
    /// a few tables or none): one allocation rather than a run of regrowths.
    private var cellCapacity = 64
    /// The usual length of a wrapped line in this document (bytes).
    var wrapWidth = 80

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        output = AssembledText(capacity: text.count + 128)  // room for whole 128-byte copies (ByteWriter.append(_:readable:))
    }

    mutating func assemble(_ lines: [SourceLine], furniture: [Bool]) {
        // A block takes a line or more, with a blank one between most (markdown, with
        // fewer blank lines, comes to a block every 1.9 lines): no regrowth, which would
        // copy every record.
        output.bodyRecords.reserveCapacity(lines.count * 5 / 8 + 16)
        // Footnotes run to about one in thirty lines in the samples.
        output.noteRecords.reserveCapacity(lines.count / 24 + 8)
        cellCapacity = max(64, lines.count / 4)
        for index in lines.indices {
            if furniture[index] { continue }
            consume(lines[index])
        }
        flush()
    }

    /// The blocks assembled.
    consuming func finish() -> AssembledText {
        flush()
        return output
    }

    private func content(_ line: SourceLine) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[line.start..<line.end])
    }

    private func content(_ line: PreviousLine) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[line.start..<line.end])
    }

    /// What the assembler keeps of the last line with text.
    private struct PreviousLine {
        var start = 0
        var end = 0
        var width = 0
    }

    private mutating func consume(_ line: SourceLine) {
        if line.isRule {
            flush()
            inFootnoteZone = true
            previousBlank = true
            return
        }
        if line.isBlank {
            if pendingKind != .footnote || !inFootnoteZone { flush() }
            previousBlank = true
            return
        }
        defer {
            previousBlank = false
            previous = PreviousLine(start: line.start, end: line.end, width: line.width)
        }
        let content = content(line)
        let pageStart = line.afterPageBreak || (!previousBlank && line.indent == 1)

        if inFootnoteZone {
            if pageStart || line.headingLevel > 0 {
                inFootnoteZone = false
                if pendingKind == .footnote { flush() }
            } else if startsWithFootnoteNumber(content) || line.footnoteMarker {
                flush()
                start(.footnote, line, content)
                return
            } else if pendingKind == .footnote, !previousBlank || looksLikeURL(content) {
                append(content, line)
                return
            } else if looksLikeURL(content) {
                start(.footnote, line, content)
                return
            } else {
                inFootnoteZone = false
                if pendingKind == .footnote { flush() }
            }
        }

        if line.footnoteMarker || (line.asteriskLead && previousBlank) {
            flush()
            start(.footnote, line, content)
            return
        }
        if line.headingLevel > 0 {
            flush()
            resetList()
            start(.heading, line, content)
            pending.depth = line.headingLevel
            flush()
            return
        }
        let marker = ListMarker.match(content)
        if line.mayHaveTab, let tab = content.firstIndex(of: 0x09), tab > (marker?.textStart ?? -1) {
            flush()
            resetList()
            startTableRow(line, content)
            flush()
            return
        }
        if let marker {
            // A dash that starts a wrapped line of an unfinished sentence is prose; after a
            // short line (a heading such as "Areas for improvement") it is a bullet.
            let previousContent = self.content(previous)
            let continuesSentence = !previousBlank && pendingKind == .paragraph && ListMarker.isDashLike(marker.marker)
                && !endsSentence(previousContent)
                && (Self.wasWrapped(previous.width, before: content, wrapWidth: wrapWidth) || TextJoining.endsWithDanglingWord(previousContent))
            if !continuesSentence {
                flush()
                start(.listItem, line, UnsafeBufferPointer(rebasing: content[marker.textStart...]))
                let depth = listDepth(indent: line.indent, marker: marker.marker)
                pending.marker = marker.marker
                pending.depth = depth
                return
            }
        }

        // A plain line: continue the current block, or start a paragraph.
        if isPending, !previousBlank {
            switch pending.kind {
            case .listItem:
                // Continuation lines share one indentation; a line indented otherwise
                // (a page start's single space after flush lines) starts a new block.
                if pending.continuationIndent == nil || pending.continuationIndent == line.indent {
                    pending.continuationIndent = line.indent
                    append(content, line)
                    return
                }
            case .paragraph, .footnote:
                // The previous line is read into locals first: called in a `where` clause,
                // a method on `self` cost a copy of the whole assembler (a `memcpy`).
                let previousContent = self.content(previous)
                if !pageStart,
                   !Self.endsHeadingLine(previousContent, width: previous.width, before: content, wrapWidth: wrapWidth) {
                    append(content, line)
                    pending.emphasised = pending.emphasised && line.emphasised
                    return
                }
            default:
                break
            }
        }
        flush()
        resetList()
        start(.paragraph, line, content)
    }

    /// In hard-wrapped text a heading, or the next paragraph, often follows without a
    /// blank line. A line ends its block, when the next starts with a capital, a digit or
    /// a quote, if it asks a question, or if the next line's first word would have fitted
    /// on it: a wrapping extractor breaks a line only where the next word does not fit,
    /// so a line that stopped early ended a paragraph, a heading or a label (unless it
    /// ends with a comma or a word that cannot end one).
    private static func endsHeadingLine(
        _ previous: UnsafeBufferPointer<UInt8>, width: Int, before next: UnsafeBufferPointer<UInt8>, wrapWidth: Int
    ) -> Bool {
        guard let first = next.first, let last = previous.last else { return false }
        let startsAnew = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
            || first == UInt8(ascii: "+") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            || first == 0xC2 || first == 0xE2  // £, ‘ “
        guard startsAnew else { return false }
        if last == UInt8(ascii: "?") { return true }
        guard !wasWrapped(width, before: next, wrapWidth: wrapWidth) else { return false }
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: ":") { return true }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: "-") { return false }
        return !TextJoining.endsWithDanglingWord(previous)
    }

    /// `true` when a line of `width` characters (as printed) looks broken by wrapping:
    /// its width, a space and the next line's first word reach the wrap width (with a
    /// little slack for characters the clean-up spelt out).
    private static func wasWrapped(_ width: Int, before next: UnsafeBufferPointer<UInt8>, wrapWidth: Int) -> Bool {
        var characters = 0
        for byte in next {
            if byte == 0x20 { break }
            if byte & 0xC0 != 0x80 { characters += 1 }
        }
        return width + 1 + characters + 2 > wrapWidth
    }

    // MARK: - Building the pending block

    /// Starts a block whose text is `content`.
    private mutating func start(_ kind: Block.Kind, _ line: SourceLine, _ content: UnsafeBufferPointer<UInt8>) {
        let start = kind == .footnote ? output.notes.count : output.body.count
        var block = Pending(kind: kind, start: start, line: line.number, lastLine: line.number)
        block.emphasised = line.emphasised
        block.hasBracket = line.mayHaveBracket
        pending = block
        isPending = true
        let readable = readableBytes(from: content)
        if kind == .footnote {
            output.notes.append(content, readable: readable)
        } else {
            output.body.append(content, readable: readable)
        }
    }

    /// How many bytes of the clean text may be read from the start of `content`, a part
    /// of it (for ``ByteWriter/append(_:readable:)``).
    @inline(__always)
    private func readableBytes(from content: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = content.baseAddress, let base = text.baseAddress else { return content.count }
        return base + text.count - start
    }

    /// Appends a continuation line to the pending block, joined by ``TextJoining``'s rule.
    private mutating func append(_ content: UnsafeBufferPointer<UInt8>, _ line: SourceLine) {
        guard isPending else { return }
        pending.parts += 1
        pending.lastLine = line.number
        if line.mayHaveBracket { pending.hasBracket = true }
        if pending.kind == .footnote {
            TextJoining.append(content, to: &output.notes, from: pending.start, readable: readableBytes(from: content))
        } else {
            TextJoining.append(content, to: &output.body, from: pending.start, readable: readableBytes(from: content))
        }
    }

    /// A table row: the cells as printed, the text their non-empty cells joined by spaces.
    private mutating func startTableRow(_ line: SourceLine, _ content: UnsafeBufferPointer<UInt8>) {
        var row = Pending(kind: .tableRow, start: output.body.count, line: line.number, lastLine: line.number)
        row.emphasised = line.emphasised
        // Cells between tabs, trimmed of spaces on the bytes. A non-empty cell's bytes are
        // written to the body as they are, so each cell is a range of the row's text (an
        // empty cell an empty range): no string until ``Block/cells`` is asked for.
        if output.cells.capacity == 0 { output.cells.reserveCapacity(cellCapacity) }
        let firstCell = output.cells.count
        var first = true
        var cellStart = 0
        while cellStart <= content.count {
            let cellEnd = Self.nextTab(content, from: cellStart)
            var low = cellStart
            var high = cellEnd
            while low < high, content[low] == 0x20 { low += 1 }
            while high > low, content[high - 1] == 0x20 { high -= 1 }
            let cell = UnsafeBufferPointer(rebasing: content[low..<high])
            if cell.isEmpty {
                output.cells.append(output.body.count..<output.body.count)
            } else {
                if !first { output.body.append(0x20) }
                output.cells.append(output.body.count..<output.body.count + cell.count)
                output.body.append(cell)
                first = false
            }
            cellStart = cellEnd + 1
        }
        row.cells = firstCell..<output.cells.count
        pending = row
        isPending = true
    }

    /// The index of the first tab at or after `from` in `content` (`content.count` when
    /// none): `memchr`, as a cell runs to a dozen bytes or more.
    private static func nextTab(_ content: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard from < content.count, let base = content.baseAddress,
              let found = memchr(base + from, 0x09, content.count - from) else { return content.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private mutating func resetList() {
        listBaseIndent = nil
        listFirstMarker = .none
    }

    /// Nesting from indentation relative to the list's first item; a second-level
    /// mark ("o", "◦", "▪", "–") under a different first mark also nests.
    private mutating func listDepth(indent: Int, marker: PrintedMarker) -> Int {
        let first = listFirstMarker
        guard let base = listBaseIndent, !first.isNone else {
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
        // A numbered first item ("1.") keeps its sub-items' dashes at its own level.
        let numbered = first.firstByte >= 0x30 && first.firstByte <= 0x39
        if marker != first, ListMarker.isSubItemMark(marker), !numbered { return 1 }
        return 0
    }

    /// Ends the pending block: its text is final, and a paragraph that continues the
    /// sentence of the body block before it joins that block.
    private mutating func flush() {
        guard isPending else { return }
        isPending = false
        // The pending block's fields are read where they are (copying the whole of it
        // first measured more instructions).
        let kind = pending.kind
        let start = pending.start
        let isNote = kind == .footnote
        // A markdown link whose text was wrapped onto two lines: "[vulnerable" + "people](#)".
        if pending.parts > 1 && pending.hasBracket {
            if isNote { MarkdownLinks.strip(&output.notes, from: start) } else { MarkdownLinks.strip(&output.body, from: start) }
        }
        let end = isNote ? output.notes.count : output.body.count
        guard end > start else { return }
        let record = AssembledText.Record(
            kind: kind, start: start, end: end, cells: pending.cells, depth: pending.depth,
            marker: pending.marker, line: pending.line, lastLine: pending.lastLine, emphasised: pending.emphasised)
        if isNote {
            output.noteRecords.append(record)
            return
        }
        if kind == .paragraph, let last = output.bodyRecords.indices.last {
            let previousKind = output.bodyRecords[last].kind
            if previousKind == .paragraph || previousKind == .listItem {
                let previous = output.bodyRecords[last].start..<output.bodyRecords[last].end
                let joined = output.body.withBytes(from: 0) { body in
                    ParagraphMerger.continues(
                        UnsafeBufferPointer(rebasing: body[previous]),
                        with: UnsafeBufferPointer(rebasing: body[start..<end]))
                }
                if joined {
                    merge(record, into: last)
                    return
                }
            }
        }
        output.bodyRecords.append(record)
    }

    /// Joins `record` (the last text in the body buffer) to the body block at `index`,
    /// which ends where it starts.
    private mutating func merge(_ record: AssembledText.Record, into index: Int) {
        let previous = output.bodyRecords[index]
        if TextJoining.needsSpace(
            last: output.body[previous.end - 1],
            beforeLast: previous.end - previous.start >= 2 ? output.body[previous.end - 2] : nil,
            first: output.body[record.start]) {
            output.body.insert(0x20, at: record.start)
        }
        output.bodyRecords[index].end = output.body.count
        output.bodyRecords[index].lastLine = record.lastLine
        output.bodyRecords[index].emphasised = previous.emphasised && record.emphasised
    }

    private func startsWithFootnoteNumber(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < content.count, k < 4, content[k] >= 0x30, content[k] <= 0x39 { k += 1 }
        return k >= 1 && k <= 3 && k + 1 < content.count && content[k] == 0x20 && !(content[k + 1] >= 0x30 && content[k + 1] <= 0x39)
    }

    private func looksLikeURL(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        ParagraphMerger.startsWithURL(content)
    }

    private func endsSentence(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = content.last else { return true }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }
}
