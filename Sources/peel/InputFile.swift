import Foundation
import PeelKit

/// Reads an operand: a file path, or "-" for standard input.
enum InputFile {
    static func bytes(_ operand: String, limit: Int) throws -> [UInt8] {
        if operand == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > limit { throw PeelError.tooLarge(byteCount: data.count, limit: limit) }
            return [UInt8](data)
        }
        return try FormatRegistry.readFile(URL(fileURLWithPath: operand), limit: limit)
    }

    /// The name to show for an operand.
    static func name(_ operand: String) -> String { operand == "-" ? "<stdin>" : operand }
}
