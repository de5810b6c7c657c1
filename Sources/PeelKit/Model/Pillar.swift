/// The three PEEL pillars: police effectiveness, efficiency and legitimacy.
public enum Pillar: String, Sendable, Codable, CaseIterable, Hashable {
    case effectiveness
    case efficiency
    case legitimacy
}
