import PeelKit
import PeelKitParsers2016
import PeelKitTestSupport
import Testing

/// The samples have no causes of concern; weaker forces' 2016 reports do. These
/// inputs follow the 2016 layout.
@Suite("Causes of concern in the 2016 layout")
struct CauseOfConcernTests {
    static func report(section: String) -> String {
        """
        PEEL: Police effectiveness 2016

        An inspection of Durham Constabulary

        March 2017

        Force in numbers

        Overview – How effective is the force at keeping people safe and reducing crime?

        Overall judgment

        Requires improvement

        Durham Constabulary requires improvement in the way it keeps people safe.

        How effective is the force at protecting those who are vulnerable from harm, and supporting victims?

        Protecting the public is one of the most important duties placed on police forces.

        Summary of findings

        Inadequate

        Durham Constabulary is inadequate at protecting those who are vulnerable from harm.

        \(section)

        How effective are the force's specialist capabilities?

        Summary of findings

        Ungraded

        The force is well prepared.

        Next steps

        """
    }

    @Test func causeWithALeadAndRecommendations() throws {
        let text = Self.report(section: """
            Cause of concern

            The force does not assess risk at first contact consistently, and it does not
            respond to vulnerable victims quickly enough.

            To address this cause of concern, HMIC recommends that the force:

            - immediately ensures that all incidents are assessed for risk at first contact; and
            - within three months, reviews its response to incidents involving
              vulnerable victims.

            Areas for improvement

            - The force should improve its supervision of domestic abuse investigations.
            """)
        let report = try ExpectedValuesTests.registry.parse(text: text)
        let question = try #require(report.question(.protectingVulnerable))
        #expect(question.grade == .inadequate)
        #expect(question.causesOfConcern.count == 1)
        let cause = try #require(question.causesOfConcern.first)
        #expect(cause.text == "The force does not assess risk at first contact consistently, and it does not respond to vulnerable victims quickly enough.")
        #expect(cause.recommendations == [
            "immediately ensures that all incidents are assessed for risk at first contact; and",
            "within three months, reviews its response to incidents involving vulnerable victims.",
        ])
        #expect(question.areasForImprovement == ["The force should improve its supervision of domestic abuse investigations."])
        #expect(question.summary == ["Durham Constabulary is inadequate at protecting those who are vulnerable from harm."])
        #expect(report.force?.id == "durham")
    }

    @Test func twoCausesUnderARecommendationsHeading() throws {
        let text = Self.report(section: """
            Causes of concern

            Victims of domestic abuse are not safeguarded well enough.

            Recommendations

            • The force should review its safeguarding arrangements.

            Cause of concern

            Missing children are not always identified as at risk.

            • The force should train call handlers to identify risk.
            """)
        let report = try ExpectedValuesTests.registry.parse(text: text)
        let causes = try #require(report.question(.protectingVulnerable)).causesOfConcern
        #expect(causes.map(\.text) == [
            "Victims of domestic abuse are not safeguarded well enough.",
            "Missing children are not always identified as at risk.",
        ])
        #expect(causes.map(\.recommendations) == [
            ["The force should review its safeguarding arrangements."],
            ["The force should train call handlers to identify risk."],
        ])
    }

    @Test func aSummaryThatDoesNotSettleTheGradeGivesAbsentAndADiagnostic() throws {
        let text = Self.report(section: "").replacingOccurrences(of: "Inadequate\n", with: "\n")
            .replacingOccurrences(of: "is inadequate at protecting", with: "has worked on protecting")
        let report = try ExpectedValuesTests.registry.parse(text: text)
        let question = try #require(report.question(.protectingVulnerable))
        #expect(question.grade == nil)
        #expect(question.gradeSource == .absent)
        #expect(report.diagnostics.contains { $0.code == "grade-missing" && $0.line != nil })
    }
}
