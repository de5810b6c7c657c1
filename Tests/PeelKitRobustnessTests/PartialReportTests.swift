import PeelKit
import PeelKitTestSupport
import Testing

/// A report cut short yields what it holds, and diagnostics say what is missing;
/// nothing is invented.
@Suite("Partial reports say what is missing")
struct PartialReportTests {
    /// The sample's first `count` lines.
    func prefix(_ name: String, lines count: Int) throws -> [UInt8] {
        Mutants.joined(Array(Mutants.lines(try Fixtures.bytes(name)).prefix(count)))
    }

    @Test func aListCutShortSaysSo() throws {
        let registry = try Mutants.registry()
        let whole = try registry.parse(bytes: try Fixtures.bytes("2016-cambridgeshire"))
        // Lines 562–564 hold the investigating-crime question's three areas; cut after two.
        let report = try registry.parse(bytes: try prefix("2016-cambridgeshire", lines: 563))
        let question = try #require(report.question(.investigatingCrime))
        let full = try #require(whole.question(.investigatingCrime))
        #expect(question.grade == full.grade)
        #expect(question.areasForImprovement == Array(full.areasForImprovement.prefix(2)))
        let diagnostic = try #require(report.diagnostics.first { $0.code == "list-at-end-of-input" })
        #expect(diagnostic.line == 563)
        #expect(diagnostic.message.contains("investigating-crime"))
        #expect(diagnostic.message.contains("areas for improvement list ended at end of input"))
        // The complete report has no such warning.
        #expect(!whole.diagnostics.contains { $0.code == "list-at-end-of-input" || $0.code == "section-at-end-of-input" })
    }

    @Test func aQuestionCutBeforeItsGradeHasNoGrade() throws {
        let registry = try Mutants.registry()
        // Line 544 is the investigating-crime question's "Summary of findings"; its grade follows.
        let report = try registry.parse(bytes: try prefix("2016-cambridgeshire", lines: 544))
        let question = try #require(report.question(.investigatingCrime))
        #expect(question.grade == nil)
        #expect(question.gradeSource == .absent)
        #expect(question.areasForImprovement.isEmpty)
        #expect(report.diagnostics.contains { $0.code == "grade-missing" && $0.message == "question investigating-crime has no grade in the text" })
        #expect(report.diagnostics.contains { $0.code == "section-at-end-of-input" && $0.message.contains("investigating-crime") })
        // The questions after it are missing, and said to be.
        #expect(report.diagnostics.filter { $0.code == "question-missing" }.count == 3)
    }

    @Test func a2015ListCutShortSaysSo() throws {
        let registry = try Mutants.registry()
        let name = "2015-cambridgeshire-excerpt"
        let whole = try registry.parse(bytes: try Fixtures.bytes(name))
        #expect(!whole.diagnostics.contains { $0.code == "list-at-end-of-input" || $0.code == "section-at-end-of-input" })
        // Line 641 is the preventing-crime question's "Areas for improvement"; cut inside its item.
        let report = try registry.parse(bytes: try prefix(name, lines: 644))
        let question = try #require(report.question(.preventingCrime))
        #expect(question.grade == whole.question(.preventingCrime)?.grade)
        #expect(question.areasForImprovement.count == 1)
        #expect(report.diagnostics.contains { $0.code == "list-at-end-of-input" && $0.message.contains("preventing-crime") })
    }

    @Test func a2015SectionCutInItsSummarySaysSo() throws {
        let registry = try Mutants.registry()
        let name = "2015-cambridgeshire-excerpt"
        // Line 611 is the preventing-crime "Summary of findings"; cut a few lines into the summary.
        let report = try registry.parse(bytes: try prefix(name, lines: 620))
        let question = try #require(report.question(.preventingCrime))
        #expect(question.areasForImprovement.isEmpty)
        #expect(report.diagnostics.contains { $0.code == "section-at-end-of-input" && $0.message.contains("preventing-crime") })
    }
}
