import Foundation
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
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20)
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > limit { throw PeelError.tooLarge(byteCount: bytes.count, limit: limit) }
        }
    }

    /// The name to show for an operand.
    static func name(_ operand: String) -> String { operand == "-" ? "<stdin>" : operand }
}
