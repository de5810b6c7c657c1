import Foundation
import PeelKit

/// Builds a benchmark corpus from the fixtures: each report repeated with small
/// variations (another force's name, a reference line, shifted figures) so that no two
/// inputs are byte-identical.
struct CorpusBuilder {
    let fixtures: [[UInt8]]
    let names: [String]

    init(fixtureDirectory: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: fixtureDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !files.isEmpty else { throw PeelError.unreadableFile(path: fixtureDirectory.path, reason: "no fixtures") }
        names = files
        fixtures = try files.map { [UInt8](try Data(contentsOf: fixtureDirectory.appendingPathComponent($0))) }
    }

    /// Document number `index`: fixture `index % count`, varied by `index`.
    func document(_ index: Int) -> [UInt8] {
        var text = String(decoding: fixtures[index % fixtures.count], as: UTF8.self)
        let force = ForceDirectory.all[index % ForceDirectory.all.count]
        text = text.replacingOccurrences(of: "Cambridgeshire Constabulary", with: force.name)
            .replacingOccurrences(of: "Cumbria Constabulary", with: force.name)
            .replacingOccurrences(of: "247", with: String(200 + index % 97))
        return Array("Reference: benchmark document \(index)\n\n".utf8) + Array(text.utf8)
    }

    /// Documents until `bytes` are reached.
    func documents(totalling bytes: Int) -> [[UInt8]] {
        var documents: [[UInt8]] = []
        var total = 0
        while total < bytes {
            let document = document(documents.count)
            total += document.count
            documents.append(document)
        }
        return documents
    }

    /// Writes documents totalling `bytes` to `directory` (as .txt files), returns their count.
    func write(totalling bytes: Int, to directory: URL) throws -> Int {
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var total = 0
        var index = 0
        while total < bytes {
            let document = document(index)
            try Data(document).write(to: directory.appendingPathComponent(String(format: "report-%06d.txt", index)))
            total += document.count
            index += 1
        }
        return index
    }
}
