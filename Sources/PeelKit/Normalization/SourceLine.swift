/// One line of the input after character-level clean-up, before it is grouped into
/// blocks. Internal to normalisation.
///
/// The clean bytes live in one buffer shared by every line of the document
/// (``CleanLines``); a line records where its bytes are, so that cleaning allocates
/// nothing per line and lines copy as plain values.
struct SourceLine: Equatable {
    /// 1-based line number in the original input.
    var number: Int
    /// Where the clean content is in ``CleanLines/bytes``: indentation removed, markup
    /// and odd characters dealt with, trailing white space trimmed. A tab (0x09)
    /// separates table cells.
    var start: Int = 0
    var end: Int = 0
    /// Characters of the raw line up to its last non-space, markup included: the width
    /// a wrapping extractor measured.
    var width: Int = 0
    /// Columns of leading white space in the raw line.
    var indent: Int = 0
    /// Markdown heading level (`#` = 1), 0 when not a marked heading.
    var headingLevel: Int = 0
    /// The line follows a form feed.
    var afterPageBreak: Bool = false
    /// A footnote rule: a long run of spaces, underscores or dashes alone on a line.
    var isRule: Bool = false
    /// The line started with a footnote marker (superscript digits, `^{12}`, `$^{7}$`).
    var footnoteMarker: Bool = false
    /// The line started with an asterisk touching a word ("*Figures are shown…"): a
    /// footnote when it starts a block, an opening emphasis otherwise.
    var asteriskLead: Bool = false
    /// The whole line was bold (`**…**`, `<b>…</b>`).
    var emphasised: Bool = false
    /// The clean bytes may hold a tab (a table cell gap); `false` means they hold none.
    var mayHaveTab: Bool = false
    /// The clean bytes may hold a "]" (a markdown link's text may end here); `false`
    /// means they hold none.
    var mayHaveBracket: Bool = false

    init(number: Int) { self.number = number }

    var isBlank: Bool { start == end }
    var count: Int { end - start }
}

/// The clean lines of a document, the one buffer that holds their bytes, and what the
/// clean-up replaced.
struct CleanLines: ~Copyable {
    var bytes: ByteWriter
    var lines: [SourceLine]
    /// Invalid UTF-8 bytes replaced, and the line and byte offset of the first.
    var replacedBytes: Int
    var firstReplacement: (line: Int, offset: Int)?
}
