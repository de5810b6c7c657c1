extension QuestionKey {
    /// The canonical key a printed question or component title refers to, whatever
    /// the year's wording: "How effective is the force at preventing crime…?" (2015,
    /// 2016) and "Preventing crime and tackling anti-social behaviour" (2018/19) both
    /// give ``preventingCrime``. Returns nil for titles that are not a graded
    /// question (sub-questions such as "How effective is the force's initial
    /// investigative response?").
    public init?(title: String) {
        let folded = " " + TextFolding.fold(title) + " "
        for (phrases, key) in QuestionKey.titlePhrases where phrases.contains(where: { FoldedSearch.contains(folded, $0) }) {
            self = key
            return
        }
        return nil
    }

    /// Folded phrases that name each key, most specific first.
    private static let titlePhrases: [([String], QuestionKey)] = [
        ([" preventing crime "], .preventingCrime),
        ([" investigating crime "], .investigatingCrime),
        ([" protecting those who are vulnerable ", " protecting from harm those who are vulnerable ",
          " protecting vulnerable people "], .protectingVulnerable),
        ([" tackling serious and organised crime "], .seriousOrganisedCrime),
        ([" specialist capabilities ", " armed response capability ", " armed policing "], .specialistCapabilities),
        ([" meeting current demands ", " meeting demand "], .meetingDemand),
        ([" planning for the future "], .planningFuture),
        ([" fair treatment of the public ", " treating the public fairly "], .fairTreatmentPublic),
        ([" ethical and lawful workforce behaviour ", " ethical and lawful "], .ethicalBehaviour),
        ([" fair treatment of the workforce ", " treating the workforce fairly "], .fairTreatmentWorkforce),
    ]
}
