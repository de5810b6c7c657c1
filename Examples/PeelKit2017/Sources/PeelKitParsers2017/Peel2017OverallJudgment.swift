import PeelKit

/// "Overall judgment", then its grade on a line of its own or, when the grade was an
/// image, a paragraph that states it ("… has been assessed as good") and names the
/// force.
enum Peel2017OverallJudgment {
    static func read(_ document: Document, diagnostics: inout [Diagnostic]) -> (judgment: Judgment, force: ForceReference?) {
        guard let heading = document.firstIndex(of: "Overall judgment") else {
            diagnostics.append(Diagnostic(.warning, "judgment-missing", "no “Overall judgment” heading: the overall grade is unknown"))
            return (Judgment(pillar: .effectiveness, grade: nil, gradeSource: .absent), nil)
        }
        let judgment = GradeReader.judgment(.effectiveness, after: heading, in: document, diagnostics: &diagnostics)
        let force = GradeReader.judgmentStatement(after: heading, in: document).flatMap { ForceDirectory.firstMention(in: $0) }
        return (judgment, force)
    }
}
