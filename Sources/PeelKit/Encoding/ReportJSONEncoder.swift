#if canImport(FoundationEssentials)
import FoundationEssentials  // Data
#else
import Foundation
#endif

/// Writes reports as JSON in the shape of the contract (schemaVersion 1): every key
/// present, in the contract's order, `null` where the text does not say.
///
/// ```swift
/// let json = ReportJSONEncoder(style: .pretty).string(report)
/// ```
public struct ReportJSONEncoder: Sendable {
    /// Layout of the output.
    public enum Style: Sendable {
        /// Indented, for people.
        case pretty
        /// One line, for JSON Lines and pipes.
        case compact
    }

    /// The layout of the output: ``Style/pretty`` or ``Style/compact``.
    public var style: Style

    /// An encoder writing in `style` (pretty by default).
    public init(style: Style = .pretty) { self.style = style }

    /// The report as UTF-8 JSON bytes (no trailing newline).
    public func bytes(_ report: Report) -> [UInt8] {
        var writer = JSONWriter(pretty: style == .pretty, capacity: 16 << 10)
        report.write(to: &writer)
        return writer.takeBytes()
    }

    /// Appends the report's UTF-8 JSON (no trailing newline) to `output`: for a writer of
    /// JSON Lines that keeps one buffer, so that no array is made and copied a report.
    ///
    /// ```swift
    /// var lines: [UInt8] = []
    /// for report in reports {
    ///     ReportJSONEncoder(style: .compact).append(report, to: &lines)
    ///     lines.append(0x0A)
    /// }
    /// ```
    public func append(_ report: Report, to output: inout [UInt8]) {
        var writer = JSONWriter(pretty: style == .pretty, appendingTo: output)
        output = []  // the writer holds the only reference: appending copies nothing
        report.write(to: &writer)
        output = writer.takeBytes()
    }

    /// The report as UTF-8 JSON data (no trailing newline).
    public func encode(_ report: Report) -> Data { Data(bytes(report)) }

    /// The report as a JSON string (no trailing newline).
    public func string(_ report: Report) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }
}
