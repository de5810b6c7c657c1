import PeelKit

/// Puts each component together from the two places that describe it: its row in the
/// "Overall summary" table (title as printed, grade, "Last inspected") and its section
/// in the body (grade heading, summary, areas for improvement, causes of concern,
/// "has been carried over"). Where both give a value they are checked against each
/// other; a disagreement is a diagnostic.
struct Peel2018Questions {
    /// The year of the integrated inspection, as "Last inspected" prints it.
    static let currentYear = "2018/19"

    let table: Peel2018OverallSummary
    let components: Peel2018Components

    func read(diagnostics: inout [Diagnostic]) -> [Question] {
        QuestionKey.canonical.compactMap { key, pillar in
            let row = table.row(key)
            let reading = components.section(key).map(components.read)
            guard row != nil || reading != nil else {
                diagnostics.append(Diagnostic(.warning, "question-missing", "no table row or section for the \(key) component"))
                return nil
            }
            return question(key: key, pillar: pillar, row: row, reading: reading, diagnostics: &diagnostics)
        }
    }

    private func question(
        key: QuestionKey, pillar: Pillar, row: Peel2018OverallSummary.Row?, reading: Peel2018Components.Reading?,
        diagnostics: inout [Diagnostic]
    ) -> Question {
        let line = reading?.line ?? row?.line
        var question = Question(
            key: key, pillar: pillar, title: row?.title ?? reading?.title ?? key.rawValue, grade: nil,
            gradeSource: .absent, carriedOver: reading?.carriedOver, summary: reading?.summary ?? [],
            areasForImprovement: reading?.areasForImprovement ?? [], causesOfConcern: reading?.causesOfConcern ?? [],
            line: line)

        let bodyGrade = reading?.grade
        switch (bodyGrade?.grade, row?.grade) {
        case let (body?, table?):
            question.grade = body
            question.gradeSource = .stated
            if body != table {
                diagnostics.append(Diagnostic(
                    .warning, "grade-mismatch",
                    "component \(key): the body grades it “\(body.words)”, the overall summary “\(table.words)”",
                    line: bodyGrade.map { components.document.blocks[$0.index].line }))
            }
        case let (body?, nil):
            question.grade = body
            question.gradeSource = .stated
        case let (nil, table?):
            question.grade = table
            question.gradeSource = .stated
        case (nil, nil) where key == .specialistCapabilities:
            // The 2018/19 inspection did not grade armed response capability.
            question.grade = .ungraded
            question.gradeSource = .inferred
            diagnostics.append(Diagnostic(
                .info, "grade-inferred", "component \(key): no grade printed; armed response capability is ungraded in 2018/19", line: line))
        case (nil, nil):
            if let first = question.summary.first, let inferred = GradeReader.inferredGrade(fromSummary: first) {
                question.grade = inferred
                question.gradeSource = .inferred
                diagnostics.append(Diagnostic(
                    .info, "grade-inferred", "component \(key): no grade printed; “\(inferred.words)” inferred from the summary", line: line))
            } else {
                diagnostics.append(Diagnostic(.warning, "grade-missing", "component \(key) has no grade in the text", line: line))
            }
        }

        question.lastInspected = lastInspected(key: key, row: row, reading: reading, line: line, diagnostics: &diagnostics)
        if reading == nil {
            diagnostics.append(Diagnostic(.warning, "section-missing", "component \(key) has no section in the body", line: line))
        }
        return question
    }

    /// The table's "Last inspected" value, checked against the body; the body's
    /// wording when the table does not give it.
    private func lastInspected(
        key: QuestionKey, row: Peel2018OverallSummary.Row?, reading: Peel2018Components.Reading?, line: Int?,
        diagnostics: inout [Diagnostic]
    ) -> String? {
        // The body: this year's inspection, or the year whose judgment was carried over.
        let fromBody = reading.flatMap { $0.carriedOver ? $0.carriedOverFrom : Peel2018Questions.currentYear }
        guard let printed = row?.lastInspected else {
            if let row {
                diagnostics.append(Diagnostic(.info, "last-inspected-missing", "component \(key): the overall summary gives no “Last inspected”", line: row.line))
            }
            return fromBody
        }
        if let reading, let fromBody, fromBody != printed {
            let said = reading.carriedOver ? "the judgment from \(fromBody) has been carried over" : "it was inspected in \(fromBody)"
            diagnostics.append(Diagnostic(
                .warning, "last-inspected-mismatch",
                "component \(key): the overall summary says last inspected \(printed), the body that \(said)", line: line))
        }
        return printed
    }
}
