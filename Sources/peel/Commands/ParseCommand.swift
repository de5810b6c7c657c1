import PeelKit

/// `peel parse FILE… [--json|--jsonl|--csv judgments|improvements] [--format ID] [--pdf]`
struct ParseCommand {
    let files: [String]
    let style: ReportSink.Style
    let formatID: String?
    let pdf: Bool

    init(arguments: [String]) throws {
        let parsed = try Arguments(arguments, flags: ["--json", "--jsonl", "--pdf"], valued: ["--format", "--csv"])
        guard !parsed.operands.isEmpty else { throw UsageError("parse needs at least one FILE (or - for standard input)") }
        files = parsed.operands
        style = try ReportSink.Style.from(parsed)
        formatID = parsed.value("--format")
        pdf = parsed.has("--pdf")
    }

    func run() throws -> Int32 {
        let registry = Peel.registry()
        if let formatID, registry.format(id: formatID) == nil {
            throw UsageError(PeelError.unknownFormat(id: formatID, available: registry.formats.map(\.id)).description)
        }
        let sink = ReportSink(style: style, sink: ByteSink(), many: files.count > 1)
        var failures = 0
        for file in files {
            do {
                let bytes = try InputFile.bytes(file, limit: registry.input.maximumByteCount, pdf: pdf)
                var report = try registry.parse(bytes: bytes, format: formatID)
                report.source = file
                sink.write(report)
            } catch {
                failures += 1
                Output.error("peel: \(InputFile.name(file)): \(error)")
            }
        }
        sink.finish()
        return failures == 0 ? Peel.Status.success : Peel.Status.inputFailed
    }
}
