import PeelKit

/// The five questions of 2017, each read from its own section.
///
/// A question's title is printed in the contents, the introduction's list and the
/// overview as well as at the head of its section; only its section ends with a
/// "Summary of findings" before the next title (``Document/sectionStarts(_:closedBy:)``).
/// The last section ends at "Next steps" or the annex.
struct Peel2017Questions {
    /// The five questions, in report order.
    static let keys: [QuestionKey] = [
        .preventingCrime, .investigatingCrime, .protectingVulnerable, .seriousOrganisedCrime, .specialistCapabilities,
    ]

    let document: Document

    init(_ document: Document) { self.document = document }

    func read(diagnostics: inout [Diagnostic]) -> [Question] {
        let titles = document.blocks.indices.filter { index in
            let block = document.blocks[index]
            return block.looksLikeHeading && block.starts(with: "How effective") && block.text.hasSuffix("?")
                && QuestionKey(title: block.text).map(Self.keys.contains) == true
        }
        let starts = document.sectionStarts(titles, closedBy: "Summary of findings")
        let end = document.firstIndex(of: "Next steps", from: starts.last ?? 0)
            ?? document.firstIndex(startingWith: "Annex A", from: starts.last ?? 0)
        var questions: [Question] = []
        var seen: Set<QuestionKey> = []
        for (start, range) in zip(starts, document.sections(startingAt: starts, end: end)) {
            let heading = document.blocks[start]
            guard let key = QuestionKey(title: heading.text), seen.insert(key).inserted else { continue }
            questions.append(readQuestion(key, heading: heading, range: range, diagnostics: &diagnostics))
        }
        for key in Self.keys where !seen.contains(key) {
            diagnostics.append(Diagnostic(.warning, "question-missing", "no section for the \(key) question"))
        }
        return questions
    }

    /// "Summary of findings", the grade, the summary, causes of concern, areas for improvement.
    private func readQuestion(_ key: QuestionKey, heading: Block, range: Range<Int>, diagnostics: inout [Diagnostic]) -> Question {
        var question = Question(key: key, pillar: .effectiveness, title: heading.text, grade: nil, gradeSource: .absent, line: heading.line)
        guard let summaryHeading = document.lastIndex(before: range.upperBound, from: range.lowerBound, where: { $0.is("Summary of findings") }) else {
            diagnostics.append(Diagnostic(.warning, "summary-missing", "question \(key) has no “Summary of findings”", line: heading.line))
            return question
        }
        let summaryLine = document.blocks[summaryHeading].line
        let printed = GradeReader.grade(after: summaryHeading, in: document, before: range.upperBound)
        let afterGrade = (printed?.index ?? summaryHeading) + 1
        let findings = afterGrade..<range.upperBound
        let areas = ListReader.list(under: ListReader.areasForImprovementHeadings, in: document, range: findings)
        let concerns = document.firstIndex(from: afterGrade) { block in
            CauseOfConcernReader.headings.contains { block.is($0) }
        }
        let summaryEnd = [areas?.heading, concerns, range.upperBound].compactMap { $0 }.min() ?? range.upperBound
        question.summary = document.paragraphs(in: afterGrade..<summaryEnd)

        (question.grade, question.gradeSource) = GradeReader.sectionGrade(
            printed: printed?.grade, summary: question.summary, question: key, line: summaryLine, diagnostics: &diagnostics)
        if let areas {
            question.areasForImprovement = ListReader.areasForImprovement(
                under: areas.heading, in: document, before: range.upperBound, question: key, diagnostics: &diagnostics).items
        }
        question.causesOfConcern = CauseOfConcernReader.read(document, in: summaryHeading..<range.upperBound)
        return question
    }
}
