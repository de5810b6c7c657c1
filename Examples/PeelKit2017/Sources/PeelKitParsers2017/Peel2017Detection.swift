import PeelKit

/// What marks a document as a 2017 effectiveness report, and what marks the other
/// PEEL layouts.
///
/// The 2017 questions are worded as in 2016, so the year marks decide: the cover
/// title, "assessed all of these areas during 2017" and the panel's periods
/// ("12 months to 30 June 2017"). The other years' titles count against.
enum Peel2017Detection {
    static let scorer = EvidenceScorer(formatID: "peel-2017")
        .expect(anyOf: ["PEEL: Police effectiveness 2017", "Police effectiveness 2017"], weight: 3)
        .expect("How effective are the force's specialist capabilities", weight: 2)
        .expect("How effective is the force at investigating crime and reducing re-offending")
        .expect("How effective is the force at protecting those who are vulnerable from harm, and supporting victims")
        .expect(block: "How effective is the force at tackling serious and organised crime?")
        .expect("Force in numbers")
        .expect("Overall judgment")
        .expect("Summary of findings")
        .expect(anyOf: ["assessed all of these areas during 2017", "12 months to 30 June 2017"])
        // The other layouts' marks.
        .reject("Police effectiveness 2015", weight: 3)
        .reject("This is the first year HMIC has graded forces", weight: 2)
        .reject("Police effectiveness 2016", weight: 3)
        .reject("effectiveness, efficiency and legitimacy 2018/19", weight: 3)
}
