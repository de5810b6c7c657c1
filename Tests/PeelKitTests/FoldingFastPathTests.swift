@testable import PeelKit
import PeelKitTestSupport
import Testing

/// `TextFolding` folds eight bytes at a time where it can (issue 7); these tests hold it
/// to the one-byte-at-a-time definition on every line of the samples and on random text
/// full of the characters the fast path must refuse.
@Suite("Folding fast path")
struct FoldingFastPathTests {
    @Test("every line of every sample folds as the byte-at-a-time definition says")
    func samples() throws {
        var lines = 0
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n") {
                #expect(TextFolding.fold(line) == Self.reference(Array(line.utf8)), "\(sample): \(line)")
                lines += 1
            }
        }
        #expect(lines > 2000)
    }

    @Test("random text of letters, digits, spaces, punctuation and multi-byte characters")
    func random() {
        let alphabet: [String] = ["a", "Z", "q", "7", " ", "  ", ".", ",", "%", "-", "’", "é", "–", "\u{A0}", "\t", "\n", "ﬁ", "£", "\u{FFFD}", "force", "Police ", "the ", "2016 "]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 160)  // long enough for the sixteen- and sixty-four-byte paths
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            #expect(TextFolding.fold(text) == Self.reference(Array(text.utf8)), "\(text.debugDescription)")
        }
    }

    @Test("the folded text of every block, folded where the next blocks' bytes follow it, on random documents and every sample")
    func documentBlocks() throws {
        // Each block is folded in place in the buffer that holds all blocks' text, so
        // the last window of one reads on into the next: it must not show.
        func check(_ document: Document, _ label: String) {
            for block in document.blocks + document.footnotes {
                #expect(block.folded == Self.reference(Array(block.text.utf8)), "\(label): \(block.text.debugDescription)")
            }
            let lines = document.blocks.map { $0.folded + "\n" }.joined()
            #expect(document.foldedText == Array(("\n" + lines).utf8), "\(label)")
        }
        let alphabet: [String] = ["a", "Z", "7", " ", ". ", ", ", "(", "’", "é", "–", "\u{A0}", "\n", "\n\n", "force", "Police ", "the ", "2016 ", "£5"]
        var generator = SplitMix64(seed: 31)
        for round in 0..<300 {
            let length = Int(generator.next() % 400)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            check(Document(text: text), "random \(round)")
        }
        for sample in Fixtures.samples {
            check(Document(normalizing: try Fixtures.bytes(sample)), sample)
        }
    }

    /// The definition, one byte at a time: ASCII letters lowered, digits and "%" kept,
    /// other ASCII a separator; general punctuation, NBSP, soft hyphen, middle dot,
    /// U+FFFD and private-use bullets separators; other characters kept; runs of
    /// separators one space, none at either end.
    static func reference(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        var i = 0
        func keep(_ piece: ArraySlice<UInt8>) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: piece)
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x61...0x7A, 0x30...0x39, 0x25: keep([b])
                case 0x41...0x5A: keep([b | 0x20])
                default: pendingSpace = true
                }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let end = min(i + length, bytes.count)
            let scalar = bytes[i..<end]
            let separator: Bool
            switch Array(scalar) {
            case let s where s.count == 2: separator = s[0] == 0xC2 && [0xA0, 0xAD, 0xB7].contains(s[1])
            case let s where s.count == 3 && s[0] == 0xE2: separator = [0x80, 0x81, 0x96, 0x97].contains(s[1])
            case let s where s.count == 3 && s[0] == 0xEF: separator = (s[1] == 0xBF && s[2] == 0xBD) || (0x80...0x83).contains(s[1])
            default: separator = false
            }
            if separator { pendingSpace = true } else { keep(scalar) }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// `Document.lastIndex(before:mentioning:)` walks the folded text forward and counts
/// line breaks to name the block of each hit; held to the block-by-block definition.
@Suite("Folded-text lookups")
struct FoldedLookupTests {
    @Test("the last block mentioning a phrase, before every limit")
    func lastMention() {
        let text = """
            ISBN on the cover

            A paragraph without it.

            - an item: isbn 978
            | a | ISBN |

            Printed: ISBN: 978-1-78655-339-3, twice isbn

            The end.
            """
        let document = Document(text: text)
        #expect(document.blocks.count >= 5)
        for before in 0...document.blocks.count + 1 {
            let expected = document.lastIndex(before: before) { $0.mentions("isbn") }
            #expect(document.lastIndex(before: before, mentioning: "ISBN") == expected, "before \(before)")
        }
        #expect(document.lastIndex(before: document.blocks.count, mentioning: "no such words") == nil)
    }
}

/// The word index (built sixteen bytes at a time) answers as a plain search of the
/// folded text for a match at a word start does.
@Suite("Word index")
struct WordIndexTests {
    /// Whether `needle` occurs in `text` where a word starts (and, for `wholeLine`, as a whole line).
    static func naive(_ needle: [UInt8], in text: [UInt8], wholeLine: Bool) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        for start in 0...(text.count - needle.count) where text[start] == needle[0]
            && (start == 0 || text[start - 1] == 0x20 || text[start - 1] == 0x0A) {
            guard text[start..<start + needle.count].elementsEqual(needle) else { continue }
            if !wholeLine { return true }
            let end = start + needle.count
            if (start == 0 || text[start - 1] == 0x0A) && (end == text.count || text[end] == 0x0A) { return true }
        }
        return false
    }

    @Test("phrases cut from the samples at random, and altered, on every sample")
    func randomPhrases() throws {
        var generator = SplitMix64(seed: 11)
        for sample in Fixtures.samples {
            let document = Document(normalizing: try Fixtures.bytes(sample))
            let text = document.foldedText
            let index = WordIndex(text)
            var found = 0
            for round in 0..<150 {
                var start = Int(generator.next() % UInt64(text.count - 40))
                while start > 0, text[start - 1] != 0x20, text[start - 1] != 0x0A { start -= 1 }  // a word start
                let length = 8 + Int(generator.next() % 24)
                var needle = Array(text[start..<start + length])
                if round % 3 == 0 { needle[needle.count - 1] = UInt8(ascii: "q") }  // mostly absent
                let wholeLine = round % 5 == 0
                let expected = Self.naive(needle, in: text, wholeLine: wholeLine)
                let actual = needle.withUnsafeBufferPointer { index.contains($0, in: text, wholeLine: wholeLine) }
                #expect(actual == expected, "\(sample): \(String(decoding: needle, as: UTF8.self)) wholeLine \(wholeLine)")
                if expected { found += 1 }
            }
            #expect(found > 30 && found < 140)  // the test sees both answers
        }
    }

    @Test("phrases of short words only, and phrases ending inside a longer word")
    func shortWordsAndCutWords() throws {
        let text = Array("\nforce in numbers\nthe force in its msg are\neffectiveness of the effective force\n".utf8)
        let index = WordIndex(text)
        let needles = [
            "force in numbers", "in its msg are", "msg forces are",            // no long word: searched in the text
            "the effective for", "effectiveness of th", "of the effecti",      // the last word cut short
            "effective force", "ffectiveness of", "the effectiveness",         // a long word, not at a word start
        ]
        for needle in needles {
            for wholeLine in [false, true] {
                let bytes = Array(needle.utf8)
                let expected = Self.naive(bytes, in: text, wholeLine: wholeLine)
                let actual = bytes.withUnsafeBufferPointer { index.contains($0, in: text, wholeLine: wholeLine) }
                #expect(actual == expected, "\(needle) wholeLine \(wholeLine)")
            }
        }
        #expect(Array("force in numbers".utf8).withUnsafeBufferPointer { index.contains($0, in: text, wholeLine: true) })
        #expect(Array("of the effecti".utf8).withUnsafeBufferPointer { index.contains($0, in: text) })
        #expect(!Array("the effectiveness".utf8).withUnsafeBufferPointer { index.contains($0, in: text) })
    }

    @Test("text that is all long words, as tightly packed as they can be, is indexed whole")
    func tightlyPackedLongWords() {
        for words in [1, 2, 7, 100, 1000] {
            var text = Array(repeating: Array("abcdef ".utf8), count: words).flatMap { $0 }
            text.removeLast()  // no separator after the last word: one long word a seven bytes, less one
            text += Array(" uvwxyz".utf8)
            let index = WordIndex(text)
            #expect(index.isComplete, "\(words) words")
            #expect(Array("abcdef uvwxyz".utf8).withUnsafeBufferPointer { index.contains($0, in: text) })
            #expect(!Array("abcdef abcdeg".utf8).withUnsafeBufferPointer { index.contains($0, in: text) })
        }
    }

    @Test("every block of a sample is found as a whole line")
    func wholeBlocks() throws {
        let document = Document(normalizing: try Fixtures.bytes("2016-cambridgeshire"))
        for block in document.blocks.prefix(400) where block.folded.utf8.count >= 8 {
            #expect(document.containsBlock(equalTo: block.text), "\(block.text)")
        }
    }
}

/// The line cleaner copies plain runs up to the next byte its verbatim map marks,
/// numbers after a space included; digits glued to a word are footnote marks and go,
/// wherever they fall.
@Suite("Line cleaner fast path")
struct LineCleanerFastPathTests {
    /// The verbatim map's definition, one byte at a time: a byte needs no care when it
    /// is plain, a digit of a number whose first digit follows a space, or a space
    /// followed by either.
    static func needsCare(_ bytes: [UInt8]) -> [Bool] {
        var number = [Bool](repeating: false, count: bytes.count)
        for k in bytes.indices where bytes[k] &- 0x30 < 10 {
            number[k] = k > 0 && (bytes[k - 1] == 0x20 || number[k - 1])
        }
        func kept(_ k: Int) -> Bool { k < bytes.count && (LineCleaner.isPlain(bytes[k]) || number[k]) }
        return bytes.indices.map { k in
            !(kept(k) || (bytes[k] == 0x20 && (kept(k + 1) || (k + 1 < bytes.count && bytes[k + 1] &- 0x30 < 10))))
        }
    }

    /// Every byte the map says needs no care, found by ``VerbatimMap/nextCare(from:limit:)``.
    static func mapped(_ bytes: [UInt8]) -> [Bool] {
        bytes.withUnsafeBufferPointer { raw in
            let map = VerbatimMap(raw)
            var care = [Bool](repeating: false, count: bytes.count)
            var k = map.nextCare(from: 0, limit: bytes.count)
            while k < bytes.count {
                care[k] = true
                k = map.nextCare(from: k + 1, limit: bytes.count)
            }
            return care
        }
    }

    /// The line breaks (LF to CR) the map finds with ``VerbatimMap/nextBreak(from:limit:)``.
    static func lineBreaks(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { raw in
            let map = VerbatimMap(raw)
            var found: [Int] = []
            var k = map.nextBreak(from: 0, limit: bytes.count)
            while k < bytes.count {
                found.append(k)
                k = map.nextBreak(from: k + 1, limit: bytes.count)
            }
            return found
        }
    }

    @Test("the byte after sixty-four keeps a space before it when it is plain or a digit, for every byte value")
    func keptAfterSpace() {
        for value in 0...255 {
            let byte = UInt8(value)
            #expect(VerbatimMap.keptAfterSpace(byte) == (LineCleaner.isPlain(byte) || byte &- 0x30 < 10 ? 1 : 0), "\(byte)")
        }
    }

    @Test("the verbatim map marks the bytes its definition says, and the line feeds, across every 64-byte boundary")
    func verbatimMap() throws {
        let alphabet: [String] = ["a", "Z", "7", "12", " ", "  ", ".", ",", "$", "*", "<", "[", "]", "^", "\\", "#", "’", "é", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{7F}", "\u{0}", "the ", "2016 ", "judgment1"]
        var generator = SplitMix64(seed: 23)
        for _ in 0..<1500 {
            let length = Int(generator.next() % 200)
            let bytes = Array((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined().utf8)
            #expect(Self.mapped(bytes) == Self.needsCare(bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            #expect(Self.lineBreaks(bytes) == bytes.indices.filter { bytes[$0] >= 0x0A && bytes[$0] <= 0x0D })
        }
        for sample in Fixtures.samples {
            let bytes = try Fixtures.bytes(sample)
            #expect(Self.mapped(bytes) == Self.needsCare(bytes), "\(sample)")
            #expect(Self.lineBreaks(bytes) == bytes.indices.filter { bytes[$0] >= 0x0A && bytes[$0] <= 0x0D }, "\(sample)")
        }
    }

    /// Lines split as the definition says: at LF, CRLF and lone CR (the next line number),
    /// and at form feeds (no new number; a form feed alone on a line adds no line). Each
    /// line as (number, its clean text), cleaning each raw line on its own.
    static func splitLines(_ bytes: [UInt8]) -> [(Int, [UInt8])] {
        func clean(_ raw: ArraySlice<UInt8>) -> [UInt8] {
            let lines = Normalizer.cleanLines(Array(raw))
            return lines.bytes.withBytes(from: 0) { Array($0) }
        }
        var lines: [(Int, [UInt8])] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                lines.append((number, clean(bytes[start..<i])))
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                number += 1
                start = i + 1
            } else if byte == 0x0C {
                if bytes[start..<i].contains(where: { $0 != 0x20 && $0 != 0x09 }) { lines.append((number, clean(bytes[start..<i]))) }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { lines.append((number, clean(bytes[start...]))) }
        return lines
    }

    @Test("lines are split at LF, CRLF, lone CR and form feeds (not vertical tabs), across every 64-byte boundary")
    func lineSplitting() throws {
        let alphabet: [String] = ["a", "Word ", "12", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\t", "é", "’"]
        var generator = SplitMix64(seed: 37)
        for _ in 0..<800 {
            let length = Int(generator.next() % 160)
            let bytes = Array((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined().utf8)
            let clean = Normalizer.cleanLines(bytes)
            let text = clean.bytes.withBytes(from: 0) { Array($0) }
            let found = clean.lines.map { ($0.number, Array(text[$0.start..<$0.end])) }
            let expected = Self.splitLines(bytes)
            #expect(found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    @Test("lines clean alike with the verbatim map and the plain-line path, and byte by byte: random lines and every sample")
    func cleanedAlike() throws {
        func same(_ bytes: [UInt8]) -> Bool {
            let fast = Normalizer.cleanLines(bytes)
            let slow = Normalizer.cleanLines(bytes, byteByByte: true)
            let fastBytes = fast.bytes.withBytes(from: 0) { Array($0) }
            let slowBytes = slow.bytes.withBytes(from: 0) { Array($0) }
            return fastBytes == slowBytes && fast.lines == slow.lines
        }
        let alphabet: [String] = [
            "a", "Z", "q", "7", "12", " ", "  ", "   ", ".", ",", ")", "’", "é", "\t", "\n", "*", "**", "<b>", "</b>", "<sup>3</sup>",
            "[", "](x)", "- ", "---", "_", "==", "^{2}", "$^{7}$", "\\*", "#", "the ", "2016 ", "judgment1 ", "supported.2 ", "http://a/b1 ", "OVERALL JUDGMENT1",
        ]
        var generator = SplitMix64(seed: 29)
        for _ in 0..<1500 {
            let length = Int(generator.next() % 90)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            #expect(same(Array(text.utf8)), "\(text.debugDescription)")
        }
        for sample in Fixtures.samples {
            #expect(same(try Fixtures.bytes(sample)), "\(sample)")
        }
    }

    @Test("numbers after a space stay and glued footnote marks go, at every offset of the vector")
    func numbersAndGluedMarks() {
        for offset in 0..<20 {
            let lead = "Lead" + String(repeating: "x", count: offset)
            let line = lead + " the force in 2016 and its judgment1 of 30 June 2017, as supported.2 by 12 forces"
            let expected = lead + " the force in 2016 and its judgment of 30 June 2017, as supported. by 12 forces"
            #expect(Document(text: line).blocks.map(\.text) == [expected], "offset \(offset)")
        }
    }
}
