import PeelKit

/// "Overview – How effective is the force at keeping people safe and reducing crime?",
/// then "Overall judgment", the grade on a line of its own, and a paragraph that
/// states it and names the force: "HMIC judges that overall Cambridgeshire
/// Constabulary requires improvement in the way it keeps people safe…".
enum Peel2015OverallJudgment {
    static func read(_ document: Document, diagnostics: inout [Diagnostic]) -> (judgment: Judgment, force: ForceReference?) {
        guard let heading = document.firstIndex(of: "Overall judgment") ?? document.firstIndex(of: "Overall judgement") else {
            diagnostics.append(Diagnostic(.warning, "judgment-missing", "no “Overall judgment” heading: the overall grade is unknown"))
            return (Judgment(pillar: .effectiveness, grade: nil, gradeSource: .absent), firstForceMention(in: document, before: 60))
        }
        let line = document.blocks[heading].line
        let prose = document.paragraphs(in: (heading + 1)..<(heading + 4)).filter { $0.utf8.count > 60 }
        let force = prose.first.flatMap { ForceDirectory.firstMention(in: $0) }
            ?? firstForceMention(in: document, before: heading + 30)
        if let (grade, index) = GradeReader.grade(after: heading, in: document) {
            return (Judgment(pillar: .effectiveness, grade: grade, gradeSource: .stated, line: document.blocks[index].line), force)
        }
        if let statement = prose.first, let grade = GradeReader.statedGrade(in: statement) {
            diagnostics.append(Diagnostic(.info, "grade-from-prose", "the overall grade is read from the judgment's wording", line: line))
            return (Judgment(pillar: .effectiveness, grade: grade, gradeSource: .stated, line: line), force)
        }
        if let statement = prose.first, let grade = GradeReader.inferredGrade(fromSummary: statement) {
            diagnostics.append(Diagnostic(.info, "grade-inferred", "the overall grade is inferred from the judgment's wording", line: line))
            return (Judgment(pillar: .effectiveness, grade: grade, gradeSource: .inferred, line: line), force)
        }
        diagnostics.append(Diagnostic(.warning, "grade-missing", "the overall judgment has no grade in the text", line: line))
        return (Judgment(pillar: .effectiveness, grade: nil, gradeSource: .absent, line: line), force)
    }

    /// The first force named in full in the paragraphs of the first `before` blocks.
    private static func firstForceMention(in document: Document, before: Int) -> ForceReference? {
        for text in document.paragraphs(in: 0..<before) {
            if let force = ForceDirectory.firstMention(in: text) { return force }
        }
        return nil
    }
}
