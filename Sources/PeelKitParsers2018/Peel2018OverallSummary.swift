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
            // A cell is a year, a grade, a pillar's or a component's name: no cell is two
            // of these, so the cheapest tests come first.
            for cell in cells {
                if Peel2018OverallSummary.isYear(cell) {
                    if let last = rows.last, last.lastInspected == nil { rows[rows.count - 1].lastInspected = cell }
                } else if let grade = Grade(printed: cell) {
                    if let last = rows.last, last.pillar == pillar, last.grade == nil {
                        rows[rows.count - 1].grade = grade
                    } else if let pillar, pillarGrades[pillar] == nil {
                        pillarGrades[pillar] = (grade, line)
                    }
                } else {
                    switch Peel2018OverallSummary.classify(cell) {
                    case .pillar(let named):
                        pillar = named
                    case .component(let key):
                        if let keyPillar = key.canonicalPillar {
                            rows.append(Row(key: key, pillar: keyPillar, title: cell, line: line))
                            pillar = keyPillar
                        }
                    case .lastInspected, .other:
                        break
                    }
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
        if case .other = classify(text) { return Grade(printed: text) != nil || isYear(text) }
        return true
    }

    /// What a cell names, of what its folded text tells.
    enum Named: Equatable {
        /// A pillar's header ("Effectiveness").
        case pillar(Pillar)
        /// The "Last inspected" column header.
        case lastInspected
        /// A component's title.
        case component(QuestionKey)
        case other
    }

    /// What a cell names, read from its text folded once into a buffer: a pillar's
    /// name and "Last inspected" compared as bytes (ASCII letters and spaces, which no
    /// other folded text is canonically equivalent to: as the folded strings compare),
    /// then a component's key (as `QuestionKey(title:)` gives it).
    static func classify(_ cell: String) -> Named {
        TextFolding.withFolded(cell) { folded in
            if let pillar = foldedPillars.first(where: { $0.1.elementsEqual(folded) }) { return .pillar(pillar.0) }
            if lastInspected.elementsEqual(folded) { return .lastInspected }
            return QuestionKey(foldedTitle: folded).map(Named.component) ?? .other
        }
    }

    /// The column header "Last inspected", folded.
    private static let lastInspected = FoldedPhrase("Last inspected").bytes

    /// Each pillar with its name folded.
    private static let foldedPillars = Pillar.allCases.map { ($0, FoldedPhrase($0.rawValue).bytes) }

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
