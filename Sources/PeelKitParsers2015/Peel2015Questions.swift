import PeelKit

/// The four questions, each read from its own section (see ``Peel2015Sections``).
///
/// A section opens with the question as a heading and the detailed findings, then
/// "Summary of findings", the grade on a line of its own, the summary paragraphs,
/// any "Cause of concern" with its recommendations, and "Areas for improvement" as
/// bullets. The vulnerability question was published separately in 2015: its
/// section gives only the summary, often with no areas for improvement.
struct Peel2015Questions {
    let document: Document

    init(_ document: Document) { self.document = document }

    func read(diagnostics: inout [Diagnostic]) -> [Question] {
        let sections = Peel2015Sections(document)
        var questions: [Question] = []
        var seen: Set<QuestionKey> = []
        for (start, range) in zip(sections.starts, document.sections(startingAt: sections.starts, end: sections.end)) {
            let heading = document.blocks[start]
            guard let key = QuestionKey(title: heading.text), seen.insert(key).inserted else { continue }
            let section = Peel2015QuestionSection(document: document, key: key, range: range)
            questions.append(section.read(diagnostics: &diagnostics))
        }
        for index in sections.unfinished {
            let heading = document.blocks[index]
            guard let key = QuestionKey(title: heading.text), !seen.contains(key) else { continue }
            seen.insert(key)
            diagnostics.append(Diagnostic(
                .warning, "section-incomplete",
                "question \(key): the section has no “Summary of findings” (the text may be cut short)", line: heading.line))
        }
        for key in Peel2015Sections.keys where !seen.contains(key) {
            diagnostics.append(Diagnostic(.warning, "question-missing", "no section for the \(key) question"))
        }
        return questions
    }
}
