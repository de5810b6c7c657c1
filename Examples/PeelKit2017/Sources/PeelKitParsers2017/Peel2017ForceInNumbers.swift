import PeelKit

/// The "Force in numbers" panel: each figure's label and period, the force's value
/// and the England and Wales value, read with PeelKit's ``FigurePanelReader``.
enum Peel2017ForceInNumbers {
    static func read(_ document: Document, forceName: String?) -> [KeyFigure] {
        guard let start = document.firstIndex(of: "Force in numbers") else { return [] }
        let end = document.firstIndex(from: start + 1) { block in
            block.starts(with: "For further information about the data") || block.starts(with: "Overview")
                || block.is("Overall judgment")
        } ?? min(document.blocks.count, start + 150)
        let reader = FigurePanelReader(comparatorNames: ["England and Wales"])
        return reader.read(document, in: (start + 1)..<end, forceName: forceName)
    }
}
