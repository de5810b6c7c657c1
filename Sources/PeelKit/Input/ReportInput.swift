import Foundation

/// Reading a report file as text bytes: UTF-8 text as it is, PDF through `pdftotext`.
public enum ReportInput {
    /// The text bytes of a file. A `.pdf` file (or any file that starts with
    /// "%PDF-") is converted with ``PDFText``.
    public static func text(of url: URL, limit: Int = InputDecoder.defaultMaximumByteCount) throws -> [UInt8] {
        let bytes = try FormatRegistry.readFile(url, limit: limit)
        if url.pathExtension.lowercased() == "pdf" || PDFText.isPDF(bytes) {
            return try PDFText.extract(fileAt: url)
        }
        return bytes
    }
}
