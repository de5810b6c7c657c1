@testable import PeelKit
import PeelKitTestSupport
import Testing

/// `ByteSearch.lastIndex` scans backward sixty-four bytes at a time; held to a plain
/// backward search on the samples' folded texts and on text built to put candidate pairs
/// at every lane of a chunk.
@Suite("Byte search from the end")
struct ByteSearchTests {
    /// The last start before `end` where `needle` occurs, one offset at a time.
    static func naiveLast(_ needle: [UInt8], in text: [UInt8], before end: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var start = min(end - 1, text.count - needle.count)
        while start >= 0 {
            if text[start..<start + needle.count].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    static func last(_ needle: [UInt8], in text: [UInt8], before end: Int) -> Int? {
        text.withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { ByteSearch.lastIndex(of: $0, in: hay, startingBefore: end) } }
    }

    @Test("needles cut from the samples, altered, before random ends")
    func samples() throws {
        var generator = SplitMix64(seed: 5)
        var found = 0
        for sample in Fixtures.samples {
            let text = Document(normalizing: try Fixtures.bytes(sample)).foldedText
            let fixed = ["isbn", "b", "zz", "police", "2016"].map { Array($0.utf8) }
            for round in 0..<200 {
                let needle: [UInt8]
                if round < fixed.count {
                    needle = fixed[round]
                } else {
                    let start = Int(generator.next() % UInt64(text.count - 20))
                    var cut = Array(text[start..<start + 1 + Int(generator.next() % 12)])
                    if round % 3 == 0 { cut[cut.count - 1] = UInt8(ascii: "q") }
                    needle = cut
                }
                let end = round % 4 == 0 ? text.count : Int(generator.next() % UInt64(text.count + 1))
                let expected = Self.naiveLast(needle, in: text, before: end)
                #expect(Self.last(needle, in: text, before: end) == expected, "\(sample): \(String(decoding: needle, as: UTF8.self)) before \(end)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 200 && found < 780)
    }

    @Test("one occurrence at every offset of a long text, found from every end around it")
    func everyOffset() {
        let needle = Array("isbn".utf8)
        for offset in stride(from: 0, through: 300, by: 7) {
            var text = [UInt8](repeating: UInt8(ascii: "b"), count: 300)  // half a pair everywhere
            text.replaceSubrange(offset..<min(offset + 4, 300), with: needle.prefix(300 - offset))
            for end in [0, offset, offset + 1, offset + 63, offset + 64, offset + 65, 300, 400] {
                #expect(Self.last(needle, in: text, before: end) == Self.naiveLast(needle, in: text, before: end), "at \(offset) before \(end)")
            }
        }
    }
}
