import PeelKit

/// The "Force in numbers" panel: each figure's label and period, the force's value
/// and the England and Wales value.
enum Peel2016ForceInNumbers {
    /// The England and Wales figures printed in every force's 2016 report, by label
    /// and period. Used only to orient a value pair whose order the extractor lost.
    static let englandAndWales: [String: String] = [
        "Calls for assistance per 1,000 population 12 months to 30 June 2016": "240",
        "Crimes recorded per 1,000 population 12 months to 30 June 2016": "68",
        "Change in recorded crime 12 months to 30 June 2015 against 12 months to 30 June 2016": "+7.8%",
        "Change in recorded crime for the 5 years to the 12 months to 30 June 2016": "-3.4%",
        "Charged/summonsed": "12.1%",
        "Evidential difficulties: suspect identified but victim does not support action": "10.6%",
        "Investigation completed but no suspect identified": "47.4%",
    ]

    /// ``englandAndWales`` by folded label, built once.
    private static let foldedEnglandAndWales: [String: String] = {
        var known: [String: String] = [:]
        for (label, value) in englandAndWales { known[TextFolding.fold(label)] = value }
        return known
    }()

    /// What follows the panel: "For further information about the data…", "Overview…"
    /// (prefixes) and "Overall judgment" (a whole block).
    private static let panelEnd = BlockPattern.starts(with: "For further information about the data", "Overview")
        || .is("Overall judgment")

    static func read(_ document: Document, forceName: String?) -> [KeyFigure] {
        guard let start = document.firstIndex(of: "Force in numbers") else { return [] }
        let end = document.firstIndex(from: start + 1, where: panelEnd) ?? min(document.blocks.count, start + 150)
        let reader = FigurePanelReader(comparatorNames: ["England and Wales"], knownComparatorValues: foldedEnglandAndWales)
        return reader.read(document, in: (start + 1)..<end, forceName: forceName)
    }
}
