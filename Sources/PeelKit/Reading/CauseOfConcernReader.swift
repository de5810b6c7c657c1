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
        // Blocks are tested with patterns and read by field, never copied (a copy of a
        // block costs a retain and a release).
        var index = document.firstIndex(in: range, where: heading) ?? range.upperBound
        while index < range.upperBound {
            var concern: [String] = []
            var recommendations: [ListItem] = []
            var i = index + 1
            while i < range.upperBound {
                if document.block(i, matches: ends) { break }
                let kind = document.blocks[i].kind
                if kind == .listItem {
                    let (items, end) = ListReader.items(after: i - 1, in: document, before: range.upperBound)
                    recommendations.append(contentsOf: items)
                    i = end
                    continue
                }
                if document.block(i, matches: recommendationsHeading)
                    || document.block(i, matches: leadCandidate) && document.text(at: i, endsWith: ":") {
                    i += 1
                    continue
                }
                if kind == .paragraph {
                    if !recommendations.isEmpty { break }  // prose after the list: the section goes on
                    concern.append(document.blocks[i].text)
                } else if kind == .heading {
                    break
                }
                i += 1
            }
            if !concern.isEmpty || !recommendations.isEmpty {
                causes.append(CauseOfConcern(
                    text: concern.joined(separator: " "),
                    recommendations: ListReader.unique(recommendations).map(\.text), line: document.blocks[index].line))
            }
            index = document.firstIndex(in: min(max(i, index + 1), range.upperBound)..<range.upperBound, where: heading) ?? range.upperBound
        }
        return causes
    }

    /// A heading or paragraph that opens a cause of concern.
    private static let heading = BlockPattern.kind(Document.headingKinds) && .is(foldedHeadings)
    /// What ends a cause of concern: the next one, or the areas for improvement.
    private static let ends = heading || .is(areasHeadings)
    private static let recommendationsHeading = BlockPattern.is(recommendationsHeadings)
    /// A paragraph whose last byte is ":" and that mentions recommending: with a text
    /// that ends with ":" (as a character), a lead such as "To address this cause of
    /// concern, HMIC recommends that the force:".
    private static let leadCandidate = BlockPattern.kind(.paragraph) && .textEnds(with: ":") && .mentions("recommend")
}
