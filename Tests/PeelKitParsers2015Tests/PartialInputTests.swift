import Testing
import PeelKit
import PeelKitTestSupport

/// A report cut short still parses: what is there is read, and diagnostics say what is missing.
@Suite struct PartialInputTests {
    static func prefix(lines count: Int) throws -> String {
        try Sample2015.lines().prefix(count).joined(separator: "\n")
    }

    @Test func truncatedInTheMiddleOfASection() throws {
        let lines = try Sample2015.lines()
        let report = try Sample2015.parse(try Self.prefix(lines: lines.count / 2))
        #expect(report.format.id == "peel-2015")
        #expect(report.force?.id == "cambridgeshire")
        #expect(report.judgments.first?.grade == .requiresImprovement)
        // The first question is whole; the second was cut before its summary.
        #expect(report.questions.map(\.key) == [.preventingCrime])
        #expect(report.question(.preventingCrime)?.grade == .good)
        #expect(report.question(.preventingCrime)?.areasForImprovement.count == 1)
        let codes = report.diagnostics.map(\.code)
        #expect(codes.contains("section-incomplete"))
        #expect(codes.filter { $0 == "question-missing" }.count == 2)
        #expect(report.diagnostics.contains { $0.code == "section-incomplete" && $0.line == 647 })
    }

    @Test func truncatedInsideASummary() throws {
        let lines = try Sample2015.lines()
        let cut = try #require(lines.firstIndex { $0.hasPrefix("Constabulary priorities reflect a commitment to prevention, supporting victims,") })
        let report = try Sample2015.parse(try Self.prefix(lines: cut + 2))
        let question = try #require(report.question(.preventingCrime))
        #expect(question.grade == .good)
        #expect(question.summary.count == 2)
        #expect(question.areasForImprovement.isEmpty)
    }

    /// Cut anywhere, the module gives a report or a typed error, never a crash.
    @Test func cutAnywhere() throws {
        let lines = try Sample2015.lines()
        let registry = try Sample2015.registry()
        var reports = 0
        for count in stride(from: 0, through: lines.count, by: 23) {
            let text = lines.prefix(count).joined(separator: "\n")
            do {
                let report = try registry.parse(text: text, format: "peel-2015")
                reports += 1
                #expect(report.questions.count <= 4)
                if report.questions.count < 4 { #expect(!report.diagnostics.isEmpty) }
            } catch {
                #expect(error is PeelError)
            }
        }
        #expect(reports > 0)
    }

    @Test func notAReportAtAll() throws {
        let report = try Sample2015.registry().parse(text: "Minutes of the parish council.\n\nApologies were received.", format: "peel-2015")
        #expect(report.questions.isEmpty)
        #expect(report.judgments.first?.gradeSource == .absent)
        #expect(report.diagnostics.contains { $0.code == "judgment-missing" })
        #expect(report.diagnostics.contains { $0.code == "force-missing" })
    }
}
