@testable import PeelKit
import PeelKitTestSupport
import Testing

/// Byte paths and lookup tables of the parse stage, held to the definitions they replace.
@Suite("Parse fast paths")
struct ParseFastPathTests {
    /// `QuestionKey(title:)` by its definition: the first key one of whose phrases
    /// (`QuestionKey.titlePhrases`) the folded title, between spaces, contains.
    static func referenceKey(_ title: String) -> QuestionKey? {
        let folded = " " + TextFolding.fold(title) + " "
        return QuestionKey.titlePhrases.first { phrases, _ in phrases.contains { FoldedSearch.contains(folded, $0) } }?.1
    }

    @Test("QuestionKey(title:) finds the key its phrases define, in every sample line and random titles")
    func questionKeys() throws {
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n").map(String.init) {
                #expect(QuestionKey(title: line) == Self.referenceKey(line), "\(sample): \(line)")
            }
        }
        let pieces = ["How effective is the force at", "preventing crime", "PREVENTING", "crime?", "investigating", "armed",
                      "policing", "Fair treatment of the", "public", "workforce", "ethical and lawful", "meeting demand",
                      "planning for the future", "–", "’", "é", " ", "and", "protecting vulnerable people"]
        var generator = SplitMix64(seed: 31)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 6)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            #expect(QuestionKey(title: text) == Self.referenceKey(text), "\(text.debugDescription)")
        }
    }

    @Test("the title table finds the spaces eight bytes at a time as a byte loop finds them")
    func titleSpaces() {
        var generator = SplitMix64(seed: 61)
        let alphabet: [UInt8] = [0x20, 0x20, 0x21, 0x00, 0xA0, 0x60, 0x61, 0x7F, 0x80, 0xFF, 0x1F, 0xE2]
        for _ in 0..<2000 {
            let count = Int(generator.next() % 24)
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for offset in stride(from: 0, to: count, by: 8) {
                    var expected: UInt64 = 0
                    for k in 0..<min(8, count - offset) where bytes[offset + k] == 0x20 { expected |= 0x80 << UInt64(8 * k) }
                    #expect(QuestionKey.PhraseTable.spaces(base, count, at: offset) == expected, "\(bytes) at \(offset)")
                }
            }
        }
    }

    @Test("a summary's first sentence is cut where splitting its characters cuts it")
    func firstSentences() throws {
        func reference(_ text: String) -> String { text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text }
        for sample in Fixtures.samples {
            for line in try Fixtures.text(sample).split(separator: "\n").map(String.init) {
                #expect(GradeReader.firstSentence(of: line) == reference(line), "\(sample): \(line)")
            }
        }
        let pieces = ["The force is good", ".", "..", " ", "é", "\u{301}", "’", "©", "\r\n", "x", "requires improvement", ""]
        var generator = SplitMix64(seed: 37)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 6)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(GradeReader.firstSentence(of: text) == reference(text), "\(text.debugDescription)")
        }
    }
}

/// Detection looks prepared phrases up (``LookupPhrase``: long words found once); these
/// tests hold its scores to the plain lookups.
@Suite("Evidence scores")
struct EvidenceScoreTests {
    static let phrases = [
        "PEEL: Police effectiveness 2016", "How effective is the force at investigating crime and reducing re-offending",
        "How effective is the force at preventing crime and anti-social behaviour, and keeping people safe",
        "This is the first year HMIC has graded forces", "Annex A – HMIC judgments", "12 months to 30 June 2016",
        "effectiveness, efficiency and legitimacy 2018/19", "Summary of findings", "Overall judgment", "Force in numbers",
        "How effective is the force at tackling serious and organised crime?", "has been carried over", "Last inspected",
        "the the the the the", "crime crime", "x offending", "café crème brûlée",
    ]

    @Test("scores equal the plain lookups', and prepared lookups equal plain ones")
    func scores() throws {
        var documents = try Fixtures.samples.map { Document(text: try Fixtures.text($0)) }
        let phrases = Self.phrases
        let extra = ["How effective", "offending", "graded forces", "June 2016", "é", "–", "the force"]
        let pieces: [String] = phrases + extra
        var generator = SplitMix64(seed: 43)
        for _ in 0..<60 {
            let lines = (0..<Int(generator.next() % 12)).map { _ in
                (0..<Int(generator.next() % 3 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            }
            documents.append(Document(text: lines.joined(separator: "\n\n")))
        }
        var scorer = EvidenceScorer(formatID: "test")
        for (offset, phrase) in phrases.enumerated() {
            switch offset % 3 {
            case 0: scorer = scorer.reject(phrase, weight: 2)
            case 1: scorer = scorer.expect(phrase)
            default: scorer = scorer.expect(block: phrase)
            }
        }
        for document in documents {
            for phrase in pieces {
                let prepared = LookupPhrase(folded: Array(TextFolding.fold(phrase).utf8))
                #expect(document.contains(prepared) == document.contains(phrase), "\(phrase)")
                #expect(document.containsBlock(equalTo: prepared) == document.containsBlock(equalTo: phrase), "\(phrase)")
                if prepared.bytes.count >= 8 {  // the word index's answers, by a plain search
                    #expect(document.contains(prepared) == WordIndexTests.naive(prepared.bytes, in: document.foldedText, wholeLine: false))
                    #expect(document.containsBlock(equalTo: prepared)
                        == WordIndexTests.naive(prepared.bytes, in: document.foldedText, wholeLine: true))
                }
            }
            // The score as plain lookups give it.
            var found = 0.0
            var total = 0.0
            var evidence: [String] = []
            for (offset, phrase) in phrases.enumerated() {
                switch offset % 3 {
                case 0:
                    if document.contains(phrase) {
                        found -= 2
                        evidence.append("− “\(phrase)” (another layout’s mark)")
                    }
                default:
                    total += 1
                    if offset % 3 == 1 ? document.contains(phrase) : document.containsBlock(equalTo: phrase) {
                        found += 1
                        evidence.append("+ “\(phrase)”")
                    } else {
                        evidence.append("· no “\(phrase)”")
                    }
                }
            }
            let detection = scorer.score(document)
            #expect(detection.confidence == (total > 0 ? max(0, found) / total : 0))
            #expect(detection.evidence == evidence)
        }
    }
}
