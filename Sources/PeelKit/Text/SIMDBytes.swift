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
        let (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        return (UInt64(littleEndian: low), UInt64(littleEndian: high))  // lane 0 lowest on any platform
    }

    /// No two neighbouring lanes both set (a mask of 0x00/0xFF bytes in two halves).
    @inline(__always)
    static func noNeighbours(_ low: UInt64, _ high: UInt64) -> Bool {
        low & (low << 8) == 0 && high & (high << 8) == 0 && !(low >> 56 != 0 && high & 0xFF != 0)
    }

    /// Folds the sixteen bytes at `source` into `target` (all sixteen written) and
    /// returns how many of them, from the first, are ASCII letters, digits and single
    /// spaces — the bytes folding leaves as they are but for capitals, lowered. A space
    /// right after a space (or first, when `afterSpace`) ends the prefix. On return,
    /// `endsWithSpace` says whether the prefix's last byte is a space (unchanged when
    /// the prefix is empty).
    @inline(__always)
    static func foldPrefix16(
        _ source: UnsafeRawPointer, into target: UnsafeMutableRawPointer, afterSpace: Bool, endsWithSpace: inout Bool
    ) -> Int {
        let v = source.loadUnaligned(as: Vector.self)
        let lowered = v | Vector(repeating: 0x20)
        let letters = (lowered &- Vector(repeating: 0x61)) .< Vector(repeating: 26)
        let digits = (v &- Vector(repeating: 0x30)) .< Vector(repeating: 10)
        let spaceMask = v .== Vector(repeating: 0x20)
        let good = bits(letters .| digits .| spaceMask)
        let spaces = bits(spaceMask)
        var bad = ~good | (spaces & (spaces << 1))
        if afterSpace { bad |= spaces & 1 }
        let taken = (bad | 1 << 16).trailingZeroBitCount
        target.storeBytes(of: lowered, as: Vector.self)
        if taken > 0 { endsWithSpace = spaces >> (taken - 1) & 1 != 0 }
        return taken
    }

    /// How many of the sixteen bytes at `source` the line cleaner copies as they are,
    /// from the first: ASCII letters and punctuation except `$ * < [ \\ ] ^`
    /// (``LineCleaner/isPlain(_:)``; digits excluded, they may be glued footnote marks),
    /// and spaces followed by such a byte. 16 when all are.
    @inline(__always)
    static func plainPrefix16(_ source: UnsafeRawPointer) -> Int {
        let v = source.loadUnaligned(as: Vector.self)
        let printable = (v &- Vector(repeating: 0x21)) .< Vector(repeating: 0x7F - 0x21)
        let digits = (v &- Vector(repeating: 0x30)) .< Vector(repeating: 10)
        let brackets = (v &- Vector(repeating: 0x5B)) .< Vector(repeating: 4)  // [ \ ] ^
        let marks = (v .== Vector(repeating: UInt8(ascii: "$"))) .| (v .== Vector(repeating: UInt8(ascii: "*")))
            .| (v .== Vector(repeating: UInt8(ascii: "<")))
        let plain = bits(printable .& .!(digits .| brackets .| marks))
        let spaces = bits(v .== Vector(repeating: 0x20))
        // A space is kept when the byte after it is plain (lane 15's is not known here).
        let accepted = plain | (spaces & (plain >> 1))
        return (~accepted).trailingZeroBitCount
    }

    /// A bit for each of the sixteen bytes at `source` that is a space or a line break
    /// (the word separators of folded text), byte 0 in bit 0.
    @inline(__always)
    static func separatorBits16(_ source: UnsafeRawPointer) -> UInt32 {
        let v = source.loadUnaligned(as: Vector.self)
        return bits((v .== Vector(repeating: 0x20)) .| (v .== Vector(repeating: 0x0A)))
    }

    /// Sixteen bytes that are all ASCII and none NUL (the input check's common case).
    @inline(__always)
    static func isASCIIWithoutNUL16(_ source: UnsafeRawPointer) -> Bool {
        let v = source.loadUnaligned(as: Vector.self)
        let (a, b) = halves((v &- Vector(repeating: 1)) .< Vector(repeating: 0x7F))
        return a & b == ~0
    }

    /// One bit a lane (lane 0 lowest) of a mask, in a `UInt32` (bits 16 and up clear).
    @inline(__always)
    static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let (low, high) = halves(mask)
        return UInt32(truncatingIfNeeded: gather(low) | gather(high) << 8)
    }

    /// The high bits of eight 0x00/0xFF bytes gathered into the low eight bits.
    @inline(__always)
    private static func gather(_ bytes: UInt64) -> UInt64 {
        ((bytes & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
    }
}
