#if canImport(FoundationEssentials)
import FoundationEssentials  // URL
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc  // STDIN_FILENO
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PeelKit

/// Reads an operand: a text or PDF file, or "-" for standard input.
enum InputFile {
    /// The text bytes of an operand. PDF files (and standard input with `pdf`) go
    /// through pdftotext.
    static func bytes(_ operand: String, limit: Int, pdf: Bool = false) throws -> [UInt8] {
        if operand == "-" {
            let bytes = try standardInput(limit: limit)
            return pdf || PDFText.isPDF(bytes) ? try PDFText.extract(bytes: bytes) : bytes
        }
        return try ReportInput.text(of: URL(fileURLWithPath: operand), limit: limit)
    }

    /// Standard input, read in chunks and refused as soon as it passes `limit`, so that
    /// an endless or huge stream is not held in memory first.
    static func standardInput(limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let count: Int
            do throws(Descriptor.ReadFailure) {
                count = try Descriptor.readChunk(1 << 20, from: STDIN_FILENO, appendingTo: &bytes)
            } catch {
                throw PeelError.unreadableFile(path: name("-"), reason: error.message)
            }
            if count == 0 { return bytes }
            if bytes.count > limit { throw PeelError.tooLarge(byteCount: bytes.count, limit: limit) }
        }
    }

    /// The name to show for an operand.
    static func name(_ operand: String) -> String { operand == "-" ? "<stdin>" : operand }
}
