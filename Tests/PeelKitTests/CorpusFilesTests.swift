import Foundation
@testable import PeelKit
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

    @Test("each file's URL has the path appending its name to the folder's URL gives, odd names included")
    func pathsAsURLsGiveThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub dir/é"), withIntermediateDirectories: true)
        let names = ["per%20cent.txt", "sp ace.md", "sub dir/é/caf\u{E9}.txt", "sub dir/e\u{301}.TXT", "sub dir/x.PdF"]
        for name in names { try Data("x".utf8).write(to: root.appendingPathComponent(name)) }
        let files = try CorpusFiles.list(under: root)
        let expected = names.map { root.appendingPathComponent($0).path }.sorted()
        #expect(files.map(\.path) == expected)
        // A folder named with a trailing slash, and the root's own children.
        let slashed = URL(fileURLWithPath: root.path + "/", isDirectory: true)
        #expect(try CorpusFiles.list(under: slashed).map(\.path) == expected)
    }

    @Test("the extension read from a path's bytes is the one read from its characters")
    func extensions() {
        // The definition: the lower-cased text after the last dot of the last component.
        func byCharacters(_ path: String) -> String {
            let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
            return name[name.index(after: dot)...].lowercased()
        }
        let paths = [
            "a.txt", "A.TXT", "dir.d/file", "dir/.hidden", "dir/.hidden.Md", "x.tar.GZ", "noext", "", ".", "..", "a.",
            "/abs/path/r.PDF", "trailing/", "caf\u{E9}.TXT", "e\u{301}.md", "a.\u{301}txt", "x.ÉTÉ", "dir.x/y", "a/b.c/d.E",
        ]
        for path in paths { #expect(CorpusFiles.pathExtension(of: path) == byCharacters(path), "\(path)") }
    }
}
