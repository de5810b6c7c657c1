/// Something a parser noticed: a missing grade, an inferred value, a list cut short.
///
/// Diagnostics never stop a parse; they tell the caller what the report value
/// lacks and where (1-based line of the original input).
public struct Diagnostic: Sendable, Codable, Hashable, CustomStringConvertible {
    /// How much a diagnostic matters; ordered `info` < `warning` < `error`.
    public enum Severity: String, Sendable, Codable, Hashable, Comparable {
        /// Something read another way than usual (a grade inferred or read from prose).
        case info
        /// Something missing from the report value (a grade, a section, the force).
        case warning
        /// A problem that makes part of the report value unreliable.
        case error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        /// `info` < `warning` < `error`.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// How much it matters.
    public var severity: Severity
    /// A stable, kebab-case code, e.g. `grade-missing`, `grade-inferred`.
    public var code: String
    /// What was noticed, in one sentence for people.
    public var message: String
    /// 1-based line of the original input, or `nil` when the finding has no place.
    public var line: Int?

    /// A diagnostic: `Diagnostic(.warning, "grade-missing", "question … has no grade", line: 561)`.
    public init(_ severity: Severity, _ code: String, _ message: String, line: Int? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
    }

    /// "line 561: warning: … [grade-missing]".
    public var description: String {
        let place = line.map { "line \($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code)]"
    }

    private enum CodingKeys: String, CodingKey { case severity, code, message, line }

    /// Decodes a diagnostic; `line` may be missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        severity = try c.decode(Severity.self, forKey: .severity)
        code = try c.decode(String.self, forKey: .code)
        message = try c.decode(String.self, forKey: .message)
        line = try c.decodeIfPresent(Int.self, forKey: .line)
    }

    /// Encodes every key, `line` as `null` when unknown.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(line, forKey: .line)
    }
}
