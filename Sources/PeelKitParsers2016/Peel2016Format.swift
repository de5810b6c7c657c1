import PeelKit

/// The 2016 PEEL effectiveness report: "PEEL: Police effectiveness 2016".
///
/// One overall judgment (effectiveness) and five questions, each ending with a
/// "Summary of findings", its grade, the summary and "Areas for improvement"; the
/// fifth (specialist capabilities) is ungraded. A "Force in numbers" panel of
/// headline figures opens the report.
///
/// ```swift
/// var registry = FormatRegistry()
/// try registry.register(Peel2016Format())
/// ```
public struct Peel2016Format: ReportFormat {
    public let id = "peel-2016"
    public let name = "PEEL: Police effectiveness 2016"

    public init() {}

    public func detect(in document: Document) -> Detection {
        Peel2016Detection.scorer.score(document)
    }

    public func parse(_ document: Document) throws -> Report {
        var diagnostics: [Diagnostic] = []
        let cover = Cover(reading: document)
        let questions = Peel2016Questions(document)
        let overall = Peel2016OverallJudgment.read(document, diagnostics: &diagnostics)
        var force = cover.force ?? overall.force
        if force == nil {
            diagnostics.append(Diagnostic(.warning, "force-missing", "the force is not named on a cover or in the overall judgment"))
            force = nil
        }
        let read = questions.read(diagnostics: &diagnostics)
        let figures = Peel2016ForceInNumbers.read(document, forceName: cover.printedForceName ?? force?.name)
        return Report(
            format: FormatMatch(id: id, confidence: 0), title: cover.title, force: force,
            inspectionYear: "2016", published: cover.published, isbn: cover.isbn,
            judgments: [overall.judgment], questions: read, keyFigures: figures, diagnostics: diagnostics)
    }
}
