import PeelKit

/// A panel table that the extractor printed one cell a paragraph: the column headers
/// ("Cambridgeshire rate", "England and Wales rate"), then each row's label followed by
/// one value per column ("Number of stops and searches per 1,000 population", "2.1",
/// "6.4"). The stop and search figures of the legitimacy panel come out this way.
struct Peel2018LooseTable {
    /// The last words of a column header: what the values are.
    static let measures: Set<String> = ["rate", "proportion", "spend", "disproportionality", "number", "percentage"]

    /// What the table reads of a block: its kind, text and line.
    struct Line {
        var kind: Block.Kind
        var text: String
        var line: Int
    }

    private var table: DataTable
    private var row: [String] = []

    /// Starts a table at its first column header.
    /// (The title is made only for a header: most lines of a panel are not.)
    init?(header block: Line, title: @autoclosure () -> String) {
        guard Peel2018LooseTable.isColumnHeader(block) else { return nil }
        table = DataTable(title: title(), columns: [""], rows: [], line: block.line)
        table.columns.append(block.text)
    }

    /// "Cambridgeshire rate": a short paragraph ending with what is measured.
    static func isColumnHeader(_ block: Line) -> Bool {
        guard block.kind == .paragraph, block.text.utf8.count <= 60, !FigurePanelReader.isValue(block.text) else { return false }
        // The folded text's last word, as bytes after its last space. A measure is
        // ASCII letters: as the words of the folded string compare, it matches only the
        // same bytes, and the bytes after the last space are the last word unless the
        // character before that space could join it (beyond ASCII): then, as before.
        let decided = TextFolding.withFolded(block.text) { folded -> Bool? in
            let space = folded.lastIndex(of: 0x20)
            let word = UnsafeBufferPointer(rebasing: folded[(space.map { $0 + 1 } ?? 0)...])
            guard measureBytes.contains(where: { $0.elementsEqual(word) }) else { return false }
            if let space, space > 0, folded[space - 1] >= 0x80 { return nil }
            return true
        }
        if let decided { return decided }
        guard let last = TextFolding.fold(block.text).split(separator: " ").last else { return false }
        return measures.contains(String(last))
    }

    /// ``measures`` as bytes.
    private static let measureBytes = measures.map { Array($0.utf8) }

    /// Takes the next paragraph of the panel; `false` when it is not part of the table.
    mutating func add(_ block: Line) -> Bool {
        guard block.kind == .paragraph else { return false }
        if Peel2018LooseTable.isColumnHeader(block) {
            // More headers before any row widen the table; after rows they start another.
            guard table.rows.isEmpty && row.isEmpty else { return false }
            table.columns.append(block.text)
            return true
        }
        if FigurePanelReader.isValue(block.text) {
            guard !row.isEmpty else { return false }
            row.append(block.text)
            if row.count == table.columns.count {
                table.rows.append(row)
                row = []
            }
            return true
        }
        guard block.text.utf8.count <= 160 else { return false }
        row = [block.text]  // a row's label (a label without values, such as a period, is dropped)
        return true
    }

    /// The table, when it has rows.
    var result: DataTable? {
        guard !table.rows.isEmpty else { return nil }
        var result = table
        if result.title.isEmpty { result.title = result.rows[0][0] }
        return result
    }
}
