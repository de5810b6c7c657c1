#if canImport(Glibc)
import Glibc  // memchr, memcmp
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes, for the hot paths that must not go through
/// `String` (detection, phrase lookup): `memchr` finds candidates for the needle's
/// rarest byte (in folded English text), then the rest is compared.
enum ByteSearch {
    /// The index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in firstIndex(of: pin, in: hay, from: from) }
        }
    }

    /// The index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress,
              let pin = needle.baseAddress else { return nil }
        let lastStart = haystack.count - needle.count
        var i = max(0, from)
        guard i <= lastStart else { return nil }
        // Candidates for the needle's rarest byte, `offset` bytes into it: fewer stops.
        let offset = rarestByteOffset(needle)
        let byte = Int32(pin[offset])
        while i <= lastStart {
            guard let found = memchr(base + i + offset, byte, lastStart - i + 1) else { return nil }
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - offset
            // The first byte before the call: most candidates differ there already.
            if base[index] == pin[0], memcmp(base + index, pin, needle.count) == 0 { return index }
            i = index + 1
        }
        return nil
    }

    /// The index of the last occurrence of `needle` in `haystack` that starts before
    /// `end`: candidates — where the needle's rarest byte and the byte after it both
    /// match (two bytes are far rarer than one) — found from the end, sixteen bytes at
    /// a time.
    static func lastIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, startingBefore end: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress,
              let pin = needle.baseAddress else { return nil }
        // The pair of needle bytes candidates are found by: the rarest and the next (the
        // last two when the rarest is last); a one-byte needle pairs with itself.
        let offset = needle.count == 1 ? 0 : min(rarestByteOffset(needle), needle.count - 2)
        let second = needle.count == 1 ? 0 : 1
        let lastStart = min(end - 1, haystack.count - needle.count)
        guard lastStart >= 0 else { return nil }
        // A candidate starting at `start` has its pair at `start + offset`.
        var upTo = lastStart + offset
        while let found = lastPair(pin[offset], pin[offset + second], second, in: base, from: offset, through: upTo) {
            let index = found - offset
            if base[index] == pin[0], memcmp(base + index, pin, needle.count) == 0 { return index }
            upTo = found - 1
        }
        return nil
    }

    /// The last index `i` in `from...through` where `base[i]` is `first` and
    /// `base[i + distance]` is `second` (readable there; `distance` is 0 or 1): sixty-four
    /// bytes an iteration (four sixteen-byte pairs of compares, one mask test), then
    /// sixteen, then one.
    @inline(__always)
    private static func lastPair(
        _ first: UInt8, _ second: UInt8, _ distance: Int, in base: UnsafePointer<UInt8>, from: Int, through: Int
    ) -> Int? {
        var high = through  // the last index still to look at
        let firsts = SIMDBytes.Vector(repeating: first)
        let seconds = SIMDBytes.Vector(repeating: second)
        @inline(__always)
        func pairs(_ chunk: UnsafeRawPointer) -> SIMDMask<SIMD16<Int8>> {
            (chunk.loadUnaligned(as: SIMDBytes.Vector.self) .== firsts)
                .& ((chunk + distance).loadUnaligned(as: SIMDBytes.Vector.self) .== seconds)
        }
        while high - 63 >= from {
            let chunk = UnsafeRawPointer(base + high - 63)
            let any = pairs(chunk) .| pairs(chunk + 16) .| pairs(chunk + 32) .| pairs(chunk + 48)
            if SIMDBytes.bits(any) != 0 { break }  // the sixteen-byte loop below finds which
            high -= 64
        }
        while high - 15 >= from {
            let mask = SIMDBytes.bits(pairs(UnsafeRawPointer(base + high - 15)))
            if mask != 0 { return high - 15 + (31 - mask.leadingZeroBitCount) }
            high -= 16
        }
        while high >= from {
            if base[high] == first, base[high + distance] == second { return high }
            high -= 1
        }
        return nil
    }

    /// The offset in `needle` of its rarest byte in folded English prose: letters
    /// ranked by frequency, a space and the most common letters avoided.
    @inline(__always)
    static func rarestByteOffset(_ needle: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0
        var bestRank = UInt8.max
        var k = 0
        // Only the first bytes: a long needle always holds a rare enough one early.
        let end = min(needle.count, 16)
        while k < end {
            let rank = frequencyRank[Int(needle[k])]
            if rank < bestRank {
                bestRank = rank
                best = k
            }
            k += 1
        }
        return best
    }

    /// Lower is rarer. Bytes outside folded prose (capitals, punctuation, non-ASCII
    /// bytes) rank rare; digits and "%" in between; letters by English frequency; the
    /// space and line break commonest.
    private static let frequencyRank: [UInt8] = {
        var rank = [UInt8](repeating: 10, count: 256)
        for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { rank[Int(digit)] = 40 }
        rank[Int(UInt8(ascii: "%"))] = 30
        // Least frequent first: z q x j k v b p y g f w m u c l d r h s n i o a t e.
        for (position, letter) in "zqxjkvbpygfwmucldrhsnioate".utf8.enumerated() {
            rank[Int(letter)] = UInt8(50 + position * 4)
        }
        rank[0x20] = 254
        rank[0x0A] = 200
        return rank
    }()
}
