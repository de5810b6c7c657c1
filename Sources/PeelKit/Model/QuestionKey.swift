/// A canonical, year-independent name for a graded question or component.
///
/// The same key names the same subject across the 2015, 2016 and 2018/19 layouts,
/// so one force can be followed from year to year. The key is an open set: a
/// downstream layout module may define further keys with ``init(rawValue:)``.
public struct QuestionKey: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The slug, e.g. `preventing-crime`.
    public let rawValue: String

    /// Creates a key from its slug, e.g. `"preventing-crime"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The slug.
    public var description: String { rawValue }

    /// Decodes a key from its slug, a JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the key as its slug, a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Preventing crime and tackling anti-social behaviour.
    public static let preventingCrime = QuestionKey(rawValue: "preventing-crime")
    /// Investigating crime (2015: "and managing offenders", 2016: "and reducing re-offending").
    public static let investigatingCrime = QuestionKey(rawValue: "investigating-crime")
    /// Protecting vulnerable people and supporting victims.
    public static let protectingVulnerable = QuestionKey(rawValue: "protecting-vulnerable")
    /// Tackling serious and organised crime.
    public static let seriousOrganisedCrime = QuestionKey(rawValue: "serious-organised-crime")
    /// 2016 "specialist capabilities", 2018/19 "Armed response capability".
    public static let specialistCapabilities = QuestionKey(rawValue: "specialist-capabilities")
    /// 2018/19 efficiency: meeting current demands and using resources.
    public static let meetingDemand = QuestionKey(rawValue: "meeting-demand")
    /// 2018/19 efficiency: planning for the future.
    public static let planningFuture = QuestionKey(rawValue: "planning-future")
    /// 2018/19 legitimacy: fair treatment of the public.
    public static let fairTreatmentPublic = QuestionKey(rawValue: "fair-treatment-public")
    /// 2018/19 legitimacy: ethical and lawful workforce behaviour.
    public static let ethicalBehaviour = QuestionKey(rawValue: "ethical-behaviour")
    /// 2018/19 legitimacy: fair treatment of the workforce.
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
