import PeelKit

/// Where each question's section is.
///
/// The question titles are printed several times: in the contents, in the
/// introduction's numbered list, and in the overview's grade boxes, where pdftotext
/// interleaves two columns (two titles, then both grades, then both summaries line
/// by line). Only a question's own section has a "Summary of findings" before the
/// next question title, so a section starts at the title heading that a "Summary of
/// findings" follows before the next one. The grade boxes are never read.
struct Peel2015Sections {
    /// The four questions of 2015, in report order.
    static let keys: [QuestionKey] = [.preventingCrime, .investigatingCrime, .protectingVulnerable, .seriousOrganisedCrime]

    /// The headings that open a section, in document order.
    let starts: [Int]
    /// Question headings after a complete section that no "Summary of findings"
    /// follows: a section cut short (a truncated report).
    let unfinished: [Int]
    /// The block where the last section ends: the annex or "Next steps", whichever
    /// comes first, or the end of the text.
    let end: Int

    init(_ document: Document) {
        let headings = Peel2015Sections.questionHeadings(in: document)
        let summaries = document.indices(of: "Summary of findings")
        var starts: [Int] = []
        var unfinished: [Int] = []
        var nextSummary = 0  // the first summary after the current heading
        for (offset, index) in headings.enumerated() {
            let next = offset + 1 < headings.count ? headings[offset + 1] : document.blocks.count
            while nextSummary < summaries.count, summaries[nextSummary] <= index { nextSummary += 1 }
            if nextSummary < summaries.count, summaries[nextSummary] < next {
                starts.append(index)
                unfinished.removeAll()
            } else if !starts.isEmpty {
                unfinished.append(index)
            }
        }
        self.starts = starts
        self.unfinished = unfinished
        let last = starts.last ?? 0
        let closings = [document.firstIndex(startingWith: "Annex A", from: last), document.firstIndex(of: "Next steps", from: last)]
        end = closings.compactMap { $0 }.min() ?? document.blocks.count
    }

    private static let questionStart = FoldedPhrase("How effective is the force at")

    /// Headings that ask one of the four questions ("How effective is the force at …?").
    private static func questionHeadings(in document: Document) -> [Int] {
        document.blocks.indices.filter { index in
            let block = document.blocks[index]
            // (A text that ends with "?" ends with that byte: a cheap test first.)
            guard block.looksLikeHeading, block.text.utf8.last == UInt8(ascii: "?"), block.starts(with: questionStart),
                  block.text.hasSuffix("?"),
                  let key = QuestionKey(title: block.text) else { return false }
            return keys.contains(key)
        }
    }
}
