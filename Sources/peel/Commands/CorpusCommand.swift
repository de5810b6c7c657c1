#if canImport(FoundationEssentials)
import FoundationEssentials  // URL, ProcessInfo
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc  // isatty
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PeelKit

/// `peel corpus DIR… [--jobs N] [--jsonl OUT] [--csv judgments|improvements] [--csv-out FILE] [--format ID]`
///
/// Parses every report under the directories in parallel, streams the results in path
/// order, shows a progress line when standard error is a terminal, and ends with a
/// summary. One bad file never stops the others; any failure makes the exit status 1.
struct CorpusCommand {
    let roots: [String]
    let jobs: Int
    let jsonLinesPath: String?
    let csv: ReportCSV?
    let csvPath: String?
    let formatID: String?

    init(arguments: [String]) throws {
        let parsed = try Arguments(arguments, flags: [], valued: ["--jobs", "--jsonl", "--csv", "--csv-out", "--format"])
        guard !parsed.operands.isEmpty else { throw UsageError("corpus needs a DIR") }
        roots = parsed.operands
        if let value = parsed.value("--jobs") {
            guard let number = Int(value), number >= 1 else { throw UsageError("--jobs takes a whole number ≥ 1") }
            jobs = number
        } else {
            jobs = ProcessInfo.processInfo.activeProcessorCount
        }
        jsonLinesPath = parsed.value("--jsonl")
        if let kind = parsed.value("--csv") {
            guard let table = ReportCSV(rawValue: kind) else { throw UsageError("--csv takes judgments or improvements, not ‘\(kind)’") }
            csv = table
        } else {
            csv = nil
        }
        csvPath = parsed.value("--csv-out")
        if csvPath != nil && csv == nil { throw UsageError("--csv-out needs --csv judgments|improvements") }
        if csv != nil && (csvPath ?? "-") == "-" && jsonLinesPath == "-" {
            throw UsageError("--jsonl - and --csv both write to standard output: give one of them a file")
        }
        formatID = parsed.value("--format")
    }

    func run() throws -> Int32 {
        let registry = Peel.registry()
        if let formatID, registry.format(id: formatID) == nil {
            throw UsageError(PeelError.unknownFormat(id: formatID, available: registry.formats.map(\.id)).description)
        }
        var files: [URL] = []
        for root in roots { files += try CorpusFiles.list(under: URL(fileURLWithPath: root)) }
        let jsonLines = try jsonLinesPath.map { ReportSink(style: .jsonLines, sink: try ByteSink(path: $0), many: true) }
        let table = try csv.map { ReportSink(style: .csv($0), sink: try ByteSink(path: csvPath ?? "-"), many: true) }

        var progress = CorpusProgress(total: files.count, live: isatty(STDERR_FILENO) == 1)
        let run = CorpusRun(files: files, registry: registry, jobs: jobs, formatID: formatID)
        run.run { result in
            switch result.outcome {
            case .success(let report):
                jsonLines?.write(report)
                table?.write(report)
                progress.record(result, layout: report.format.id)
            case .failure(let error):
                progress.record(result, failure: "\(error)")
            }
        }
        jsonLines?.finish()
        table?.finish()
        progress.finish()
        return progress.failures.isEmpty ? Peel.Status.success : Peel.Status.inputFailed
    }
}
