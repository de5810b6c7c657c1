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

    /// Heading-like blocks whose last byte is "?" and that start "How effective is the
    /// force at": the candidates for a question heading (tested in place).
    private static let candidate = BlockPattern.looksLikeHeading() && .textEnds(with: "?")
        && .starts(with: "How effective is the force at")

    /// Headings that ask one of the four questions ("How effective is the force at …?").
    private static func questionHeadings(in document: Document) -> [Int] {
        document.indices(where: candidate).filter { index in
            // The text must also end with "?" as a character, not only as a byte (both
            // tests read the block in place).
            guard document.text(at: index, endsWith: "?"), let key = document.questionKey(at: index) else { return false }
            return keys.contains(key)
        }
    }
}
