@testable import PeelKit
import PeelKitTestSupport
import Testing

/// The parse stage's readers compare folded bytes where they used to build folded
/// strings; these tests hold them to the string definitions.
@Suite("Reading fast paths")
struct ReadingFastPathTests {
    /// `Grade(printed:)` as it was: a dictionary of folded strings.
    static func referenceGrade(_ text: String) -> Grade? {
        var table: [String: Grade] = [:]
        for grade in Grade.allCases { table[grade.words] = grade }
        table["requires improvements"] = .requiresImprovement
        table["not graded"] = .ungraded
        return table[TextFolding.fold(text)]
    }

    /// `ListReader.unique` as it was: a set of folded strings.
    static func referenceUnique(_ items: [ListItem]) -> [ListItem] {
        var seen: Set<String> = []
        return items.filter { seen.insert(TextFolding.fold($0.text)).inserted }
    }

    @Test("Grade(printed:) agrees with the folded-string table on every sample line and on random text")
    func grades() throws {
        var lines = 0
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n") {
                #expect(Grade(printed: line) == Self.referenceGrade(String(line)), "\(sample): \(line)")
                lines += 1
            }
        }
        #expect(lines > 2000)
        let pieces = ["Good", "GOOD", "good.", "**Requires improvement**", "requires", " improvements", "Not graded", "Ungraded",
                      "Inadequate", "outstanding", "ADEQUATE", " ", "–", "’", "é", "\u{A0}", "x", "requires improvement requires improvement"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 4)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Grade(printed: text) == Self.referenceGrade(text), "\(text.debugDescription)")
            #expect(Grade(printed: text[...]) == Self.referenceGrade(text), "\(text.debugDescription)")
        }
    }

    @Test("ListReader.unique keeps what the set of folded strings kept")
    func unique() {
        let pieces = ["The force should", "the FORCE should", "improve", "improve.", "café", "cafe\u{301}", "Café", " ", "–", "x"]
        var generator = SplitMix64(seed: 5)
        for round in 0..<1500 {
            let count = Int(generator.next() % (round % 10 == 0 ? 40 : 8))
            let items = (0..<count).map { line in
                let words = Int(generator.next() % 3) + 1
                let text = (0..<words).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
                return ListItem(text: text, line: line)
            }
            #expect(ListReader.unique(items) == Self.referenceUnique(items), "\(items.map(\.text))")
        }
    }

    @Test("paragraphs(in:) gives the paragraphs' texts of the clamped range, as filtering the blocks does")
    func paragraphsInRanges() throws {
        var generator = SplitMix64(seed: 71)
        for sample in Fixtures.samples {
            let document = Document(normalizing: try Fixtures.bytes(sample))
            let count = document.blocks.count
            func reference(_ range: Range<Int>) -> [String] {
                document.clamped(range).compactMap { document.blocks[$0].kind == .paragraph ? document.blocks[$0].text : nil }
            }
            var ranges = [0..<count, 0..<0, -5..<3, (count - 2)..<(count + 10), count..<(count + 1), -3 ..< -1]
            for _ in 0..<200 {
                let low = Int(generator.next() % UInt64(count + 20)) - 10
                ranges.append(low..<(low + Int(generator.next() % 40)))
            }
            for range in ranges {
                #expect(document.paragraphs(in: range) == reference(range), "\(sample): \(range)")
            }
        }
    }

    @Test("ListReader.unique keeps what the set of folded strings kept, for lists of the samples' lines")
    func uniqueSampleLines() throws {
        for sample in Fixtures.samples {
            let lines = try Fixtures.text(sample).split(separator: "\n").map(String.init)
            for start in stride(from: 0, to: lines.count, by: 5) {
                // Each run of lines twice, the second time upper-cased: repeats when folded.
                let run = lines[start..<min(start + 5, lines.count)]
                let items = (run + run.map { $0.uppercased() }).enumerated().map { ListItem(text: $1, line: $0) }
                #expect(ListReader.unique(items) == Self.referenceUnique(items), "\(sample): \(start)")
            }
        }
    }

    /// `FigurePanelReader.splitLabel` as it was: the lowered text searched for each
    /// " " + start, and the label split into words for a financial year.
    static func referenceSplit(_ text: String, starts: [String]) -> (label: String, period: String?) {
        let lower = String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        var best: Int?
        for start in starts {
            if let offset = FoldedSearch.offset(of: " " + start, in: lower), offset < (best ?? Int.max) { best = offset }
        }
        guard let cut = best else { return FigurePanelReader.splitWordsAtFinancialYear(text) }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: cut)
        return (String(text[..<index]).trimmingSpaces(), String(text[text.utf8.index(after: index)...]).trimmingSpaces())
    }

    @Test("splitLabel agrees with searching the lowered text")
    func labels() {
        let pieces = ["Calls", "per 1,000", "12 MONTHS TO", "12 months to", "30 June 2016", "For the", "for the", "as at", "2019/20",
                      "2019/2", "20190/20", "projection", "Year ending", " ", "  ", "’", "é", "\u{301}", "months to"]
        var generator = SplitMix64(seed: 21)
        let reader = FigurePanelReader()
        for _ in 0..<4000 {
            let count = Int(generator.next() % 6)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(
                separator: generator.next() % 3 == 0 ? "" : " ")
            let split = reader.splitLabel(text)
            let expected = Self.referenceSplit(text, starts: reader.periodStarts)
            #expect(split.label == expected.label && split.period == expected.period, "\(text.debugDescription)")
            // Starts a quick first-byte test cannot rule out (empty, beyond ASCII, capitals).
            let odd = ["Months", "ünder", "as at ", "", "\r\n"]
            let reference = Self.referenceSplit(text + " \r\n2019/20", starts: odd)
            let oddSplit = FigurePanelReader(periodStarts: odd).splitLabel(text + " \r\n2019/20")
            #expect(oddSplit.label == reference.label && oddSplit.period == reference.period, "\(text.debugDescription)")
        }
    }
}
