import PeelKit
import PeelKitTestSupport
import Testing

/// Inputs pathological by size or shape. Each must give a report or a PeelError and
/// finish in time linear in its size. Each input is built to hit one of the loops that
/// once was quadratic (a search from every position, a string rebuilt at every
/// merge); at these sizes a quadratic loop takes hours, a linear one seconds (a debug
/// build reads about 1.5 MB/s), so the bound below is deliberately generous: it is not
/// a benchmark.
@Suite("Pathological inputs finish in linear time", .serialized)
struct PathologicalInputTests {
    static let bound: Duration = .seconds(120)

    static func repeated(_ piece: String, _ times: Int) -> [UInt8] {
        let bytes = Array(piece.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * times)
        for _ in 0..<times { out.append(contentsOf: bytes) }
        return out
    }

    /// Checks and normalises the input once (as `parse(bytes:)` does), then reads it
    /// with detection and with each layout forced; returns the forced outcomes.
    @discardableResult
    func run(_ name: String, _ input: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Outcome] {
        let registry = try Mutants.registry()
        let clock = ContinuousClock()
        var outcomes: [Outcome] = []
        let elapsed = clock.measure {
            let document: Document
            do {
                document = try registry.input.document(from: input)
            } catch {
                #expect(error is PeelError, "\(name): \(error)", sourceLocation: sourceLocation)
                return
            }
            Outcome.of(document, inputSize: input.count, registry, label: name, sourceLocation: sourceLocation)
            for format in registry.formats {
                if let outcome = Outcome.of(
                    document, inputSize: input.count, registry, format: format.id, label: "\(name) as \(format.id)",
                    sourceLocation: sourceLocation) {
                    outcomes.append(outcome)
                }
            }
        }
        #expect(elapsed < Self.bound, "\(name): \(input.count) bytes took \(elapsed)", sourceLocation: sourceLocation)
        return outcomes
    }

    /// One 20 MB line: glued footnotes in a word without spaces, unclosed `<sup>`
    /// tags, unclosed link targets, bold markers, then ordinary words.
    @Test func oneTwentyMegabyteLine() throws {
        let quarter = 5 << 20
        var line: [UInt8] = []
        line += Self.repeated("word1,", quarter / 6)
        line += Self.repeated("<sup>x", quarter / 6)
        line += Self.repeated("[a](bc", quarter / 6)
        line += Self.repeated("**the force is good at preventing crime and ", quarter / 44)
        let outcomes = try run("a 20 MB line", line)
        for case .report(let report) in outcomes {
            #expect(report.questions.isEmpty)
            #expect(report.diagnostics.contains { $0.code == "question-missing" })
        }
    }

    /// A million blank lines: alone (empty input) and inside a report; and 100,000
    /// one-word paragraphs between blank lines that all merge into one ("the" cannot
    /// end a sentence).
    @Test func aMillionBlankLines() throws {
        let blank = [UInt8](repeating: 0x0A, count: 1_000_000)
        let registry = try Mutants.registry()
        #expect(throws: PeelError.empty) { try registry.parse(bytes: blank) }

        let sample = try Fixtures.bytes("2016-cambridgeshire")
        let middle = sample.count / 2
        let padded = Array(sample[..<middle]) + blank + Array(sample[middle...])
        for case .report(let report) in try run("a report with a million blank lines inside", padded) {
            #expect(!report.questions.isEmpty || !report.diagnostics.isEmpty)
        }

        for case .report(let report) in try run("100,000 merging paragraphs", Self.repeated("the\n\n", 100_000)) {
            #expect(report.questions.isEmpty)
        }
    }

    /// 10,000 repetitions of the headings the layouts look for: question titles (each
    /// a section candidate), "Summary of findings" and grades, causes of concern, and
    /// one lead with 10,000 sub-items (one list item that grows).
    @Test func tenThousandRepeatedHeadings() throws {
        let title2016 = "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?\n\n"
        let title2015 = "How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?\n\n"
        try run("10,000 2016 question titles", Self.repeated(title2016, 10_000) + Array("Summary of findings\n\nGood\n".utf8))
        try run("10,000 2015 question titles", Self.repeated(title2015, 10_000) + Array("Summary of findings\n\nGood\n".utf8))
        try run("10,000 summaries", Self.repeated(title2016 + "Summary of findings\n\nGood\n\nThe force is good at it.\n\n", 10_000))
        try run("10,000 causes of concern", Self.repeated(
            "Cause of concern\n\nThe force is not good enough.\n\nRecommendations\n\n- It should do better.\n\n", 10_000))
        let lead = "Summary of findings\n\nGood\n\nAreas for improvement\n\n- The force should:\n"
        let outcomes = try run("one lead with 10,000 sub-items",
            Array((title2016 + lead).utf8) + Self.repeated("    - improve the way it works with partners;\n", 10_000))
        for case .report(let report) in outcomes {
            if let areas = report.question(.preventingCrime)?.areasForImprovement {
                #expect(areas.count == 1)
                #expect((areas.first?.utf8.count ?? 0) > 400_000)
            }
        }
    }
}
