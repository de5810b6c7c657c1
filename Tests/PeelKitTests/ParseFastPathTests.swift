@testable import PeelKit
import PeelKitTestSupport
import Testing

/// Byte paths and lookup tables of the parse stage, held to the definitions they replace.
@Suite("Parse fast paths")
struct ParseFastPathTests {
    /// `QuestionKey(title:)` by its definition: the first key one of whose phrases the
    /// folded title, between spaces, contains.
    static func referenceKey(_ title: String) -> QuestionKey? {
        let folded = " " + TextFolding.fold(title) + " "
        let table: [([String], QuestionKey)] = [
            ([" preventing crime "], .preventingCrime),
            ([" investigating crime "], .investigatingCrime),
            ([" protecting those who are vulnerable ", " protecting from harm those who are vulnerable ",
              " protecting vulnerable people "], .protectingVulnerable),
            ([" tackling serious and organised crime "], .seriousOrganisedCrime),
            ([" specialist capabilities ", " armed response capability ", " armed policing "], .specialistCapabilities),
            ([" meeting current demands ", " meeting demand "], .meetingDemand),
            ([" planning for the future "], .planningFuture),
            ([" fair treatment of the public ", " treating the public fairly "], .fairTreatmentPublic),
            ([" ethical and lawful workforce behaviour ", " ethical and lawful "], .ethicalBehaviour),
            ([" fair treatment of the workforce ", " treating the workforce fairly "], .fairTreatmentWorkforce),
        ]
        return table.first { phrases, _ in phrases.contains { FoldedSearch.contains(folded, $0) } }?.1
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
