/// A pillar-level (overall) judgment: one for 2015 and 2016 (effectiveness),
/// three for 2018/19.
public struct Judgment: Sendable, Codable, Hashable {
    /// The pillar judged.
    public var pillar: Pillar
    /// The grade, or `nil` when the text does not give one (see ``gradeSource``).
    public var grade: Grade?
    /// How the grade was obtained.
    public var gradeSource: GradeSource
    /// 1-based line where the judgment was read.
    public var line: Int?

    /// A judgment; `line` is where it was read.
    public init(pillar: Pillar, grade: Grade?, gradeSource: GradeSource, line: Int? = nil) {
        self.pillar = pillar
        self.grade = grade
        self.gradeSource = gradeSource
        self.line = line
    }

    private enum CodingKeys: String, CodingKey { case pillar, grade, gradeSource, line }

    /// Encodes every key, `null` for unknown values (SPEC §3).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pillar, forKey: .pillar)
        try c.encode(grade, forKey: .grade)
        try c.encode(gradeSource, forKey: .gradeSource)
        try c.encode(line, forKey: .line)
    }
}
