import Foundation
import PeelKit
import PeelKitTestSupport
import Testing

/// A normalised document's blocks share one buffer of text and make their strings when
/// first asked for (issue 7); these tests hold the shared text to what a block says.
@Suite("Block text, shared and made on demand")
struct BlockTextTests {
    @Test("the bytes, the count and the string of every block of every sample agree")
    func bytesAndStringsAgree() throws {
        for sample in Fixtures.samples {
            let document = Document(normalizing: try Fixtures.bytes(sample))
            for block in document.blocks + document.footnotes {
                let bytes = block.withUTF8 { Array($0) }
                #expect(bytes == Array(block.text.utf8), "\(sample) line \(block.line)")
                #expect(block.utf8Count == block.text.utf8.count)
                #expect(block.text == block.text)  // the kept string is the same text
            }
        }
    }

    @Test("setting a block's text changes that block only, and its folded text with it")
    func settingText() throws {
        let document = Document(text: "Areas for improvement\n\nThe force should improve.\n\nSummary of findings\n")
        var blocks = document.blocks
        #expect(blocks.count == 3)
        blocks[1].text = "Causes of concern"
        #expect(blocks[1].is("causes of concern"))
        #expect(blocks[1].utf8Count == "Causes of concern".utf8.count)
        #expect(blocks[1].withUTF8 { String(decoding: $0, as: UTF8.self) } == "Causes of concern")
        #expect(blocks[0].text == "Areas for improvement")
        #expect(blocks[2].is("Summary of findings"))
        #expect(document.blocks[1].text == "The force should improve.")
        #expect(blocks[1] != document.blocks[1])
        #expect(blocks[0] == document.blocks[0])
    }

    @Test("cells and markers come from the shared storage, and setting them changes that block only")
    func cellsAndMarkers() {
        let document = Document(text: "- first item\n- second item\n\nName     Value     Period\nCrime    12        2016\n")
        let items = document.blocks.filter { $0.kind == .listItem }
        let rows = document.blocks.filter { $0.kind == .tableRow }
        #expect(items.map(\.marker) == ["-", "-"])
        #expect(items.map(\.cells) == [[], []])
        #expect(rows.map(\.cells) == [["Name", "Value", "Period"], ["Crime", "12", "2016"]])
        #expect(rows.map(\.marker) == [nil, nil])

        var changed = rows[1]
        changed.cells = ["Crime", "13", "2017"]
        changed.marker = "•"
        #expect(changed.cells == ["Crime", "13", "2017"])
        #expect(changed.marker == "•")
        #expect(changed.text == rows[1].text)  // the text is kept
        #expect(document.blocks.last?.cells == ["Crime", "12", "2016"])
        #expect(document.blocks.last?.marker == nil)

        var renamed = items[0]
        renamed.text = "first entry"
        #expect(renamed.marker == "-")  // the marker is kept
        #expect(renamed.is("first entry"))
    }

    @Test("strings made in any order, around the kept-string bitmap's word boundaries, read back the same and outlive the document")
    func stringsInAnyOrder() {
        var generator = SplitMix64(seed: 67)
        for count in [1, 2, 63, 64, 65, 127, 128, 129, 300] {
            let texts = (0..<count).map { "Paragraph number \($0) says \(String(repeating: "x", count: $0 % 7))." }
            var kept: [Block] = []
            do {
                let document = Document(text: texts.joined(separator: "\n\n"))
                #expect(document.blocks.count == count)
                let order = (0..<count).filter { _ in generator.next() % 3 != 0 }.shuffled(using: &generator)
                for index in order + order.prefix(5) {
                    #expect(document.blocks[index].text == texts[index], "\(count): \(index)")
                }
                kept = [document.blocks[0], document.blocks[count - 1]]
            }
            #expect(kept.map(\.text) == [texts[0], texts[count - 1]], "\(count)")
        }
    }

    @Test("threads reading the same blocks get the same strings")
    func concurrentReads() throws {
        let document = Document(normalizing: try Fixtures.bytes("2016-cambridgeshire"))
        let expected = document.blocks.map { $0.withUTF8 { String(decoding: $0, as: UTF8.self) } }
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for index in document.blocks.indices.reversed() where index % 2 == worker % 2 || worker >= 2 {
                if document.blocks[index].text != expected[index] { mismatches.add() }
            }
        }
        #expect(mismatches.count == 0)
    }
}

private final class Mismatches: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add() { lock.lock(); value += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return value }
}
