import Testing
import PeelKit
import PeelKitTestSupport

/// The sample has no cause of concern; a section that prints one gives it, with its
/// recommendations, and the summary stops before it.
@Suite struct CauseOfConcernTests {
    static let concern = """

        Cause of concern 
        HMIC is concerned that a lack of positive action is putting vulnerable victims at 
        risk. 

        Recommendations 
        To address this cause of concern, HMIC recommends that the constabulary should 
        immediately: 
        • ensure that officers attending domestic abuse incidents take positive action and 

        gather the best evidence; and 
        • review how body-worn video cameras are used. 

        """

    /// The sample with the cause of concern put at the end of the vulnerability summary.
    static func text() throws -> String {
        var lines = try Sample2015.lines()
        let next = try #require(lines.firstIndex { $0.hasPrefix(" How effective is the force at tackling serious and ") })
        lines.insert(concern, at: next)
        return lines.joined(separator: "\n")
    }

    @Test func theCauseOfConcernAndItsRecommendations() throws {
        let report = try Sample2015.parse(try Self.text())
        let question = try #require(report.question(.protectingVulnerable))
        #expect(question.causesOfConcern.count == 1)
        let cause = try #require(question.causesOfConcern.first)
        #expect(cause.text == "HMIC is concerned that a lack of positive action is putting vulnerable victims at risk.")
        #expect(cause.recommendations == [
            "ensure that officers attending domestic abuse incidents take positive action and gather the best evidence; and",
            "review how body-worn video cameras are used.",
        ])
        #expect(!question.summary.contains { $0.contains("lack of positive action is putting vulnerable victims at risk.") })
        #expect(question.summary.count == 7)
        #expect(question.areasForImprovement.isEmpty)
        // The other questions are untouched.
        #expect(report.questions.filter { $0.key != .protectingVulnerable }.allSatisfy { $0.causesOfConcern.isEmpty })
        #expect(report.question(.seriousOrganisedCrime)?.grade == .good)
    }
}
