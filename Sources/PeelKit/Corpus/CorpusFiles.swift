import Foundation

/// Finding the reports of a corpus: every file under a directory, recursively,
/// sorted by path so that a run's order never depends on the file system.
public enum CorpusFiles {
    /// The extensions read by default: text, markdown and PDF.
    public static let defaultExtensions: Set<String> = ["txt", "text", "md", "markdown", "pdf"]

    /// Files under `directory` (recursively) whose extension is in `extensions`
    /// (any file when `extensions` is nil). Hidden files and folders are skipped.
    public static func list(under directory: URL, extensions: Set<String>? = CorpusFiles.defaultExtensions) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw PeelError.unreadableFile(path: directory.path, reason: "no such directory")
        }
        guard isDirectory.boolValue else { return [directory] }
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw PeelError.unreadableFile(path: directory.path, reason: "cannot list the directory")
        }
        var files: [URL] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if let extensions, !extensions.contains(url.pathExtension.lowercased()) { continue }
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
