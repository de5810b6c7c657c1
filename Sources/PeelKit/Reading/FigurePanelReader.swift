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

    /// A reader; the defaults suit the 2016 and 2018/19 panels.
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
        // The label blocks by index: blocks are read by field, never copied (a copy of
        // a block costs a retain and a release).
        var labels: [Int] = []
        var pendingValues: [String] = []
        var comparator: String?
        var headerComparator: String?
        // The names folded once per panel, not once per block.
        let force = forceName.map(FoldedName.init)
        let comparators = comparatorNames.map(FoldedName.init)

        func isEntity(_ text: String) -> Bool {
            if let force, force.isFoldedForm(of: text) { return true }
            return comparators.contains { $0.isFoldedForm(of: text) }
        }
        func comparatorName(_ text: String) -> String? {
            zip(comparatorNames, comparators).first { $0.1.isFoldedForm(of: text) }?.0
        }
        // The same for a block, through its folded text.
        func isEntity(block index: Int) -> Bool {
            if let force, force.isFoldedForm(ofBlock: index, in: document) { return true }
            return comparators.contains { $0.isFoldedForm(ofBlock: index, in: document) }
        }
        func comparatorName(block index: Int) -> String? {
            zip(comparatorNames, comparators).first { $0.1.isFoldedForm(ofBlock: index, in: document) }?.0
        }
        func emit(_ value: String, _ comparatorValue: String, comparator: String?) {
            guard let label = labels.popLast() else { return }
            var (text, period) = splitLabel(document.blocks[label].text)
            text = text.trimmingSpaces()
            figures.append(KeyFigure(
                label: text, period: period, value: value, comparator: comparator,
                comparatorValue: comparatorValue, line: document.blocks[label].line))
        }

        // Pairs found in grouped form wait here until we know how many labels they take.
        var groupedPairs: [(String, String, String?)] = []
        func flushGrouped() {
            guard !groupedPairs.isEmpty else { return }
            let taken = Array(labels.suffix(groupedPairs.count))
            labels.removeLast(taken.count)
            for (labelIndex, pair) in zip(taken, groupedPairs.suffix(taken.count)) {
                let (label, period) = splitLabel(document.blocks[labelIndex].text)
                var (value, comparatorValue) = (pair.0, pair.1)
                let known = knownComparatorValues[document.blocks[labelIndex].folded] ?? knownComparatorValues[TextFolding.fold(label)]
                if let known, value == known, comparatorValue != known {
                    swap(&value, &comparatorValue)
                }
                figures.append(KeyFigure(
                    label: label, period: period, value: value, comparator: pair.2,
                    comparatorValue: comparatorValue, line: document.blocks[labelIndex].line))
            }
            groupedPairs.removeAll()
            labels.removeAll()
        }

        for index in document.clamped(range) {
            let kind = document.blocks[index].kind
            if kind == .tableRow {
                let cells = document.blocks[index].cells.filter { !$0.isEmpty }
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
            if isEntity(block: index) {
                if let name = comparatorName(block: index) { comparator = name }
                flushGrouped()
                continue
            }
            let text = document.blocks[index].text
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
            if kind == .paragraph || kind == .heading { labels.append(index) }
        }
        flushGrouped()
        return figures
    }

    /// Splits "Calls for assistance per 1,000 population 12 months to 30 June 2016"
    /// into label and period.
    public func splitLabel(_ text: String) -> (label: String, period: String?) {
        guard let cut = FigurePanelReader.periodOffset(in: text, starts: periodStarts) else {
            return FigurePanelReader.splitAtFinancialYear(text)
        }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: cut)
        return (String(text[..<index]).trimmingSpaces(), String(text[text.utf8.index(after: index)...]).trimmingSpaces())
    }

    /// "Spend per head of population 2019/20 projection": a period that starts with a
    /// financial year ("2019/20") after the label.
    static func splitAtFinancialYear(_ text: String) -> (label: String, period: String?) {
        // Most labels hold no "dddd/dd" word after a space: only those are split into words.
        guard mayHoldFinancialYear(text) else { return (text, nil) }
        if let split = splitASCIIAtFinancialYear(text) { return split }
        return splitWordsAtFinancialYear(text)
    }

    /// ``splitAtFinancialYear(_:)`` on characters: the words from the first "dddd/dd"
    /// after the first word are the period. The definition the ASCII path keeps to.
    static func splitWordsAtFinancialYear(_ text: String) -> (label: String, period: String?) {
        let words = text.split(separator: " ")
        let isFinancialYear = { (word: Substring) -> Bool in
            let scalars = Array(word.unicodeScalars)
            return scalars.count == 7 && scalars[4] == "/"
                && scalars.enumerated().allSatisfy { $0.offset == 4 || ("0"..."9").contains($0.element) }
        }
        guard let at = words.indices.dropFirst().first(where: { isFinancialYear(words[$0]) }) else { return (text, nil) }
        return (words[..<at].joined(separator: " "), words[at...].joined(separator: " "))
    }

    /// ``splitAtFinancialYear(_:)`` on the bytes of ASCII text without carriage
    /// returns (one character a byte): its words are the runs of bytes between spaces.
    /// `nil` for other text.
    static func splitASCIIAtFinancialYear(_ text: String) -> (label: String, period: String?)? {
        var text = text
        return text.withUTF8 { bytes -> (label: String, period: String?)? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            // The words, as byte ranges.
            var words: [Range<Int>] = []
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                var end = i
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                words.append(i..<end)
                i = end
            }
            func isFinancialYear(_ word: Range<Int>) -> Bool {
                guard word.count == 7, bytes[word.lowerBound + 4] == UInt8(ascii: "/") else { return false }
                return word.allSatisfy { $0 == word.lowerBound + 4 || isDigit(bytes[$0]) }
            }
            func joined(_ words: ArraySlice<Range<Int>>) -> String {
                var out: [UInt8] = []
                for word in words {
                    if !out.isEmpty { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
                }
                return String(decoding: out, as: UTF8.self)
            }
            guard let at = words.indices.dropFirst().first(where: { isFinancialYear(words[$0]) }) else {
                return (String(decoding: bytes, as: UTF8.self), nil)
            }
            return (joined(words[..<at]), joined(words[at...]))
        }
    }

    /// The byte offset of the first " " + start (for any of `starts`) in `text` with
    /// its ASCII capitals lowered: where the period starts. Compares bytes in place (the
    /// same as searching the lowered text for each " " + start and taking the least).
    static func periodOffset(in text: String, starts: [String]) -> Int? {
        var text = text
        // The starts' first bytes: most spaces are followed by none of them.
        var firsts: UInt64 = 0  // a bit for each byte below 64 …
        var firstsHigh: UInt64 = 0  // … and for each from 64 to 127
        var other = false  // a start opens with a byte beyond ASCII (or is empty)
        for start in starts {
            guard let first = start.utf8.first, first < 0x80 else {
                other = true
                continue
            }
            if first < 64 { firsts |= 1 << UInt64(first) } else { firstsHigh |= 1 << UInt64(first - 64) }
        }
        return text.withUTF8 { bytes -> Int? in
            let count = bytes.count
            var i = 0
            while i < count {
                if bytes[i] == 0x20 {
                    if !other {
                        // A start matches the lowered bytes: its first byte is the next one, lowered.
                        guard i + 1 < count else { return nil }
                        let next = bytes[i + 1]
                        let lowered = next &- 0x41 < 26 ? next | 0x20 : next
                        let possible = lowered < 64 ? firsts >> UInt64(lowered) & 1 != 0
                            : lowered < 128 && firstsHigh >> UInt64(lowered - 64) & 1 != 0
                        if !possible {
                            i += 1
                            continue
                        }
                    }
                    for start in starts where FigurePanelReader.lowered(bytes, at: i + 1, hasPrefix: start) {
                        return i
                    }
                }
                i += 1
            }
            return nil
        }
    }

    /// `true` when the bytes from `offset`, ASCII capitals lowered, start with `prefix` as it is.
    private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, hasPrefix prefix: String) -> Bool {
        var k = offset
        for byte in prefix.utf8 {
            guard k < bytes.count else { return false }
            let b = bytes[k]
            guard (b &- 0x41 < 26 ? b | 0x20 : b) == byte else { return false }
            k += 1
        }
        return true
    }

    /// Whether `text` may hold a financial year as a word after the first: seven bytes
    /// "dddd/dd" after a space, then a space or the end. A necessary condition for
    /// ``splitAtFinancialYear(_:)`` to find one (such a word is seven ASCII scalars
    /// between " " characters), tested on the bytes.
    static func mayHoldFinancialYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let count = bytes.count
            guard count >= 9 else { return false }
            var slash = 5  // a slash at i + 4 for a word at i ≥ 1
            while slash + 2 < count {
                if bytes[slash] == UInt8(ascii: "/") {
                    let i = slash - 4
                    if bytes[i - 1] == 0x20, slash + 3 == count || bytes[slash + 3] == 0x20,
                       isDigit(bytes[i]), isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
                       isDigit(bytes[slash + 1]), isDigit(bytes[slash + 2]) {
                        return true
                    }
                }
                slash += 1
            }
            return false
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

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

/// A name folded once, for telling whether texts fold to it (as comparing folded
/// strings with `==` decides it).
struct FoldedName {
    let phrase: FoldedPhrase
    let folded: String
    let isASCII: Bool

    init(_ name: String) {
        phrase = FoldedPhrase(name)
        folded = TextFolding.fold(name)
        isASCII = phrase.isASCII
    }

    /// `TextFolding.fold(text) == folded`. For an ASCII name the folded bytes are
    /// compared as they stream out of the fold, without a string (no text beyond
    /// ASCII is canonically equivalent to folded ASCII); otherwise the strings are.
    func isFoldedForm(of text: String) -> Bool {
        isASCII ? phrase.isFoldedForm(of: text) : TextFolding.fold(text) == folded
    }

    /// ``isFoldedForm(of:)`` for the text of a document's block, whose folded bytes are
    /// kept: for an ASCII name, a comparison of those bytes, without folding the text again.
    func isFoldedForm(ofBlock index: Int, in document: Document) -> Bool {
        isASCII ? document.blocks[index].is(phrase) : TextFolding.fold(document.blocks[index].text) == folded
    }
}
