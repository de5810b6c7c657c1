import Foundation
import PeelKit
import Testing

@Suite("JSON output")
struct JSONTests {
    static let report = Report(
        format: FormatMatch(id: "peel-2016", confidence: 0.97), title: "PEEL: \"quoted\" \\ title\n",
        force: ForceReference(id: "kent", name: "Kent Police"), inspectionYear: "2016",
        judgments: [Judgment(pillar: .effectiveness, grade: nil, gradeSource: .absent)],
        questions: [Question(key: .preventingCrime, pillar: .effectiveness, title: "Q?", grade: .requiresImprovement,
                             gradeSource: .stated, areasForImprovement: ["The force should…"],
                             causesOfConcern: [CauseOfConcern(text: "c", recommendations: ["r"])], line: 3)],
        diagnostics: [Diagnostic(.warning, "grade-missing", "no grade", line: 9)])

    @Test func everyContractKeyIsPresentWithNullsInOrder() throws {
        let json = ReportJSONEncoder(style: .compact).string(Self.report)
        #expect(json.hasPrefix(#"{"schemaVersion":1,"format":{"id":"peel-2016","confidence":0.97},"title":"PEEL: \"quoted\" \\ title\n","force""#))
        #expect(json.contains(#""published":null,"isbn":null"#))
        #expect(json.contains(#"{"pillar":"effectiveness","grade":null,"gradeSource":"absent","line":null}"#))
        #expect(json.contains(#""grade":"requiresImprovement","gradeSource":"stated","lastInspected":null"#))
    }

    @Test func prettyAndCompactHoldTheSameValues() throws {
        let pretty = try JSONSerialization.jsonObject(with: ReportJSONEncoder(style: .pretty).encode(Self.report)) as? NSDictionary
        let compact = try JSONSerialization.jsonObject(with: ReportJSONEncoder(style: .compact).encode(Self.report)) as? NSDictionary
        #expect(pretty != nil && pretty == compact)
        #expect(!ReportJSONEncoder(style: .compact).string(Self.report).contains("\n"))
    }

    @Test func theJSONDecodesBackIntoTheSameReport() throws {
        let data = ReportJSONEncoder().encode(Self.report)
        let decoded = try JSONDecoder().decode(Report.self, from: data)
        #expect(decoded == Self.report)
    }

    @Test func codableEncodingWritesNullsToo() throws {
        let data = try JSONEncoder().encode(Self.report)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["isbn"] is NSNull)
        #expect(object?.keys.contains("published") == true)
    }
}
