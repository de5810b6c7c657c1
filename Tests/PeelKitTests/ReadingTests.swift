import PeelKit
import Testing

@Suite("Reading building blocks")
struct ReadingTests {
    @Test("grade words", arguments: [
        ("Good", Grade.good), ("REQUIRES IMPROVEMENT", .requiresImprovement), ("**Outstanding**", .outstanding),
        ("Inadequate.", .inadequate), ("Ungraded", .ungraded), ("Adequate", .adequate),
    ])
    func gradeWords(text: String, grade: Grade) {
        #expect(Grade(printed: text) == grade)
    }

    @Test func notGrades() {
        #expect(Grade(printed: "Good practice") == nil)
        #expect(Grade(printed: "") == nil)
    }

    @Test func statedAndInferredGrades() {
        #expect(GradeReader.statedGrade(in: "The force has been assessed as good in respect of its effectiveness.") == .good)
        #expect(GradeReader.statedGrade(in: "HMIC judges that overall the force requires improvement in the way…") == .requiresImprovement)
        #expect(GradeReader.inferredGrade(fromSummary: "Cumbria Constabulary is effective at investigating crime. Later text requires improvement.") == .good)
        #expect(GradeReader.inferredGrade(fromSummary: "The force's approach requires improvement.") == .requiresImprovement)
        #expect(GradeReader.inferredGrade(fromSummary: "The force is good at some things but requires improvement in others.") == nil)
        #expect(GradeReader.inferredGrade(fromSummary: "The force has worked hard.") == nil)
    }

    @Test func gradeAfterAHeading() {
        let document = Document(text: "Summary of findings\n\n\n\nRequires improvement\n\nText.")
        let found = GradeReader.grade(after: 0, in: document)
        #expect(found?.grade == .requiresImprovement)
        #expect(document.blocks[found?.index ?? 0].line == 5)
        let none = Document(text: "Summary of findings\n\nA long paragraph that says nothing about the grade at all, really.\n\nGood")
        #expect(GradeReader.grade(after: 0, in: none) == nil)
    }

    @Test func listItemsAreCollectedAndDeduplicated() {
        let document = Document(text: """
            Areas for improvement

            - The force should do one thing.
            - The force should ensure that:
              - a is done; and
              - b is done.
            - The force should do one thing.

            Next
            """)
        let (items, end) = ListReader.items(after: 0, in: document)
        #expect(items.count == 3)
        #expect(items[1].text == "The force should ensure that: a is done; and b is done.")
        #expect(ListReader.unique(items).count == 2)
        #expect(document.blocks[end].text == "Next")
    }

    @Test func figurePanelInReadingOrder() {
        let document = Document(text: """
            Calls for assistance

            Calls for assistance per 1,000 population 12 months to 30 June 2016

            Kent Police

            247

            England and Wales

            240
            """)
        let figures = FigurePanelReader().read(document, in: 0..<document.blocks.count, forceName: "Kent Police")
        #expect(figures == [KeyFigure(
            label: "Calls for assistance per 1,000 population", period: "12 months to 30 June 2016", value: "247",
            comparator: "England and Wales", comparatorValue: "240", line: 3)])
    }

    @Test func coverReading() {
        let document = Document(text: "PEEL\n\nPolice effectiveness 2016\n\nAn inspection of the Met\n\nMarch 2017\n\nISBN: 978-1-78655-339-3\n")
        #expect(CoverReader.peelTitle(in: document) == "PEEL: Police effectiveness 2016")
        #expect(CoverReader.inspectedForce(in: document)?.id == "metropolitan")
        #expect(CoverReader.publicationMonth(in: document) == "2017-03")
        #expect(CoverReader.isbn(in: document) == "978-1-78655-339-3")
        #expect(CoverReader.month(in: "February 2020 | © HMICFRS 2020 | ISBN: 978-1-78655-943-2") == "2020-02")
    }

    @Test("question titles of every year give canonical keys", arguments: [
        ("How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?", QuestionKey.preventingCrime),
        ("How effective is the force at investigating crime and managing offenders?", .investigatingCrime),
        ("How effective is the force at protecting from harm those who are vulnerable, and supporting victims?", .protectingVulnerable),
        ("How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities?", .seriousOrganisedCrime),
        ("How effective are the force's specialist capabilities?", .specialistCapabilities),
        ("Armed response capability", .specialistCapabilities),
        ("Meeting current demands and using resources", .meetingDemand),
        ("Fair treatment of the workforce", .fairTreatmentWorkforce),
    ])
    func questionKeys(title: String, key: QuestionKey) {
        #expect(QuestionKey(title: title) == key)
    }

    @Test func subQuestionsHaveNoKey() {
        #expect(QuestionKey(title: "How effective is the force's initial investigative response?") == nil)
        #expect(QuestionKey(title: "How effectively does the force respond to serious and organised crime?") == nil)
    }

    @Test func sectionStartsAreTheTitlesThatTheClosingHeadingFollows() {
        let document = Document(text: """
            Contents

            How effective is the force at preventing crime?

            How effective is the force at investigating crime?

            How effective is the force at preventing crime?

            Findings.

            Summary of findings

            Good

            How effective is the force at investigating crime?

            Findings, cut short.
            """)
        let titles = document.blocks.indices.filter { document.blocks[$0].starts(with: "How effective") }
        #expect(titles == [1, 2, 3, 7])
        #expect(document.sectionStarts(titles, closedBy: "Summary of findings") == [3])
        #expect(document.sectionStarts([7, 3, 1], closedBy: "SUMMARY OF FINDINGS") == [3])
        #expect(document.sectionStarts(titles, closedBy: "Next steps").isEmpty)
        #expect(document.sectionStarts([], closedBy: "Summary of findings").isEmpty)
    }

    @Test func theListUnderAHeadingInARange() throws {
        let document = Document(text: """
            Areas for improvement

            - Before the range.

            Summary of findings

            AREA FOR IMPROVEMENT

            - The force should do one thing.
            - The force should do one thing.
            - The force should do another thing.

            Areas for improvement

            Next question
            """)
        let found = try #require(ListReader.list(under: ListReader.areasForImprovementHeadings, in: document, range: 2..<document.blocks.count))
        #expect(document.blocks[found.heading].line == 7)
        #expect(found.items.map(\.text) == ["The force should do one thing.", "The force should do another thing."])
        #expect(found.items.first?.line == 9)
        let empty = try #require(ListReader.list(under: ["Areas for improvement"], in: document, range: 7..<document.blocks.count))
        #expect(empty.items.isEmpty)
        #expect(ListReader.list(under: ["Areas for improvement"], in: document, range: 1..<3) == nil)
        #expect(ListReader.list(under: ["Causes of concern"], in: document, range: 0..<100) == nil)
    }

    @Test func judgmentsPrintedStatedInferredOrAbsent() {
        func read(_ text: String) -> (Judgment, [String]) {
            let document = Document(text: text)
            var diagnostics: [Diagnostic] = []
            let heading = document.firstIndex(of: "Overall judgment") ?? -1
            let judgment = GradeReader.judgment(.effectiveness, after: heading, in: document, diagnostics: &diagnostics)
            return (judgment, diagnostics.map(\.code))
        }
        let statement = "The force's overall effectiveness in keeping people safe has been assessed as good."
        let inferred = "The force requires improvement in the way it keeps people safe and reduces crime overall."
        let unclear = "The force has worked hard on many things during the year, with a range of partners."

        let (printed, none) = read("Overall judgment\n\nRequires improvement\n\n\(statement)")
        #expect(printed == Judgment(pillar: .effectiveness, grade: .requiresImprovement, gradeSource: .stated, line: 3))
        #expect(none.isEmpty)

        let (stated, fromProse) = read("Intro\n\nOverall judgment\n\n\(statement)")
        #expect(stated == Judgment(pillar: .effectiveness, grade: .good, gradeSource: .stated, line: 3))
        #expect(fromProse == ["grade-from-prose"])
        #expect(GradeReader.judgmentStatement(after: 1, in: Document(text: "Intro\n\nOverall judgment\n\n\(statement)")) == statement)

        let (wording, inferredCode) = read("Overall judgment\n\n\(inferred)")
        #expect(wording.grade == .requiresImprovement && wording.gradeSource == .inferred)
        #expect(inferredCode == ["grade-inferred"])

        let (absent, missing) = read("Overall judgment\n\n\(unclear)")
        #expect(absent == Judgment(pillar: .effectiveness, grade: nil, gradeSource: .absent, line: 1))
        #expect(missing == ["grade-missing"])

        let (noHeading, noHeadingCodes) = read("No judgment here.")
        #expect(noHeading.grade == nil && noHeading.gradeSource == .absent && noHeading.line == nil)
        #expect(noHeadingCodes == ["grade-missing"])
    }
}
