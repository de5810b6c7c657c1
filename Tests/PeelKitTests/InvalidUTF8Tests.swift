@testable import PeelKit
import PeelKitTestSupport
import Testing

/// The input policy (InputDecoder): binary-looking input is refused with the offset of
/// the first bad byte; text with a few stray bytes is read with each invalid sequence
/// replaced by U+FFFD and an `invalid-utf8` diagnostic; size and emptiness are checked.
@Suite("Invalid UTF-8 and other input checks")
struct InvalidUTF8Tests {
    let decoder = InputDecoder()

    @Test func aNulByteMeansBinary() {
        let bytes = Array("Summary of findings\n".utf8) + [0x00, 0x01, 0x02] + Array("Good\n".utf8)
        #expect(throws: PeelError.notUTF8(byteOffset: 20)) { try decoder.document(from: bytes) }
        // An invalid byte before the NUL is the first bad byte.
        #expect(throws: PeelError.notUTF8(byteOffset: 3)) { try decoder.document(from: [0x41, 0x42, 0x43, 0xFF, 0x44, 0x00]) }
    }

    @Test func manyInvalidBytesMeanBinary() {
        // Every tenth byte invalid: 10% of the first 64 KiB.
        var bytes = Array(String(repeating: "The force is good at it. ", count: 400).utf8)
        for i in stride(from: 5, to: bytes.count, by: 10) { bytes[i] = 0xFF }
        #expect(throws: PeelError.notUTF8(byteOffset: 5)) { try decoder.document(from: bytes) }
        #expect(PeelError.notUTF8(byteOffset: 5).description == "not UTF-8 text (invalid byte at offset 5)")
    }

    @Test func aFewStrayBytesAreReplacedAndReported() throws {
        var bytes = try Fixtures.bytes("2016-cambridgeshire")
        let first = 5000, second = 40_000
        bytes[first] = 0xFF
        bytes[second] = 0xC3  // a lead byte without its continuation
        bytes[second + 1] = 0x41
        let document = try decoder.document(from: bytes)
        let diagnostic = try #require(document.diagnostics.first { $0.code == "invalid-utf8" })
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "2 invalid UTF-8 byte(s) replaced with U+FFFD; the first at byte offset 5000")
        let line = Array(bytes[..<first]).filter { $0 == 0x0A }.count + 1
        #expect(diagnostic.line == line)
        #expect(document.blocks.contains { $0.text.contains("\u{FFFD}") })
    }

    @Test func overlongAndSurrogateFormsAreReplaced() throws {
        // "A", an overlong "/" (C0 AF), a UTF-16 surrogate (ED A0 80), an overlong NUL (E0 80 80), "B".
        let text: [UInt8] = Array("Paragraph of ordinary report text that goes on for a while, ".utf8)
        let bytes = text + text + [0x41, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xE0, 0x80, 0x80, 0x42] + text + text
        let document = try decoder.document(from: bytes)
        #expect(document.diagnostics.contains { $0.code == "invalid-utf8" })
        #expect(document.blocks.allSatisfy { !$0.text.utf8.contains(0xC0) && !$0.text.utf8.contains(0xED) })
    }

    @Test func aReportCutInsideACharacterIsStillRead() throws {
        let bytes = Array("PEEL: Police effectiveness 2016\n\nThe force’s work".utf8)
        let cut = Array(bytes.dropLast(7))  // inside the three bytes of ’
        let document = try decoder.document(from: cut + Array(String(repeating: " and more text", count: 10).utf8))
        #expect(document.diagnostics.contains { $0.code == "invalid-utf8" })
        #expect(document.blocks.first?.text == "PEEL: Police effectiveness 2016")
    }

    @Test func emptyTooLargeAndTextlessInput() {
        #expect(throws: PeelError.empty) { try decoder.document(from: []) }
        #expect(throws: PeelError.empty) { try decoder.document(from: Array(" \r\n\t\u{0C}\n".utf8)) }
        #expect(throws: PeelError.empty) { try decoder.document(from: [0xEF, 0xBB, 0xBF, 0x0A]) }  // a byte-order mark alone
        #expect(throws: PeelError.empty) { try decoder.document(from: [0x01, 0x02, 0x0A, 0x1B]) }  // control characters only
        let small = InputDecoder(maximumByteCount: 10)
        #expect(throws: PeelError.tooLarge(byteCount: 11, limit: 10)) { try small.document(from: Array("hello world".utf8)) }
        #expect(InputDecoder().maximumByteCount == 64 << 20)
    }
}

/// The binary check reads sixty-four, sixteen and eight bytes at a time; a NUL byte
/// must be found wherever it falls.
@Suite("Binary input check")
struct BinaryOffsetTests {
    @Test("a NUL byte is found at every offset, after ASCII and after multi-byte text")
    func nulAtEveryOffset() {
        for lead in ["", "é"] {
            for offset in 0..<200 {
                var bytes = Array((lead + String(repeating: "abcdefgh ", count: 30)).utf8)
                let at = min(offset + lead.utf8.count, bytes.count - 1)
                bytes[at] = 0
                #expect(InputDecoder.binaryOffset(bytes) == at, "lead \(lead.debugDescription), offset \(offset)")
            }
        }
    }

    @Test("text, including a few invalid bytes, is not binary")
    func textIsNotBinary() {
        var bytes = Array(String(repeating: "Police effectiveness 2016 – “vulnerable” people. ", count: 100).utf8)
        #expect(InputDecoder.binaryOffset(bytes) == nil)
        bytes[70] = 0xFF
        #expect(InputDecoder.binaryOffset(bytes) == nil)
    }
}
