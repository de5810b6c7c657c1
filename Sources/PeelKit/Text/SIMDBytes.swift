/// Byte classification sixteen bytes at a time with `SIMD16<UInt8>` (SSE2 on x86_64,
/// NEON on ARM), for the two loops that read every byte of a document: folding and
/// line cleaning. Where prose needs no care — letters, digits, single spaces — sixteen
/// bytes are recognised with a handful of vector instructions instead of one test a byte.
///
/// Masks are read as two `UInt64` (lanes 0–7 in the first, little-endian), whose bytes
/// are 0xFF where a lane matched: that avoids the slow generic `all()` reduction.
enum SIMDBytes {
    typealias Vector = SIMD16<UInt8>

    @inline(__always)
    static func halves(_ mask: SIMDMask<SIMD16<Int8>>) -> (UInt64, UInt64) {
        unsafeBitCast(mask, to: (UInt64, UInt64).self)
    }

    /// No two neighbouring lanes both set (a mask of 0x00/0xFF bytes in two halves).
    @inline(__always)
    static func noNeighbours(_ low: UInt64, _ high: UInt64) -> Bool {
        low & (low << 8) == 0 && high & (high << 8) == 0 && !(low >> 56 != 0 && high & 0xFF != 0)
    }

    /// Sixteen bytes at `source` that are all ASCII letters, digits and single spaces,
    /// folded (capitals lowered) into `target`; `false` (nothing written) otherwise, or
    /// when the first is a space and `afterSpace` (the text before ends with one).
    /// On success, `endsWithSpace` says whether the last byte is a space.
    @inline(__always)
    static func fold16(
        _ source: UnsafeRawPointer, into target: UnsafeMutableRawPointer, afterSpace: Bool, endsWithSpace: inout Bool
    ) -> Bool {
        let v = source.loadUnaligned(as: Vector.self)
        let lowered = v | Vector(repeating: 0x20)
        let letters = (lowered &- Vector(repeating: 0x61)) .< Vector(repeating: 26)
        let digits = (v &- Vector(repeating: 0x30)) .< Vector(repeating: 10)
        let spaces = v .== Vector(repeating: 0x20)
        let (a, b) = halves(letters .| digits .| spaces)
        guard a & b == ~0 else { return false }
        let (s0, s1) = halves(spaces)
        guard noNeighbours(s0, s1), !(afterSpace && s0 & 0xFF != 0) else { return false }
        target.storeBytes(of: lowered, as: Vector.self)
        endsWithSpace = s1 >> 56 != 0
        return true
    }

    /// Sixteen bytes that are letters, commas, full stops and single spaces, the last
    /// not a space: what the line cleaner copies as they are.
    @inline(__always)
    static func isPlainProse16(_ source: UnsafeRawPointer) -> Bool {
        let v = source.loadUnaligned(as: Vector.self)
        let letters = ((v | Vector(repeating: 0x20)) &- Vector(repeating: 0x61)) .< Vector(repeating: 26)
        let spaces = v .== Vector(repeating: 0x20)
        let stops = (v .== Vector(repeating: UInt8(ascii: "."))) .| (v .== Vector(repeating: UInt8(ascii: ",")))
        let (a, b) = halves(letters .| spaces .| stops)
        guard a & b == ~0 else { return false }
        let (s0, s1) = halves(spaces)
        return noNeighbours(s0, s1) && s1 >> 56 == 0
    }
}
