import Testing
import PeelKit
import PeelKitTestSupport

/// The same report through other extractors' habits gives the same answer.
@Suite struct ExtractorVariantTests {
    enum Variant: String, CaseIterable, Sendable {
        case crlf, formFeedsAndPageNumbers, markdownHeadings, headingsInCapitals

        func apply(to text: String) -> String {
            switch self {
            case .crlf:
                return text.replacingOccurrences(of: "\n", with: "\r\n")
            case .formFeedsAndPageNumbers:
                // A form feed and a page number before every page start (a line that begins with a space).
                var page = 1
                return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    guard line.hasPrefix(" "), line.contains(where: { $0 != " " }) else { return String(line) }
                    page += 1
                    return "\u{0C}\(page)\n\n" + line
                }.joined(separator: "\n")
            case .markdownHeadings:
                return ["Summary of findings", "Areas for improvement", "Overall judgment"].reduce(text) {
                    $0.replacingOccurrences(of: $1, with: "## " + $1)
                }
            case .headingsInCapitals:
                return ["Summary of findings", "Areas for improvement"].reduce(text) {
                    $0.replacingOccurrences(of: $1, with: $1.uppercased())
                }
            }
        }
    }

    @Test(arguments: Variant.allCases)
    func everyExpectedField(variant: Variant) throws {
        let report = try Sample2015.parse(variant.apply(to: try Sample2015.text()))
        let diffs = ExpectedFields.differences(
            expected: try Fixtures.expected(Sample2015.name), actual: try Fixtures.json(report))
        #expect(diffs.isEmpty, "\(variant): \(diffs.joined(separator: "\n"))")
    }

    /// A footnote number glued to a heading in capitals ("OVERALL JUDGMENT1") is removed
    /// by the core's normalisation, so the heading is still found.
    @Test func gluedFootnoteAfterAHeadingInCapitals() throws {
        let text = try Sample2015.text().replacingOccurrences(of: "Overall judgment", with: "OVERALL JUDGMENT")
        let report = try Sample2015.parse(text)
        #expect(report.judgment(.effectiveness)?.grade == .requiresImprovement)
    }
}
