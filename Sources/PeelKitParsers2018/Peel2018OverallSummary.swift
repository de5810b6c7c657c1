import PeelKit

/// The "Overall summary" table: for each pillar a header row ("Effectiveness ⇥
/// Last inspected"), then one row per component with its title as printed, its
/// grade and the year it was last inspected ("2018/19", "2017", "2016").
///
/// Extractors print the table as tab-separated rows or one cell a line; both are
/// read as one run of cells, so a row's cells need not share a block.
struct Peel2018OverallSummary {
    /// One component row.
    struct Row {
        var key: QuestionKey
        var pillar: Pillar
        /// The title as printed ("Fair treatment of the public").
        var title: String
        var grade: Grade?
        var lastInspected: String?
        var line: Int
    }

    private(set) var rows: [Row] = []
    /// Grades printed on a pillar's header row, with their lines (not every report has them).
    private(set) var pillarGrades: [Pillar: (Grade, Int)] = [:]
    /// Index of the "Overall summary" heading the table stands under.
    private(set) var heading: Int?

    /// Reads the table under the first "Overall summary" heading that has one (a
    /// contents page without page numbers names the heading too).
    init(_ document: Document) {
        for heading in document.indices(where: Peel2018Patterns.overallSummary) {
            var table = Peel2018OverallSummary()
            table.read(document, after: heading)
            table.heading = heading
            if !table.rows.isEmpty {
                self = table
                return
            }
        }
    }

    private init() {}

    private mutating func read(_ document: Document, after heading: Int) {
        var pillar: Pillar?
        var index = heading + 1
        while index < document.blocks.count {
            // The block's fields, not the block: a copy of a block costs a retain and a release.
            let kind = document.blocks[index].kind
            let line = document.blocks[index].line
            let cells: [String]
            if kind == .tableRow {
                cells = document.blocks[index].cells.filter { !$0.isEmpty }
            } else if kind == .paragraph || kind == .heading, Peel2018OverallSummary.isCell(document.blocks[index].text) {
                cells = [document.blocks[index].text]
            } else {
                cells = []
            }
            if cells.isEmpty { break }
            for cell in cells {
                if let named = Peel2018OverallSummary.pillar(named: cell) {
                    pillar = named
                } else if let key = QuestionKey(title: cell), let keyPillar = key.canonicalPillar {
                    rows.append(Row(key: key, pillar: keyPillar, title: cell, line: line))
                    pillar = keyPillar
                } else if let grade = Grade(printed: cell) {
                    if let last = rows.last, last.pillar == pillar, last.grade == nil {
                        rows[rows.count - 1].grade = grade
                    } else if let pillar, pillarGrades[pillar] == nil {
                        pillarGrades[pillar] = (grade, line)
                    }
                } else if Peel2018OverallSummary.isYear(cell), let last = rows.last, last.lastInspected == nil {
                    rows[rows.count - 1].lastInspected = cell
                }
            }
            index += 1
        }
    }

    /// The row for a component.
    func row(_ key: QuestionKey) -> Row? { rows.first { $0.key == key } }

    /// A cell of the table printed on a line of its own.
    private static func isCell(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        return pillar(named: text) != nil || Grade(printed: text) != nil || isYear(text)
            || lastInspected.isFoldedForm(of: text) || QuestionKey(title: text) != nil
    }

    /// The column header "Last inspected", folded.
    private static let lastInspected = FoldedPhrase("Last inspected")

    /// The pillar a cell names ("Effectiveness"). The cell is folded into a buffer
    /// and compared as bytes with each pillar's name (ASCII letters, which no other
    /// text is canonically equivalent to), as the folded strings compare.
    private static func pillar(named text: String) -> Pillar? {
        foldedPillars.first { $0.1.isFoldedForm(of: text) }?.0
    }

    /// Each pillar with its name folded.
    private static let foldedPillars = Pillar.allCases.map { ($0, FoldedPhrase($0.rawValue)) }

    /// "2016", "2017", "2018/19": four ASCII digits, then "/" and two more or nothing.
    /// Read as bytes: a character beyond ASCII is never one of these, and ASCII bytes
    /// are one scalar each.
    static func isYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            @inline(__always) func isDigit(_ i: Int) -> Bool { bytes[i] &- 0x30 < 10 }
            guard bytes.count == 4 || bytes.count == 7, isDigit(0), isDigit(1), isDigit(2), isDigit(3) else { return false }
            return bytes.count == 4 || (bytes[4] == UInt8(ascii: "/") && isDigit(5) && isDigit(6))
        }
    }
}
