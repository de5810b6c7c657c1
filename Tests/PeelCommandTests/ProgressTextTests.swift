import Foundation
@testable import peel
import PeelKitTestSupport
import Testing

/// The corpus summary's figures, written without `String(format:)`, read as they did.
@Suite("Progress text")
struct ProgressTextTests {
    @Test func oneDecimalIsPrintfs() {
        var values: [Double] = [0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 2.5, 9.95, 99.95, 0.001, 1e-9, 123456.789, 1e22, 1e300,
                                -1.25, .greatestFiniteMagnitude, .infinity, -.infinity, .nan]
        var generator = SplitMix64(seed: 71)
        for _ in 0..<5000 {
            values.append(Double(generator.next() % 10_000_000) / Double(1 << (generator.next() % 20)))
            values.append(Double(bitPattern: generator.next()))
        }
        for value in values {
            #expect(Decimals.one(value) == String(format: "%.1f", value), "\(value)")
        }
    }

    @Test func ratesAndDurationsReadAsBefore() {
        #expect(CorpusProgress.rate(98_000_000, 0.327) == String(format: "%.1f MB/s", 98.0 / 0.327))
        for seconds in [0.001, 0.05, 9.95, 59.94, 59.96, 60, 61.5, 119.99, 3599.5, 3600, 86_400.7] {
            let before = seconds < 60 ? String(format: "%.1fs", seconds)
                : String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60)
            #expect(CorpusProgress.duration(seconds) == before, "\(seconds)")
        }
    }
}
