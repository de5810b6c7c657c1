#if canImport(FoundationEssentials)
import FoundationEssentials  // Date
#else
import Foundation
#endif
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
        if live { Output.errorText("\r\u{1B}[K") }
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
        Output.errorText(line)
    }

    func finish() {
        if live { Output.errorText("\r\u{1B}[K") }
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

    /// "12.3 MB/s" (as `String(format: "%.1f MB/s")` wrote it).
    static func rate(_ bytes: Int, _ seconds: Double) -> String {
        Decimals.one(Double(bytes) / 1_000_000 / seconds) + " MB/s"
    }

    /// "4.2s" under a minute, "3m07s" from a minute on.
    static func duration(_ seconds: Double) -> String {
        guard seconds >= 60 else { return Decimals.one(seconds) + "s" }
        let whole = Int(seconds)
        let secondsLeft = whole % 60
        return "\(whole / 60)m" + (secondsLeft < 10 ? "0" : "") + "\(secondsLeft)s"
    }
}
