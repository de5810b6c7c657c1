import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitTestSupport

/// The 2015 sample and the registry the tests read it with.
enum Sample2015 {
    static let name = "2015-cambridgeshire-excerpt"

    /// Both effectiveness layouts, so that detection has a rival to beat.
    static func registry() throws -> FormatRegistry {
        try FormatRegistry([Peel2015Format(), Peel2016Format()])
    }

    static func text() throws -> String {
        try Fixtures.text(name)
    }

    static func parse(_ text: String, format: String? = nil) throws -> Report {
        try registry().parse(text: text, format: format)
    }

    /// The sample's lines, without their line ends.
    static func lines() throws -> [String] {
        try text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The line with its surrounding spaces removed.
    static func trimmed(_ line: String) -> String {
        String(line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// `true` when the line, trimmed, is a grade word on its own ("Good", "Requires improvement").
    static func isGradeLine(_ line: String) -> Bool {
        Grade(printed: trimmed(line)) != nil && !trimmed(line).isEmpty
    }
}
