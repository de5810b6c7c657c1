import Foundation
import PeelKit
import PeelKitTestSupport
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

/// Appending reports to one buffer (JSON Lines) writes what encoding each alone does.
@Suite("JSON appended to a buffer")
struct JSONAppendTests {
    @Test("appended reports equal each report's bytes, compact and pretty, after existing bytes")
    func appendedEqualsAlone() {
        for style in [ReportJSONEncoder.Style.compact, .pretty] {
            let encoder = ReportJSONEncoder(style: style)
            var other = JSONTests.report
            other.title = "Another"
            var buffer = Array("head\n".utf8)
            encoder.append(JSONTests.report, to: &buffer)
            buffer.append(0x0A)
            encoder.append(other, to: &buffer)
            #expect(buffer == Array("head\n".utf8) + encoder.bytes(JSONTests.report) + [0x0A] + encoder.bytes(other))
        }
    }
}

/// The JSON writer's own fast paths: the escape check sixteen bytes at a time, and the
/// comma bookkeeping in a register for the first 64 levels.
@Suite("JSON writer")
struct JSONWriterTests {
    @Test("every byte that needs escaping is escaped, wherever it falls in a long string")
    func escapingAtEveryOffset() throws {
        for special in ["\"", "\\", "\n", "\t", "\u{1}", "\u{7F}"] {
            for offset in 0..<40 {
                let value = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 40 - offset) + "é"
                var writer = JSONWriter(pretty: false)
                writer.string(value)
                let decoded = try JSONDecoder().decode(String.self, from: Data(writer.bytes))
                #expect(decoded == value, "\(special.debugDescription) at \(offset)")
                #expect(!writer.bytes.dropFirst().dropLast().contains(where: { $0 < 0x20 }))
            }
        }
    }

    @Test("integers are written as String(_:) prints them")
    func integers() throws {
        var values = [0, 1, -1, 9, 10, -10, 99, 100, 12345, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var generator = SplitMix64(seed: 53)
        for _ in 0..<500 { values.append(Int(bitPattern: UInt(generator.next() >> (generator.next() % 64)))) }
        for value in values {
            var writer = JSONWriter(pretty: false)
            writer.int(value)
            #expect(writer.bytes == Array(String(value).utf8), "\(value)")
            var whole = JSONWriter(pretty: false)
            whole.double(Double(value % 1_000_000_000))
            #expect(whole.bytes == Array(String(value % 1_000_000_000).utf8), "\(value)")
        }
    }

    @Test("writes across the writer's room (two kilobytes at a time) and strings longer than it come out whole")
    func writesPastTheRoom() throws {
        var generator = SplitMix64(seed: 59)
        for capacity in [0, 1, 100, 4096] {
            var writer = JSONWriter(pretty: false, capacity: capacity)
            writer.beginObject()
            var expected = "{"
            var midway: [UInt8] = []
            for index in 0..<400 {
                let length = Int(generator.next() % 40) + (index % 97 == 0 ? 5000 : 0)
                let value = String(repeating: "abcdefgh", count: length / 8 + 1).prefix(length)
                writer.key("k\(index)")
                writer.string(String(value))
                expected += (index == 0 ? "" : ",") + "\"k\(index)\":\"\(value)\""
                if index == 200 { midway = writer.bytes }
            }
            writer.endObject()
            expected += "}"
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "capacity \(capacity)")
            #expect(midway == Array(writer.bytes.prefix(midway.count)), "capacity \(capacity)")
            _ = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
        }
    }

    @Test("arrays nested 100 deep get their commas right, compact and pretty")
    func deepNesting() throws {
        for pretty in [false, true] {
            var writer = JSONWriter(pretty: pretty)
            for _ in 0..<100 { writer.beginArray(); writer.int(1) }
            for _ in 0..<100 { writer.int(2); writer.endArray() }
            let value = try JSONSerialization.jsonObject(with: Data(writer.bytes))
            var level: Any = value
            for depth in 0..<100 {
                let array = try #require(level as? [Any], "depth \(depth)")
                #expect(array.count == (depth == 99 ? 2 : 3))
                #expect(array.first as? Int == 1)
                #expect(array.last as? Int == 2)
                if depth < 99 { level = array[1] }
            }
        }
    }
}
