import PeelKit
import Testing

/// Regressions for what fuzzing and the pathological inputs found (see
/// Documentation/Robustness.md). The fuzzer found no crash; it found time: damaged
/// reports spent most of their parse in ForceDirectory.firstMention (one Foundation
/// search per force name and paragraph), and long lines made LineCleaner quadratic.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    /// firstMention, rewritten as one pass over the words, keeps its meaning: the
    /// earliest full name wins, at word boundaries only, whatever the case and markup.
    @Test func firstMentionFindsTheEarliestFullName() {
        #expect(ForceDirectory.firstMention(in: "unlike Bedfordshire Police, CAMBRIDGESHIRE CONSTABULARY requires")?.id == "bedfordshire")
        #expect(ForceDirectory.firstMention(in: "the **Metropolitan Police Service** and Kent Police")?.id == "metropolitan")
        #expect(ForceDirectory.firstMention(in: "Dyfed-Powys Police is good")?.id == "dyfed-powys")
        #expect(ForceDirectory.firstMention(in: "Greater Manchester Police")?.name == "Greater Manchester Police")
        #expect(ForceDirectory.firstMention(in: "Kent Policemen and Kentish Police") == nil)  // not at a word's end
        #expect(ForceDirectory.firstMention(in: "") == nil)
        #expect(ForceDirectory.firstMention(in: "Kent") == nil)  // a place alone is not a full name
        #expect(ForceDirectory.firstMention(in: "in North Wales Police") == ForceReference(id: "north-wales", name: "North Wales Police"))
    }

    /// Shapes of line that made LineCleaner search to the line's end from every
    /// position; at 200 KB a quadratic cleaner takes minutes, a linear one milliseconds.
    @Test(arguments: ["[a](bc", "<sup>x", "word1,", "[a](b c"])
    func longLinesOfUnclosedMarkupCleanInLinearTime(_ piece: String) {
        let line = String(repeating: piece, count: 200_000 / piece.utf8.count) + " the end"
        let elapsed = ContinuousClock().measure { _ = Document(text: line) }
        #expect(elapsed < .seconds(20))
        let document = Document(text: line)
        #expect(document.blocks.count + document.footnotes.count == 1)  // "<sup>" first makes it a footnote
    }

    /// The text of a link with an unclosed target further on is kept.
    @Test func linksAndUnclosedTargetsOnOneLine() {
        #expect(Document(text: "see [the report](#) and [a](bc and [b](#x)").blocks.first?.text == "see the report and [a](bc and b")
    }
}
