#if canImport(FoundationEssentials)
import FoundationEssentials  // URL, ProcessInfo
#else
import Foundation
#endif

/// One report of a corpus run: the parsed report or the reason it failed.
public struct CorpusResult: Sendable {
    /// The file read.
    public let file: URL
    /// Its position in the run (0-based, in path order).
    public let index: Int
    /// Bytes of text read (after PDF conversion), 0 when reading failed.
    public let byteCount: Int
    /// The report, or the error that explains why there is none.
    public let outcome: Result<Report, PeelError>

    /// The report, when parsing succeeded.
    public var report: Report? { try? outcome.get() }
}

/// Parses many reports in parallel and hands the results back in path order, one at
/// a time, with bounded memory.
///
/// ```swift
/// let run = CorpusRun(files: try CorpusFiles.list(under: folder), registry: registry)
/// run.run { result in
///     switch result.outcome {
///     case .success(let report): write(report)
///     case .failure(let error): print(result.file.path, error)
///     }
/// }
/// ```
///
/// Workers take files in order; a result waits only until every earlier one has been
/// handed over, and no worker runs more than `window` files ahead of the consumer,
/// so memory stays flat however large the corpus. One bad file never stops the
/// others: it becomes a failed result.
public struct CorpusRun: Sendable {
    /// The files to parse, in the order results are handed back.
    public let files: [URL]
    /// The layouts that read the files.
    public let registry: FormatRegistry
    /// Parallel workers (default: the number of cores).
    public var jobs: Int
    /// A layout to force, skipping detection.
    public var formatID: String?
    /// How far workers may run ahead of the consumer.
    public var window: Int

    /// A run over `files` with `jobs` parallel workers (at least 1); `formatID` forces a
    /// layout for every file. ``window`` starts at four files per worker.
    public init(files: [URL], registry: FormatRegistry, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, formatID: String? = nil) {
        self.files = files
        self.registry = registry
        self.jobs = max(1, jobs)
        self.formatID = formatID
        self.window = max(4, self.jobs * 4)
    }

    /// Parses one file.
    public func parse(_ file: URL, index: Int) -> CorpusResult {
        var byteCount = 0
        let path = file.path
        do {
            let bytes = try ReportInput.text(of: file, path: path, limit: registry.input.maximumByteCount)
            byteCount = bytes.count
            var report = try registry.parse(bytes: bytes, format: formatID)
            report.source = path
            return CorpusResult(file: file, index: index, byteCount: byteCount, outcome: .success(report))
        } catch let error as PeelError {
            return CorpusResult(file: file, index: index, byteCount: byteCount, outcome: .failure(error))
        } catch {
            return CorpusResult(
                file: file, index: index, byteCount: byteCount,
                outcome: .failure(.unreadableFile(path: path, reason: "\(error)")))
        }
    }

    /// Runs the corpus, calling `body` with each result in path order on the calling thread.
    public func run(_ body: (CorpusResult) -> Void) {
        if jobs == 1 || files.count <= 1 {
            for (index, file) in files.enumerated() { body(parse(file, index: index)) }
            return
        }
        let state = SharedState()
        var workers: [WorkerThread] = []
        for _ in 0..<min(jobs, files.count) {
            let worker = WorkerThread.start { [self] in
                while let index = state.nextIndex(limit: files.count, window: window) {
                    state.deliver(parse(files[index], index: index))
                }
            }
            if let worker { workers.append(worker) }
        }
        if workers.isEmpty {
            // No thread could be started: the files are read here, one after another.
            for (index, file) in files.enumerated() { body(parse(file, index: index)) }
            return
        }
        for index in files.indices {
            body(state.take(index))
        }
        for worker in workers { worker.join() }
    }

    /// Work queue and finished results, shared by the workers and the consumer.
    private final class SharedState: @unchecked Sendable {
        // Guarded by `condition`.
        private let condition = ConditionLock()
        private var next = 0
        private var consumed = 0
        private var finished: [Int: CorpusResult] = [:]

        func nextIndex(limit: Int, window: Int) -> Int? {
            condition.withLock {
                while next < limit && next >= consumed + window { condition.wait() }
                guard next < limit else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func deliver(_ result: CorpusResult) {
            condition.withLock {
                finished[result.index] = result
                condition.broadcast()
            }
        }

        func take(_ index: Int) -> CorpusResult {
            condition.withLock {
                while true {
                    if let result = finished.removeValue(forKey: index) {
                        consumed = index + 1
                        condition.broadcast()
                        return result
                    }
                    condition.wait()
                }
            }
        }
    }
}
