#if arch(x86_64) && canImport(_Builtin_intrinsics)
import _Builtin_intrinsics.intel  // _mm_movemask_epi8
#endif

/// Byte classification sixteen bytes at a time with `SIMD16<UInt8>` (SSE2 on x86_64,
/// NEON on ARM), for the loops that read every byte of a document: folding, the word
/// index and the line cleaner's verbatim map. Where prose needs no care — letters, digits, single spaces — sixteen
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

    /// What one call of ``foldASCII16(_:into:afterSpace:canReadSeventeen:endsWithSpace:)``
    /// did: bytes read from the source, bytes written to the target.
    struct FoldStep {
        var read: Int
        var written: Int
    }

    /// Folds the sixteen bytes at `source` into `target` (all sixteen written) as far as
    /// they are ASCII: letters lowered, digits and "%" kept, every other byte a space,
    /// and a space right after a space (or first, when `afterSpace`) dropped. Stops
    /// before the first non-ASCII byte, and after the second space to drop; one space to
    /// drop is taken out in place when `canReadSeventeen` (the rest of the sixteen
    /// moved down a lane, from a second load one byte on). On return, `endsWithSpace`
    /// says whether the last byte written is a space (unchanged when none is).
    @inline(__always)
    static func foldASCII16(
        _ source: UnsafeRawPointer, into target: UnsafeMutableRawPointer, afterSpace: Bool,
        canReadSeventeen: Bool, endsWithSpace: inout Bool
    ) -> FoldStep {
        let v = source.loadUnaligned(as: Vector.self)
        let (folded, kept) = foldLanes(v)
        let nonASCII = bits(v .>= Vector(repeating: 0x80))
        let spaces = ~bits(kept) & ~nonASCII & 0xFFFF
        let dropped = spaces & (spaces << 1 | (afterSpace ? 1 : 0))
        if nonASCII | dropped == 0 {
            target.storeBytes(of: folded, as: Vector.self)
            endsWithSpace = spaces >> 15 & 1 != 0
            return FoldStep(read: 16, written: 16)
        }
        let first = (nonASCII | dropped).trailingZeroBitCount
        if nonASCII == 0, dropped & (dropped &- 1) == 0, canReadSeventeen {
            // One space to drop, at `first`: lanes from it on come from the next byte.
            let (next, _) = foldLanes((source + 1).loadUnaligned(as: Vector.self))
            let lanes = Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
            target.storeBytes(of: folded.replacing(with: next, where: lanes .>= Vector(repeating: UInt8(first))), as: Vector.self)
            // The last byte written is input lane 15, or lane 14 when lane 15 was dropped.
            endsWithSpace = spaces &>> (first == 15 ? 14 : 15) & 1 != 0
            return FoldStep(read: 16, written: 15)
        }
        target.storeBytes(of: folded, as: Vector.self)
        if dropped &>> first & 1 != 0 {
            // A space to drop is read and not written; what was written ends with a space.
            endsWithSpace = true
            return FoldStep(read: first + 1, written: first)
        }
        // A non-ASCII byte is left to the caller.
        if first > 0 { endsWithSpace = spaces &>> (first - 1) & 1 != 0 }
        return FoldStep(read: first, written: first)
    }

    /// Folds up to sixty-four bytes at `source` into `target`, as far as they are ASCII:
    /// letters lowered, digits and "%" kept, every other byte a space, and a space right
    /// after a space (or first, when `afterSpace`) dropped. `valid` (1…64) of the bytes
    /// are the text's; 128 bytes must be readable (a run after a dropped space is folded
    /// sixty-four bytes at once, from as far as the sixty-fourth byte), and `target` must
    /// have room for 128 bytes. Stops before the first non-ASCII byte (reading nothing when it is
    /// the first). On return, `endsWithSpace` says whether the last byte read is a
    /// separator (unchanged when none was read).
    ///
    /// The four vectors are folded without a branch; the spaces to drop (about one per
    /// sentence: ". " and ", " fold to two) are then taken out by folding the runs between
    /// them again, sixteen bytes at a time, straight into place.
    @inline(__always)
    static func foldASCII64(
        _ source: UnsafeRawPointer, into target: UnsafeMutableRawPointer, valid: Int, afterSpace: Bool,
        endsWithSpace: inout Bool
    ) -> FoldStep {
        let v0 = source.loadUnaligned(as: Vector.self)
        let v1 = source.loadUnaligned(fromByteOffset: 16, as: Vector.self)
        let v2 = source.loadUnaligned(fromByteOffset: 32, as: Vector.self)
        let v3 = source.loadUnaligned(fromByteOffset: 48, as: Vector.self)
        let (f0, k0) = foldLanes(v0)
        let (f1, k1) = foldLanes(v1)
        let (f2, k2) = foldLanes(v2)
        let (f3, k3) = foldLanes(v3)
        let high = Vector(repeating: 0x80)
        let nonASCII = UInt64(bits(v0 .>= high)) | UInt64(bits(v1 .>= high)) << 16
            | UInt64(bits(v2 .>= high)) << 32 | UInt64(bits(v3 .>= high)) << 48
        let kept = UInt64(bits(k0)) | UInt64(bits(k1)) << 16 | UInt64(bits(k2)) << 32 | UInt64(bits(k3)) << 48
        let limit = min(valid, nonASCII.trailingZeroBitCount)
        guard limit > 0 else { return FoldStep(read: 0, written: 0) }
        let lanes: UInt64 = limit == 64 ? ~0 : (1 &<< UInt64(limit)) &- 1
        let spaces = ~kept & lanes
        let dropped = spaces & (spaces &<< 1 | (afterSpace ? 1 : 0))
        endsWithSpace = spaces &>> UInt64(limit - 1) & 1 != 0
        // Stored as they are: all of it when no space is dropped, and otherwise the run
        // before the first dropped space, already in its place.
        target.storeBytes(of: f0, as: Vector.self)
        target.storeBytes(of: f1, toByteOffset: 16, as: Vector.self)
        target.storeBytes(of: f2, toByteOffset: 32, as: Vector.self)
        target.storeBytes(of: f3, toByteOffset: 48, as: Vector.self)
        if dropped == 0 { return FoldStep(read: limit, written: limit) }
        // Each later run between dropped spaces is folded again from the source, sixty-four
        // bytes whatever its length, and stored in its place: the next run's stores
        // overwrite what goes past it. Four stores a run, and no loop whose length
        // depends on the run's, which mispredicted its end nearly every run. (Reloading
        // the folded bytes from a scratch copy instead stalls: a load that straddles two
        // recent stores cannot be forwarded.)
        var written = dropped.trailingZeroBitCount
        var from = written &+ 1
        var rest = dropped & (dropped &- 1)
        while true {
            let to = rest == 0 ? limit : rest.trailingZeroBitCount
            let run = source + from
            let out = target + written
            out.storeBytes(of: foldLanes(run.loadUnaligned(as: Vector.self)).0, as: Vector.self)
            out.storeBytes(of: foldLanes(run.loadUnaligned(fromByteOffset: 16, as: Vector.self)).0, toByteOffset: 16, as: Vector.self)
            out.storeBytes(of: foldLanes(run.loadUnaligned(fromByteOffset: 32, as: Vector.self)).0, toByteOffset: 32, as: Vector.self)
            out.storeBytes(of: foldLanes(run.loadUnaligned(fromByteOffset: 48, as: Vector.self)).0, toByteOffset: 48, as: Vector.self)
            written &+= to &- from
            if rest == 0 { break }
            from = to &+ 1
            rest &= rest &- 1
        }
        return FoldStep(read: limit, written: written)
    }

    /// ASCII lanes folded (letters lowered, digits and "%" kept, other bytes a space) and
    /// the mask of the kept ones.
    @inline(__always)
    private static func foldLanes(_ v: Vector) -> (Vector, SIMDMask<SIMD16<Int8>>) {
        let lowered = v | Vector(repeating: 0x20)  // also leaves digits and "%" as they are
        let kept = ((lowered &- Vector(repeating: 0x61)) .< Vector(repeating: 26))
            .| ((v &- Vector(repeating: 0x30)) .< Vector(repeating: 10)) .| (v .== Vector(repeating: 0x25))
        return (Vector(repeating: 0x20).replacing(with: lowered, where: kept), kept)
    }

    /// The lane of the last space among the sixteen bytes at `source` (nil when none).
    @inline(__always)
    static func lastSpace16(_ source: UnsafeRawPointer) -> Int? {
        let spaces = bits(source.loadUnaligned(as: Vector.self) .== Vector(repeating: 0x20))
        return spaces == 0 ? nil : 31 - spaces.leadingZeroBitCount
    }

    /// A bit for each of the sixteen bytes at `source` that is a space or a line break
    /// (the word separators of folded text), byte 0 in bit 0.
    @inline(__always)
    static func separatorBits16(_ source: UnsafeRawPointer) -> UInt32 {
        let v = source.loadUnaligned(as: Vector.self)
        return bits((v .== Vector(repeating: 0x20)) .| (v .== Vector(repeating: 0x0A)))
    }

    /// Sixty-four bytes that are all ASCII and none NUL: four vectors, one test.
    @inline(__always)
    static func isASCIIWithoutNUL64(_ source: UnsafeRawPointer) -> Bool {
        let one = Vector(repeating: 1)
        let limit = Vector(repeating: 0x7F)
        let a = (source.loadUnaligned(as: Vector.self) &- one) .< limit
        let b = (source.loadUnaligned(fromByteOffset: 16, as: Vector.self) &- one) .< limit
        let c = (source.loadUnaligned(fromByteOffset: 32, as: Vector.self) &- one) .< limit
        let d = (source.loadUnaligned(fromByteOffset: 48, as: Vector.self) &- one) .< limit
        return bits(a .& b .& c .& d) == 0xFFFF
    }

    /// Sixteen bytes that are all ASCII and none NUL (the input check's common case).
    @inline(__always)
    static func isASCIIWithoutNUL16(_ source: UnsafeRawPointer) -> Bool {
        let v = source.loadUnaligned(as: Vector.self)
        let (a, b) = halves((v &- Vector(repeating: 1)) .< Vector(repeating: 0x7F))
        return a & b == ~0
    }

    /// One bit a lane (lane 0 lowest) of a mask, in a `UInt32` (bits 16 and up clear).
    /// On x86_64 this is one instruction (`pmovmskb`, through the compiler's intrinsics
    /// module); elsewhere the lanes' high bits are gathered with two multiplications.
    @inline(__always)
    static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(mask, to: __m128i.self))) & 0xFFFF
        #else
        let (low, high) = halves(mask)
        return UInt32(truncatingIfNeeded: gather(low) | gather(high) << 8)
        #endif
    }

    /// The high bits of eight 0x00/0xFF bytes gathered into the low eight bits.
    @inline(__always)
    private static func gather(_ bytes: UInt64) -> UInt64 {
        ((bytes & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
    }
}
