import PeelKit

/// One "Force in context" panel: a run of tables, each under a heading or caption
/// and often its period ("Crime Outcomes", "12 months ending 31 March 2019").
///
/// A table starts with a header row naming what is compared ("Cambridgeshire rate ⇥
/// England and Wales rate") and has rows of a label and values ("999 calls per 1,000
/// population 12 months ending 31 March 2019 ⇥ 155 ⇥ 175"); some have more columns
/// (the workforce in post). A few are printed one cell a paragraph
/// (``Peel2018LooseTable``).
struct Peel2018Panel {
    /// The comparators the header rows name.
    static let comparators = ["England and Wales", "Most Similar Forces", "Most similar group"]

    /// Whether two-value rows under a comparator's header are read as key figures
    /// (the headline panel); such tables are then not repeated as ``tables``.
    let readsFigures: Bool
    private(set) var figures: [KeyFigure] = []
    private(set) var tables: [DataTable] = []

    /// The table being read, its header's comparator, and whether every row so far
    /// was a key figure.
    private var current: DataTable?
    private var comparator: String?
    private var onlyFigures = true
    private var loose: Peel2018LooseTable?
    /// The heading and captions since the last table.
    private var title: [String] = []
    private var afterTable = false

    init(_ document: Document, in range: Range<Int>, readsFigures: Bool) {
        self.readsFigures = readsFigures
        for index in document.clamped(range) {
            // The block's fields, not the block: a copy of a block costs a retain and a release.
            let kind = document.blocks[index].kind
            if kind == .tableRow {
                addRow(document.blocks[index].cells, line: document.blocks[index].line)
            } else {
                addText(Peel2018LooseTable.Line(kind: kind, text: document.blocks[index].text, line: document.blocks[index].line))
            }
        }
        closeTable()
        closeLoose()
    }

    /// A heading, caption or period; or a cell of a table printed a cell a paragraph.
    private mutating func addText(_ block: Peel2018LooseTable.Line) {
        closeTable()
        if afterTable { title = [] }
        afterTable = false
        if loose?.add(block) == true { return }
        closeLoose()
        if let table = Peel2018LooseTable(header: block, title: title.joined(separator: " ")) {
            loose = table
            return
        }
        if block.kind == .heading {
            title = [block.text]
        } else if block.kind == .paragraph, block.text.utf8.count <= 120 {
            // Joined with a space, as a plain-text extractor may already have joined them.
            title.append(block.text)
        }
    }

    private mutating func addRow(_ row: [String], line: Int) {
        closeLoose()
        // Most rows have no empty cell: then the row itself, not a filtered copy (a
        // filter grows a new array a cell at a time).
        let cells = row.contains(where: \.isEmpty) ? row.filter { !$0.isEmpty } : row
        if cells.count >= 2, cells.allSatisfy({ !FigurePanelReader.isValue($0) }) {
            // A header row; straight after another table it starts one without a title.
            if current != nil { title = [] }
            openTable(columns: row, line: line)
            comparator = cells.count == 2 ? Peel2018Panel.comparatorName(in: cells[1]) : nil
            return
        }
        afterTable = true
        if current == nil { openTable(columns: [], line: line) }
        current?.rows.append(row)
        if readsFigures, let comparator, cells.count == 3, !FigurePanelReader.isValue(cells[0]),
           FigurePanelReader.isValue(cells[1]), FigurePanelReader.isValue(cells[2]) {
            let (label, period) = Peel2018Panel.labelReader.splitLabel(cells[0])
            figures.append(KeyFigure(
                label: label, period: period, value: cells[1], comparator: comparator,
                comparatorValue: cells[2], line: line))
        } else {
            onlyFigures = false
        }
    }

    /// Splits a figure's label from its period (made once, not once per row).
    private static let labelReader = FigurePanelReader()

    private mutating func openTable(columns: [String], line: Int) {
        closeTable()
        afterTable = true
        current = DataTable(title: title.joined(separator: " "), columns: columns, rows: [], line: line)
    }

    private mutating func closeTable() {
        // Most text lines of a panel close no table: skip the copy of the optional table.
        guard current != nil else {
            comparator = nil
            onlyFigures = true
            return
        }
        if var table = current, !table.rows.isEmpty, !(readsFigures && onlyFigures) {
            if table.title.isEmpty { table.title = table.rows[0].first { !$0.isEmpty } ?? "" }
            // A header row leaves out the empty cell above the labels: line the columns up.
            let width = table.rows.reduce(0) { max($0, $1.count) }
            if !table.columns.isEmpty, table.columns.count < width {
                table.columns = Array(repeating: "", count: width - table.columns.count) + table.columns
            }
            tables.append(table)
        }
        current = nil
        comparator = nil
        onlyFigures = true
    }

    private mutating func closeLoose() {
        if let table = loose?.result { tables.append(table) }
        loose = nil
    }

    /// "England and Wales rate" → "England and Wales".
    static func comparatorName(in cell: String) -> String? {
        // The folded cell starts with the folded name at a word boundary, compared as
        // bytes as the cell is folded (as `TextFolding.hasPrefix` compares the strings).
        zip(comparators, foldedComparators).first { $0.1.isPrefixOfFoldedForm(of: cell) }?.0
    }

    /// ``comparators`` folded once.
    private static let foldedComparators = comparators.map(FoldedPhrase.init)
}
