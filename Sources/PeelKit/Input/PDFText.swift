import Foundation

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", url.path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw PeelError.toolFailed(name: "pdftotext", status: -1, message: error.localizedDescription)
        }
        // Read the text before waiting, so a large output cannot block the tool
        // (pdftotext writes a line or two of errors at most).
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw PeelError.toolFailed(name: "pdftotext", status: process.terminationStatus, message: message)
        }
        return [UInt8](data)
    }

    /// The text of PDF bytes (written to a temporary file for the tool).
    public static func extract(bytes: [UInt8]) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("peelkit-\(UUID().uuidString).pdf")
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw PeelError.unreadableFile(path: url.path, reason: "cannot write a temporary file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try extract(fileAt: url)
    }
}
