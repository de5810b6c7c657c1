import Foundation

/// Reads a panel of headline figures: labels, each followed by the force's value and
/// a comparator's value ("Force in numbers" in 2016).
///
/// Extractors print a panel in one of three ways, all handled:
/// - in reading order: label, "Cumbria Constabulary", "17.8%", "England and Wales", "12.1%";
/// - grouped by column: the labels first, then rows of cells
///   ("Cumbria Constabulary⇥England and Wales", "17.8%⇥12.1%");
/// - a grouped row broken onto separate lines: a header row, then one value a line.
///   The order of such values is not reliable; a layout that knows its comparator's
///   figures (the England and Wales value is the same in every force's report of a
///   year) passes them as `knownComparatorValues` to orient the pair.
/// A label is matched with the value pair that follows it; when several labels
/// precede several pairs, the last labels take the pairs in order. Labels without
/// values (figures printed as images) give nothing.
public struct FigurePanelReader: Sendable {
    /// Names that introduce a comparator's value ("England and Wales").
    public var comparatorNames: [String]
    /// Comparator values a layout knows, by folded label.
    public var knownComparatorValues: [String: String]
    /// Phrases that start a figure's period inside its label line ("12 months to", "for the").
    public var periodStarts: [String]

    public init(
        comparatorNames: [String] = ["England and Wales", "Most Similar Forces", "Most similar group"],
        knownComparatorValues: [String: String] = [:],
        periodStarts: [String] = FigurePanelReader.defaultPeriodStarts
    ) {
        self.comparatorNames = comparatorNames
        self.knownComparatorValues = knownComparatorValues
        self.periodStarts = periodStarts
    }

    /// The phrases that usually start a period: "12 months to…", "for the 5 years…",
    /// "as at…", "year ending…", "2019/20 projection".
    public static let defaultPeriodStarts = [
        "12 months to", "12 months ending", "for the ", "as at ", "year ending", "in post on", "months to",
    ]

    /// Reads the figures in `range`. `forceName` is the name the panel prints for the
    /// force's own column.
    public func read(_ document: Document, in range: Range<Int>, forceName: String?) -> [KeyFigure] {
        var figures: [KeyFigure] = []
        var labels: [Block] = []
        var pendingValues: [String] = []
        var comparator: String?
        var headerComparator: String?
        let forceFolded = forceName.map { TextFolding.fold($0) }

        func isEntity(_ text: String) -> Bool {
            let folded = TextFolding.fold(text)
            return folded == forceFolded || comparatorNames.contains { TextFolding.fold($0) == folded }
        }
        func comparatorName(_ text: String) -> String? {
            comparatorNames.first { TextFolding.fold($0) == TextFolding.fold(text) }
        }
        func emit(_ value: String, _ comparatorValue: String, comparator: String?) {
            guard let labelBlock = labels.last else { return }
            let ordered = labels.count
            _ = ordered
            labels.removeLast()
            var (label, period) = splitLabel(labelBlock.text)
            label = label.trimmingSpaces()
            figures.append(KeyFigure(
                label: label, period: period, value: value, comparator: comparator,
                comparatorValue: comparatorValue, line: labelBlock.line))
        }

        // Pairs found in grouped form wait here until we know how many labels they take.
        var groupedPairs: [(String, String, String?)] = []
        func flushGrouped() {
            guard !groupedPairs.isEmpty else { return }
            let taken = Array(labels.suffix(groupedPairs.count))
            labels.removeLast(taken.count)
            for (labelBlock, pair) in zip(taken, groupedPairs.suffix(taken.count)) {
                let (label, period) = splitLabel(labelBlock.text)
                var (value, comparatorValue) = (pair.0, pair.1)
                let known = knownComparatorValues[labelBlock.folded] ?? knownComparatorValues[TextFolding.fold(label)]
                if let known, value == known, comparatorValue != known {
                    swap(&value, &comparatorValue)
                }
                figures.append(KeyFigure(
                    label: label, period: period, value: value, comparator: pair.2,
                    comparatorValue: comparatorValue, line: labelBlock.line))
            }
            groupedPairs.removeAll()
            labels.removeAll()
        }

        for index in document.clamped(range) {
            let block = document.blocks[index]
            if block.kind == .tableRow {
                let cells = block.cells.filter { !$0.isEmpty }
                if cells.count == 2, cells.allSatisfy(isEntity) {
                    headerComparator = comparatorName(cells[1])
                    pendingValues.removeAll()
                    continue
                }
                if cells.count == 2, cells.allSatisfy(FigurePanelReader.isValue) {
                    groupedPairs.append((cells[0], cells[1], headerComparator))
                    continue
                }
                continue
            }
            let text = block.text
            if isEntity(text) {
                if let name = comparatorName(text) { comparator = name }
                flushGrouped()
                continue
            }
            if FigurePanelReader.isValue(text) {
                if headerComparator != nil && comparator == nil {
                    pendingValues.append(text)  // a grouped row broken onto lines
                    if pendingValues.count == 2 {
                        groupedPairs.append((pendingValues[0], pendingValues[1], headerComparator))
                        pendingValues.removeAll()
                    }
                    continue
                }
                pendingValues.append(text)
                if pendingValues.count == 2 {
                    emit(pendingValues[0], pendingValues[1], comparator: comparator)
                    pendingValues.removeAll()
                    labels.removeAll()
                    comparator = nil
                }
                continue
            }
            // Running text: a label, or a heading of the panel.
            flushGrouped()
            headerComparator = nil
            comparator = nil
            pendingValues.removeAll()
            if block.kind == .paragraph || block.kind == .heading { labels.append(block) }
        }
        flushGrouped()
        return figures
    }

    /// Splits "Calls for assistance per 1,000 population 12 months to 30 June 2016"
    /// into label and period.
    public func splitLabel(_ text: String) -> (label: String, period: String?) {
        let lower = text.lowercased()
        var best: String.Index?
        for start in periodStarts {
            if let range = lower.range(of: " " + start), range.lowerBound < (best ?? lower.endIndex) {
                best = range.lowerBound
            }
        }
        guard let cut = best else { return (text, nil) }
        let offset = lower.distance(from: lower.startIndex, to: cut)
        // Lower-casing can change a text's length in characters: never index past its end.
        guard let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex), index < text.endIndex else {
            return (text, nil)
        }
        return (String(text[..<index]).trimmingSpaces(), String(text[text.index(after: index)...]).trimmingSpaces())
    }

    /// A figure as printed: "247", "+6.4%", "-9.1%", "£168", "1,447", "0.53", "–".
    public static func isValue(_ text: String) -> Bool {
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case "+", "-", "−", "–", ".", ",", "%", "£", "$", "€", "p", "m", "k", "b", "n", " ": continue
            default: return false
            }
        }
        return digits > 0 || text == "-" || text == "–"
    }
}
