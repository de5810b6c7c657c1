import PeelKit

/// `peel parse FILE… [--json|--jsonl] [--format ID]`
struct ParseCommand {
    let files: [String]
    let style: OutputStyle
    let formatID: String?

    enum OutputStyle { case json, jsonLines }

    init(arguments: [String]) throws {
        let parsed = try Arguments(arguments, flags: ["--json", "--jsonl"], valued: ["--format"])
        guard !parsed.operands.isEmpty else { throw UsageError("parse needs at least one FILE (or - for standard input)") }
        if parsed.has("--json") && parsed.has("--jsonl") { throw UsageError("choose one of --json and --jsonl") }
        files = parsed.operands
        style = parsed.has("--jsonl") ? .jsonLines : .json
        formatID = parsed.value("--format")
    }

    func run() throws -> Int32 {
        let registry = Peel.registry()
        if let formatID, registry.format(id: formatID) == nil {
            throw UsageError(PeelError.unknownFormat(id: formatID, available: registry.formats.map(\.id)).description)
        }
        let pretty = ReportJSONEncoder(style: .pretty)
        let compact = ReportJSONEncoder(style: .compact)
        var failures = 0
        var written = 0
        let asArray = style == .json && files.count > 1
        if asArray { Output.write("[\n") }
        for file in files {
            do {
                let bytes = try InputFile.bytes(file, limit: registry.input.maximumByteCount)
                var report = try registry.parse(bytes: bytes, format: formatID)
                report.source = file
                switch style {
                case .json:
                    if asArray && written > 0 { Output.write(",\n") }
                    Output.write(pretty.string(report))
                    if !asArray { Output.write("\n") }
                case .jsonLines:
                    Output.write(compact.string(report) + "\n")
                }
                written += 1
            } catch {
                failures += 1
                Output.error("peel: \(InputFile.name(file)): \(error)")
            }
        }
        if asArray { Output.write("\n]\n") }
        return failures == 0 ? Peel.Status.success : Peel.Status.inputFailed
    }
}
