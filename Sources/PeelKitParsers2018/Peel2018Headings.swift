import PeelKit

/// How the 2018/19 layout's headings are recognised, with or without markup.
///
/// A converter that keeps markup marks headings (`#`); a plain-text extractor does
/// not, so a heading is also a short line that does not end like a sentence
/// (``Block/looksLikeHeading``). Headings are then told apart by what they say.
extension Block {
    /// `true` for a marked heading, or a short unmarked line that reads like one.
    var isHeadingLine: Bool {
        if kind == .heading { return true }
        guard looksLikeHeading else { return false }
        // Headings in these reports run to a dozen words at most.
        return text.utf8.count <= 120
    }

    /// `true` for a heading line equal (folded) to one of the phrases.
    func isHeading(_ phrases: [String]) -> Bool {
        isHeadingLine && phrases.contains { self.is($0) }
    }

    /// `true` for a heading line equal (folded) to one of the folded phrases.
    func isHeading(_ phrases: [FoldedPhrase]) -> Bool {
        isHeadingLine && self.is(anyOf: phrases)
    }
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
