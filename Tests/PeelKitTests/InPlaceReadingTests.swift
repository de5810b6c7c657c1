@testable import PeelKit
import PeelKitTestSupport
import Testing

/// `Document.questionKey(at:)`, `text(at:endsWith:)` and `foldedTextIsASCII(at:)` read a
/// block in place; these tests hold them to the string definitions they replace.
@Suite("Reading blocks in place")
struct InPlaceReadingTests {
    /// Every sample, and documents of random lines made of title words, odd characters
    /// and line ends that join or split characters.
    static func documents() throws -> [(String, Document)] {
        var documents = try Fixtures.samples.map { ($0, Document(text: try Fixtures.text($0))) }
        let pieces = [
            "How effective is the force at", "preventing crime", "Investigating crime", "protecting vulnerable people",
            "tackling serious and organised crime", "armed policing", "Meeting demand", "ethical and lawful", "?", "?", ":",
            " ", "–", "’", "é", "e\u{301}", "\u{301}", "\u{600}", "\r", "\u{A0}", "K", "\u{212A}", ";", "\u{37E}", "x", "**",
            "Treating the public fairly", "fair treatment of the workforce", "planning for the future",
        ]
        var generator = SplitMix64(seed: 29)
        for round in 0..<60 {
            let lines = (0..<40).map { _ in
                let count = Int(generator.next() % 6) + 1
                return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                    .joined(separator: generator.next() % 3 == 0 ? "" : " ")
            }
            documents.append(("random \(round)", Document(text: lines.joined(separator: "\n\n"))))
        }
        return documents
    }

    @Test("questionKey(at:) gives QuestionKey(title:) of the block's text, on every block")
    func questionKeys() throws {
        var keyed = 0
        for (label, document) in try Self.documents() {
            for index in document.blocks.indices {
                let expected = QuestionKey(title: document.blocks[index].text)
                #expect(document.questionKey(at: index) == expected, "\(label) \(index): \(document.blocks[index].text.debugDescription)")
                if expected != nil { keyed += 1 }
            }
            #expect(document.questionKey(at: -1) == nil)
            #expect(document.questionKey(at: document.blocks.count) == nil)
        }
        #expect(keyed > 500)
    }

    @Test("text(at:endsWith:) gives hasSuffix on the block's text, on every block")
    func lastCharacters() throws {
        var ending = 0
        for (label, document) in try Self.documents() {
            for index in document.blocks.indices {
                let text = document.blocks[index].text
                for character: Unicode.Scalar in ["?", ":", ";", "K", "\u{301}", "\r"] {
                    let expected = text.hasSuffix(String(character))
                    #expect(document.text(at: index, endsWith: character) == expected, "\(label) \(index) \(character): \(text.debugDescription)")
                    if expected { ending += 1 }
                }
            }
            #expect(!document.text(at: document.blocks.count, endsWith: "?"))
        }
        #expect(ending > 200)
    }

    @Test("foldedTextIsASCII(at:) says whether the folded string is ASCII")
    func asciiFolded() throws {
        var beyond = 0
        for (label, document) in try Self.documents() {
            for index in document.blocks.indices {
                let expected = document.blocks[index].folded.utf8.allSatisfy { $0 < 0x80 }
                #expect(document.foldedTextIsASCII(at: index) == expected, "\(label) \(index)")
                if !expected { beyond += 1 }
            }
        }
        #expect(beyond > 20)
    }
}
