import Foundation
import PeelKit
import PeelKitParsers2017
import Testing

@Suite("Reading a 2017 report")
struct ParsingTests {
    @Test func coverAndOverallJudgment() throws {
        let report = try Samples.registry().parse(text: try Samples.as2017("2016-cambridgeshire"))
        #expect(report.format.id == "peel-2017")
        #expect(report.title == "PEEL: Police effectiveness 2017")
        #expect(report.inspectionYear == "2017")
        #expect(report.force == ForceReference(id: "cambridgeshire", name: "Cambridgeshire Constabulary"))
        #expect(report.published == "2018-03")
        #expect(report.isbn == "978-1-78655-339-3")
        let judgment = try #require(report.judgment(.effectiveness))
        #expect(judgment.grade == .good)
        #expect(judgment.gradeSource == .stated)
        #expect(report.diagnostics.map(\.code) == ["grade-from-prose"])
    }

    @Test func theFiveQuestionsWithTheirGrades() throws {
        let report = try Samples.registry().parse(text: try Samples.as2017("2016-cambridgeshire"))
        #expect(report.questions.map(\.key) == [
            .preventingCrime, .investigatingCrime, .protectingVulnerable, .seriousOrganisedCrime, .specialistCapabilities,
        ])
        #expect(report.questions.map(\.grade) == [.good, .requiresImprovement, .good, .good, .ungraded])
        #expect(report.questions.allSatisfy { $0.gradeSource == .stated && $0.pillar == .effectiveness })
        #expect(report.questions.map(\.areasForImprovement.count) == [2, 3, 2, 1, 1])
        #expect(report.questions.allSatisfy { !$0.summary.isEmpty && $0.line != nil })

        let investigating = try #require(report.question(.investigatingCrime))
        #expect(investigating.title == "How effective is the force at investigating crime and reducing re-offending?")
        #expect(investigating.summary.first?.hasPrefix("Cambridgeshire Constabulary's approach to investigating crime") == true)
        #expect(investigating.areasForImprovement.first
            == "The force should ensure that it has sufficient resources available to respond to prompt calls for service.")
    }

    @Test func theForceInNumbersPanel() throws {
        let report = try Samples.registry().parse(text: try Samples.as2017("2016-cambridgeshire"))
        let first = try #require(report.keyFigures.first)
        #expect(first.label == "Calls for assistance per 1,000 population")
        #expect(first.period == "12 months to 30 June 2017")
        #expect(first.value == "247")
        #expect(first.comparator == "England and Wales")
        #expect(first.comparatorValue == "240")
    }

    @Test("a grade missing from a noisy extraction is inferred from the summary")
    func noisyExtraction() throws {
        let report = try Samples.registry().parse(text: try Samples.as2017("2016-cumbria-noisy"))
        #expect(report.format.id == "peel-2017")
        #expect(report.force?.id == "cumbria")
        #expect(report.questions.map(\.grade) == [.good, .good, .requiresImprovement, .good, .ungraded])
        #expect(report.question(.investigatingCrime)?.gradeSource == .inferred)
        #expect(report.diagnostics.contains { $0.code == "grade-inferred" })
    }

    @Test func missingPartsAreDiagnosticsNotErrors() throws {
        let report = try Samples.registry().parse(text: "Some text that is not a report at all.", format: "peel-2017")
        #expect(report.format.id == "peel-2017")
        #expect(report.questions.isEmpty)
        #expect(report.judgments.first?.gradeSource == .absent)
        let codes = Set(report.diagnostics.map(\.code))
        #expect(codes.isSuperset(of: ["judgment-missing", "force-missing", "question-missing"]))
    }

    @Test func theJSONFollowsTheContract() throws {
        let report = try Samples.registry().parse(text: try Samples.as2017("2016-cambridgeshire"))
        let json = ReportJSONEncoder(style: .compact).encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["format"] as? [String: Any])?["id"] as? String == "peel-2017")
        #expect(object["inspectionYear"] as? String == "2017")
        #expect((object["questions"] as? [Any])?.count == 5)
    }
}
