import PeelKit

/// Where encoded reports go: standard output or a file, buffered.
final class ByteSink {
    /// The output file's descriptor; nil for standard output.
    private let file: Int32?
    /// Bytes not yet written to the file.
    private var buffer: [UInt8] = []

    /// Standard output.
    init() { file = nil }

    /// A file, created or emptied, as a shell's `>` opens it (a device stays a device, a
    /// symbolic link leads to its target); "-" means standard output.
    init(path: String) throws {
        if path == "-" {
            file = nil
            return
        }
        guard let descriptor = Descriptor.create(path) else {
            throw PeelError.unreadableFile(path: path, reason: "cannot create the output file")
        }
        file = descriptor
        buffer.reserveCapacity(1 << 18 + 1 << 16)
    }

    func write(_ bytes: [UInt8]) {
        guard let file else { return Output.write(bytes: bytes) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 18 { flush(file) }
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    /// A report's JSON and a line break (JSON Lines), encoded straight into the buffer
    /// when the sink is a file.
    func writeLine(_ report: Report, with encoder: ReportJSONEncoder) {
        guard let file else {
            Output.write(bytes: encoder.bytes(report))
            return Output.write("\n")
        }
        encoder.append(report, to: &buffer)
        buffer.append(0x0A)
        if buffer.count >= 1 << 18 { flush(file) }
    }

    func close() {
        guard let file else { return Output.flush() }
        flush(file)
        Descriptor.closeFile(file)
    }

    /// Writes the buffer with POSIX `write` (no `Data` copy), through partial writes
    /// and interruptions; what a failed write could not write is dropped.
    private func flush(_ file: Int32) {
        Descriptor.writeAll(buffer, to: file)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes reports in one of the output styles: pretty JSON (an array when there are
/// several), JSON Lines, or one of the CSV tables.
final class ReportSink {
    enum Style {
        case json
        case jsonLines
        case csv(ReportCSV)
    }

    private let style: Style
    private let sink: ByteSink
    private let asArray: Bool
    private var count = 0
    private var csv = CSVWriter()
    private let pretty = ReportJSONEncoder(style: .pretty)
    private let compact = ReportJSONEncoder(style: .compact)

    /// `many`: whether several reports may come (pretty JSON then becomes an array).
    init(style: Style, sink: ByteSink, many: Bool) {
        self.style = style
        self.sink = sink
        self.asArray = many
        switch style {
        case .json: if many { sink.write("[\n") }
        case .jsonLines: break
        case .csv(let table):
            table.writeHeader(to: &csv)
            sink.write(csv.take())
        }
    }

    func write(_ report: Report) {
        switch style {
        case .json:
            if asArray && count > 0 { sink.write(",\n") }
            sink.write(pretty.bytes(report))
            if !asArray { sink.write("\n") }
        case .jsonLines:
            sink.writeLine(report, with: compact)
        case .csv(let table):
            table.write(report, to: &csv)
            sink.write(csv.take())
        }
        count += 1
    }

    func finish() {
        if case .json = style, asArray { sink.write(count > 0 ? "\n]\n" : "]\n") }
        sink.close()
    }
}

extension ReportSink.Style {
    /// The style named by `--json`, `--jsonl` and `--csv KIND`.
    static func from(_ arguments: Arguments) throws -> ReportSink.Style {
        let chosen = [arguments.has("--json"), arguments.has("--jsonl"), arguments.value("--csv") != nil].filter { $0 }.count
        if chosen > 1 { throw UsageError("choose one of --json, --jsonl and --csv") }
        if let kind = arguments.value("--csv") {
            guard let table = ReportCSV(rawValue: kind) else {
                throw UsageError("--csv takes judgments or improvements, not ‘\(kind)’")
            }
            return .csv(table)
        }
        return arguments.has("--jsonl") ? .jsonLines : .json
    }
}
