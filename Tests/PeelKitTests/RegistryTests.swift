import PeelKit
import Testing

/// A layout for tests: recognises documents containing its phrase.
struct StubFormat: ReportFormat {
    let id: String
    let name = "Stub"
    let phrase: String
    var confidence = 0.9

    func detect(in document: Document) -> Detection {
        Detection(formatID: id, confidence: document.contains(phrase) ? confidence : 0.1, evidence: ["stub"])
    }

    func parse(_ document: Document) throws -> Report {
        Report(format: FormatMatch(id: id, confidence: 0), title: document.blocks.first?.text)
    }
}

@Suite("The format registry")
struct RegistryTests {
    @Test func aDuplicateIdIsRefused() throws {
        var registry = FormatRegistry()
        try registry.register(StubFormat(id: "a", phrase: "alpha"))
        #expect(throws: PeelError.duplicateFormat(id: "a")) {
            try registry.register(StubFormat(id: "a", phrase: "other"))
        }
        #expect(registry.formats.count == 1)
    }

    @Test func theBestMatchParsesAndItsConfidenceIsRecorded() throws {
        let registry = try FormatRegistry([StubFormat(id: "a", phrase: "alpha"), StubFormat(id: "b", phrase: "beta")])
        let report = try registry.parse(text: "beta report")
        #expect(report.format == FormatMatch(id: "b", confidence: 0.9))
        #expect(registry.detect(Document(text: "beta report")).map(\.formatID) == ["b", "a"])
    }

    @Test func aForcedLayoutIsUsedWhateverItsScore() throws {
        let registry = try FormatRegistry([StubFormat(id: "a", phrase: "alpha"), StubFormat(id: "b", phrase: "beta")])
        #expect(try registry.parse(text: "beta report", format: "a").format.id == "a")
        #expect(throws: PeelError.unknownFormat(id: "c", available: ["a", "b"])) {
            try registry.parse(text: "beta", format: "c")
        }
    }

    @Test func aTieIsRefusedWithBothCandidates() throws {
        let registry = try FormatRegistry([StubFormat(id: "a", phrase: "same"), StubFormat(id: "b", phrase: "same")])
        #expect {
            try registry.parse(text: "the same text")
        } throws: { error in
            guard case PeelError.ambiguousLayout(let candidates) = error else { return false }
            return candidates.map(\.formatID) == ["a", "b"] && "\(error)".contains("a 90%, b 90%")
        }
    }

    @Test func noMatchIsRefusedWithEveryScore() throws {
        let registry = try FormatRegistry([StubFormat(id: "a", phrase: "alpha")])
        #expect(throws: PeelError.unrecognisedLayout(candidates: [Detection(formatID: "a", confidence: 0.1, evidence: ["stub"])])) {
            try registry.parse(text: "nothing here")
        }
    }

    @Test func tooLargeInputIsRefused() throws {
        var registry = try FormatRegistry([StubFormat(id: "a", phrase: "alpha")])
        registry.input.maximumByteCount = 10
        #expect(throws: PeelError.tooLarge(byteCount: 11, limit: 10)) { try registry.parse(text: "alpha alpha") }
    }

    @Test func unreadableFilesAreNamed() {
        #expect {
            try FormatRegistry.readFile(URL(fileURLWithPath: "/no/such/file.txt"))
        } throws: { error in
            "\(error)" == "cannot read /no/such/file.txt: no such file"
        }
    }

    @Test func evidenceScorerWeighsExpectedAndRejectedMarks() {
        let document = Document(text: "PEEL: Police effectiveness 2016\n\nForce in numbers\n\nAnnex A – HMIC judgments\n")
        let detection = EvidenceScorer(formatID: "x")
            .expect("Police effectiveness 2016", weight: 3)
            .expect("Force in numbers")
            .expect(block: "Overall judgment")
            .reject("Annex A – HMIC judgments", weight: 2)
            .score(document)
        #expect(detection.confidence == 0.4)  // (3 + 1 − 2) / 5
        #expect(detection.evidence.count == 4)
    }
}

import Foundation
