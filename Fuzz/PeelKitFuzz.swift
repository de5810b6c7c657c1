// libFuzzer entry point over the whole pipeline: input checks → normalise → detect →
// parse (detected layout, then every layout forced) → JSON and CSV encoding.
// Built by scripts/fuzz.sh together with the sources of PeelKit and the layout
// modules; not part of the package.
import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitParsers2018

private let registry: FormatRegistry = {
    var registry = FormatRegistry()
    try? registry.register(Peel2015Format())
    try? registry.register(Peel2016Format())
    try? registry.register(Peel2018Format())
    return registry
}()

private func encode(_ report: Report) {
    _ = ReportJSONEncoder(style: .compact).bytes(report)
    _ = ReportJSONEncoder(style: .pretty).bytes(report)
    var csv = CSVWriter()
    for table in ReportCSV.allCases { table.write(report, to: &csv) }
    _ = csv.take()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    // What `registry.parse(bytes:)` does, with the text normalised once: the input
    // checks, detection and the choice of a layout (or the error that refuses)…
    _ = try? registry.input.check(bytes)
    let document = Document(normalizing: bytes)
    _ = try? registry.choose(for: document)
    // …then every layout, forced, reads it: the chosen one and the others, so that
    // the parsers also see damaged input that the checks or detection would refuse.
    for format in registry.formats {
        if let report = try? registry.parse(document, format: format.id) { encode(report) }
    }
    return 0
}
