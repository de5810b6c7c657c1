#if canImport(Glibc)
import Glibc  // STDOUT_FILENO, STDERR_FILENO, strerror
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered standard output and unbuffered standard error.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    /// Why standard output could not be written (closed, full disk), if it could not: the
    /// rest of the output is dropped and the command fails.
    nonisolated(unsafe) private(set) static var failure: String?

    /// Writes to standard output (buffered).
    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes bytes to standard output (buffered).
    static func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        if failure == nil, !Descriptor.writeAll(buffer, to: STDOUT_FILENO) {
            failure = String(cString: strerror(errno))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        errorText(text + "\n")
    }

    /// Writes text to standard error as it is (a progress line, its erasure).
    static func errorText(_ text: String) {
        Descriptor.writeAll(text, to: STDERR_FILENO)
    }
}
