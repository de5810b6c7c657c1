import PeelKit

/// How the 2018/19 layout's headings are recognised, with or without markup.
///
/// A converter that keeps markup marks headings (`#`); a plain-text extractor does
/// not, so a heading is also a short line that does not end like a sentence
/// (``Block/looksLikeHeading``); headings in these reports run to a dozen words at
/// most (120 bytes). Headings are then told apart by what they say.
enum Peel2018Patterns {
    /// A marked heading, or a short unmarked line that reads like one.
    static let headingLine = BlockPattern.looksLikeHeading(maxBytes: 120)

    /// A heading line equal (folded) to one of the folded phrases.
    static func heading(_ phrases: [FoldedPhrase]) -> BlockPattern { headingLine && .is(phrases) }

    static let forceInContext = heading([Peel2018Folded.forceInContext])
    static let overallSummary = heading([Peel2018Folded.overallSummary])
    static let observations = heading(Peel2018Folded.observations)

    /// A block (not a list item or a table row) that asks a pillar's question.
    static let pillarQuestion = !BlockPattern.kind([.tableRow, .listItem])
        && .starts(with: Peel2018Pillars.questionStarts.map { FoldedPhrase($0.1) })
}

/// The fixed headings and phrases of the 2018/19 report.
enum Peel2018Phrases {
    static let areasForImprovement = ["Areas for improvement", "Area for improvement"]
    static let overallSummary = "Overall summary"
    static let forceInContext = "Force in context"
    static let observations = ["HM Inspector's observations", "HMI's observations"]
    /// The sentence that ends a component's summary and opens its detailed findings.
    static let detailedFindings = "We set out our detailed findings below"
    /// Lead sentences of a list that repeats an earlier area for improvement.
    static let remainingAreas = ["area for improvement remains", "areas for improvement remain"]
    static let carriedOver = "has been carried over"
    /// Headings that separate the pillars' parts of the report.
    static let partHeadings = ["Effectiveness", "Efficiency", "Legitimacy", "Force in context", "Overall summary"]
    static let annex = "Annex"
}

/// ``Peel2018Phrases`` folded once, for loops over blocks.
enum Peel2018Folded {
    static let areasForImprovement = Peel2018Phrases.areasForImprovement.map(FoldedPhrase.init)
    static let overallSummary = FoldedPhrase(Peel2018Phrases.overallSummary)
    static let forceInContext = FoldedPhrase(Peel2018Phrases.forceInContext)
    static let observations = Peel2018Phrases.observations.map(FoldedPhrase.init)
    static let detailedFindings = FoldedPhrase(Peel2018Phrases.detailedFindings)
    static let partHeadings = Peel2018Phrases.partHeadings.map(FoldedPhrase.init)
    static let annex = FoldedPhrase(Peel2018Phrases.annex)
    static let pillars = Pillar.allCases.map { FoldedPhrase($0.rawValue) }
}
