/// The three PEEL pillars: police effectiveness, efficiency and legitimacy.
public enum Pillar: String, Sendable, Codable, CaseIterable, Hashable {
    /// Police effectiveness: keeping people safe and reducing crime.
    case effectiveness
    /// Police efficiency: meeting demand and planning for the future.
    case efficiency
    /// Police legitimacy: treating the public and the workforce fairly.
    case legitimacy
}
