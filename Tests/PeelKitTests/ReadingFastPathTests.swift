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
}
