#if canImport(FoundationEssentials)
import FoundationEssentials  // URL
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc  // open, read, fstat
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The layouts PeelKit knows, and the one place that picks which reads a document.
///
/// Register each layout module, then parse:
///
/// ```swift
/// var registry = FormatRegistry()
/// try registry.register(Peel2016Format())
/// let report = try registry.parse(text: reportText)
/// print(report.judgments.first?.grade as Any)
/// ```
///
/// Detection asks every module for a ``Detection`` and ranks them. The best one
/// reads the document when its confidence reaches ``minimumConfidence`` and no other
/// comes within ``tieMargin`` of it; otherwise parsing throws
/// ``PeelError/unrecognisedLayout(candidates:)`` or
/// ``PeelError/ambiguousLayout(candidates:)`` with every candidate's score. A caller
/// can also name the layout and skip detection.
public struct FormatRegistry: Sendable {
    /// The registered layouts, in registration order.
    public private(set) var formats: [any ReportFormat] = []
    /// The confidence a layout needs to be chosen by detection.
    public var minimumConfidence: Double = 0.5
    /// Two layouts whose confidences differ by less than this are a tie.
    public var tieMargin: Double = 0.05
    /// Size limit and binary-input checks applied to bytes and files.
    public var input = InputDecoder()

    /// An empty registry.
    public init() {}

    /// A registry holding these layouts. Throws on a duplicate id.
    public init(_ formats: [any ReportFormat]) throws {
        for format in formats { try register(format) }
    }

    /// Adds a layout. Throws ``PeelError/duplicateFormat(id:)`` when its id is taken.
    public mutating func register(_ format: any ReportFormat) throws {
        if formats.contains(where: { $0.id == format.id }) { throw PeelError.duplicateFormat(id: format.id) }
        formats.append(format)
    }

    /// The layout with this id.
    public func format(id: String) -> (any ReportFormat)? {
        formats.first { $0.id == id }
    }

    /// Every layout's verdict on the document, best first (ties keep registration order).
    public func detect(_ document: Document) -> [Detection] {
        formats.enumerated()
            .map { (offset: $0.offset, detection: $0.element.detect(in: document)) }
            .sorted { $0.detection.confidence != $1.detection.confidence
                ? $0.detection.confidence > $1.detection.confidence : $0.offset < $1.offset }
            .map(\.detection)
    }

    /// The layout that should read the document, with its detection, or the error
    /// that explains why none can.
    public func choose(for document: Document, format id: String? = nil) throws -> (format: any ReportFormat, detection: Detection) {
        if let id {
            guard let format = format(id: id) else {
                throw PeelError.unknownFormat(id: id, available: formats.map(\.id))
            }
            return (format, format.detect(in: document))
        }
        let ranked = detect(document)
        guard let best = ranked.first, best.confidence >= minimumConfidence,
              let format = format(id: best.formatID) else {
            throw PeelError.unrecognisedLayout(candidates: ranked)
        }
        if ranked.count > 1, best.confidence - ranked[1].confidence < tieMargin {
            throw PeelError.ambiguousLayout(candidates: ranked)
        }
        return (format, best)
    }

    /// Parses a normalised document with the detected layout (or the one named).
    public func parse(_ document: Document, format id: String? = nil) throws -> Report {
        if document.isEmpty { throw PeelError.empty }
        let (format, detection) = try choose(for: document, format: id)
        var report = try format.parse(document)
        report.format = FormatMatch(id: format.id, confidence: (detection.confidence * 100).rounded() / 100)
        report.diagnostics = document.diagnostics + report.diagnostics
        return report
    }

    /// Parses report text.
    public func parse(text: String, format id: String? = nil) throws -> Report {
        try parse(bytes: Array(text.utf8), format: id)
    }

    /// Parses UTF-8 bytes, after the checks of ``input``.
    public func parse(bytes: [UInt8], format id: String? = nil) throws -> Report {
        try parse(input.document(from: bytes), format: id)
    }

    /// Reads and parses a text file.
    public func parse(contentsOf url: URL, format id: String? = nil) throws -> Report {
        try parse(bytes: FormatRegistry.readFile(url, limit: input.maximumByteCount), format: id)
    }

    /// Reads a whole file as bytes, refusing directories, unreadable and oversized files
    /// with a ``PeelError``.
    public static func readFile(_ url: URL, limit: Int = InputDecoder.defaultMaximumByteCount) throws -> [UInt8] {
        try readFile(atPath: url.path, limit: limit)
    }

    /// ``readFile(_:limit:)`` for a path (a corpus run has it already: `URL.path` is not free).
    static func readFile(atPath path: String, limit: Int) throws -> [UInt8] {
        // POSIX calls straight into the array (no `Data`, no second copy); what the file
        // is comes from the open descriptor, not from a separate look-up by path.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            let reason = code == ENOENT || code == ENOTDIR ? "no such file" : String(cString: strerror(code))
            throw PeelError.unreadableFile(path: path, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw PeelError.unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw PeelError.unreadableFile(path: path, reason: "is a directory") }
        let size = Int(status.st_size)
        if size > limit { throw PeelError.tooLarge(byteCount: size, limit: limit) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size, let base = buffer.baseAddress {
                let count = read(descriptor, base + initialized, size - initialized)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    if count < 0 { failure = errno }
                    break
                }
                initialized += count
            }
        }
        if failure != 0 { throw PeelError.unreadableFile(path: path, reason: String(cString: strerror(failure))) }
        // A file that grew while it was read (or a special file of no size): the rest, in chunks.
        if bytes.count == size {
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64 << 10) { chunk in
                while let base = chunk.baseAddress {
                    let count = read(descriptor, base, chunk.count)
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<count]))
                    if bytes.count > limit { throw PeelError.tooLarge(byteCount: bytes.count, limit: limit) }
                }
            }
        }
        return bytes
    }
}
