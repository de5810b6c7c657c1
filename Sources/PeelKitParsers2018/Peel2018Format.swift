import PeelKit

/// The 2018/19 integrated PEEL report: "PEEL: Police effectiveness, efficiency and
/// legitimacy 2018/19".
///
/// Three pillar judgments (effectiveness, efficiency, legitimacy) and ten components.
/// The report opens with a "Force in context" panel of headline figures, an "Overall
/// summary" table of the components' grades with the year each was last inspected,
/// and the HM Inspector's observations. Each pillar then has its own "Force in
/// context" panel, its question ("How effectively does the force…?") with the pillar
/// grade as a heading, and its components: heading, grade, summary, causes of
/// concern, areas for improvement and detailed findings. Components not inspected in
/// 2018/19 say that the earlier judgment "has been carried over".
///
/// ```swift
/// var registry = FormatRegistry()
/// try registry.register(Peel2018Format())
/// ```
public struct Peel2018Format: ReportFormat {
    public let id = "peel-2018"
    public let name = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"

    public init() {}

    public func detect(in document: Document) -> Detection {
        Peel2018Detection.scorer.score(document)
    }

    public func parse(_ document: Document) throws -> Report {
        var diagnostics: [Diagnostic] = []
        let cover = Cover(reading: document)
        let observations = Peel2018Observations.read(document)
        // Without a cover, the inspector names the force in the first observations.
        let force = cover.force ?? observations.prefix(2).lazy.compactMap { ForceDirectory.firstMention(in: $0) }.first
        if force == nil {
            diagnostics.append(Diagnostic(.warning, "force-missing", "the force is not named on a cover or in the observations"))
        }

        let table = Peel2018OverallSummary(document)
        if table.rows.isEmpty {
            diagnostics.append(Diagnostic(.warning, "summary-table-missing", "no “Overall summary” table: titles and “Last inspected” come from the body"))
        }
        let pillars = Peel2018Pillars(document)
        let judgments = pillars.judgments(document, tableGrades: table.pillarGrades, diagnostics: &diagnostics)
        let components = Peel2018Components(document, pillars: pillars)
        let questions = Peel2018Questions(table: table, components: components).read(diagnostics: &diagnostics)
        let context = Peel2018ForceInContext.read(
            document, openingEnd: table.heading ?? pillars.sections.first?.index ?? document.blocks.count)
        if context.figures.isEmpty {
            diagnostics.append(Diagnostic(.info, "figures-missing", "no headline figures in the text of the first “Force in context”"))
        }

        return Report(
            format: FormatMatch(id: id, confidence: 0), title: cover.title, force: force,
            inspectionYear: "2018/19", published: cover.published, isbn: cover.isbn,
            judgments: judgments, questions: questions, keyFigures: context.figures, tables: context.tables,
            observations: observations, similarForces: Peel2018Observations.similarForces(document),
            diagnostics: diagnostics)
    }
}
