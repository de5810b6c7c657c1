import PeelKit

/// The five questions. Each section opens with the question as a heading and closes
/// with "Summary of findings", the grade, the summary paragraphs, any "Cause of
/// concern" with its recommendations, and "Areas for improvement".
///
/// The same question titles also appear in the contents, the introduction's list and
/// the overview's grade boxes; a section start is the occurrence that a "Summary of
/// findings" follows before the next question.
struct Peel2016Questions {
    let document: Document

    init(_ document: Document) { self.document = document }

    func read(diagnostics: inout [Diagnostic]) -> [Question] {
        let titles = questionTitles()
        let candidates = titles.map(\.index)
        // The key of a title's block (a dozen titles: a linear search).
        let keys = { (index: Int) in titles.first { $0.index == index }?.key }
        let starts = document.sectionStarts(candidates, closedBy: "Summary of findings")
        let end = document.firstIndex(of: "Next steps", from: starts.last ?? 0)
            ?? document.firstIndex(startingWith: "Annex A", from: starts.last ?? 0)
        // A title after the last section, with neither a "Summary of findings" nor the
        // closing "Next steps" or annex after it: the text was cut inside its section.
        // It bounds the section before it, and is reported, not read.
        var unfinished: [Int] = []
        if end == nil {
            var seenKeys = Set(starts.compactMap(keys))
            for index in candidates where index > (starts.last ?? -1) {
                if let key = keys(index), seenKeys.insert(key).inserted { unfinished.append(index) }
            }
        }
        var questions: [Question] = []
        var seen: Set<QuestionKey> = []
        let boundaries = starts + unfinished
        for (start, range) in zip(boundaries, document.sections(startingAt: boundaries, end: end)) {
            guard let key = keys(start), seen.insert(key).inserted else { continue }
            if unfinished.contains(start) {
                diagnostics.append(Diagnostic(
                    .warning, "section-incomplete",
                    "question \(key): the section has no “Summary of findings” (the text may be cut short)",
                    line: document.blocks[start].line))
                continue
            }
            questions.append(readQuestion(key: key, heading: start, range: range, diagnostics: &diagnostics))
        }
        for (key, _) in QuestionKey.canonical.prefix(5) where !seen.contains(key) {
            diagnostics.append(Diagnostic(.warning, "question-missing", "no section for the \(key) question"))
        }
        return questions
    }

    /// Blocks that ask one of the five questions, with the question's key: the section
    /// headings, and the same titles in the contents, the introduction and the overview.
    private func questionTitles() -> [(index: Int, key: QuestionKey)] {
        // The pattern passes only heading-like blocks whose last byte is "?" and that
        // start "How effective"; the text must also end with "?" as a character. Both
        // tests read the block in place (no string made).
        document.indices(where: Self.titleCandidate).compactMap { index in
            guard document.text(at: index, endsWith: "?"), let key = document.questionKey(at: index) else { return nil }
            return (index, key)
        }
    }

    private static let titleCandidate = BlockPattern.looksLikeHeading() && .textEnds(with: "?")
        && .starts(with: [FoldedPhrase("How effective")])
    private static let summaryOfFindings = BlockPattern.is("Summary of findings")
    private static let areasHeading = BlockPattern.is("Areas for improvement", "Area for improvement")
    private static let summaryEnd = areasHeading || .is(CauseOfConcernReader.foldedHeadings)

    /// The question whose section, headed by the block at `heading`, is `range`.
    private func readQuestion(key: QuestionKey, heading: Int, range: Range<Int>, diagnostics: inout [Diagnostic]) -> Question {
        let line = document.blocks[heading].line
        var question = Question(
            key: key, pillar: .effectiveness, title: document.blocks[heading].text, grade: nil,
            gradeSource: .absent, line: line)
        guard let summaryHeading = document.lastIndex(in: range, where: Self.summaryOfFindings) else {
            diagnostics.append(Diagnostic(.warning, "summary-missing", "question \(key) has no “Summary of findings”", line: line))
            return question
        }
        let grade = GradeReader.grade(after: summaryHeading, in: document, before: range.upperBound)
        let afterGrade = (grade?.index ?? summaryHeading) + 1
        // Scans stop at the section's end: a match beyond it would be clipped to it.
        let rest = afterGrade..<max(afterGrade, range.upperBound)
        let stop = document.firstIndex(in: rest, where: Self.summaryEnd) ?? range.upperBound
        question.summary = document.paragraphs(in: afterGrade..<stop)

        (question.grade, question.gradeSource) = GradeReader.sectionGrade(
            printed: grade?.grade, summary: question.summary, question: key, line: document.blocks[summaryHeading].line,
            diagnostics: &diagnostics)

        if let areas = document.firstIndex(in: summaryHeading..<range.upperBound, where: Self.areasHeading) {
            question.areasForImprovement = ListReader.areasForImprovement(
                under: areas, in: document, before: range.upperBound, question: key, diagnostics: &diagnostics).items
        }
        question.causesOfConcern = CauseOfConcernReader.read(document, in: summaryHeading..<range.upperBound)
        if range.upperBound >= document.blocks.count, let last = document.blocks.last,
           !diagnostics.contains(where: { $0.code == "list-at-end-of-input" }) {
            // No "Next steps" or annex closed the last section: the text stops inside it.
            diagnostics.append(Diagnostic(
                .warning, "section-at-end-of-input",
                "question \(key): the section runs to the end of the input with no “Next steps” or annex after it; the text may be cut short",
                line: last.lastLine))
        }
        return question
    }
}
