/// A canonical, year-independent name for a graded question or component.
///
/// The same key names the same subject across the 2015, 2016 and 2018/19 layouts,
/// so one force can be followed from year to year. The key is an open set: a
/// downstream layout module may define further keys with ``init(rawValue:)``.
public struct QuestionKey: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Creates a key from its slug, e.g. `"preventing-crime"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let preventingCrime = QuestionKey(rawValue: "preventing-crime")
    public static let investigatingCrime = QuestionKey(rawValue: "investigating-crime")
    public static let protectingVulnerable = QuestionKey(rawValue: "protecting-vulnerable")
    public static let seriousOrganisedCrime = QuestionKey(rawValue: "serious-organised-crime")
    /// 2016 "specialist capabilities", 2018/19 "Armed response capability".
    public static let specialistCapabilities = QuestionKey(rawValue: "specialist-capabilities")
    public static let meetingDemand = QuestionKey(rawValue: "meeting-demand")
    public static let planningFuture = QuestionKey(rawValue: "planning-future")
    public static let fairTreatmentPublic = QuestionKey(rawValue: "fair-treatment-public")
    public static let ethicalBehaviour = QuestionKey(rawValue: "ethical-behaviour")
    public static let fairTreatmentWorkforce = QuestionKey(rawValue: "fair-treatment-workforce")

    /// The ten canonical keys in report order, with their pillars.
    public static let canonical: [(key: QuestionKey, pillar: Pillar)] = [
        (.preventingCrime, .effectiveness), (.investigatingCrime, .effectiveness),
        (.protectingVulnerable, .effectiveness), (.seriousOrganisedCrime, .effectiveness),
        (.specialistCapabilities, .effectiveness), (.meetingDemand, .efficiency),
        (.planningFuture, .efficiency), (.fairTreatmentPublic, .legitimacy),
        (.ethicalBehaviour, .legitimacy), (.fairTreatmentWorkforce, .legitimacy),
    ]

    /// The pillar of a canonical key; `nil` for keys defined elsewhere.
    public var canonicalPillar: Pillar? {
        QuestionKey.canonical.first { $0.key == self }?.pillar
    }
}
