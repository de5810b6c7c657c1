import Foundation
import PeelKit
import Testing

/// One thing a text extractor does to a report, as a deterministic function of the
/// text. The harness renders every fixture through each and expects the same report.
struct ExtractorTransform: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    /// How the two reports are compared.
    enum Comparison: Sendable {
        /// Every field equal (line numbers aside).
        case exact
        /// Quotes and dashes folded first: the transform changed them on purpose.
        case foldingQuotesAndDashes
    }

    let name: String
    let comparison: Comparison
    let apply: @Sendable (String) -> String

    init(_ name: String, comparison: Comparison = .exact, _ apply: @escaping @Sendable (String) -> String) {
        self.name = name
        self.comparison = comparison
        self.apply = apply
    }

    var description: String { name }
    var testDescription: String { name }

    /// Several transforms applied in order.
    static func combined(_ transforms: ExtractorTransform...) -> ExtractorTransform {
        let comparison: Comparison = transforms.contains { $0.comparison == .foldingQuotesAndDashes } ? .foldingQuotesAndDashes : .exact
        return ExtractorTransform(transforms.map(\.name).joined(separator: " + "), comparison: comparison) { text in
            transforms.reduce(text) { $1.apply($0) }
        }
    }
}

/// Line-level helpers shared by the transforms.
enum Lines {
    static func split(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func join(_ lines: [String]) -> String { lines.joined(separator: "\n") }

    /// The bullet prefix of a line ("  - ", "• "), if any.
    static func bulletPrefix(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        for marker in ["- ", "• ", "* ", "▪ ", "– ", "o ", "\u{F0B7} "] where rest.hasPrefix(marker) {
            return String(indent) + marker
        }
        return nil
    }

    /// A structural heading of the reports (not a question title).
    static func isStructuralHeading(_ line: String) -> Bool {
        let folded = TextFolding.fold(line)
        return ["summary of findings", "areas for improvement", "overall judgment", "summary", "overall summary",
                "force in numbers", "next steps"].contains(folded)
    }
}
