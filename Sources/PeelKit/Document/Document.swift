/// A report's text after normalisation: the shared model every layout module reads.
///
/// Create one with ``init(normalizing:)`` (bytes) or ``init(text:)``; the
/// ``FormatRegistry`` does this for you. Blocks come in document order; footnotes are
/// kept apart in ``footnotes`` so that they never split the text they interrupt.
public struct Document: Sendable {
    /// The body blocks in document order.
    public let blocks: [Block]
    /// The footnotes, in document order.
    public let footnotes: [Block]
    /// The number of lines of the original input.
    public let lineCount: Int
    /// The size of the original input in bytes.
    public let byteCount: Int
    /// What normalisation noticed: invalid UTF-8 replaced, control characters removed.
    public let diagnostics: [Diagnostic]
    /// All block text folded, one block a line, for ``contains(_:)``.
    let foldedText: [UInt8]
    /// The folded text indexed by word starts, for fast phrase lookups.
    let wordIndex: WordIndex

    /// A document from the assembled blocks of a normalised input.
    init(assembled: consuming AssembledText, lineCount: Int, byteCount: Int, diagnostics: [Diagnostic]) {
        let body = AssembledText.blocks(assembled.bodyRecords, of: assembled.body, cells: assembled.cells)
        self.blocks = body.blocks
        self.footnotes = AssembledText.blocks(assembled.noteRecords, of: assembled.notes, cells: []).blocks
        self.lineCount = lineCount
        self.byteCount = byteCount
        self.diagnostics = diagnostics
        self.foldedText = body.folded
        // Only the long words the process's lookups anchor on (all of them at first).
        self.wordIndex = WordIndex(body.folded, keys: AnchorKeys.shared.snapshot())
    }

    /// Normalises UTF-8 bytes. Invalid sequences are replaced (U+FFFD) and reported
    /// in ``diagnostics``; use ``InputDecoder`` first to refuse such input instead.
    public init(normalizing bytes: some Collection<UInt8>) {
        self = Normalizer().normalize(Array(bytes))
    }

    /// Normalises a string.
    public init(text: String) {
        self = Normalizer().normalize(Array(text.utf8))
    }

    /// `true` when the document has no text at all.
    public var isEmpty: Bool { blocks.isEmpty }

    /// `true` when the folded text of the document contains the folded phrase
    /// (case, punctuation and line breaks ignored). Phrases do not span blocks; phrases
    /// of eight or more folded bytes match where a word starts.
    public func contains(_ phrase: String) -> Bool {
        TextFolding.withFolded(phrase) { contains(folded: $0) }
    }

    /// How many blocks contain the folded phrase.
    public func count(of phrase: String) -> Int {
        let needle = Array(TextFolding.fold(phrase).utf8)
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var from = 0
        while let hit = ByteSearch.firstIndex(of: needle, in: foldedText, from: from) {
            count += 1
            from = hit + needle.count
        }
        return count
    }
}

extension Document {
    /// `true` when some heading or paragraph block, folded, equals the folded phrase.
    public func containsBlock(equalTo phrase: String) -> Bool {
        TextFolding.withFolded(phrase) { containsBlock(equalToFolded: $0) }
    }
}
