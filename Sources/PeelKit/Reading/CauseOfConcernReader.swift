/// Reading causes of concern and their recommendations.
///
/// Reports print a "Cause of concern" heading, the concern in prose, then the
/// recommendations as bullets, either under a "Recommendations" heading or after a
/// lead that ends with a colon ("To address this cause of concern, HMIC recommends
/// that the force:"). A section may hold several.
public enum CauseOfConcernReader {
    /// The headings that open a cause of concern.
    public static let headings = ["Cause of concern", "Causes of concern"]

    /// ``headings`` folded, for scanning blocks with ``Block/is(anyOf:)``.
    public static let foldedHeadings = headings.map(FoldedPhrase.init)

    private static let areasHeadings = [FoldedPhrase("Areas for improvement"), FoldedPhrase("Area for improvement")]
    private static let recommendationsHeadings = [FoldedPhrase("Recommendations"), FoldedPhrase("Recommendation")]

    /// The causes of concern in a range of blocks.
    public static func read(_ document: Document, in range: Range<Int>) -> [CauseOfConcern] {
        let range = document.clamped(range)
        var causes: [CauseOfConcern] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let block = document.blocks[index]
            guard isHeading(block) else {
                index += 1
                continue
            }
            var concern: [String] = []
            var recommendations: [ListItem] = []
            var i = index + 1
            while i < range.upperBound {
                let current = document.blocks[i]
                if isHeading(current) || current.is(anyOf: areasHeadings) {
                    break
                }
                if current.kind == .listItem {
                    let (items, end) = ListReader.items(after: i - 1, in: document, before: range.upperBound)
                    recommendations.append(contentsOf: items)
                    i = end
                    continue
                }
                if current.is(anyOf: recommendationsHeadings) || isLead(current) {
                    i += 1
                    continue
                }
                if current.kind == .paragraph {
                    if !recommendations.isEmpty { break }  // prose after the list: the section goes on
                    concern.append(current.text)
                } else if current.kind == .heading {
                    break
                }
                i += 1
            }
            if !concern.isEmpty || !recommendations.isEmpty {
                causes.append(CauseOfConcern(
                    text: concern.joined(separator: " "),
                    recommendations: ListReader.unique(recommendations).map(\.text), line: block.line))
            }
            index = max(i, index + 1)
        }
        return causes
    }

    private static func isHeading(_ block: Block) -> Bool {
        (block.kind == .heading || block.kind == .paragraph) && block.is(anyOf: foldedHeadings)
    }

    /// "To address this cause of concern, HMIC recommends that the force:" and the like.
    private static func isLead(_ block: Block) -> Bool {
        // (A text that ends with ":" ends with that byte: a cheap test first.)
        block.kind == .paragraph && block.text.utf8.last == UInt8(ascii: ":") && block.text.hasSuffix(":")
            && block.mentions("recommend")
    }
}
