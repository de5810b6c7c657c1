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
        let candidates = questionTitles()
        let starts = document.sectionStarts(candidates, closedBy: "Summary of findings")
        let end = document.firstIndex(of: "Next steps", from: starts.last ?? 0)
            ?? document.firstIndex(startingWith: "Annex A", from: starts.last ?? 0)
        // A title after the last section, with neither a "Summary of findings" nor the
        // closing "Next steps" or annex after it: the text was cut inside its section.
        // It bounds the section before it, and is reported, not read.
        var unfinished: [Int] = []
        if end == nil {
            var keys = Set(starts.compactMap { QuestionKey(title: document.blocks[$0].text) })
            for index in candidates where index > (starts.last ?? -1) {
                if let key = QuestionKey(title: document.blocks[index].text), keys.insert(key).inserted { unfinished.append(index) }
            }
        }
        var questions: [Question] = []
        var seen: Set<QuestionKey> = []
        let boundaries = starts + unfinished
        for (start, range) in zip(boundaries, document.sections(startingAt: boundaries, end: end)) {
            let heading = document.blocks[start]
            guard let key = QuestionKey(title: heading.text), seen.insert(key).inserted else { continue }
            if unfinished.contains(start) {
                diagnostics.append(Diagnostic(
                    .warning, "section-incomplete",
                    "question \(key): the section has no “Summary of findings” (the text may be cut short)", line: heading.line))
                continue
            }
            questions.append(readQuestion(key: key, heading: heading, range: range, diagnostics: &diagnostics))
        }
        for (key, _) in QuestionKey.canonical.prefix(5) where !seen.contains(key) {
            diagnostics.append(Diagnostic(.warning, "question-missing", "no section for the \(key) question"))
        }
        return questions
    }

    /// Blocks that ask one of the five questions: the section headings, and the same
    /// titles in the contents, the introduction and the overview.
    private func questionTitles() -> [Int] {
        document.blocks.indices.filter { index in
            let block = document.blocks[index]
            // (A text that ends with "?" ends with that byte: a cheap test first.)
            return block.looksLikeHeading && block.text.utf8.last == UInt8(ascii: "?") && block.starts(with: Self.questionStart)
                && block.text.hasSuffix("?")
                && QuestionKey(title: block.text) != nil
        }
    }

    private static let questionStart = FoldedPhrase("How effective")
    private static let summaryOfFindings = FoldedPhrase("Summary of findings")
    private static let areasHeadings = [FoldedPhrase("Areas for improvement"), FoldedPhrase("Area for improvement")]

    private func readQuestion(key: QuestionKey, heading: Block, range: Range<Int>, diagnostics: inout [Diagnostic]) -> Question {
        var question = Question(
            key: key, pillar: .effectiveness, title: heading.text, grade: nil, gradeSource: .absent, line: heading.line)
        guard let summaryHeading = document.lastIndex(before: range.upperBound, from: range.lowerBound, where: { $0.is(Self.summaryOfFindings) }) else {
            diagnostics.append(Diagnostic(.warning, "summary-missing", "question \(key) has no “Summary of findings”", line: heading.line))
            return question
        }
        let grade = GradeReader.grade(after: summaryHeading, in: document, before: range.upperBound)
        let afterGrade = (grade?.index ?? summaryHeading) + 1
        let stop = document.firstIndex(from: afterGrade) { block in
            block.is(anyOf: Self.areasHeadings) || block.is(anyOf: CauseOfConcernReader.foldedHeadings)
        }.map { min($0, range.upperBound) } ?? range.upperBound
        question.summary = document.paragraphs(in: afterGrade..<stop)

        (question.grade, question.gradeSource) = GradeReader.sectionGrade(
            printed: grade?.grade, summary: question.summary, question: key, line: document.blocks[summaryHeading].line,
            diagnostics: &diagnostics)

        if let areas = document.firstIndex(from: summaryHeading, where: { $0.is(anyOf: Self.areasHeadings) }),
           areas < range.upperBound {
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
