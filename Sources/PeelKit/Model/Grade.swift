/// A graded judgment as HMIC/HMICFRS prints it.
///
/// The raw values are the JSON contract's spellings (`"requiresImprovement"`, …).
/// Use ``Grade/init(printed:)`` to read a grade word as it appears in a report.
public enum Grade: String, Sendable, Codable, CaseIterable, Hashable {
    /// The highest grade.
    case outstanding
    /// Good.
    case good
    /// Used from 2018/19 onwards for some components.
    case adequate
    /// Requires improvement: written `requiresImprovement` in the JSON.
    case requiresImprovement
    /// The lowest grade.
    case inadequate
    /// A question that is inspected but not graded (2016 specialist capabilities,
    /// 2018/19 armed response capability).
    case ungraded

    /// Reads a grade printed on its own ("Good", "REQUIRES IMPROVEMENT", "Requires
    /// improvement.", "Ungraded"). Returns `nil` for anything else.
    ///
    /// The text is compared after folding (see ``TextFolding``), so case, markup
    /// remnants and trailing punctuation do not matter.
    public init?(printed text: some StringProtocol) {
        guard let grade = Grade.byFoldedWords[TextFolding.fold(text)] else { return nil }
        self = grade
    }

    /// The words the reports use for this grade, lower case ("requires improvement").
    public var words: String {
        switch self {
        case .outstanding: "outstanding"
        case .good: "good"
        case .adequate: "adequate"
        case .requiresImprovement: "requires improvement"
        case .inadequate: "inadequate"
        case .ungraded: "ungraded"
        }
    }

    private static let byFoldedWords: [String: Grade] = {
        var table: [String: Grade] = [:]
        for grade in Grade.allCases { table[grade.words] = grade }
        table["requires improvements"] = .requiresImprovement
        table["not graded"] = .ungraded
        return table
    }()
}

/// How a grade was obtained from the text.
public enum GradeSource: String, Sendable, Codable, Hashable {
    /// The grade word is printed for that question or pillar.
    case stated
    /// Derived from wording such as "is good at…" or "requires improvement".
    case inferred
    /// No grade could be found; the grade is `nil`.
    case absent
}
