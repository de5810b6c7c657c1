/// One graded (or ungraded) question or component of a report, with what the
/// report says about it.
public struct Question: Sendable, Codable, Hashable {
    /// The canonical key, stable across years.
    public var key: QuestionKey
    /// The pillar the question belongs to.
    public var pillar: Pillar
    /// The heading as printed, on one line, markup removed.
    public var title: String
    /// The grade, or `nil` when the text does not give one (see ``gradeSource``).
    public var grade: Grade?
    /// How the grade was obtained: stated, inferred, or absent.
    public var gradeSource: GradeSource
    /// 2018/19 only: the "Last inspected" value ("2016", "2017", "2018/19").
    public var lastInspected: String?
    /// 2018/19 only: `true` when the body says the earlier judgment "has been carried over".
    public var carriedOver: Bool?
    /// The summary paragraphs, in order.
    public var summary: [String]
    /// Each area for improvement as one clean string, listed once.
    public var areasForImprovement: [String]
    /// The causes of concern, each with its recommendations.
    public var causesOfConcern: [CauseOfConcern]
    /// 1-based line in the original input where the question's section starts.
    public var line: Int?

    /// A question; the lists default to empty and the 2018/19-only values to `nil`.
    public init(
        key: QuestionKey, pillar: Pillar, title: String, grade: Grade?, gradeSource: GradeSource,
        lastInspected: String? = nil, carriedOver: Bool? = nil, summary: [String] = [],
        areasForImprovement: [String] = [], causesOfConcern: [CauseOfConcern] = [], line: Int? = nil
    ) {
        self.key = key
        self.pillar = pillar
        self.title = title
        self.grade = grade
        self.gradeSource = gradeSource
        self.lastInspected = lastInspected
        self.carriedOver = carriedOver
        self.summary = summary
        self.areasForImprovement = areasForImprovement
        self.causesOfConcern = causesOfConcern
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case key, pillar, title, grade, gradeSource, lastInspected, carriedOver, summary
        case areasForImprovement, causesOfConcern, line
    }

    // Written by hand so that unknown values are `null` rather than left out (SPEC §3).
    /// Encodes every key, `null` for unknown values (SPEC §3).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(pillar, forKey: .pillar)
        try c.encode(title, forKey: .title)
        try c.encode(grade, forKey: .grade)
        try c.encode(gradeSource, forKey: .gradeSource)
        try c.encode(lastInspected, forKey: .lastInspected)
        try c.encode(carriedOver, forKey: .carriedOver)
        try c.encode(summary, forKey: .summary)
        try c.encode(areasForImprovement, forKey: .areasForImprovement)
        try c.encode(causesOfConcern, forKey: .causesOfConcern)
        try c.encode(line, forKey: .line)
    }
}

/// A cause of concern and the recommendations that address it.
public struct CauseOfConcern: Sendable, Codable, Hashable {
    /// The concern, as one clean string.
    public var text: String
    /// Each recommendation as one clean string.
    public var recommendations: [String]
    /// 1-based line where the cause of concern starts.
    public var line: Int?

    /// A cause of concern; `line` is where it starts.
    public init(text: String, recommendations: [String], line: Int? = nil) {
        self.text = text
        self.recommendations = recommendations
        self.line = line
    }
}
