import PeelKit

/// What marks a document as a 2018/19 integrated PEEL report, and what marks the
/// earlier layouts.
enum Peel2018Detection {
    static let scorer = EvidenceScorer(formatID: "peel-2018")
        .expect(anyOf: ["Police effectiveness, efficiency and legitimacy 2018/19", "effectiveness, efficiency and legitimacy 2018/19"], weight: 3)
        .expect(block: "Force in context", weight: 2)
        .expect(block: "Overall summary", weight: 2)
        .expect("Last inspected", weight: 2)
        .expect("has been carried over")
        .expect(anyOf: ["How effectively does the force reduce crime and keep people safe", "How effectively does the force"])
        .expect(anyOf: ["How efficiently does the force operate and how sustainable are its services", "How efficiently does the force"])
        .expect(anyOf: ["How legitimately does the force treat the public and its workforce", "How legitimately does the force"])
        .expect(anyOf: ["Armed response capability", "Armed policing"])
        .expect(anyOf: ["Meeting current demands and using resources", "Fair treatment of the public", "Fair treatment of the workforce"])
        .expect(anyOf: ["Treating the public fairly", "Treating the workforce fairly", "Ethical and lawful workforce behaviour"])
        // The other layouts' marks.
        .reject("Police effectiveness 2016", weight: 4)
        .reject("How effective are the force's specialist capabilities", weight: 3)
        .reject("Annex A – HMIC judgments", weight: 3)
        .reject("Police effectiveness 2015", weight: 4)
        .reject("This is the first year HMIC has graded forces", weight: 2)
        .reject("Police effectiveness 2017", weight: 4)
}
