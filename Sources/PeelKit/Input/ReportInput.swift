#if canImport(FoundationEssentials)
import FoundationEssentials  // URL
#else
import Foundation
#endif

/// Reading a report file as text bytes: UTF-8 text as it is, PDF through `pdftotext`.
public enum ReportInput {
    /// The text bytes of a file. A `.pdf` file (or any file that starts with
    /// "%PDF-") is converted with ``PDFText``.
    public static func text(of url: URL, limit: Int = InputDecoder.defaultMaximumByteCount) throws -> [UInt8] {
        try text(of: url, path: url.path, limit: limit)
    }

    /// ``text(of:limit:)`` when the caller has the URL's path already.
    static func text(of url: URL, path: String, limit: Int) throws -> [UInt8] {
        let bytes = try FormatRegistry.readFile(atPath: path, limit: limit)
        if CorpusFiles.pathExtension(of: path) == "pdf" || PDFText.isPDF(bytes) {
            return try PDFText.extract(fileAt: url)
        }
        return bytes
    }
}
