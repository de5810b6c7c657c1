/// Checks input bytes before normalisation: size, emptiness, and whether they are text.
///
/// Policy on invalid UTF-8: input that looks like binary data (a NUL byte, or more
/// than 1% invalid sequences in the first 64 KiB) is refused with
/// ``PeelError/notUTF8(byteOffset:)``, naming the first bad byte. Text with a few
/// stray bytes, as a damaged extraction has, is read with each invalid sequence
/// replaced by U+FFFD and an `invalid-utf8` diagnostic: losing a report over one bad
/// byte helps no analyst.
public struct InputDecoder: Sendable {
    /// The default size limit: 64 MiB, several times the largest real report.
    public static let defaultMaximumByteCount = 64 << 20

    /// Inputs larger than this are refused with ``PeelError/tooLarge(byteCount:limit:)``.
    public var maximumByteCount: Int

    /// A decoder refusing inputs larger than `maximumByteCount` bytes.
    public init(maximumByteCount: Int = InputDecoder.defaultMaximumByteCount) {
        self.maximumByteCount = maximumByteCount
    }

    /// Checks the bytes and normalises them into a ``Document``.
    public func document(from bytes: [UInt8]) throws -> Document {
        try check(bytes)
        let document = Document(normalizing: bytes)
        if document.isEmpty { throw PeelError.empty }
        return document
    }

    /// Throws when the bytes are too large, empty, or binary.
    public func check(_ bytes: [UInt8]) throws {
        if bytes.count > maximumByteCount { throw PeelError.tooLarge(byteCount: bytes.count, limit: maximumByteCount) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw PeelError.empty
        }
        if let offset = InputDecoder.binaryOffset(bytes) { throw PeelError.notUTF8(byteOffset: offset) }
    }

    /// The offset of the first sign that the bytes are binary, not text; nil for text.
    static func binaryOffset(_ bytes: [UInt8]) -> Int? {
        let window = min(bytes.count, 64 << 10)
        var invalid = 0
        var firstInvalid: Int?
        var i = 0
        while i < window {
            // Sixty-four, sixteen or eight ASCII bytes with no NUL at a time: the common case.
            let plainRun = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                var k = i
                while k + 64 <= window, SIMDBytes.isASCIIWithoutNUL64(base + k) { k += 64 }
                while k + 16 <= window, SIMDBytes.isASCIIWithoutNUL16(base + k) { k += 16 }
                return k - i
            }
            if plainRun > 0 {
                i += plainRun
                continue
            }
            if i + 8 <= window {
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0 && hasZero == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b == 0 { return firstInvalid ?? i }  // the first bad byte, even if an invalid one came before
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            // The continuation bytes that follow, up to the sequence's length.
            var continuation = 0
            while continuation + 1 < length, i + continuation + 1 < bytes.count,
                  bytes[i + continuation + 1] & 0xC0 == 0x80 {
                continuation += 1
            }
            if length > 0 && continuation == length - 1 {
                i += length
            } else {
                // One invalid sequence: a stray byte, or a character cut short (its lead
                // and the continuation bytes it has count once, so a report cut inside
                // a character is not taken for binary data).
                invalid += 1
                if firstInvalid == nil { firstInvalid = i }
                i += 1 + continuation
            }
        }
        if invalid > 0, invalid * 100 > window { return firstInvalid }
        return nil
    }
}
