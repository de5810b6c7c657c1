import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitTestSupport


/// Damaged versions of the sample reports: what a truncated download, a bad disk or a
/// confused extractor hands the library.
enum Mutants {
    enum Kind: String, CaseIterable {
        case truncation, byteFlips, lineShuffle, lineDeletions, duplicatedSection
    }

    /// Both effectiveness layouts, as the command registers them.
    static func registry() throws -> FormatRegistry {
        try FormatRegistry([Peel2015Format(), Peel2016Format()])
    }

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
        var out: [UInt8] = []
        for (offset, line) in lines.enumerated() {
            if offset > 0 { out.append(0x0A) }
            out.append(contentsOf: line)
        }
        return out
    }

    /// 2–12 KB of `bytes` from the start of a random line.
    static func window(of bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var start = Int.random(in: 0..<max(1, bytes.count), using: &rng)
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        let length = Int.random(in: 2048...12288, using: &rng)
        return Array(bytes[start..<min(bytes.count, start + length)])
    }

    /// One mutant of `bytes`.
    static func make(_ kind: Kind, from bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        switch kind {
        case .truncation:
            // Anywhere, including inside a multi-byte character.
            return Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
        case .byteFlips:
            var out = bytes
            for _ in 0..<Int.random(in: 1...64, using: &rng) where !out.isEmpty {
                let at = Int.random(in: 0..<out.count, using: &rng)
                out[at] ^= UInt8.random(in: 1...255, using: &rng)
            }
            return out
        case .lineShuffle:
            var lines = lines(bytes)
            guard lines.count > 2 else { return bytes }
            // Shuffle a window (a page's worth) or swap lines across the report.
            if Bool.random(using: &rng) {
                let start = Int.random(in: 0..<lines.count, using: &rng)
                let end = min(lines.count, start + Int.random(in: 2...80, using: &rng))
                lines[start..<end].shuffle(using: &rng)
            } else {
                for _ in 0..<Int.random(in: 1...40, using: &rng) {
                    lines.swapAt(Int.random(in: 0..<lines.count, using: &rng), Int.random(in: 0..<lines.count, using: &rng))
                }
            }
            return joined(lines)
        case .lineDeletions:
            var lines = lines(bytes)
            for _ in 0..<Int.random(in: 1...60, using: &rng) where !lines.isEmpty {
                let start = Int.random(in: 0..<lines.count, using: &rng)
                lines.removeSubrange(start..<min(lines.count, start + Int.random(in: 1...8, using: &rng)))
            }
            return joined(lines)
        case .duplicatedSection:
            var lines = lines(bytes)
            guard !lines.isEmpty else { return bytes }
            let start = Int.random(in: 0..<lines.count, using: &rng)
            let section = Array(lines[start..<min(lines.count, start + Int.random(in: 5...200, using: &rng))])
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                lines.insert(contentsOf: section, at: Int.random(in: 0...lines.count, using: &rng))
            }
            return joined(lines)
        }
    }
}
