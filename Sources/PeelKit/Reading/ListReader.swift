/// One item of a bulleted list, as a clean string.
public struct ListItem: Sendable, Hashable {
    /// The item's text; sub-items are appended to their lead in order.
    public var text: String
    /// 1-based line of the original input where the item starts.
    public var line: Int

    /// An item starting at `line`.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Collecting bulleted lists, such as areas for improvement and recommendations.
public enum ListReader {
    /// The list that follows `index`: consecutive list items, with sub-items (deeper
    /// items, or items after a lead that ends with ":") joined to their lead.
    /// Returns the items and the index of the first block after the list.
    public static func items(after index: Int, in document: Document, before limit: Int? = nil) -> (items: [ListItem], end: Int) {
        let stop = min(limit ?? document.blocks.count, document.blocks.count)
        var items: [ListItem] = []
        // The last item's text with its sub-items so far, as bytes: built into a string
        // once the item ends, so that a lead with many sub-items stays linear. Most
        // items have no sub-items: they keep their block's string, and no bytes are copied.
        var text: [UInt8] = []
        var hasSubItems = false
        func closeItem() {
            if hasSubItems { items[items.count - 1].text = String(decoding: text, as: UTF8.self) }
            hasSubItems = false
        }
        var i = max(index + 1, 0)
        var leadOpen = false
        while i < stop {
            // The block's fields, not the block: a copy of a block costs a retain and a release.
            guard document.blocks[i].kind == .listItem else { break }
            let depth = document.blocks[i].depth
            let itemText = document.blocks[i].text
            if !items.isEmpty, depth > 0 || leadOpen && depth == 0 && isSubItemAfterLead(itemText) {
                if !hasSubItems {
                    text.removeAll(keepingCapacity: true)
                    text.append(contentsOf: items[items.count - 1].text.utf8)
                    hasSubItems = true
                }
                TextJoining.append(itemText.utf8, to: &text)
            } else {
                closeItem()
                items.append(ListItem(text: itemText, line: document.blocks[i].line))
                // (Read in place: the same answer as `itemText.hasSuffix(":")`.)
                leadOpen = document.text(at: i, endsWith: ":")
            }
            i += 1
        }
        closeItem()
        return (items, i)
    }

    /// The headings that introduce a question's areas for improvement.
    public static let areasForImprovementHeadings = ["Areas for improvement", "Area for improvement"]

    /// The list under the first heading (or heading-like paragraph) in `range` whose
    /// folded text equals one of `headings`: the heading's index and its items, repeats
    /// removed. `nil` when no such heading is in the range; the items are empty when
    /// the heading has no list after it (worth a diagnostic). The list stops at the end
    /// of the range.
    ///
    /// ```swift
    /// if let areas = ListReader.list(under: ListReader.areasForImprovementHeadings, in: document, range: section) {
    ///     question.areasForImprovement = areas.items.map(\.text)
    /// }
    /// ```
    public static func list(under headings: [String], in document: Document, range: Range<Int>) -> (heading: Int, items: [ListItem])? {
        let range = document.clamped(range)
        guard let heading = document.firstIndex(in: range, where: .kind(Document.headingKinds) && .is(headings.map(FoldedPhrase.init)))
        else { return nil }
        let list = items(after: heading, in: document, before: range.upperBound)
        return (heading, unique(list.items))
    }

    /// A warning for a list that runs to the last block of the document: in a report
    /// cut short its last items may be missing (complete reports go on after their
    /// lists, to an annex or "Next steps"). `name` says which list, `owner` whose:
    /// "question preventing-crime: the areas for improvement list ended at end of input…".
    public static func endOfInputDiagnostic(
        _ list: (items: [ListItem], end: Int), in document: Document, name: String, owner: String
    ) -> Diagnostic? {
        guard let last = list.items.last, list.end >= document.blocks.count else { return nil }
        return Diagnostic(
            .warning, "list-at-end-of-input",
            "\(owner): the \(name) list ended at end of input after \(list.items.count) item(s); the text may be cut short",
            line: last.line)
    }

    /// The items in order with repeats removed (compared folded).
    public static func unique(_ items: [ListItem]) -> [ListItem] {
        guard items.count > 1 else { return items }
        guard items.count <= 32 else {
            var seen: Set<String> = []
            return items.filter { seen.insert(TextFolding.fold($0.text)).inserted }
        }
        // A short list (the usual one): each text folded into one shared buffer and
        // compared with the texts kept so far, without a string per item. Folded ASCII
        // (lower-case letters, digits, "%", spaces) is canonically equivalent only to
        // the same bytes, so two ASCII texts compare as bytes and an ASCII text never
        // equals one beyond ASCII; two texts beyond ASCII compare as strings (as the
        // set of folded strings compared them).
        var folded: [UInt8] = []
        // Room for every text (folding never lengthens it): the buffer never grows.
        folded.reserveCapacity(items.reduce(0) { $0 + $1.text.utf8.count })
        var kept: [(range: Range<Int>, ascii: Bool)] = []
        var result: [ListItem] = []
        // (Grown an item at a time, both arrays were reallocated four times a list.)
        kept.reserveCapacity(items.count)
        result.reserveCapacity(items.count)
        for item in items {
            // Folded into scratch memory, and copied to `folded` only when kept.
            let isNew = TextFolding.withFolded(item.text) { text -> Bool in
                let ascii = SWAR.allASCII(text)
                let repeated = folded.withUnsafeBufferPointer { buffer in
                    kept.contains { other in
                        guard other.ascii == ascii else { return false }
                        let before = UnsafeBufferPointer(rebasing: buffer[other.range])
                        if ascii { return FoldedBytes.equals(before, text) }  // (lengths first)
                        // Canonically equivalent texts may differ in length ("é", "e\u{301}").
                        return String(decoding: before, as: UTF8.self) == String(decoding: text, as: UTF8.self)
                    }
                }
                guard !repeated else { return false }
                let start = folded.count
                folded.append(contentsOf: text)
                kept.append((start..<folded.count, ascii))
                return true
            }
            if isNew { result.append(item) }
        }
        return result
    }

    /// A flat list whose lead ends with ":" continues with lower-case items ending in ";"
    /// or "; and" or ".": they are sub-items of the lead.
    private static func isSubItemAfterLead(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}

extension ListReader {
    /// A question's areas for improvement: the list under `heading` (the "Areas for
    /// improvement" block), each item once, with a warning `list-empty` when the
    /// heading has no items and `list-at-end-of-input` when the list runs to the end of
    /// a report that may be cut short (then `cutShort` is `true`).
    public static func areasForImprovement(
        under heading: Int, in document: Document, before limit: Int, question key: QuestionKey,
        diagnostics: inout [Diagnostic]
    ) -> (items: [String], cutShort: Bool) {
        let list = items(after: heading, in: document, before: limit)
        if list.items.isEmpty, document.blocks.indices.contains(heading) {
            diagnostics.append(Diagnostic(
                .warning, "list-empty", "question \(key): “Areas for improvement” has no items", line: document.blocks[heading].line))
        }
        let cut = endOfInputDiagnostic(list, in: document, name: "areas for improvement", owner: "question \(key)")
        if let cut { diagnostics.append(cut) }
        return (unique(list.items).map(\.text), cut != nil)
    }
}
