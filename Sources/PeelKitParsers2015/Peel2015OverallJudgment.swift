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
        let statement = GradeReader.judgmentStatement(after: heading, in: document)
        let force = statement.flatMap { ForceDirectory.firstMention(in: $0) }
            ?? firstForceMention(in: document, before: heading + 30)
        return (GradeReader.judgment(.effectiveness, after: heading, in: document, diagnostics: &diagnostics), force)
    }

    /// The first force named in full in the paragraphs of the first `before` blocks.
    private static func firstForceMention(in document: Document, before: Int) -> ForceReference? {
        for text in document.paragraphs(in: 0..<before) {
            if let force = ForceDirectory.firstMention(in: text) { return force }
        }
        return nil
    }
}
