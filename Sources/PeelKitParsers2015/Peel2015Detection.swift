import PeelKit

/// What marks a document as a 2015 effectiveness report, and what marks the other
/// PEEL layouts.
///
/// The 2015 questions are worded differently from 2016's ("…investigating crime and
/// managing offenders?" against "…reducing re-offending?"), so they tell the two
/// years apart even when the cover is missing.
enum Peel2015Detection {
    static let scorer = EvidenceScorer(formatID: "peel-2015")
        .expect(anyOf: ["PEEL: Police effectiveness 2015", "Police effectiveness 2015"], weight: 2)
        .expect("How effective is the force at preventing crime and anti-social behaviour, and keeping people safe")
        .expect("How effective is the force at investigating crime and managing offenders", weight: 2)
        .expect("How effective is the force at protecting from harm those who are vulnerable, and supporting victims", weight: 2)
        .expect(
            "How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities",
            weight: 2)
        .expect("Annex A – HMIC judgments", weight: 2)
        .expect("This is the first year HMIC has graded forces", weight: 2)
        .expect("Overall judgment")
        .expect("Summary of findings")
        // The other layouts' marks.
        .reject("How effective are the force's specialist capabilities", weight: 3)
        .reject("Police effectiveness 2016", weight: 3)
        .reject("Police effectiveness 2017", weight: 3)
        .reject("effectiveness, efficiency and legitimacy 2018/19", weight: 3)
}
