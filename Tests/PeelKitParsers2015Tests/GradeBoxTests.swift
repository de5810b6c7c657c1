import Testing
import PeelKit
import PeelKitTestSupport

/// The overview's two-column grade boxes print each question's grade too, interleaved
/// by pdftotext; a question's grade must come from its own "Summary of findings".
@Suite struct GradeBoxTests {
    /// The sample's lines with every standalone grade line between the overview's
    /// "Summary" and the "Introduction" (the grade boxes) replaced.
    static func replacingBoxGrades(with word: String) throws -> String {
        var lines = try Sample2015.lines()
        let summary = try #require(lines.firstIndex { Sample2015.trimmed($0) == "Summary" })
        let introduction = try #require(lines.firstIndex { Sample2015.trimmed($0) == "Introduction" })
        var replaced = 0
        for index in summary..<introduction where Sample2015.isGradeLine(lines[index]) {
            lines[index] = word
            replaced += 1
        }
        #expect(replaced == 4, "the sample has four grade boxes")
        return lines.joined(separator: "\n")
    }

    /// The sample with the grade line after each section's "Summary of findings"
    /// changed by `change` (nil removes it).
    static func changingSectionGrades(_ change: (String) -> String?) throws -> String {
        var lines = try Sample2015.lines()
        var output: [String] = []
        var afterSummary = false
        for line in lines {
            if Sample2015.trimmed(line) == "Summary of findings" { afterSummary = true }
            if afterSummary, Sample2015.isGradeLine(line) {
                afterSummary = false
                if let changed = change(Sample2015.trimmed(line)) { output.append(changed) }
                continue
            }
            output.append(line)
        }
        lines = output
        return lines.joined(separator: "\n")
    }

    @Test func boxGradesDoNotChangeTheQuestions() throws {
        let report = try Sample2015.parse(try Self.replacingBoxGrades(with: "Inadequate"))
        let diffs = ExpectedFields.differences(
            expected: try Fixtures.expected(Sample2015.name), actual: try Fixtures.json(report))
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
        #expect(!report.questions.contains { $0.grade == .inadequate })
    }

    @Test func sectionGradesAreTheOnesRead() throws {
        let report = try Sample2015.parse(try Self.changingSectionGrades { _ in "Outstanding" })
        #expect(report.questions.count == 4)
        for question in report.questions {
            #expect(question.grade == .outstanding, "\(question.key)")
            #expect(question.gradeSource == .stated, "\(question.key)")
        }
        // The overall judgment is not a question's and keeps its own grade.
        #expect(report.judgments.first?.grade == .requiresImprovement)
    }

    @Test func withoutSectionGradesNothingIsStatedFromTheBoxes() throws {
        let report = try Sample2015.parse(try Self.changingSectionGrades { _ in nil })
        #expect(report.questions.count == 4)
        for question in report.questions {
            #expect(question.gradeSource != .stated, "\(question.key) took a grade that is not in its section")
        }
        // Where the summary's wording settles it, the grade is inferred and said so.
        #expect(report.question(.preventingCrime)?.grade == .good)
        #expect(report.question(.preventingCrime)?.gradeSource == .inferred)
        #expect(report.question(.investigatingCrime)?.grade == .requiresImprovement)
        #expect(report.diagnostics.contains { $0.code == "grade-inferred" })
        #expect(report.diagnostics.filter { $0.code == "grade-inferred" || $0.code == "grade-missing" }.count == 4)
    }
}
