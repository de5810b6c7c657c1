/// One line of the input after character-level clean-up, before it is grouped into
/// blocks. Internal to normalisation.
struct SourceLine {
    /// 1-based line number in the original input.
    var number: Int
    /// Clean content: indentation removed, markup and odd characters dealt with,
    /// trailing white space trimmed. A tab (0x09) separates table cells.
    var content: [UInt8] = []
    /// Characters of the raw line up to its last non-space, markup included: the width
    /// a wrapping extractor measured.
    var width: Int = 0
    /// Columns of leading white space in the raw line.
    var indent: Int = 0
    /// The line follows a form feed.
    var afterPageBreak: Bool = false
    /// A footnote rule: a long run of spaces, underscores or dashes alone on a line.
    var isRule: Bool = false
    /// Markdown heading level (`#` = 1), 0 when not a marked heading.
    var headingLevel: Int = 0
    /// The line started with a footnote marker (superscript digits, `^{12}`, `$^{7}$`).
    var footnoteMarker: Bool = false
    /// The line started with an asterisk touching a word ("*Figures are shown…"): a
    /// footnote when it starts a block, an opening emphasis otherwise.
    var asteriskLead: Bool = false
    /// The whole line was bold (`**…**`, `<b>…</b>`).
    var emphasised: Bool = false
    /// Invalid UTF-8 sequences replaced on this line.
    var replacedBytes: Int = 0
    /// Byte offset in the input of the first invalid sequence, if any.
    var firstInvalidOffset: Int? = nil

    var isBlank: Bool { content.isEmpty }
}
