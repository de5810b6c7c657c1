/// One headline figure of a report's panel ("Force in numbers", "Force in context"),
/// with values as printed ("+6.4%", "£168").
public struct KeyFigure: Sendable, Codable, Hashable {
    /// What is measured, e.g. "Calls for assistance per 1,000 population".
    public var label: String
    /// The period, e.g. "12 months to 30 June 2016", or `nil` when not printed.
    public var period: String?
    /// The force's value as printed.
    public var value: String
    /// What the force is compared with, e.g. "England and Wales", "Most Similar Forces".
    public var comparator: String?
    /// The comparator's value as printed, or `nil`.
    public var comparatorValue: String?
    /// 1-based line of the label.
    public var line: Int?

    /// A figure with values as printed.
    public init(label: String, period: String?, value: String, comparator: String?, comparatorValue: String?, line: Int? = nil) {
        self.label = label
        self.period = period
        self.value = value
        self.comparator = comparator
        self.comparatorValue = comparatorValue
        self.line = line
    }

    private enum CodingKeys: String, CodingKey { case label, period, value, comparator, comparatorValue, line }

    /// Encodes every key, `null` for unknown values (SPEC §3).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(period, forKey: .period)
        try c.encode(value, forKey: .value)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(comparatorValue, forKey: .comparatorValue)
        try c.encode(line, forKey: .line)
    }
}
