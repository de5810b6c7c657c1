import Foundation
import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitParsers2018
import PeelKitTestSupport
import Testing

/// Every fixture rendered through every extractor-like transformation (and
/// combinations) must give the same report as the untransformed fixture: every field
/// but line numbers.
@Suite("Same answer whatever the extractor")
struct ExtractorHarnessTests {
    static let registry: FormatRegistry = {
        var registry = FormatRegistry()
        try? registry.register(Peel2015Format())
        try? registry.register(Peel2016Format())
        try? registry.register(Peel2018Format())
        return registry
    }()

    static let fixtures = Fixtures.samples

    static let single: [ExtractorTransform] = [
        Transforms.hardWrap(60), Transforms.hardWrap(80, trailingSpaces: true), Transforms.hardWrap(100, indentBullets: true),
        Transforms.pageFurniture(bareNumbers: false, seed: 1), Transforms.pageFurniture(bareNumbers: true, seed: 2),
        Transforms.crlf, Transforms.loneCR, Transforms.byteOrderMark, Transforms.tabsToSpaces,
        Transforms.oddSpaces, Transforms.curlyQuotes, Transforms.straightQuotes, Transforms.emDashes,
        Transforms.ligatures, Transforms.softHyphens, Transforms.superscripts, Transforms.decomposedAccents,
        Transforms.markdownise, Transforms.stripMarkup, Transforms.capitalHeadings,
    ] + ["-", "•", "▪", "–", "*", "o", "\u{F0B7}"].map(Transforms.bullets)

    static let combinations: [ExtractorTransform] = [
        .combined(Transforms.hardWrap(80, trailingSpaces: true), Transforms.pageFurniture(bareNumbers: true, seed: 3), Transforms.crlf),
        .combined(Transforms.hardWrap(60), Transforms.ligatures, Transforms.softHyphens, Transforms.oddSpaces),
        .combined(Transforms.markdownise, Transforms.bullets("•"), Transforms.byteOrderMark),
        .combined(Transforms.superscripts, Transforms.capitalHeadings, Transforms.hardWrap(100, indentBullets: true), Transforms.loneCR),
        .combined(Transforms.tabsToSpaces, Transforms.curlyQuotes, Transforms.decomposedAccents, Transforms.pageFurniture(bareNumbers: false, seed: 4)),
        .combined(Transforms.bullets("▪"), Transforms.hardWrap(70, trailingSpaces: true, indentBullets: true), Transforms.pageFurniture(bareNumbers: false, seed: 5), Transforms.oddSpaces, Transforms.crlf),
    ]

    static let all = single + combinations

    @Test("fixture × transformation", arguments: fixtures, all)
    func sameReport(fixture: String, transform: ExtractorTransform) throws {
        let original = try Fixtures.text(fixture)
        let baseline = try Self.registry.parse(text: original)
        let text = transform.apply(original)
        if ProcessInfo.processInfo.environment["PEEL_HARNESS_DUMP"] != nil {
            // For debugging: the transformed text, to run `peel blocks` on.
            let name = "\(fixture)-\(transform.name)".map { $0.isLetter || $0.isNumber ? $0 : "-" }
            try? Data(text.utf8).write(to: URL(fileURLWithPath: "/tmp/harness-" + String(name) + ".txt"))
        }
        let transformed = try Self.registry.parse(text: text)
        let expected = Comparable(baseline, folding: transform.comparison == .foldingQuotesAndDashes)
        let actual = Comparable(transformed, folding: transform.comparison == .foldingQuotesAndDashes)
        let differences = ExpectedFields.differences(expected: expected.json, actual: actual.json)
        #expect(differences.isEmpty, "\(transform.name) on \(fixture):\n\(differences.prefix(8).joined(separator: "\n"))")
    }

    @Test("output text is clean", arguments: fixtures, all)
    func cleanOutput(fixture: String, transform: ExtractorTransform) throws {
        let report = try Self.registry.parse(text: transform.apply(try Fixtures.text(fixture)))
        let texts = report.questions.flatMap { [$0.title] + $0.summary + $0.areasForImprovement }
            + report.questions.flatMap { $0.causesOfConcern.flatMap { [$0.text] + $0.recommendations } }
        for text in texts {
            let bad = text.unicodeScalars.first { "\u{00A0}\u{00AD}\u{2009}\u{FEFF}\u{FB00}\u{FB01}\u{FB02}\u{FB03}\u{FB04}¹²³⁴⁵⁶⁷⁸⁹⁰\t\r\u{0C}".unicodeScalars.contains($0) }
            #expect(bad == nil, "\(transform.name) on \(fixture): “\(text.prefix(80))…” holds U+\(String(bad?.value ?? 0, radix: 16))")
        }
    }
}

/// A report as JSON values with line numbers (and the source) removed, optionally
/// with quotes and dashes folded.
struct Comparable {
    let json: Any

    init(_ report: Report, folding: Bool) {
        let value = (try? Fixtures.json(report)) ?? [:]
        json = Comparable.strip(value, folding: folding)
    }

    static func strip(_ value: Any, folding: Bool) -> Any {
        switch value {
        case let object as [String: Any]:
            var copy: [String: Any] = [:]
            for (key, inner) in object where key != "line" && key != "source" {
                copy[key] = strip(inner, folding: folding)
            }
            return copy
        case let array as [Any]:
            return array.map { strip($0, folding: folding) }
        case let string as String where folding:
            return string.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
                .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
                .replacingOccurrences(of: "—", with: "–")
        default:
            return value
        }
    }
}
