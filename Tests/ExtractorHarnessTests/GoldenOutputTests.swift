import Foundation
import PeelKit
import PeelKitTestSupport
import Testing

/// The optimised pipeline (issue 7) gives byte for byte what the straightforward one
/// gave: `Tests/Fixtures/golden` holds each sample's normalised blocks (as `peel blocks`
/// prints them) and its JSON (as `peel parse --json` writes it), both written by the
/// build before the fast paths (commit 93b77a2). Every fast path — SWAR folding and
/// cleaning, shared buffers, block comparisons that rule blocks out early, the word
/// index — must leave them unchanged.
///
/// When a change is meant to alter the output, regenerate the files and review the diff:
///
/// ```sh
/// for f in Tests/Fixtures/*.txt; do n=$(basename "$f" .txt)
///   swift run peel blocks "$f" > "Tests/Fixtures/golden/$n.blocks.txt"
///   swift run peel parse --json "$f" > "Tests/Fixtures/golden/$n.json"
/// done
/// ```
@Suite("Fast paths give the same output as before")
struct GoldenOutputTests {
    static var registry: FormatRegistry { ExtractorHarnessTests.registry }

    @Test("normalised blocks", arguments: Fixtures.samples)
    func blocks(_ sample: String) throws {
        let document = Document(normalizing: try Fixtures.bytes(sample))
        let golden = try String(contentsOf: Fixtures.directory.appendingPathComponent("golden/\(sample).blocks.txt"), encoding: .utf8)
        let actual = document.listing()
        let (goldenLines, actualLines) = (golden.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
        let firstDifference = zip(goldenLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "first different block line: \(firstDifference.map { "\($0.offset + 1): \($0.element.1)" } ?? "")")
        #expect(goldenLines.count == actualLines.count)
    }

    @Test("report JSON", arguments: Fixtures.samples)
    func json(_ sample: String) throws {
        var report = try Self.registry.parse(bytes: try Fixtures.bytes(sample))
        report.source = "Tests/Fixtures/\(sample).txt"
        let actual = ReportJSONEncoder(style: .pretty).bytes(report) + Array("\n".utf8)
        let golden = [UInt8](try Data(contentsOf: Fixtures.directory.appendingPathComponent("golden/\(sample).json")))
        #expect(actual == golden, "JSON differs from golden/\(sample).json")
    }
}
