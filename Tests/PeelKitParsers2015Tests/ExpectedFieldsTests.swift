import Testing
import PeelKit
import PeelKitTestSupport

/// The sample parses to its expected values, field by field.
@Suite struct ExpectedFieldsTests {
    @Test func everyExpectedFieldOfTheSample() throws {
        let report = try Sample2015.parse(Sample2015.text())
        let diffs = ExpectedFields.differences(
            expected: try Fixtures.expected(Sample2015.name), actual: try Fixtures.json(report))
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
    }

    @Test func reportLevelValues() throws {
        let report = try Sample2015.parse(Sample2015.text())
        #expect(report.format.id == "peel-2015")
        #expect(report.title == nil)
        #expect(report.force == ForceReference(id: "cambridgeshire", name: "Cambridgeshire Constabulary"))
        #expect(report.inspectionYear == "2015")
        #expect(report.published == nil)
        #expect(report.isbn == nil)
        #expect(report.judgments == [Judgment(pillar: .effectiveness, grade: .requiresImprovement, gradeSource: .stated, line: 7)])
        #expect(report.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(report.diagnostics)")
    }

    @Test func questionsInOrderWithTheirSections() throws {
        let report = try Sample2015.parse(Sample2015.text())
        #expect(report.questions.map(\.key) == [.preventingCrime, .investigatingCrime, .protectingVulnerable, .seriousOrganisedCrime])
        // Each question starts at its own section's heading, after the overview and the introduction.
        #expect(report.questions.compactMap(\.line) == [358, 647, 1006, 1069])
        #expect(report.questions.allSatisfy { $0.pillar == .effectiveness })
        #expect(report.questions.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func summariesStopAtTheAreasForImprovement() throws {
        let report = try Sample2015.parse(Sample2015.text())
        let preventing = try #require(report.question(.preventingCrime))
        #expect(preventing.summary.count == 4)
        #expect(preventing.summary.first?.hasPrefix("Cambridgeshire Constabulary is good at preventing crime") == true)
        #expect(preventing.summary.last?.hasSuffix("and keep people safe.") == true)
        #expect(preventing.summary.contains { $0.contains("well-trained officers") })
        // The vulnerability question has no areas for improvement: its summary runs to the next question.
        let vulnerable = try #require(report.question(.protectingVulnerable))
        #expect(vulnerable.areasForImprovement.isEmpty)
        #expect(vulnerable.summary.last?.hasSuffix("confidence in the police to keep them safe.") == true)
    }
}
