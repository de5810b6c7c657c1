import Foundation
import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitParsers2018

/// The end-to-end pipeline the benchmark measures: bytes → normalise → detect →
/// parse → JSON, stage by stage.
struct Pipeline: Sendable {
    let registry: FormatRegistry

    init() throws {
        registry = try FormatRegistry([Peel2015Format(), Peel2016Format(), Peel2018Format()])
    }

    /// Runs one document; returns the JSON size (so the work cannot be optimised away).
    func run(_ bytes: [UInt8], times: inout StageTimes) -> Int {
        let t0 = Measure.now()
        let document = Document(normalizing: bytes)
        let t1 = Measure.now()
        guard let chosen = try? registry.choose(for: document) else {
            times.normalise += t1 - t0
            return 0
        }
        let t2 = Measure.now()
        guard var report = try? chosen.format.parse(document) else { return 0 }
        report.format = FormatMatch(id: chosen.format.id, confidence: chosen.detection.confidence)
        let t3 = Measure.now()
        let json = ReportJSONEncoder(style: .compact).bytes(report)
        let t4 = Measure.now()
        times.normalise += t1 - t0
        times.detect += t2 - t1
        times.parse += t3 - t2
        times.encode += t4 - t3
        return json.count
    }

    /// Runs one document without stage timing.
    func run(_ bytes: [UInt8]) -> Int {
        guard let report = try? registry.parse(bytes: bytes) else { return 0 }
        return ReportJSONEncoder(style: .compact).bytes(report).count
    }
}
