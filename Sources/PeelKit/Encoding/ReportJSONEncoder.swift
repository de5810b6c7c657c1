import Foundation

/// Writes reports as JSON in the shape of the contract (schemaVersion 1): every key
/// present, `null` where the text does not say.
///
/// ```swift
/// let json = try ReportJSONEncoder(style: .pretty).string(report)
/// ```
public struct ReportJSONEncoder: Sendable {
    /// Layout of the output.
    public enum Style: Sendable {
        /// Indented, for people.
        case pretty
        /// One line, for JSON Lines and pipes.
        case compact
    }

    public var style: Style

    public init(style: Style = .pretty) { self.style = style }

    /// The report as UTF-8 JSON bytes (no trailing newline).
    public func encode(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = style == .pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        return try encoder.encode(report)
    }

    /// The report as a JSON string (no trailing newline).
    public func string(_ report: Report) throws -> String {
        String(decoding: try encode(report), as: UTF8.self)
    }
}
