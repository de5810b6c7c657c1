import PeelKit

/// The 2015 PEEL effectiveness report: "PEEL: Police effectiveness 2015".
///
/// The first year HMIC graded forces on effectiveness. An overview gives the overall
/// judgment ("Overall judgment" and its grade) and a summary, then grade boxes for
/// the four questions set two by two in columns. Each question then has its own
/// section, closing with a "Summary of findings", the grade, the summary and
/// "Areas for improvement". "Annex A – HMIC judgments" ends the report.
///
/// ```swift
/// var registry = FormatRegistry()
/// try registry.register(Peel2015Format())
/// let report = try registry.parse(text: reportText)
/// ```
public struct Peel2015Format: ReportFormat {
    /// `peel-2015`, written to `format.id` in the JSON.
    public let id = "peel-2015"
    /// The title the covers print.
    public let name = "PEEL: Police effectiveness 2015"

    /// The layout; it holds no state.
    public init() {}

    /// Scores the document's 2015 marks (the four questions' 2015 wording, "Annex A –
    /// HMIC judgments", "This is the first year HMIC has graded forces") against the
    /// marks of the 2016, 2017 and 2018/19 reports. Works without a cover.
    public func detect(in document: Document) -> Detection {
        Peel2015Detection.scorer.score(document)
    }

    /// Reads the cover (when there is one), the overall judgment and the four
    /// questions. Missing parts give `nil` values and diagnostics; it never throws.
    public func parse(_ document: Document) throws -> Report {
        var diagnostics: [Diagnostic] = []
        let cover = Cover(reading: document)
        let overall = Peel2015OverallJudgment.read(document, diagnostics: &diagnostics)
        let force = cover.force ?? overall.force
        if force == nil {
            diagnostics.append(Diagnostic(.warning, "force-missing", "the force is not named on a cover or in the overall judgment"))
        }
        let questions = Peel2015Questions(document).read(diagnostics: &diagnostics)
        return Report(
            format: FormatMatch(id: id, confidence: 0), title: cover.title, force: force,
            inspectionYear: "2015", published: cover.published, isbn: cover.isbn,
            judgments: [overall.judgment], questions: questions, diagnostics: diagnostics)
    }
}
