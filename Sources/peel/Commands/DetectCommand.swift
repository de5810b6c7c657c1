import PeelKit

/// `peel detect FILE…`: every layout's confidence and evidence, best first.
struct DetectCommand {
    let files: [String]

    init(arguments: [String]) throws {
        let parsed = try Arguments(arguments, flags: [], valued: [])
        guard !parsed.operands.isEmpty else { throw UsageError("detect needs at least one FILE") }
        files = parsed.operands
    }

    func run() throws -> Int32 {
        let registry = Peel.registry()
        var failures = 0
        for file in files {
            do {
                let document = try registry.input.document(from: InputFile.bytes(file, limit: registry.input.maximumByteCount))
                let ranked = registry.detect(document)
                Output.write("\(InputFile.name(file)):\n")
                for detection in ranked {
                    Output.write("  \(detection.formatID)  \(Detection.percent(detection.confidence))\n")
                    for line in detection.evidence { Output.write("      \(line)\n") }
                }
                do {
                    let chosen = try registry.choose(for: document)
                    Output.write("  → \(chosen.format.id)\n")
                } catch {
                    failures += 1
                    Output.write("  → none\n")
                    Output.error("peel: \(InputFile.name(file)): \(error)")
                }
            } catch {
                failures += 1
                Output.error("peel: \(InputFile.name(file)): \(error)")
            }
        }
        return failures == 0 ? Peel.Status.success : Peel.Status.inputFailed
    }
}
