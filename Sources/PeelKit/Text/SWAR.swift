/// Byte classification eight bytes at a time in a `UInt64` ("SIMD within a register"),
/// for the loops that read every byte of a document: most words of prose need no
/// care, and recognising eight such bytes at once is cheaper than one at a time.
///
/// Words are loaded little-endian: the first byte is the lowest. ``inRange(_:_:_:)`` and
/// ``foldedWord(_:afterSpace:)`` are exact for bytes below 0x80 and refuse any word with
/// a byte at or above it; ``equal(_:_:)`` is exact for every byte.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` (all below 0x80) that lies in `low...high`.
    @inline(__always)
    static func inRange(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        // Below 0x80, x + (0x80 − low) reaches the high bit exactly when x ≥ low; no carry
        // crosses into the next byte.
        let atLeastLow = word &+ ones &* UInt64(0x80 &- low)
        let aboveHigh = word &+ ones &* UInt64(0x7F &- high)
        return atLeastLow & ~aboveHigh & highs
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & highs != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The high bit of each byte of `word` equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        // Exact per byte: a byte is non-zero when its low seven bits carry into bit 7 or bit 7 is set.
        return ~(((x & ~highs) &+ ~highs) | x) & highs
    }

    /// Eight bytes that are all ASCII letters, digits and single spaces, folded
    /// (capitals lowered); nil otherwise, or when a space would follow a space
    /// (`afterSpace`: the text before ends with one).
    @inline(__always)
    static func foldedWord(_ word: UInt64, afterSpace: Bool) -> UInt64? {
        guard word & highs == 0 else { return nil }
        let lowered = word | (ones &* 0x20)
        let letters = inRange(lowered, 0x61, 0x7A)
        let digits = inRange(word, 0x30, 0x39)
        let spaces = equal(word, 0x20)
        guard letters | digits | spaces == highs else { return nil }
        guard spaces & (spaces << 8) == 0, !(afterSpace && spaces & 0x80 != 0) else { return nil }
        return lowered
    }
}
