import PeelKit

/// The three pillar questions: "How effectively does the force reduce crime and keep
/// people safe?", "How efficiently does the force operate…?", "How legitimately does
/// the force treat the public and its workforce?". Each is a heading followed by the
/// pillar's grade as a heading of its own, a "Summary", then the pillar's components.
struct Peel2018Pillars {
    /// A pillar question found in the body.
    struct Section {
        var pillar: Pillar
        /// Index of the question heading.
        var index: Int
        /// The grade under the heading and the index of its block.
        var grade: (grade: Grade, index: Int)?
    }

    /// How each pillar's question starts.
    static let questionStarts: [(Pillar, String)] = [
        (.effectiveness, "How effectively does the force"),
        (.efficiency, "How efficiently does the force"),
        (.legitimacy, "How legitimately does the force"),
    ]

    /// ``questionStarts`` folded, for matching.
    private static let foldedStarts = questionStarts.map { ($0.0, FoldedPhrase($0.1)) }

    /// Each pillar's question: a block (not a list item or table row) of at most 160
    /// bytes that starts with it.
    private static let questionPatterns = foldedStarts.map { pillar, start in (pillar, BlockPattern.starts(with: [start])) }
    /// A block that may ask any pillar's question.
    private static let anyQuestion = !BlockPattern.kind([.tableRow, .listItem]) && .textBytes(atMost: 160)
        && .starts(with: foldedStarts.map(\.1))

    let sections: [Section]

    init(_ document: Document) {
        var found: [Section] = []
        // One scan for the three questions, then each pillar's among the few found.
        let questions = document.indices(where: Peel2018Pillars.anyQuestion)
        for (pillar, pattern) in Peel2018Pillars.questionPatterns {
            // The contents list names the question too; the body's heading is the
            // occurrence with a grade under it (or else the last one).
            let candidates = questions.filter { document.block($0, matches: pattern) }
            let graded = candidates.lazy.compactMap { index in
                GradeReader.grade(after: index, in: document).map { Section(pillar: pillar, index: index, grade: $0) }
            }.first
            if let section = graded ?? candidates.last.map({ Section(pillar: pillar, index: $0, grade: nil) }) {
                found.append(section)
            }
        }
        sections = found.sorted { $0.index < $1.index }
    }

    /// The pillar judgments, in pillar order; `tableGrades` are grades the overall
    /// summary table prints for whole pillars, used when the body gives none.
    func judgments(_ document: Document, tableGrades: [Pillar: (Grade, Int)], diagnostics: inout [Diagnostic]) -> [Judgment] {
        Pillar.allCases.map { pillar in
            let section = sections.first { $0.pillar == pillar }
            if let section, let grade = section.grade {
                return Judgment(pillar: pillar, grade: grade.grade, gradeSource: .stated, line: document.blocks[grade.index].line)
            }
            if let (grade, line) = tableGrades[pillar] {
                return Judgment(pillar: pillar, grade: grade, gradeSource: .stated, line: line)
            }
            let line = section.map { document.blocks[$0.index].line }
            if let section {
                let summary = document.paragraphs(in: (section.index + 1)..<(section.index + 6))
                if let grade = summary.lazy.compactMap({ GradeReader.inferredGrade(fromSummary: $0) }).first {
                    diagnostics.append(Diagnostic(.info, "grade-inferred", "the \(pillar.rawValue) grade is inferred from the summary’s wording", line: line))
                    return Judgment(pillar: pillar, grade: grade, gradeSource: .inferred, line: line)
                }
            }
            diagnostics.append(Diagnostic(.warning, "grade-missing", "the \(pillar.rawValue) pillar has no grade in the text", line: line))
            return Judgment(pillar: pillar, grade: nil, gradeSource: .absent, line: line)
        }
    }
}
