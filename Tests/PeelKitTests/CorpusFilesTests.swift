import Foundation
import PeelKit
import Testing

/// Listing a corpus folder: what counts as a report file, and the order.
@Suite("Corpus files")
struct CorpusFilesTests {
    @Test("nested folders, extensions in any case, hidden entries and symbolic links skipped, sorted by path")
    func listing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-files-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("b/deep"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.MD", "b/c.text", "b/deep/d.markdown", "b/e.txt.bak", "noextension", ".secret.txt", ".hidden/x.txt", "sp ace.txt"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: "z.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked").path, withDestinationPath: "b")

        let files = try CorpusFiles.list(under: root)
        let relative = files.map { String($0.path.dropFirst(root.path.count + 1)) }
        #expect(relative == ["a.MD", "b/c.text", "b/deep/d.markdown", "sp ace.txt", "z.txt"])
        #expect(files.map(\.path) == files.map(\.path).sorted())

        let everything = try CorpusFiles.list(under: root, extensions: nil)
        #expect(everything.map(\.lastPathComponent).sorted() == ["a.MD", "c.text", "d.markdown", "e.txt.bak", "noextension", "sp ace.txt", "z.txt"])
    }

    @Test("a file is its own corpus; a missing folder is an error that names it")
    func singleFileAndMissingFolder() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("single-\(UUID().uuidString).txt")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try CorpusFiles.list(under: file) == [file])
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect(throws: PeelError.unreadableFile(path: missing.path, reason: "no such directory")) {
            try CorpusFiles.list(under: missing)
        }
    }
}
