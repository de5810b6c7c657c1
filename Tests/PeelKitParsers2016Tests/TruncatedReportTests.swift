import PeelKit
import PeelKitParsers2016
import PeelKitTestSupport
import Testing

@Suite("A 2016 report cut short")
struct TruncatedReportTests {
    /// The sample cut inside the serious and organised crime section, before its
    /// "Summary of findings".
    @Test func aQuestionCutBeforeItsSummaryIsReportedNotInvented() throws {
        let lines = try Fixtures.text("2016-cambridgeshire").split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(850).joined(separator: "\n")
        let report = try ExpectedValuesTests.registry.parse(text: cut)
        #expect(report.questions.map(\.key) == [.preventingCrime, .investigatingCrime, .protectingVulnerable])
        let incomplete = try #require(report.diagnostics.first { $0.code == "section-incomplete" })
        #expect(incomplete.line == 763)
        #expect(incomplete.message.contains("serious-organised-crime"))
        #expect(report.diagnostics.contains { $0.code == "question-missing" && $0.message.contains("specialist-capabilities") })
        // The question before keeps exactly what the whole report gives.
        let whole = try ExpectedValuesTests.registry.parse(bytes: Fixtures.bytes("2016-cambridgeshire"))
        #expect(report.question(.protectingVulnerable) == whole.question(.protectingVulnerable))
    }
}
