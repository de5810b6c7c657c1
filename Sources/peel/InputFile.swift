import Foundation
import PeelKit

/// Reads an operand: a text or PDF file, or "-" for standard input.
enum InputFile {
    /// The text bytes of an operand. PDF files (and standard input with `pdf`) go
    /// through pdftotext.
    static func bytes(_ operand: String, limit: Int, pdf: Bool = false) throws -> [UInt8] {
        if operand == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > limit { throw PeelError.tooLarge(byteCount: data.count, limit: limit) }
            let bytes = [UInt8](data)
            return pdf || PDFText.isPDF(bytes) ? try PDFText.extract(bytes: bytes) : bytes
        }
        return try ReportInput.text(of: URL(fileURLWithPath: operand), limit: limit)
    }

    /// The name to show for an operand.
    static func name(_ operand: String) -> String { operand == "-" ? "<stdin>" : operand }
}
