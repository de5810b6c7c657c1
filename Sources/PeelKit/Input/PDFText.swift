#if canImport(FoundationEssentials)
import FoundationEssentials  // URL, FileManager, ProcessInfo, UUID
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

/// Turns a PDF into text with poppler's `pdftotext`, when it is installed.
///
/// PeelKit reads text; PDF input goes through `pdftotext -enc UTF-8 FILE -` (reading
/// order, the output the normaliser knows). Without the tool, a clear
/// ``PeelError/missingTool(name:hint:)`` says how to install it.
public enum PDFText {
    /// The install hint given when `pdftotext` is missing.
    public static let installHint = "install poppler-utils (e.g. `apt-get install poppler-utils`) to read PDF files"

    /// `true` when the bytes are a PDF ("%PDF-" at the start).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// The path of `pdftotext` on the PATH, or nil.
    public static func toolPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The text of a PDF file, as UTF-8 bytes.
    public static func extract(fileAt url: URL) throws -> [UInt8] {
        guard let tool = toolPath() else { throw PeelError.missingTool(name: "pdftotext", hint: installHint) }
        let run: ToolRun
        do throws(ToolRun.StartFailure) {
            run = try ToolRun.run(tool, arguments: ["-enc", "UTF-8", url.path, "-"])
        } catch {
            throw PeelError.toolFailed(name: "pdftotext", status: -1, message: error.message)
        }
        guard run.status == 0 else {
            let message = String(decoding: run.errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw PeelError.toolFailed(name: "pdftotext", status: run.status, message: message)
        }
        return run.output
    }

    /// The text of PDF bytes (written to a temporary file for the tool).
    public static func extract(bytes: [UInt8]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("peelkit-\(UUID().uuidString).pdf").path
        try store(bytes, inNewFile: path)
        defer { unlink(path) }
        return try extract(fileAt: URL(fileURLWithPath: path))
    }

    /// Writes `bytes` to a file that must not exist yet, readable by this user only.
    private static func store(_ bytes: [UInt8], inNewFile path: String) throws {
        let failure = { (code: Int32) in
            PeelError.unreadableFile(path: path, reason: "cannot write a temporary file: \(String(cString: strerror(code)))")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(errno) }
        var code: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count, let base = raw.baseAddress {
                let count = write(descriptor, base + written, raw.count - written)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    code = count < 0 ? errno : EIO
                    break
                }
                written += count
            }
        }
        if close(descriptor) != 0 && code == 0 { code = errno }
        guard code == 0 else {
            unlink(path)
            throw failure(code)
        }
    }
}
