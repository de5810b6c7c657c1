#if canImport(FoundationEssentials)
import FoundationEssentials  // URL
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding the reports of a corpus: every file under a directory, recursively,
/// sorted by path so that a run's order never depends on the file system.
public enum CorpusFiles {
    /// The extensions read by default: text, markdown and PDF.
    public static let defaultExtensions: Set<String> = ["txt", "text", "md", "markdown", "pdf"]

    /// Files under `directory` (recursively) whose extension is in `extensions`
    /// (any file when `extensions` is nil). Hidden files and folders are skipped, and so
    /// are symbolic links.
    ///
    /// The directory is read with `opendir`/`readdir`, whose entries say their type, so
    /// that listing a folder of thousands of reports costs no system call a file.
    public static func list(under directory: URL, extensions: Set<String>? = CorpusFiles.defaultExtensions) throws -> [URL] {
        let root = directory.path
        // `stat` follows a symbolic link given as the root, as `FileManager.fileExists` did.
        var info = stat()
        guard stat(root, &info) == 0 else {
            throw PeelError.unreadableFile(path: root, reason: "no such directory")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [directory] }
        // Paths as strings, each URL made once at the end: appending a component to a URL
        // and reading its `path` back cost microseconds a file (a hundredth of a corpus
        // run's time on a folder of small reports).
        var paths: [String] = []
        guard walk(root, extensions: extensions, into: &paths) else {
            throw PeelError.unreadableFile(path: root, reason: "cannot list the directory")
        }
        paths.sort()
        return paths.map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// Adds the paths of the files under the folder at `path` to `paths`; `false` when
    /// it cannot be read. (Subfolders that cannot be read are skipped, as the top one is not.)
    private static func walk(_ path: String, extensions: Set<String>?, into paths: inout [String]) -> Bool {
        guard let stream = opendir(path) else { return false }
        defer { closedir(stream) }
        // What `URL.appendingPathComponent(_:).path` gives: one slash between the parts.
        let prefix = path.hasSuffix("/") ? path : path + "/"
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }  // hidden, and "." and ".."
            let child = prefix + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) { kind = fileKind(child) }  // the file system does not say
            if kind == Int32(DT_DIR) {
                _ = walk(child, extensions: extensions, into: &paths)
            } else if kind == Int32(DT_REG) {
                if let extensions, !extensions.contains(pathExtension(of: name)) { continue }
                paths.append(child)
            }
        }
        return true
    }

    /// `DT_DIR` or `DT_REG` for a folder or a regular file at `path`, 0 for anything else
    /// (a symbolic link is not followed).
    private static func fileKind(_ path: String) -> Int32 {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return Int32(DT_REG)
        case S_IFDIR: return Int32(DT_DIR)
        default: return 0
        }
    }

    /// The lower-cased text after the last dot of a file name or path's last component
    /// ("" when it has none, or only a leading dot), as `URL.pathExtension` gives it.
    static func pathExtension(of path: String) -> String {
        // ASCII names (nearly all) on their bytes; others by characters, as before, so
        // that a dot carrying a combining mark is not taken for one.
        if let ascii = asciiPathExtension(of: path) { return ascii }
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// ``pathExtension(of:)`` of an ASCII path, from its bytes; nil when it is not ASCII.
    private static func asciiPathExtension(of path: String) -> String? {
        var path = path
        return path.withUTF8 { bytes -> String? in
            var nameStart = 0
            var dot = -1
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "/") {
                    nameStart = index + 1
                    dot = -1
                } else if byte == UInt8(ascii: ".") {
                    dot = index
                }
            }
            guard dot > nameStart else { return "" }
            let lowered = bytes[(dot + 1)...].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            return String(decoding: lowered, as: UTF8.self)
        }
    }
}
