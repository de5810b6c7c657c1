import PeelKit

/// One question's section: the heading at `range.lowerBound`, the findings, and the
/// "Summary of findings" that closes it.
struct Peel2015QuestionSection {
    let document: Document
    let key: QuestionKey
    let range: Range<Int>

    func read(diagnostics: inout [Diagnostic]) -> Question {
        let heading = document.blocks[range.lowerBound]
        var question = Question(
            key: key, pillar: .effectiveness, title: heading.text, grade: nil, gradeSource: .absent, line: heading.line)
        question.causesOfConcern = causesOfConcern()
        // Scans stop at the section's end: what lies beyond it is not the section's.
        guard let summaryHeading = document.firstIndex(in: (range.lowerBound + 1)..<max(range.lowerBound + 1, range.upperBound), where: Self.summaryHeading)
        else {
            diagnostics.append(Diagnostic(.warning, "summary-missing", "question \(key) has no “Summary of findings”", line: heading.line))
            return question
        }
        let grade = GradeReader.grade(after: summaryHeading, in: document, before: range.upperBound)
        let afterGrade = (grade?.index ?? summaryHeading) + 1
        let rest = afterGrade..<max(afterGrade, range.upperBound)
        let areas = document.firstIndex(in: rest, where: Self.areasHeading)
        let stop = document.firstIndex(in: rest, where: Self.summaryEnd) ?? range.upperBound
        question.summary = document.paragraphs(in: afterGrade..<stop)

        (question.grade, question.gradeSource) = GradeReader.sectionGrade(
            printed: grade?.grade, summary: question.summary, question: key, line: document.blocks[summaryHeading].line,
            diagnostics: &diagnostics)

        if let areas {
            let list = ListReader.areasForImprovement(
                under: areas, in: document, before: range.upperBound, question: key, diagnostics: &diagnostics)
            question.areasForImprovement = list.items
            if list.cutShort { return question }
        }
        if range.upperBound >= document.blocks.count, let last = document.blocks.last {
            // No annex or "Next steps" closed the last section: the text stops inside it.
            diagnostics.append(Diagnostic(
                .warning, "section-at-end-of-input",
                "question \(key): the section runs to the end of the input with no annex or “Next steps” after it; the text may be cut short",
                line: last.lastLine))
        }
        return question
    }

    /// Causes of concern anywhere in the section (the findings or the summary), each once.
    private func causesOfConcern() -> [CauseOfConcern] {
        var seen: Set<String> = []
        return CauseOfConcernReader.read(document, in: (range.lowerBound + 1)..<range.upperBound)
            .filter { seen.insert(TextFolding.fold($0.text + " " + $0.recommendations.joined(separator: " "))).inserted }
    }

    private static let summaryHeading = BlockPattern.kind(Document.headingKinds) && .is("Summary of findings")
    private static let areasHeading = BlockPattern.is("Areas for improvement", "Area for improvement")
    private static let summaryEnd = areasHeading || .is(CauseOfConcernReader.foldedHeadings)
}
