import Testing
import PeelKit
import PeelKitTestSupport

/// "Overall judgment", its grade line, and the paragraph that states it.
@Suite struct OverallJudgmentTests {
    /// The sample without the grade line under "Overall judgment" (a grade printed as an image).
    static func withoutGradeLine() throws -> String {
        var lines = try Sample2015.lines()
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Overall judgment") })
        let grade = try #require(lines[heading...].firstIndex { Sample2015.isGradeLine($0) })
        lines.remove(at: grade)
        return lines.joined(separator: "\n")
    }

    @Test func theGradeLine() throws {
        let report = try Sample2015.parse(try Sample2015.text())
        let judgment = try #require(report.judgment(.effectiveness))
        #expect(judgment.grade == .requiresImprovement)
        #expect(judgment.gradeSource == .stated)
        #expect(judgment.line == 7)
    }

    @Test func withoutTheGradeLineTheProseStatesIt() throws {
        let report = try Sample2015.parse(try Self.withoutGradeLine())
        let judgment = try #require(report.judgment(.effectiveness))
        #expect(judgment.grade == .requiresImprovement)
        #expect(judgment.gradeSource == .stated)
        #expect(report.diagnostics.contains { $0.code == "grade-from-prose" })
        // The questions do not change.
        #expect(report.questions.map(\.grade) == [.good, .requiresImprovement, .requiresImprovement, .good])
    }

    @Test func theForceIsNamedByTheJudgment() throws {
        let report = try Sample2015.parse(try Self.withoutGradeLine())
        #expect(report.force?.id == "cambridgeshire")
        #expect(report.force?.name == "Cambridgeshire Constabulary")
    }
}
