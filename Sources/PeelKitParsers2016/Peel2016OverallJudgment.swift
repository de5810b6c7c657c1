import PeelKit

/// "Overview – How effective is the force at keeping people safe and reducing crime?",
/// then "Overall judgment", its grade (often an image, so missing from the text), and
/// a paragraph that usually states it: "… has been assessed as good".
enum Peel2016OverallJudgment {
    static func read(_ document: Document, diagnostics: inout [Diagnostic]) -> (judgment: Judgment, force: ForceReference?) {
        guard let heading = document.firstIndex(of: "Overall judgment") else {
            diagnostics.append(Diagnostic(.warning, "judgment-missing", "no “Overall judgment” heading: the overall grade is unknown"))
            return (Judgment(pillar: .effectiveness, grade: nil, gradeSource: .absent), nil)
        }
        let statement = GradeReader.judgmentStatement(after: heading, in: document)
        let force = statement.flatMap { ForceDirectory.firstMention(in: $0) }
        return (GradeReader.judgment(.effectiveness, after: heading, in: document, diagnostics: &diagnostics), force)
    }
}
