/// Every failure a caller of PeelKit can act on.
///
/// Thrown by ``FormatRegistry`` and ``InputDecoder``; each case carries what is
/// needed to say what is wrong and where. `description` is a one-line message
/// suitable for a command line.
public enum PeelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read (missing, a directory, no permission…).
    case unreadableFile(path: String, reason: String)
    /// The input is not UTF-8 text; `byteOffset` is where the first invalid byte is.
    case notUTF8(byteOffset: Int)
    /// The input has no text.
    case empty
    /// The input is larger than the configured limit.
    case tooLarge(byteCount: Int, limit: Int)
    /// No registered layout recognises the document; the candidates' scores say how close each came.
    case unrecognisedLayout(candidates: [Detection])
    /// Two layouts match equally well.
    case ambiguousLayout(candidates: [Detection])
    /// A layout was named (`--format`) that is not registered.
    case unknownFormat(id: String, available: [String])
    /// A layout with this id is already registered.
    case duplicateFormat(id: String)
    /// A tool PeelKit needs (e.g. `pdftotext` for PDF input) is not installed.
    case missingTool(name: String, hint: String)
    /// An external tool failed.
    case toolFailed(name: String, status: Int32, message: String)

    /// A one-line message for a command line, e.g. "not a recognised PEEL report (peel-2015 0%, peel-2016 3%)".
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read \(path): \(reason)"
        case let .notUTF8(offset):
            return "not UTF-8 text (invalid byte at offset \(offset))"
        case .empty:
            return "empty input: no text to read"
        case let .tooLarge(count, limit):
            return "input too large: \(count) bytes, the limit is \(limit) bytes"
        case let .unrecognisedLayout(candidates):
            return "not a recognised PEEL report" + PeelError.scores(candidates)
        case let .ambiguousLayout(candidates):
            return "ambiguous layout: more than one matches equally well" + PeelError.scores(candidates)
                + "; name one with --format"
        case let .unknownFormat(id, available):
            return "unknown format \(id) (registered: \(available.joined(separator: ", ")))"
        case let .duplicateFormat(id):
            return "a format with id \(id) is already registered"
        case let .missingTool(name, hint):
            return "\(name) is not installed: \(hint)"
        case let .toolFailed(name, status, message):
            return "\(name) failed (exit \(status))" + (message.isEmpty ? "" : ": \(message)")
        }
    }

    private static func scores(_ candidates: [Detection]) -> String {
        guard !candidates.isEmpty else { return " (no layouts registered)" }
        return " (" + candidates.map { "\($0.formatID) \(Detection.percent($0.confidence))" }.joined(separator: ", ") + ")"
    }
}
