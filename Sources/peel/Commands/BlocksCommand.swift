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
        for block in document.blocks {
            let lines = block.line == block.lastLine ? "\(block.line)" : "\(block.line)-\(block.lastLine)"
            let kind: String
            switch block.kind {
            case .heading: kind = "heading\(block.depth)"
            case .paragraph: kind = "paragraph"
            case .listItem: kind = "item\(block.depth) \(block.marker ?? "")"
            case .tableRow: kind = "row"
            case .footnote: kind = "footnote"
            }
            let text = block.kind == .tableRow ? block.cells.joined(separator: " ⇥ ") : block.text
            Output.write("\(lines)\t\(kind)\(block.isEmphasised ? " bold" : "")\t\(text)\n")
        }
        for footnote in document.footnotes {
            Output.write("\(footnote.line)\tfootnote\t\(footnote.text)\n")
        }
        for diagnostic in document.diagnostics { Output.write("\(diagnostic)\n") }
        return Peel.Status.success
    }
}
