import PeelKit

/// `peel blocks FILE`: the normalised document, one block a line, with line numbers.
/// For layout-module authors: this is what a module reads.
struct BlocksCommand {
    let file: String

    init(arguments: [String]) throws {
        let parsed = try Arguments(arguments, flags: [], valued: [])
        guard parsed.operands.count == 1 else { throw UsageError("blocks needs exactly one FILE") }
        file = parsed.operands[0]
    }

    func run() throws -> Int32 {
        let document = Document(normalizing: try InputFile.bytes(file, limit: InputDecoder.defaultMaximumByteCount))
        Output.write(document.listing())
        return Peel.Status.success
    }
}
