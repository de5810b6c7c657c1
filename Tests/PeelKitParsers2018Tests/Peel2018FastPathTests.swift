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

    @Test("\"has been carried over\" is found as Foundation's search found it")
    func carriedOver() {
        let pieces = ["has been carried over", "Has Been CARRIED over", "has been carried ove", "r", "over", "\u{301}", "\u{200D}",
                      "\u{903}", "\u{FE0F}", "é", "’", " ", "–", "\r\n", "\u{600}", "x", "."]
        let phrase = TextFolding.fold(Peel2018Phrases.carriedOver)
        var generator = SplitMix64(seed: 43)
        for _ in 0..<4000 {
            let count = Int(generator.next() % 5) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(
                separator: generator.next() % 3 == 0 ? "" : " ")
            let expected = TextFolding.fold(text).range(of: phrase) != nil
            #expect(Peel2018Components.mentionsCarriedOver(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the most similar group's forces follow the lead as Foundation's search found it", arguments: [
        "The MSG forces are Kent Police, Essex Police and Surrey Police.",
        "The MSG forces are \u{200D}Kent Police, Essex Police and Surrey Police.",
        "The MSG forces are \u{301}Kent Police and Essex Police; its MSG forces are Sussex Police and Surrey Police.",
        "The MSG forces are\u{301} Kent Police and Essex Police; the MSG forces are Sussex Police and Surrey Police.",
        "Its most similar forces are Kent Police, Essex Police and Avon and Somerset Constabulary.",
        "Its most similar forces are\u{903} Kent Police and Essex Police.",
    ])
    func similarForces(_ paragraph: String) {
        let document = Document(text: paragraph)
        #expect(Peel2018Observations.similarForces(document) == Self.referenceSimilarForces(document))
    }

    /// `similarForces` as it was, with Foundation's `range(of:)`, for a document of one paragraph.
    static func referenceSimilarForces(_ document: Document) -> [String] {
        let text = document.blocks[0].text
        for lead in Peel2018Observations.leads where document.contains(lead) {
            guard let range = text.range(of: lead + " ") else { continue }
            return Peel2018Observations.names(in: String(text[range.upperBound...]))
        }
        return []
    }
}
