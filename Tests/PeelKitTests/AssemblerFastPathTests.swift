@testable import PeelKit
import PeelKitTestSupport
import Testing

/// The block assembler carries list markers packed into integers and table cells as
/// byte ranges (no strings until a block's `marker` or `cells` is asked for); these
/// tests hold the packed forms to the strings they stand for.
@Suite("Block assembly fast paths")
struct AssemblerFastPathTests {
    /// Every line of every sample, leading spaces removed (roughly what the assembler sees).
    static func sampleLines() throws -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for sample in Fixtures.samples {
            for line in try Fixtures.bytes(sample).split(separator: 0x0A, omittingEmptySubsequences: false) {
                lines.append(Array(line.drop { $0 == 0x20 }))
            }
        }
        return lines
    }

    @Test("the packed marks are the marks they name")
    func packedConstants() {
        let named: [(PrintedMarker, String)] = [
            (.hyphen, "-"), (.asterisk, "*"), (.plus, "+"), (.letterO, "o"), (.enDash, "–"), (.emDash, "—"),
            (.whiteBullet, "◦"), (.smallSquare, "▪"),
        ]
        for (packed, string) in named {
            #expect(Self.pack(string) == packed, "\(string)")
            #expect(packed.string == string)
        }
    }

    @Test("a marker packs when it has one to four bytes, none 0, and unpacks to the same string")
    func packing() {
        for string in ["-", "•", "12.", "(ab)", "\u{F0B7}", "a)", "·"] {
            #expect(Self.pack(string)?.string == string, "\(string)")
            #expect(Self.pack(string)?.isNone == false)
        }
        #expect(Self.pack("") == nil)
        #expect(Self.pack("(123)") == nil)
        #expect(Self.pack("a\u{0}") == nil)
        #expect(PrintedMarker.none.string == "")
        #expect(PrintedMarker.none.isNone)
        #expect(BlockText.keptMarker != Self.pack("ÿÿ"))  // no UTF-8 marker packs to the kept sentinel
    }

    @Test("on every sample line, the marker found is the bytes before the item's text")
    func markersOnSampleLines() throws {
        var found = 0
        for line in try Self.sampleLines() {
            line.withUnsafeBufferPointer { content in
                guard let (marker, textStart) = ListMarker.match(content) else { return }
                found += 1
                let printed = Array(marker.string.utf8)
                #expect(Array(content.prefix(printed.count)) == printed, "\(String(decoding: line, as: UTF8.self))")
                #expect(content[printed.count..<textStart].allSatisfy { $0 == 0x20 || $0 == 0x09 })
                #expect(textStart < content.count)
                // The old definitions, on strings.
                let string = marker.string
                #expect(ListMarker.isDashLike(marker) == ["-", "–", "—", "o", "*", "+"].contains(string))
                #expect(ListMarker.isSubItemMark(marker) == ["o", "◦", "▪", "–", "-"].contains(string))
                #expect((marker.firstByte >= 0x30 && marker.firstByte <= 0x39) == (string.first?.isNumber == true))
            }
        }
        #expect(found > 100)
    }

    @Test("a block made on its own keeps any marker and cells, and equals the same block of a document")
    func singleBlocks() {
        let long = Block(kind: .listItem, text: "first", marker: "Step 12:", line: 1)
        #expect(long.marker == "Step 12:")
        let empty = Block(kind: .listItem, text: "first", marker: "", line: 1)
        #expect(empty.marker == "")
        #expect(empty != Block(kind: .listItem, text: "first", line: 1))
        let row = Block(kind: .tableRow, text: "Crime 12 é", cells: ["Crime", "", "12", "é"], line: 4)
        #expect(row.cells == ["Crime", "", "12", "é"])
        #expect(row.text == "Crime 12 é")
        #expect(row.marker == nil)

        let document = Document(text: "- first item\n\nName\t\tValue\tPériode\n")
        #expect(document.blocks.count == 2)
        #expect(document.blocks[0] == Block(kind: .listItem, text: "first item", marker: "-", line: 1))
        #expect(document.blocks[0].hashValue == Block(kind: .listItem, text: "first item", marker: "-", line: 1).hashValue)
        #expect(document.blocks[1].cells == ["Name", "", "Value", "Période"])
        #expect(document.blocks[1].text == "Name Value Période")
        #expect(document.blocks[1] == Block(kind: .tableRow, text: "Name Value Période", cells: ["Name", "", "Value", "Période"], line: 3))
    }

    @Test("table cells are ranges of the row's text: each cell is the text's bytes where it says")
    func cellsOfSampleRows() throws {
        var rows = 0
        for sample in Fixtures.samples {
            let document = Document(normalizing: try Fixtures.bytes(sample))
            for block in document.blocks where block.kind == .tableRow {
                rows += 1
                #expect(block.cells.filter { !$0.isEmpty }.joined(separator: " ") == block.text, "\(sample) line \(block.line)")
                #expect(block.cells.allSatisfy { $0.first != " " && $0.last != " " && !$0.contains("\t") })
            }
            #expect(document.blocks.filter { $0.kind != .tableRow }.allSatisfy { $0.cells.isEmpty })
            #expect(document.blocks.filter { $0.kind != .listItem }.allSatisfy { $0.marker == nil })
        }
        #expect(rows > 50)
    }

    @Test("the quick test turns away no line that has a marker: sample lines and every first byte")
    func markerQuickTest() throws {
        var lines = try Self.sampleLines()
        for byte in UInt8(1)...UInt8(255) {
            for rest: [UInt8] in [[0x20, 0x78], [0x29, 0x20, 0x78], [0x2E, 0x20, 0x78], [0x80, 0x93, 0x20, 0x78], [0x80, 0xA2, 0x78], [0x78]] {
                lines.append([byte] + rest)
            }
        }
        var matched = 0
        for line in lines {
            line.withUnsafeBufferPointer { content in
                let quick = ListMarker.match(content)
                let full = ListMarker.matchAll(content)
                #expect(quick?.marker == full?.marker && quick?.textStart == full?.textStart, "\(line)")
                if full != nil { matched += 1 }
            }
        }
        #expect(matched > 100)
    }

    @Test("dangling words: the switch over packed words says what the set of words says")
    func danglingWords() throws {
        var words = Set(TextJoining.danglingWords)
        for line in try Self.sampleLines() {
            for word in line.split(separator: 0x20) { words.insert(String(decoding: word, as: UTF8.self)) }
        }
        for word in TextJoining.danglingWords { words.formUnion([word.uppercased(), word + "s", "x" + word, word + "  ", String(word.dropLast())]) }
        var dangling = 0
        for word in words {
            let bytes = Array(("some text " + word).utf8)
            // The definition: the last word (trailing spaces aside), ASCII capitals lowered, is in the set.
            let last = bytes.reversed().drop { $0 == 0x20 }.prefix { $0 != 0x20 }.reversed()
                .map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
            let expected = TextJoining.danglingWords.contains(String(decoding: last, as: UTF8.self))
            #expect(TextJoining.endsWithDanglingWord(bytes) == expected, "\(word)")
            if expected { dangling += 1 }
        }
        #expect(dangling >= TextJoining.danglingWords.count * 3)
        #expect(!TextJoining.endsWithDanglingWord([UInt8]()))
        #expect(TextJoining.endsWithDanglingWord(Array("and".utf8)))
    }

    @Test("a paragraph that starts with a link: the byte test says what starts(with:) says")
    func urlStarts() throws {
        var lines = try Self.sampleLines()
        lines += ["www.", "www", "http", "htt", "https://x", "WWW.x", "www,x", "", "wwwx"].map { Array($0.utf8) }
        var links = 0
        for line in lines {
            let expected = line.starts(with: "www.".utf8) || line.starts(with: "http".utf8)
            #expect(line.withUnsafeBufferPointer { ParagraphMerger.startsWithURL($0) } == expected, "\(line)")
            if expected { links += 1 }
        }
        #expect(links >= 4)
    }

    @Test("page labels: the inline test PageFurniture makes first turns away no label")
    func pageLabelQuickTest() throws {
        var lines = try Self.sampleLines()
        lines += ["Page 12", "page 3 of 60", "PAGE 1", "Page 12 of 600000", "Pages 1", "Page", "Page 1234567890123456"].map { Array($0.utf8) }
        var labels = 0
        for line in lines {
            let label = line.withUnsafeBufferPointer { PageFurniture.isPageLabel($0) }
            let quick = line.count >= 6 && line.count <= 20 && line[0] | 0x20 == UInt8(ascii: "p")
            #expect(!label || quick, "\(String(decoding: line, as: UTF8.self))")
            if label { labels += 1 }
        }
        #expect(labels >= 3)
    }

    @Test("joining lines in the assembler's buffer gives what joining whole texts gives")
    func joiningInTheBuffer() {
        let pieces = ["low-", "level", "well -", "Level", "x", "-", " ", "a-", "é-", "trained ", "-b", "9-", "z", ""]
        var generator = SplitMix64(seed: 11)
        var hyphenJoins = 0
        for _ in 0..<3000 {
            let before = Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8)
            let parts = (0..<Int(generator.next() % 4 + 1)).map { _ in Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8) }
            var expected: [UInt8] = []
            var buffer = ByteWriter(capacity: 8)
            buffer.append(contentsOf: before)  // another block's text: it must not count
            let start = buffer.count
            for part in parts {
                TextJoining.append(part, to: &expected)
                part.withUnsafeBufferPointer { TextJoining.append($0, to: &buffer, from: start, readable: $0.count) }
            }
            let joined = buffer.withBytes(from: start) { Array($0) }
            #expect(joined == expected, "\(before) \(parts)")
            if String(decoding: joined, as: UTF8.self).contains("-l") { hyphenJoins += 1 }
        }
        #expect(hyphenJoins > 10)
    }

    @Test("cells between tabs, trimmed, empty ones kept", arguments: [
        "Name\t \tValue", "a\tb", "Crime  \t  12\t2016", "x\t\t\ty", "Long cell of some length here\t1", "é\t£5",
    ])
    func cellsBetweenTabs(row: String) {
        let expected = row.split(separator: "\t", omittingEmptySubsequences: false).map {
            String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        let blocks = Document(text: row + "\n").blocks
        #expect(blocks.count == 1)
        #expect(blocks.first?.kind == .tableRow)
        #expect(blocks.first?.cells == expected)
        #expect(blocks.first?.text == expected.filter { !$0.isEmpty }.joined(separator: " "))
    }

    static func pack(_ string: String) -> PrintedMarker? {
        Array(string.utf8).withUnsafeBufferPointer { PrintedMarker($0) }
    }
}
