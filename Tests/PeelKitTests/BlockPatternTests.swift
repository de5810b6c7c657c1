import Foundation
@testable import PeelKit
import PeelKitTestSupport
import Testing

/// Block patterns test blocks in place, through a compiled program and quick reads of
/// the text; these tests hold them to the definitions they stand for (the `Block`
/// methods), and the cover's byte paths to the character paths they replace.
@Suite("Block patterns")
struct BlockPatternTests {
    /// Patterns with the closures that define them.
    static let cases: [(name: String, pattern: BlockPattern, reference: @Sendable (Block) -> Bool)] = {
        let summary = FoldedPhrase("Summary of findings")
        let areas = [FoldedPhrase("Areas for improvement"), FoldedPhrase("Area for improvement")]
        let how = FoldedPhrase("How effective")
        let peel = FoldedPhrase("PEEL")
        return [
            ("is", .is([summary]), { $0.is(summary) }),
            ("is any", .is(areas), { $0.is(anyOf: areas) }),
            ("kind and is", .kind(Document.headingKinds) && .is([summary]),
             { ($0.kind == .heading || $0.kind == .paragraph) && $0.is(summary) }),
            ("starts", .starts(with: [how, peel]), { $0.starts(with: how) || $0.starts(with: peel) }),
            ("mentions", .mentions("recommend", "isbn"), { $0.mentions("recommend") || $0.mentions("isbn") }),
            ("heading line", .looksLikeHeading(maxBytes: 120),
             { $0.kind == .heading || $0.looksLikeHeading && $0.text.utf8.count <= 120 }),
            ("looks like heading", .looksLikeHeading(), { $0.looksLikeHeading }),
            ("question", .looksLikeHeading() && .textEnds(with: "?") && .starts(with: [how]),
             { $0.looksLikeHeading && $0.text.utf8.last == UInt8(ascii: "?") && $0.starts(with: how) }),
            ("not a list or table, short", !BlockPattern.kind([.tableRow, .listItem]) && .textBytes(atMost: 160),
             { $0.kind != .tableRow && $0.kind != .listItem && $0.text.utf8.count <= 160 }),
            ("depth", .kind(.heading) && .depth(1) || .kind(.listItem) && !BlockPattern.depth(0),
             { $0.kind == .heading && $0.depth == 1 || $0.kind == .listItem && $0.depth != 0 }),
            ("ends with a non-ASCII character", .textEnds(with: "’"), { _ in false }),
            // The filters (first folded byte, folded length) on their edges.
            ("is nothing", .is([FoldedPhrase("")]), { $0.is(FoldedPhrase("")) }),
            ("starts with nothing", .starts(with: [FoldedPhrase("")]), { $0.starts(with: FoldedPhrase("")) }),
            ("not is", !BlockPattern.is(areas), { !$0.is(anyOf: areas) }),
            ("is or mentions", .is([summary]) || .mentions("isbn"), { $0.is(summary) || $0.mentions("isbn") }),
            ("is and starts", .is(areas) && .starts(with: [FoldedPhrase("Area")]),
             { $0.is(anyOf: areas) && $0.starts(with: FoldedPhrase("Area")) }),
            ("is or starts, beyond ASCII", .is([FoldedPhrase("é")]) || .starts(with: [FoldedPhrase("’")]),
             { $0.is(FoldedPhrase("é")) || $0.starts(with: FoldedPhrase("’")) }),
            ("nested", !(.is(areas) || .starts(with: [how])) && (.textEnds(with: ":") || .kind(.listItem)),
             { !($0.is(anyOf: areas) || $0.starts(with: how)) && ($0.text.utf8.last == UInt8(ascii: ":") || $0.kind == .listItem) }),
        ]
    }()

    static func check(_ document: Document, _ label: String, ranges: inout SplitMix64) {
        let count = document.blocks.count
        for (name, pattern, reference) in cases {
            let expected = document.blocks.indices.filter { reference(document.blocks[$0]) }
            #expect(document.indices(where: pattern) == expected, "\(label): \(name)")
            for index in document.blocks.indices {
                #expect(document.block(index, matches: pattern) == expected.contains(index), "\(label): \(name) at \(index)")
            }
            #expect(!document.block(-1, matches: pattern) && !document.block(count, matches: pattern))
            for _ in 0..<20 {
                let a = Int(ranges.next() % UInt64(count + 3)) - 1
                let b = Int(ranges.next() % UInt64(count + 3)) - 1
                let range = min(a, b)..<max(a, b)
                let inside = expected.filter { range.contains($0) }
                #expect(document.firstIndex(in: range, where: pattern) == inside.first, "\(label): \(name) in \(range)")
                #expect(document.lastIndex(in: range, where: pattern) == inside.last, "\(label): \(name) in \(range)")
                #expect(document.indices(in: range, where: pattern) == inside, "\(label): \(name) in \(range)")
                #expect(document.firstIndex(from: a, where: pattern) == expected.first { $0 >= a }, "\(label): \(name) from \(a)")
            }
        }
    }

    @Test("a pattern's filter narrows to its phrases' first bytes and lengths, and only on the way to yes")
    func filters() {
        let summary = BlockPattern.is("Summary of findings").program.filter
        #expect(summary.lengths == 19...19)
        #expect(summary.allowsByte(UInt8(ascii: "s")) && !summary.allowsByte(UInt8(ascii: "a")))
        #expect(summary.testsFirstByte)
        let areas = BlockPattern.is("Areas for improvement", "Area for improvement").program.filter
        #expect(areas.lengths == 20...21)
        let starts = (BlockPattern.looksLikeHeading() && .starts(with: "How effective")).program.filter
        #expect(starts.lengths == 13...Int.max && starts.allowsByte(UInt8(ascii: "h")) && !starts.allowsByte(UInt8(ascii: "w")))
        // A phrase that must not match, or one of two paths, does not narrow.
        #expect((!BlockPattern.is("Summary of findings")).program.filter == .all)
        #expect((BlockPattern.is("Summary of findings") || .mentions("isbn")).program.filter == .all)
        #expect(BlockPattern.looksLikeHeading().program.filter == .all)
        #expect(!BlockPattern.looksLikeHeading().program.filter.testsFirstByte)
    }

    @Test("patterns pick the blocks their definitions pick, in every sample")
    func samples() throws {
        var generator = SplitMix64(seed: 21)
        for sample in Fixtures.samples {
            Self.check(Document(text: try Fixtures.text(sample)), sample, ranges: &generator)
        }
    }

    @Test("patterns pick the blocks their definitions pick, in random documents")
    func random() {
        let pieces = ["# Summary of findings", "Summary of findings", "SUMMARY OF FINDINGS:", "Areas for improvement",
                      "- Area for improvement", "  - nested item", "How effective is the force?", "How effective.",
                      "PEEL", "**PEEL Police**", "The force recommends that:", "ISBN: 978-1", "a table\tof\tcells",
                      "’", "é", "cafe\u{301}", "?", "Good", String(repeating: "long words ", count: 14) + "end", ""]
        var generator = SplitMix64(seed: 23)
        for round in 0..<150 {
            let lines = (0..<Int(generator.next() % 30)).map { _ in
                (0..<Int(generator.next() % 3 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            }
            Self.check(Document(text: lines.joined(separator: "\n\n")), "round \(round)", ranges: &generator)
        }
    }

    /// `CoverReader.month(in:)` as it was: words split on characters (the character
    /// path the byte path must agree with).
    static func referenceMonth(_ text: String) -> String? {
        CoverReader.characterMonth(in: text)
    }

    /// `CoverReader.isbn(in:)` as it was: Foundation's search, then characters.
    static func referenceISBN(_ text: String) -> String? {
        guard let range = text.range(of: "ISBN", options: .caseInsensitive) else { return nil }
        let rest = text[range.upperBound...].drop { !$0.isNumber }
        let value = rest.prefix { $0.isNumber || $0 == "-" || $0 == "X" }
        let digits = value.filter(\.isNumber).count
        return digits >= 10 ? String(value) : nil
    }

    @Test("the cover's month and ISBN read from bytes as they were read from characters")
    func coverByteReads() throws {
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n").map(String.init) {
                #expect(CoverReader.month(in: line) == Self.referenceMonth(line), "\(sample): \(line)")
                #expect(CoverReader.isbn(in: line) == Self.referenceISBN(line), "\(sample): \(line)")
            }
        }
        let pieces = ["March", "MAY", "may", "2017", "２０１７", "٢٠١٧", "20171", "|", ",", " ", "  ", "©", "\u{A0}", "–", "’",
                      "ISBN:", "isbn", "IſBN", "ＩＳＢＮ", "978-1-78655-339-3", "97817865533X", "X", "-", "\u{301}", "\r\n", "\u{600}",
                      "February 2020 | © HMICFRS 2020 | ISBN: 978-1-78655-943-2", "é", "1", "Decem", "ber"]
        var generator = SplitMix64(seed: 29)
        for _ in 0..<4000 {
            let count = Int(generator.next() % 5) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(
                separator: generator.next() % 3 == 0 ? "" : " ")
            #expect(CoverReader.month(in: text) == Self.referenceMonth(text), "\(text.debugDescription)")
            #expect(CoverReader.isbn(in: text) == Self.referenceISBN(text), "\(text.debugDescription)")
        }
    }
}
