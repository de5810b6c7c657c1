import Foundation
import PeelKit
@testable import PeelKitParsers2018
import PeelKitTestSupport
import Testing

/// Causes of concern, repeated areas for improvement and quoted recommendations,
/// on reports written in the 2018/19 layout.
@Suite struct Peel2018CauseOfConcernTests {
    static let recommendations = [
        "make sure that investigations are allocated to officers and staff with the skills, experience and accreditation to carry them out; and",
        "make sure that supervisors regularly review investigations and record their review.",
    ]

    func parse(_ text: String) throws -> Report {
        try FormatRegistry([Peel2018Format()]).parse(text: text)
    }

    @Test(arguments: [SampleReports.causeOfConcern, SampleReports.causeOfConcernWithLeadOnly])
    func causeOfConcernWithTwoRecommendations(_ text: String) throws {
        for variant in [text, MarkupStripping.strip(text)] {
            let report = try parse(variant)
            let investigating = try #require(report.question(.investigatingCrime))
            #expect(investigating.grade == .requiresImprovement)
            #expect(investigating.causesOfConcern.count == 1)
            let concern = try #require(investigating.causesOfConcern.first)
            #expect(concern.text.hasPrefix("The force isn't making sure that investigations are allocated"))
            #expect(concern.recommendations == Self.recommendations)
            #expect(investigating.summary == ["Avon and Somerset Constabulary requires improvement at investigating crime."])
        }
    }

    @Test func repeatedAreaListedOnceAndQuotedRecommendationsIgnored() throws {
        let report = try parse(SampleReports.causeOfConcern)
        let investigating = try #require(report.question(.investigatingCrime))
        #expect(investigating.areasForImprovement == ["The force should improve how it updates victims about the progress of their cases."])
        let all = report.questions.flatMap { $0.areasForImprovement + $0.causesOfConcern.flatMap(\.recommendations) }
        #expect(!all.contains { $0.contains("stop-and-search") })
        #expect(report.question(.preventingCrime)?.causesOfConcern.isEmpty == true)
    }

    @Test func partialReportSaysWhatIsMissing() throws {
        let report = try parse(SampleReports.causeOfConcern)
        #expect(report.questions.map(\.key) == [.preventingCrime, .investigatingCrime])
        #expect(report.judgment(.effectiveness)?.grade == .requiresImprovement)
        #expect(report.judgment(.efficiency)?.gradeSource == .absent)
        #expect(report.diagnostics.contains { $0.code == "question-missing" })
        #expect(report.force?.id == "avon-and-somerset")
        #expect(report.published == "2020-02")
        #expect(report.isbn == "978-1-78655-900-5")
        #expect(report.observations.count == 2)
    }

    @Test func gradeDisagreementIsADiagnostic() throws {
        let text = SampleReports.causeOfConcern.replacingOccurrences(
            of: "\tPreventing crime and tackling anti-social behaviour\t Good", with: "\tPreventing crime and tackling anti-social behaviour\t Outstanding")
        let report = try parse(text)
        #expect(report.question(.preventingCrime)?.grade == .good)
        #expect(report.diagnostics.contains { $0.code == "grade-mismatch" })
    }

    @Test func lastInspectedDisagreementIsADiagnostic() throws {
        let text = SampleReports.causeOfConcern.replacingOccurrences(
            of: "Good\t2018/19", with: "Good\t2017")
        let report = try parse(text)
        #expect(report.question(.preventingCrime)?.lastInspected == "2017")
        #expect(report.diagnostics.contains { $0.code == "last-inspected-mismatch" })
    }
}

/// The module's small readers.
@Suite struct Peel2018ReaderTests {
    @Test func labelAndPeriod() {
        #expect(FigurePanelReader().splitLabel("999 calls per 1,000 population 12 months ending 31 March 2019")
            == ("999 calls per 1,000 population", "12 months ending 31 March 2019"))
        #expect(FigurePanelReader().splitLabel("Spend per head of population 2019/20 projection")
            == ("Spend per head of population", "2019/20 projection"))
        #expect(FigurePanelReader().splitLabel("Sexual offences") == ("Sexual offences", nil))
    }

    @Test func similarForceNames() {
        #expect(Peel2018Observations.names(in: "Kent Police, Essex Police and Avon and Somerset Constabulary")
            == ["Kent Police", "Essex Police", "Avon and Somerset Constabulary"])
        #expect(Peel2018Observations.names(in: "Avon and Somerset Constabulary and Devon and Cornwall Police")
            == ["Avon and Somerset Constabulary", "Devon and Cornwall Police"])
    }

    @Test func years() {
        #expect(Peel2018OverallSummary.isYear("2018/19"))
        #expect(Peel2018OverallSummary.isYear("2016"))
        #expect(!Peel2018OverallSummary.isYear("Good"))
        #expect(Peel2018Components.earlierYear(in: "This question wasn't subject to inspection in 2018/19, and our judgment from the 2016 effectiveness inspection has been carried over.") == "2016")
    }
}
