import PeelKit
import PeelKitTestSupport
import Testing

/// Hundreds of damaged versions of the four samples (SPEC §5: no input may crash the
/// library). Each kind of damage runs as its own test with its own fixed seed.
@Suite("Damaged reports give a report or a PeelError")
struct MutationTests {
    /// 4 samples × 5 kinds × 26 = 520 inputs.
    static let mutantsPerSample = 26

    @Test(arguments: Mutants.Kind.allCases)
    func mutants(_ kind: Mutants.Kind) throws {
        let registry = try Mutants.registry()
        var rng = SplitMix64(seed: 0x5EED_2026 &+ UInt64(Mutants.Kind.allCases.firstIndex(of: kind) ?? 0))
        var reports = 0
        var refused = 0
        for name in Fixtures.samples {
            let sample = try Fixtures.bytes(name)
            for n in 0..<Self.mutantsPerSample {
                // Every eighth mutant damages the whole report; the others a part of it
                // (2–12 KB from a random line), which keeps the suite fast in debug builds.
                let source = n % 8 == 0 ? sample : Mutants.window(of: sample, using: &rng)
                let input = Mutants.make(kind, from: source, using: &rng)
                let label = "\(kind) #\(n) of \(name) (\(input.count) bytes)"
                switch Outcome.of(input, registry, label: label) {
                case .report: reports += 1
                case .refused: refused += 1
                case nil: break
                }
                // Each layout, forced, also reads it: the parsers must cope with text
                // that the checks or detection would refuse.
                let document = Document(normalizing: input)
                for format in registry.formats {
                    Outcome.of(document, inputSize: input.count, registry, format: format.id, label: "\(label) as \(format.id)")
                }
            }
        }
        #expect(reports + refused == Fixtures.samples.count * Self.mutantsPerSample)
        // Damage that keeps most of a report should still give reports.
        if kind != .truncation { #expect(reports > 0) }
    }

    /// Every cut of a report at a line boundary keeps what came before it: the
    /// questions read from a prefix are a prefix of the questions of the whole.
    @Test(arguments: ["2015-cambridgeshire-excerpt", "2016-cambridgeshire"])
    func truncatedReportsKeepWhatTheyHold(_ name: String) throws {
        let registry = try Mutants.registry()
        let sample = try Fixtures.bytes(name)
        let whole = try registry.parse(bytes: sample)
        let lines = Mutants.lines(sample)
        for count in stride(from: lines.count / 10, through: lines.count, by: lines.count / 10) {
            let input = Mutants.joined(Array(lines.prefix(count)))
            guard case .report(let report)? = Outcome.of(input, registry, format: whole.format.id, label: "\(name) cut at line \(count)") else {
                continue
            }
            for question in report.questions {
                let full = try #require(whole.question(question.key))
                #expect(question.title == full.title)
                // Never a grade the whole report does not give.
                if question.grade != nil { #expect(question.grade == full.grade, "\(name) cut at \(count): \(question.key)") }
                // Areas read from a cut list are the first areas of the whole list.
                #expect(Array(full.areasForImprovement.prefix(question.areasForImprovement.count)) == question.areasForImprovement
                    || question.areasForImprovement.last.map { last in full.areasForImprovement.contains { $0.hasPrefix(last) } } == true,
                    "\(name) cut at \(count): \(question.key) areas")
            }
            if report.questions.count < whole.questions.count {
                #expect(report.diagnostics.contains { $0.severity >= .warning }, "\(name) cut at \(count): no warning says what is missing")
            }
        }
    }
}
