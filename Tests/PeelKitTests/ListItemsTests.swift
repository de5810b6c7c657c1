@testable import PeelKit
import PeelKitTestSupport
import Testing

/// `ListReader.items` keeps a block's string for an item without sub-items and reads
/// "ends with a colon" in place; these tests hold it to the definition it replaces.
@Suite("List items")
struct ListItemsTests {
    /// `ListReader.items` as it was: every item rebuilt from bytes, the lead's colon
    /// tested on the string.
    static func referenceItems(after index: Int, in document: Document, before limit: Int? = nil) -> (items: [ListItem], end: Int) {
        let stop = min(limit ?? document.blocks.count, document.blocks.count)
        var items: [ListItem] = []
        var text: [UInt8] = []
        func closeItem() {
            if !items.isEmpty { items[items.count - 1].text = String(decoding: text, as: UTF8.self) }
        }
        var i = max(index + 1, 0)
        var leadOpen = false
        while i < stop {
            let block = document.blocks[i]
            guard block.kind == .listItem else { break }
            let lowerFirst = block.text.unicodeScalars.first?.properties.isLowercase ?? false
            if !items.isEmpty, block.depth > 0 || leadOpen && block.depth == 0 && lowerFirst {
                TextJoining.append(block.text.utf8, to: &text)
            } else {
                closeItem()
                items.append(ListItem(text: block.text, line: block.line))
                text = Array(block.text.utf8)
                leadOpen = block.text.hasSuffix(":")
            }
            i += 1
        }
        closeItem()
        return (items, i)
    }

    static func check(_ document: Document, _ label: String) {
        // From before every list item (and the block before the first), to the end and to a limit.
        let starts = (-1..<document.blocks.count).filter { index in
            index + 1 >= document.blocks.count || document.blocks[index + 1].kind == .listItem
        }
        for index in starts {
            for limit in [nil, index + 3] {
                let got = ListReader.items(after: index, in: document, before: limit)
                let expected = referenceItems(after: index, in: document, before: limit)
                #expect(got.items == expected.items && got.end == expected.end, "\(label): after \(index) before \(String(describing: limit))")
            }
        }
    }

    @Test("items agree with the definition they replace, in every sample")
    func samples() throws {
        for sample in Fixtures.samples {
            Self.check(Document(text: try Fixtures.text(sample)), sample)
        }
    }

    @Test("items agree with the definition they replace, in random lists with sub-items and colons")
    func random() {
        let pieces = ["- The force should ensure that:", "- a is done; and", "  - nested item", "    - deeper item",
                      "- Another lead:", "- b is done.", "1. Numbered item", "- ende\u{600}:", "- colon then mark :\u{301}",
                      "- é lower beyond ASCII", "- Area for improvement", "Paragraph between", "- word-", "- continued"]
        var generator = SplitMix64(seed: 41)
        for round in 0..<200 {
            let lines = (0..<Int(generator.next() % 14 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            Self.check(Document(text: "Heading\n\n" + lines.joined(separator: "\n")), "round \(round)")
        }
    }

    @Test("a lead's sub-items are joined to it and the next lead starts afresh")
    func joined() {
        let document = Document(text: "Areas\n\n- Lead:\n- a is done; and\n- b is done.\n- Next item\n  - its sub-item\n- Last")
        let items = ListReader.items(after: 0, in: document).items.map(\.text)
        #expect(items == ["Lead: a is done; and b is done.", "Next item its sub-item", "Last"])
    }
}
