extension Document {
    /// The document as text, one block a line: the lines it came from, its kind, its
    /// text (a table row's cells joined by " ⇥ "); then the footnotes and the
    /// diagnostics. What `peel blocks FILE` prints, for layout-module authors who want
    /// to see what their module reads:
    ///
    /// ```text
    /// 3	paragraph	PEEL: Police effectiveness 2016
    /// 12-14	item0 •	The force should improve how it …
    /// 40	row	Crime	3,120	2.1
    /// ```
    public func listing() -> String {
        var out = ""
        for block in blocks {
            let lines = block.line == block.lastLine ? "\(block.line)" : "\(block.line)-\(block.lastLine)"
            let kind: String
            switch block.kind {
            case .heading: kind = "heading\(block.depth)"
            case .paragraph: kind = "paragraph"
            case .listItem: kind = "item\(block.depth) \(block.marker ?? "")"
            case .tableRow: kind = "row"
            case .footnote: kind = "footnote"
            }
            let text = block.kind == .tableRow ? block.cells.joined(separator: " ⇥ ") : block.text
            out += "\(lines)\t\(kind)\(block.isEmphasised ? " bold" : "")\t\(text)\n"
        }
        for footnote in footnotes { out += "\(footnote.line)\tfootnote\t\(footnote.text)\n" }
        for diagnostic in diagnostics { out += "\(diagnostic)\n" }
        return out
    }
}
