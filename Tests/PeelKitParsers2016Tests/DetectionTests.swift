import PeelKit
import PeelKitParsers2016
import PeelKitTestSupport
import Testing

@Suite("Detecting the 2016 layout")
struct DetectionTests {
    let registry = ExpectedValuesTests.registry

    @Test("both 2016 samples are peel-2016 with high confidence", arguments: ["2016-cambridgeshire", "2016-cumbria-noisy"])
    func samples(sample: String) throws {
        let document = Document(normalizing: try Fixtures.bytes(sample))
        let best = try #require(registry.detect(document).first)
        #expect(best.formatID == "peel-2016")
        #expect(best.confidence >= 0.9)
        #expect(!best.evidence.isEmpty)
    }

    @Test("the other layouts' samples are not peel-2016", arguments: ["2015-cambridgeshire-excerpt", "2018-cambridgeshire-markdown"])
    func otherLayouts(sample: String) throws {
        let document = Document(normalizing: try Fixtures.bytes(sample))
        let detection = Peel2016Format().detect(in: document)
        #expect(detection.confidence < 0.5)
    }

    @Test func nonPEELTextIsRefusedWithTheCandidatesScores() {
        let text = "Minutes of the parish council\n\nThe meeting opened at 7pm. Apologies were received.\n"
        #expect {
            try registry.parse(text: text)
        } throws: { error in
            guard case PeelError.unrecognisedLayout(let candidates) = error else { return false }
            return candidates.map(\.formatID) == ["peel-2016"] && "\(error)".contains("peel-2016 0%")
        }
    }

    @Test func emptyInputIsRefused() {
        #expect(throws: PeelError.empty) { try registry.parse(text: "") }
        #expect(throws: PeelError.empty) { try registry.parse(text: " \n\r\n\t \u{0C}\n") }
    }

    @Test func binaryDataIsRefusedWithTheOffset() {
        var bytes = Array("PEEL".utf8)
        bytes += [0x00, 0xFF, 0xFE, 0x00, 0x89, 0x50]
        #expect(throws: PeelError.notUTF8(byteOffset: 4)) { try registry.parse(bytes: bytes) }
    }

    @Test func aForcedLayoutSkipsDetection() throws {
        let report = try registry.parse(text: "Some text that is not a report at all.", format: "peel-2016")
        #expect(report.format.id == "peel-2016")
        #expect(report.questions.isEmpty)
        #expect(report.diagnostics.contains { $0.code == "question-missing" })
    }
}
