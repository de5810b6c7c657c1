#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing file descriptors with POSIX calls (what `FileHandle` did; the
/// command links FoundationEssentials only, which has no `FileHandle`). The methods are
/// named apart from `read`, `write` and `close`, which they call.
enum Descriptor {
    /// Writes all of `bytes`, through partial writes and interruptions. A failed write
    /// drops the rest (standard output closed, a full disk): `false` then.
    @discardableResult
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, base + written, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            written += count
        }
        return true
    }

    /// Writes all of `bytes`, as the method above.
    @discardableResult
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes the UTF-8 of `text`.
    @discardableResult
    static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Appends up to `count` bytes from `descriptor` to `bytes`, reading until it has
    /// them or the input ends (as `FileHandle.readData(ofLength:)` did: one `read` of a
    /// pipe gives what the pipe holds, 64 KiB at most). Returns the number appended, 0
    /// at the end of the input.
    static func readChunk(_ count: Int, from descriptor: Int32, appendingTo bytes: inout [UInt8]) throws(ReadFailure) -> Int {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        var filled = 0
        var failure: Int32 = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + start + filled, count - filled)
            }
            if result < 0 && errno == EINTR { continue }
            if result < 0 { failure = errno }
            if result <= 0 { break }
            filled += result
        }
        bytes.removeLast(count - filled)
        if failure != 0 { throw ReadFailure(code: failure) }
        return filled
    }

    /// A failed `read`; `code` is its `errno` value.
    struct ReadFailure: Error {
        let code: Int32
        /// The system's message for `code` ("Is a directory").
        var message: String { String(cString: strerror(code)) }
    }

    /// Opens `path` for writing, created (`rw-rw-rw-` less the umask) or emptied; nil
    /// when it cannot be.
    static func create(_ path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Closes a descriptor that ``create(_:)`` opened.
    static func closeFile(_ descriptor: Int32) {
        _ = close(descriptor)
    }
}
