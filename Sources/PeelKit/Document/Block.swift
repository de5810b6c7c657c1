/// One unit of a normalised report: a heading, a paragraph, a list item, a table
/// row or a footnote, with the lines of the original input it came from.
///
/// Block text is clean whatever the extractor: wrapped lines joined with single
/// spaces, markup, ligatures, soft hyphens, odd spaces and footnote markers removed.
/// Quotes and dashes are kept as printed.
public struct Block: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: Sendable, Hashable {
        /// A heading marked as such by the input (markdown `#`). Unmarked headings
        /// come out as paragraphs; see ``Block/looksLikeHeading``.
        case heading
        /// Running text, or an unmarked heading (see ``Block/looksLikeHeading``).
        case paragraph
        /// A bullet or numbered item; ``Block/depth`` says how deeply it is nested.
        case listItem
        /// A row of cells; ``Block/cells`` holds them.
        case tableRow
        /// A footnote; these are kept in ``Document/footnotes``, not in the body.
        case footnote
    }

    /// What kind of block this is.
    public var kind: Kind
    /// The clean text. For a table row, the non-empty cells joined with single spaces.
    ///
    /// The blocks of a normalised document share one buffer of text; a block's string is
    /// made the first time it is asked for (and kept). To test a block, prefer
    /// `is(_:)`, `starts(with:)` and ``mentions(_:)``, which read the folded bytes in place.
    public var text: String {
        get { storage.string(index, textRange) }
        set { own(text: newValue, cells: cells, marker: marker) }
    }
    /// Table rows: the cells as printed, trimmed (empty cells kept, so columns line up).
    public var cells: [String] {
        get { cellRange.isEmpty ? [] : storage.cells(cellRange) }
        set { own(text: text, cells: newValue, marker: marker) }
    }
    /// List items: 0 for a top-level item, 1 for a sub-item, …
    /// Headings: the markdown level (1 for `#`).
    public var depth: Int
    /// List items: the marker as printed ("-", "•", "1.").
    public var marker: String? {
        get { printedMarker == BlockText.keptMarker ? storage.marker : printedMarker.isNone ? nil : printedMarker.string }
        set { own(text: text, cells: cells, marker: newValue) }
    }
    /// 1-based line of the original input where the block starts.
    public var line: Int
    /// 1-based line of the original input where the block ends.
    public var lastLine: Int
    /// `true` when the whole block was set in bold (`**…**`, `<b>…</b>`).
    public var isEmphasised: Bool
    /// The text, folded text and cells, shared by the blocks of one document (made once
    /// when the document is normalised); this block's index among them, and where its
    /// parts are. One reference: copying a block costs one retain.
    private var storage: BlockText
    private var index: Int
    private var textRange: Range<Int>
    private var foldedRange: Range<Int>
    /// Where the cells' ranges are in the storage's `cellRanges`.
    private var cellRange: Range<Int32>
    /// The marker itself (a list item's, from the assembler), or
    /// ``BlockText/keptMarker`` for one kept by a storage of its own.
    private var printedMarker: PrintedMarker

    /// ``text`` folded for comparison (see ``TextFolding/fold(_:)``). Each use builds a
    /// string: to compare, prefer `is(_:)`, `starts(with:)` and ``mentions(_:)``,
    /// which read the folded bytes in place.
    public var folded: String {
        withFolded { String(decoding: $0, as: UTF8.self) }
    }

    /// Creates a block; ``folded`` is computed from the text.
    public init(
        kind: Kind, text: String, cells: [String] = [], depth: Int = 0, marker: String? = nil,
        line: Int, lastLine: Int? = nil, isEmphasised: Bool = false
    ) {
        let single = BlockText.single(text, cells: cells, marker: marker)
        (storage, textRange, foldedRange, cellRange, printedMarker) = (single.storage, single.text, single.folded, single.cells, single.marker)
        index = 0
        self.kind = kind
        self.depth = depth
        self.line = line
        self.lastLine = lastLine ?? line
        self.isEmphasised = isEmphasised
    }

    /// Block `index` of a normalised document, whose parts are in `storage`: its text and
    /// cells where `record` says, its folded text at `folded`.
    init(_ record: AssembledText.Record, index: Int, storage: BlockText, folded: Range<Int>) {
        self.storage = storage
        self.index = index
        textRange = record.start..<record.end
        foldedRange = folded
        cellRange = Int32(truncatingIfNeeded: record.cells.lowerBound)..<Int32(truncatingIfNeeded: record.cells.upperBound)
        printedMarker = record.marker
        kind = record.kind
        depth = record.depth
        line = record.line
        lastLine = record.lastLine
        isEmphasised = record.emphasised
    }

    /// Gives this block a storage of its own with these parts (after a setter: the other
    /// blocks of its document keep theirs).
    private mutating func own(text: String, cells: [String], marker: String?) {
        let single = BlockText.single(text, cells: cells, marker: marker)
        (storage, textRange, foldedRange, cellRange, printedMarker) = (single.storage, single.text, single.folded, single.cells, single.marker)
        index = 0
    }

    /// Calls `body` with the folded text's UTF-8 bytes, without copying them.
    @inline(__always)
    func withFolded<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        storage.folded.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[foldedRange]))
        }
    }

    /// Calls `body` with ``text`` as UTF-8 bytes, without making a string: the way to
    /// test a block's text in a loop over many blocks.
    ///
    /// ```swift
    /// let endsWithColon = block.withUTF8 { $0.last == UInt8(ascii: ":") }
    /// ```
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.bytes.withBytes(in: textRange, body)
    }

    /// The length of ``text`` in UTF-8 bytes, without making a string.
    public var utf8Count: Int { textRange.count }

    /// The last byte of ``text`` (nil when it is empty; no string made).
    var lastTextByte: UInt8? { textRange.isEmpty ? nil : storage.bytes[textRange.upperBound - 1] }

    /// Blocks are equal when what they say is equal; the folded text follows from ``text``.
    public static func == (a: Block, b: Block) -> Bool {
        a.kind == b.kind && a.text == b.text && a.cells == b.cells && a.depth == b.depth && a.marker == b.marker
            && a.line == b.line && a.lastLine == b.lastLine && a.isEmphasised == b.isEmphasised
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(cells)
        hasher.combine(depth)
        hasher.combine(marker)
        hasher.combine(line)
        hasher.combine(lastLine)
        hasher.combine(isEmphasised)
    }

    /// `true` when the folded text equals the folded phrase: "SUMMARY OF FINDINGS",
    /// "**Summary of findings**" and "Summary of findings:" all match "Summary of findings".
    public func `is`(_ phrase: String) -> Bool {
        // Folding never lengthens text: a longer block cannot equal the phrase.
        guard foldedRange.count <= phrase.utf8.count else { return false }
        return TextFolding.withFolded(phrase) { needle in withFolded { FoldedBytes.equals($0, needle) } }
    }

    /// `true` when the folded text starts with the folded phrase (at a word boundary).
    public func starts(with phrase: String) -> Bool {
        if let first = TextFolding.firstFoldedByte(of: phrase), firstFoldedByte != first { return false }
        return TextFolding.withFolded(phrase) { needle in withFolded { FoldedBytes.hasPrefix($0, needle) } }
    }

    /// `true` when the folded text contains the folded phrase.
    public func mentions(_ phrase: String) -> Bool {
        TextFolding.withFolded(phrase) { needle in withFolded { ByteSearch.firstIndex(of: needle, in: $0) != nil } }
    }

    /// `true` when the folded text equals `folded`, which is folded already.
    func foldedEquals(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard foldedRange.count == folded.count else { return false }
        return withFolded { FoldedBytes.equals($0, folded) }
    }

    /// `true` when the folded text starts with `folded` (folded already) at a word boundary.
    func foldedHasPrefix(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = folded.first, firstFoldedByte != first { return false }
        return withFolded { FoldedBytes.hasPrefix($0, folded) }
    }

    /// Where the folded text starts in its buffer: for the blocks of a normalised
    /// document, the offset in ``Document``'s folded text.
    var foldedStart: Int { foldedRange.lowerBound }

    /// The length of the folded text in bytes (for block patterns' filters).
    var foldedCount: Int { foldedRange.count }

    /// The first byte of the folded text (nil when it is empty).
    var firstFoldedByte: UInt8? {
        foldedRange.isEmpty ? nil : storage.folded[foldedRange.lowerBound]
    }

    /// A marked heading, or a block that ``looksLikeHeading`` with at most `maxBytes`
    /// bytes of text (for block patterns; no string made).
    @inline(__always)
    func isHeadingLine(maxBytes: Int) -> Bool {
        kind == .heading || (utf8Count <= maxBytes && looksLikeHeading)
    }

    /// A guess, for text without markup, at whether this block is a heading: a short
    /// paragraph that does not end like a sentence. Marked headings are always headings.
    public var looksLikeHeading: Bool {
        switch kind {
        case .heading: return true
        case .paragraph:
            guard utf8Count <= 200, let last = lastTextByte else { return false }
            // A sentence ends with . ; , : — a heading rarely does ("?" is allowed:
            // PEEL questions are headings).
            return last != UInt8(ascii: ".") && last != UInt8(ascii: ",")
                && last != UInt8(ascii: ";") && last != UInt8(ascii: ":")
        default: return false
        }
    }
}
