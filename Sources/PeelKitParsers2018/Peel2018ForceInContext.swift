import PeelKit

/// The "Force in context" panels. The report opens with one (the headline figures);
/// each pillar's part has another (see ``Peel2018Panel`` for what a panel holds).
///
/// The key figures are the two-value rows of the first panel, each with the
/// comparator of the header row above it. Every other table of every panel is kept
/// as a ``DataTable``.
enum Peel2018ForceInContext {
    /// The key figures (of the first panel only) and the further tables.
    ///
    /// The headline panel opens the report, before the overall summary (or, without
    /// one, before the first pillar question): a report cut short without it has no
    /// key figures rather than a pillar's.
    static func read(_ document: Document, openingEnd: Int) -> (figures: [KeyFigure], tables: [DataTable]) {
        let panels = document.indices(where: Peel2018Patterns.forceInContext)
        var figures: [KeyFigure] = []
        var tables: [DataTable] = []
        for start in panels {
            let end = document.firstIndex(from: start + 1, where: panelEnd) ?? document.blocks.count
            // The first panel with figures in its text holds the key figures (a contents
            // page may name the panel before it).
            let panel = Peel2018Panel(document, in: (start + 1)..<end, readsFigures: figures.isEmpty && start < openingEnd)
            figures += panel.figures
            tables += panel.tables
        }
        return (figures, tables)
    }

    /// A panel ends at the next part of the report: a top-level heading, or an
    /// unmarked heading that names a pillar question or the overall summary.
    private static let panelEnd = BlockPattern.kind(.heading) && .depth(1)
        || Peel2018Patterns.headingLine && (
            .is([Peel2018Folded.overallSummary, Peel2018Folded.forceInContext] + Peel2018Folded.pillars)
                || Peel2018Patterns.pillarQuestion || .starts(with: [Peel2018Folded.annex]))
}
