import PeelKit
import PeelKitParsers2016
import PeelKitTestSupport
import Testing

@Suite("2016 samples give their expected values")
struct ExpectedValuesTests {
    static let registry: FormatRegistry = {
        var registry = FormatRegistry()
        try? registry.register(Peel2016Format())
        return registry
    }()

    @Test("every expected field", arguments: ["2016-cambridgeshire", "2016-cumbria-noisy"])
    func expectedFields(sample: String) throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes(sample))
        let differences = ExpectedFields.differences(
            expected: try Fixtures.expected(sample), actual: try Fixtures.json(report))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func overallJudgmentReadFromProseWhenTheGradeWasAnImage() throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes("2016-cambridgeshire"))
        let judgment = try #require(report.judgment(.effectiveness))
        #expect(judgment.grade == .good)
        #expect(judgment.gradeSource == .stated)
        #expect(report.diagnostics.contains { $0.code == "grade-from-prose" })
    }

    @Test func missingQuestionGradeIsInferredFromTheSummary() throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes("2016-cumbria-noisy"))
        let question = try #require(report.question(.investigatingCrime))
        #expect(question.grade == .good)
        #expect(question.gradeSource == .inferred)
        let diagnostic = try #require(report.diagnostics.first { $0.code == "grade-inferred" })
        #expect(diagnostic.line == 561)
    }

    @Test func questionsCarryTheirSectionLineAndSummary() throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes("2016-cambridgeshire"))
        #expect(report.questions.map(\.line) == [268, 386, 566, 763, 886])
        let prevention = try #require(report.question(.preventingCrime))
        #expect(prevention.summary.count == 2)
        #expect(prevention.summary.first?.hasPrefix("The force has a good understanding") == true)
    }

    @Test func subBulletsAreJoinedToTheirLead() throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes("2016-cambridgeshire"))
        let items = try #require(report.question(.specialistCapabilities)).areasForImprovement
        #expect(items.count == 1)
        #expect(items.first?.hasPrefix("The forces in the strategic alliance should ensure that: question prompts") == true)
        #expect(items.first?.hasSuffix("more concise instructions and memorandums.") == true)
    }

    @Test("no footnote markers or markup left in any text", arguments: ["2016-cambridgeshire", "2016-cumbria-noisy"])
    func cleanText(sample: String) throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes(sample))
        let texts = report.questions.flatMap { [$0.title] + $0.summary + $0.areasForImprovement }
        for text in texts {
            #expect(!text.contains("^{"), "\(text)")
            #expect(!text.unicodeScalars.contains { "¹²³⁴⁵⁶⁷⁸⁹⁰".unicodeScalars.contains($0) }, "\(text)")
            #expect(!text.contains("\u{00A0}") && !text.contains("\u{00AD}") && !text.contains("ﬁ"), "\(text)")
            #expect(!text.contains("  "), "\(text)")
        }
    }

    @Test func columnGroupedPanelIsOrientedByKnownNationalFigures() throws {
        let report = try Self.registry.parse(bytes: Fixtures.bytes("2016-cumbria-noisy"))
        let last = try #require(report.keyFigures.last)
        #expect(last.label == "Investigation completed but no suspect identified")
        #expect(last.value == "35.3%")
        #expect(last.comparatorValue == "47.4%")
    }
}
