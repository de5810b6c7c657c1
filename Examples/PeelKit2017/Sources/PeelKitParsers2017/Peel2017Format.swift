import PeelKit

/// The 2017 PEEL effectiveness report: "PEEL: Police effectiveness 2017".
///
/// Laid out like the 2016 report: a cover, a "Force in numbers" panel, an overview
/// with the "Overall judgment" (effectiveness), then the same five questions, each
/// closing with a "Summary of findings", its grade, the summary paragraphs, any
/// causes of concern and "Areas for improvement". The fifth question (specialist
/// capabilities) is ungraded.
///
/// Register it next to the built-in layouts:
///
/// ```swift
/// var registry = FormatRegistry()
/// try registry.register(Peel2015Format())
/// try registry.register(Peel2016Format())
/// try registry.register(Peel2017Format())
/// let report = try registry.parse(text: reportText)
/// ```
public struct Peel2017Format: ReportFormat {
    /// `peel-2017`, written to `format.id` in the JSON.
    public let id = "peel-2017"
    /// The title the covers print.
    public let name = "PEEL: Police effectiveness 2017"

    /// The layout; it holds no state.
    public init() {}

    /// Scores the 2017 marks (the cover title, the five questions' wording, the
    /// 2017 periods) against the marks of the other years.
    public func detect(in document: Document) -> Detection {
        Peel2017Detection.scorer.score(document)
    }

    /// Reads the cover, the overall judgment, the five questions and the headline
    /// figures. Missing parts give `nil` values and diagnostics; it never throws.
    public func parse(_ document: Document) throws -> Report {
        var diagnostics: [Diagnostic] = []
        let cover = Cover(reading: document)
        let overall = Peel2017OverallJudgment.read(document, diagnostics: &diagnostics)
        let force = cover.force ?? overall.force
        if force == nil {
            diagnostics.append(Diagnostic(.warning, "force-missing", "the force is not named on a cover or in the overall judgment"))
        }
        let questions = Peel2017Questions(document).read(diagnostics: &diagnostics)
        let figures = Peel2017ForceInNumbers.read(document, forceName: cover.printedForceName ?? force?.name)
        return Report(
            format: FormatMatch(id: id, confidence: 0), title: cover.title, force: force,
            inspectionYear: "2017", published: cover.published, isbn: cover.isbn,
            judgments: [overall.judgment], questions: questions, keyFigures: figures, diagnostics: diagnostics)
    }
}
