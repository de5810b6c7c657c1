import PeelKit

/// The "Force in context" panels. The report opens with one (the headline figures);
/// each pillar's part has another. A panel is a run of tables: a header row naming
/// what is compared ("Cambridgeshire rate ⇥ England and Wales rate"), then rows of a
/// label with its period and the two values ("999 calls per 1,000 population 12
/// months ending 31 March 2019 ⇥ 155 ⇥ 175"); other tables (the workforce in post,
/// spend by category, crime outcomes) have a heading and several columns.
///
/// The key figures are the two-value rows of the first panel, each with the
/// comparator of the header row above it. Every other table of every panel is kept
/// as a ``DataTable``.
enum Peel2018ForceInContext {
    /// The comparators the panels name in their header rows.
    static let comparators = ["England and Wales", "Most Similar Forces", "Most similar group"]

    /// The key figures (of the first panel only) and the further tables.
    ///
    /// The headline panel opens the report, before the overall summary (or, without
    /// one, before the first pillar question): a report cut short without it has no
    /// key figures rather than a pillar's.
    static func read(_ document: Document, openingEnd: Int) -> (figures: [KeyFigure], tables: [DataTable]) {
        let panels = document.blocks.indices.filter { document.blocks[$0].isHeading([Peel2018Phrases.forceInContext]) }
        var figures: [KeyFigure] = []
        var tables: [DataTable] = []
        for start in panels {
            let end = document.firstIndex(from: start + 1) { endsPanel($0) } ?? document.blocks.count
            // The first panel with figures in its text holds the key figures (a contents
            // page may name the panel before it).
            let read = readPanel(document, in: (start + 1)..<end, figures: figures.isEmpty && start < openingEnd)
            figures += read.figures
            tables += read.tables
        }
        return (figures, tables)
    }

    /// A panel ends at the next part of the report: a top-level heading, or an
    /// unmarked heading that names a pillar question or the overall summary.
    private static func endsPanel(_ block: Block) -> Bool {
        if block.kind == .heading && block.depth == 1 { return true }
        guard block.isHeadingLine else { return false }
        return block.is(Peel2018Phrases.overallSummary) || block.is(Peel2018Phrases.forceInContext)
            || Peel2018Pillars.pillar(of: block) != nil || block.starts(with: Peel2018Phrases.annex)
            || Pillar.allCases.contains { block.is($0.rawValue) }
    }

    /// Reads one panel. With `figures`, the two-value rows under a comparator's header
    /// are key figures; otherwise every table is kept whole.
    private static func readPanel(_ document: Document, in range: Range<Int>, figures wantFigures: Bool) -> (figures: [KeyFigure], tables: [DataTable]) {
        var figures: [KeyFigure] = []
        var tables: [DataTable] = []
        var comparator: String?
        var current: DataTable?
        var onlyFigures = true
        var title: [String] = []
        var afterTable = false
        func close() {
            if var table = current, !table.rows.isEmpty, !(wantFigures && onlyFigures) {
                if table.title.isEmpty { table.title = table.rows[0].first { !$0.isEmpty } ?? "" }
                // A header row leaves out the empty cell above the labels: line the columns up.
                let width = table.rows.map(\.count).max() ?? 0
                if !table.columns.isEmpty, table.columns.count < width {
                    table.columns = Array(repeating: "", count: width - table.columns.count) + table.columns
                }
                tables.append(table)
            }
            current = nil
            onlyFigures = true
        }
        func open(columns: [String], line: Int) {
            close()
            current = DataTable(title: title.joined(separator: " "), columns: columns, rows: [], line: line)
        }
        var loose: Peel2018LooseTable?
        func closeLoose() {
            if let table = loose?.result { tables.append(table) }
            loose = nil
        }
        for index in document.clamped(range) {
            let block = document.blocks[index]
            guard block.kind == .tableRow else {
                close()
                if loose?.add(block) == true { continue }
                closeLoose()
                if let table = Peel2018LooseTable(header: block, title: title.joined(separator: " ")) {
                    loose = table
                    continue
                }
                comparator = nil
                if afterTable { title = [] }
                afterTable = false
                if block.kind == .heading {
                    title = [block.text]
                } else if block.kind == .paragraph, block.text.utf8.count <= 120 {
                    // A caption, or the period under a table's heading ("12 months ending 31 March 2019"),
                    // joined with a space as a plain-text extractor may already have joined them.
                    title.append(block.text)
                }
                continue
            }
            closeLoose()
            afterTable = true
            let cells = block.cells.filter { !$0.isEmpty }
            if cells.count >= 2, cells.allSatisfy({ !FigurePanelReader.isValue($0) }) {
                // A header row; straight after another table it starts one without a title.
                if current != nil { title = [] }
                open(columns: block.cells, line: block.line)
                comparator = cells.count == 2 ? comparatorName(in: cells[1]) : nil
                continue
            }
            if current == nil { open(columns: [], line: block.line) }
            current?.rows.append(block.cells)
            if wantFigures, let comparator, cells.count == 3, !FigurePanelReader.isValue(cells[0]),
               FigurePanelReader.isValue(cells[1]), FigurePanelReader.isValue(cells[2]) {
                let (label, period) = splitLabel(cells[0])
                figures.append(KeyFigure(
                    label: label, period: period, value: cells[1], comparator: comparator,
                    comparatorValue: cells[2], line: block.line))
            } else {
                onlyFigures = false
            }
        }
        close()
        closeLoose()
        return (figures, tables)
    }

    /// "England and Wales rate" → "England and Wales".
    private static func comparatorName(in cell: String) -> String? {
        let folded = TextFolding.fold(cell)
        return comparators.first { TextFolding.hasPrefix(folded, TextFolding.fold($0)) }
    }

    /// Label and period: "999 calls per 1,000 population 12 months ending 31 March
    /// 2019", "Spend per head of population 2019/20 projection".
    static func splitLabel(_ text: String) -> (label: String, period: String?) {
        FigurePanelReader().splitLabel(text)
    }
}
