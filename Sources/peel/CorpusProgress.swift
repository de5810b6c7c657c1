import Foundation
import PeelKit

/// The live progress line and the closing summary of a corpus run, on standard error.
struct CorpusProgress {
    let total: Int
    let live: Bool
    private(set) var done = 0
    private(set) var bytes = 0
    private(set) var layouts: [String: Int] = [:]
    private(set) var failures: [(file: String, reason: String)] = []
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, live: Bool) {
        self.total = total
        self.live = live
    }

    mutating func record(_ result: CorpusResult, layout: String) {
        layouts[layout, default: 0] += 1
        advance(result)
    }

    mutating func record(_ result: CorpusResult, failure: String) {
        failures.append((result.file.path, failure))
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        Output.error("peel: \(result.file.path): \(failure)")
        advance(result)
    }

    private mutating func advance(_ result: CorpusResult) {
        done += 1
        bytes += result.byteCount
        guard live, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let line = "\r\u{1B}[K\(done)/\(total) files  \(Self.rate(bytes, elapsed))  \(failures.count) failed  \(Self.duration(left)) left"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let parsed = layouts.values.reduce(0, +)
        var lines = [
            "\(done) files, \(parsed) reports parsed, \(failures.count) failed, in \(Self.duration(elapsed)): "
                + "\(Self.rate(bytes, elapsed)) (\(bytes) bytes)",
            "  reports by layout:",
        ]
        for (layout, count) in layouts.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(layout): \(count)")
        }
        if failures.isEmpty {
            lines.append("  failures: 0")
        } else {
            lines.append("  failures: \(failures.count)")
            for failure in failures { lines.append("    \(failure.file): \(failure.reason)") }
        }
        Output.error(lines.joined(separator: "\n"))
    }

    static func rate(_ bytes: Int, _ seconds: Double) -> String {
        String(format: "%.1f MB/s", Double(bytes) / 1_000_000 / seconds)
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1fs", seconds) : String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60)
    }
}
