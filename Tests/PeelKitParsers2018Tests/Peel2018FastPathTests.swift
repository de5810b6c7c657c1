import Foundation
import PeelKit
@testable import PeelKitParsers2018
import PeelKitTestSupport
import Testing

/// The 2018/19 readers decide on bytes where they used to split into characters; these
/// tests hold them to the character definitions.
@Suite("2018/19 fast paths")
struct Peel2018FastPathTests {
    static func referenceYear(_ sentence: String) -> String? {
        let words = sentence.split { $0 == " " || $0 == "," || $0 == "." }
        return words.first { $0.count == 4 && $0.allSatisfy(\.isNumber) }.map(String.init)
    }

    static func referenceComparator(_ cell: String) -> String? {
        let folded = TextFolding.fold(cell)
        return Peel2018Panel.comparators.first { TextFolding.hasPrefix(folded, TextFolding.fold($0)) }
    }

    @Test("earlierYear agrees with the split into characters")
    func years() throws {
        let pieces = ["2016", "2017", "201", "20166", "our judgment", "from the", ",", ".", " ", "’", "–", "\u{A0}", "\u{301}",
                      "٢٠١٦", "½", "\r\n", "x", "2018/19", "carried over"]
        var generator = SplitMix64(seed: 3)
        for _ in 0..<4000 {
            let count = Int(generator.next() % 7)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(
                separator: generator.next() % 2 == 0 ? " " : "")
            #expect(Peel2018Components.earlierYear(in: text) == Self.referenceYear(text), "\(text.debugDescription)")
        }
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n") {
                #expect(Peel2018Components.earlierYear(in: String(line)) == Self.referenceYear(String(line)))
            }
        }
    }

    @Test("the panel's comparator agrees with the folded-string prefix test")
    func comparators() {
        let pieces = ["England and Wales", "ENGLAND AND WALES rate", "England and Walesrate", "Most similar group", "most similar forces",
                      "Most Similar", "Cambridgeshire", " ", "–", "é", "rate"]
        var generator = SplitMix64(seed: 9)
        for _ in 0..<2000 {
            let count = Int(generator.next() % 3) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            #expect(Peel2018Panel.comparatorName(in: text) == Self.referenceComparator(text), "\(text.debugDescription)")
        }
    }

    @Test("a loose table's column header is told as the folded words said")
    func columnHeaders() {
        let pieces = ["Cambridgeshire", "rate", "RATE", "Rate:", "proportion", "spend", "number", "England and Wales", "x", " ",
                      "’", "é", "\u{301}", "\u{600}", "2.1", "percentage."]
        var generator = SplitMix64(seed: 13)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 4) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(
                separator: generator.next() % 4 == 0 ? "" : " ")
            let block = Block(kind: .paragraph, text: text, line: 1)
            let expected = block.text.utf8.count <= 60 && !FigurePanelReader.isValue(block.text)
                && block.folded.split(separator: " ").last.map { Peel2018LooseTable.measures.contains(String($0)) } == true
            let line = Peel2018LooseTable.Line(kind: block.kind, text: block.text, line: block.line)
            #expect(Peel2018LooseTable.isColumnHeader(line) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the most similar group's list is cut at \", \" as Foundation cuts it")
    func commaSeparated() {
        let pieces = ["Warwickshire Police", ",", ", ", ",  ", " ", "and", "Avon and Somerset Constabulary", "é", "\u{301}",
                      "\r\n", "’", "."]
        var generator = SplitMix64(seed: 41)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 7)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Peel2018Observations.commaSeparated(text) == text.components(separatedBy: ", "), "\(text.debugDescription)")
        }
    }
}

/// The overall summary's and the components' readers compare bytes where they used to
/// compare strings.
@Suite("2018/19 byte tests")
struct Peel2018ByteTests {
    /// `isYear` as it was: on Unicode scalars.
    static func referenceYear(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 4 || scalars.count == 7, scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) }) else {
            return false
        }
        return scalars.count == 4 || (scalars[4] == "/" && scalars.suffix(2).allSatisfy { ("0"..."9").contains($0) })
    }

    @Test("isYear agrees with the test on scalars")
    func years() throws {
        let pieces = ["2", "0", "1", "9", "/", "٢", "½", "\u{301}", "x", " ", "é", "20", "18"]
        var generator = SplitMix64(seed: 17)
        var found = 0
        for _ in 0..<6000 {
            let count = Int(generator.next() % 8)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let expected = Self.referenceYear(text)
            #expect(Peel2018OverallSummary.isYear(text) == expected, "\(text.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 20)
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n") {
                #expect(Peel2018OverallSummary.isYear(String(line)) == Self.referenceYear(String(line)))
            }
        }
    }

    @Test("isKnownHeading agrees with the set of folded strings on every block")
    func knownHeadings() throws {
        var known = 0
        for sample in Fixtures.samples {
            let document = Document(text: try Fixtures.text(sample))
            for index in document.blocks.indices {
                let expected = Peel2018Components.knownHeadings.contains(document.blocks[index].folded)
                #expect(Peel2018Components.isKnownHeading(index, in: document) == expected, "\(sample) \(index)")
                if expected { known += 1 }
            }
        }
        #expect(known >= 10)
        let document = Document(text: "Armed policing\n\nARMED POLICING.\n\nArmed  policing\u{301}\n\nArmed polic\u{212A}ing\n\nInvestigating crime now")
        #expect(document.blocks.indices.map { Peel2018Components.isKnownHeading($0, in: document) }
            == document.blocks.map { Peel2018Components.knownHeadings.contains($0.folded) })
    }
}
