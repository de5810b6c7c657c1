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
    public var text: String
    /// Table rows: the cells as printed, trimmed (empty cells kept, so columns line up).
    public var cells: [String]
    /// List items: 0 for a top-level item, 1 for a sub-item, …
    /// Headings: the markdown level (1 for `#`).
    public var depth: Int
    /// List items: the marker as printed ("-", "•", "1.").
    public var marker: String?
    /// 1-based line of the original input where the block starts.
    public var line: Int
    /// 1-based line of the original input where the block ends.
    public var lastLine: Int
    /// `true` when the whole block was set in bold (`**…**`, `<b>…</b>`).
    public var isEmphasised: Bool
    /// ``text`` folded for comparison (see ``TextFolding/fold(_:)``).
    public var folded: String

    /// Creates a block; ``folded`` is computed from the text.
    public init(
        kind: Kind, text: String, cells: [String] = [], depth: Int = 0, marker: String? = nil,
        line: Int, lastLine: Int? = nil, isEmphasised: Bool = false
    ) {
        self.kind = kind
        self.text = text
        self.cells = cells
        self.depth = depth
        self.marker = marker
        self.line = line
        self.lastLine = lastLine ?? line
        self.isEmphasised = isEmphasised
        self.folded = TextFolding.fold(text)
    }

    /// `true` when the folded text equals the folded phrase: "SUMMARY OF FINDINGS",
    /// "**Summary of findings**" and "Summary of findings:" all match "Summary of findings".
    public func `is`(_ phrase: String) -> Bool {
        FoldedSearch.foldedEquals(folded, phrase: phrase)
    }

    /// `true` when the folded text starts with the folded phrase (at a word boundary).
    public func starts(with phrase: String) -> Bool {
        FoldedSearch.foldedHasPrefix(folded, phrase: phrase)
    }

    /// `true` when the folded text contains the folded phrase.
    public func mentions(_ phrase: String) -> Bool {
        FoldedSearch.foldedContains(folded, phrase: phrase)
    }

    /// A guess, for text without markup, at whether this block is a heading: a short
    /// paragraph that does not end like a sentence. Marked headings are always headings.
    public var looksLikeHeading: Bool {
        switch kind {
        case .heading: return true
        case .paragraph:
            guard text.utf8.count <= 200, let last = text.utf8.last else { return false }
            // A sentence ends with . ; , : — a heading rarely does ("?" is allowed:
            // PEEL questions are headings).
            return last != UInt8(ascii: ".") && last != UInt8(ascii: ",")
                && last != UInt8(ascii: ";") && last != UInt8(ascii: ":")
        default: return false
        }
    }
}
