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
        // `stat` follows a symbolic link given as the root, as `FileManager.fileExists` did.
        var info = stat()
        guard stat(directory.path, &info) == 0 else {
            throw PeelError.unreadableFile(path: directory.path, reason: "no such directory")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [directory] }
        var files: [URL] = []
        guard walk(directory, extensions: extensions, into: &files) else {
            throw PeelError.unreadableFile(path: directory.path, reason: "cannot list the directory")
        }
        // Each URL's path worked out once, not at every comparison (`URL.path` is not free).
        return files.map { (path: $0.path, url: $0) }.sorted { $0.path < $1.path }.map(\.url)
    }

    /// Adds the files under `directory` to `files`; `false` when it cannot be read.
    /// (Subfolders that cannot be read are skipped, as the top one is not.)
    private static func walk(_ directory: URL, extensions: Set<String>?, into files: inout [URL]) -> Bool {
        let path = directory.path
        guard let stream = opendir(path) else { return false }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }  // hidden, and "." and ".."
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) { kind = fileKind(path + "/" + name) }  // the file system does not say
            if kind == Int32(DT_DIR) {
                _ = walk(directory.appendingPathComponent(name, isDirectory: true), extensions: extensions, into: &files)
            } else if kind == Int32(DT_REG) {
                if let extensions, !extensions.contains(pathExtension(of: name)) { continue }
                files.append(directory.appendingPathComponent(name, isDirectory: false))
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
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
