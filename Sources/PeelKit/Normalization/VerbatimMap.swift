/// Which bytes of the input the line cleaner must look at, one bit a byte, worked out
/// for the whole input in one pass before any line is cleaned.
///
/// A clear bit marks a byte that ``LineCleaner`` would copy as it is inside a run of
/// plain text: an ASCII letter or punctuation mark other than `$ * < [ \ ] ^`
/// (``LineCleaner/isPlain(_:)``), a digit of a number that starts right after a space
/// ("in 2016": other digits may be footnote marks glued to a word), or a single space
/// followed by either. Every other byte — line breaks, tabs, runs of spaces, markup,
/// digits after a letter, anything not ASCII — has its bit set, and the cleaner jumps
/// from one set bit to the next instead of testing bytes one by one.
///
/// Sixty-four bytes are classified at a time, with no branch on the data: the pass
/// costs about as much as reading the input, and the cleaner's loop then runs once per
/// byte that needs care rather than once per sixteen plain ones. The same pass marks
/// the bytes that can end a line, so that lines are split by the map too
/// (``nextBreak(from:limit:)``).
struct VerbatimMap: ~Copyable {
    /// Bit `k % 64` of word `k / 64` is set when byte `k` needs care; bytes past the
    /// end of the input count as needing care.
    private let words: UnsafeMutablePointer<UInt64>
    /// The same for the bytes from LF to CR: line feeds, vertical tabs, form feeds and
    /// carriage returns (one range check; the caller skips vertical tabs).
    private let breakWords: UnsafeMutablePointer<UInt64>
    private let wordCount: Int

    /// Classifies every byte of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        wordCount = bytes.count / 64 + 1
        // Two more words, all set, so that a search can read three words from any word of
        // the input (``firstSetBit(in:count:from:limit:)``); what they mark is past the end.
        words = .allocate(capacity: wordCount + 2)
        breakWords = .allocate(capacity: wordCount + 2)
        (words + wordCount).initialize(repeating: ~0, count: 2)
        (breakWords + wordCount).initialize(repeating: ~0, count: 2)
        guard let base = bytes.baseAddress else {
            words.initialize(repeating: ~0, count: wordCount)
            breakWords.initialize(repeating: 0, count: wordCount)
            return
        }
        let count = bytes.count
        var carry = Carry()
        var offset = 0
        while offset + 64 <= count {
            // The byte after these sixty-four decides whether a space in lane 63 is kept.
            let next: UInt8 = offset + 64 < count ? base[offset + 64] : 0
            let bits = VerbatimMap.careBits(UnsafeRawPointer(base + offset), next: next, carry: &carry)
            words[offset / 64] = bits.care
            breakWords[offset / 64] = bits.breaks
            offset += 64
        }
        // The last, partial word: the rest of the input padded with NUL bytes, which need
        // care and end no line.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { tail in
            guard let tailBase = tail.baseAddress else { return }
            tailBase.initialize(repeating: 0, count: 64)
            if count > offset { tailBase.update(from: base + offset, count: count - offset) }
            let bits = VerbatimMap.careBits(UnsafeRawPointer(tailBase), next: 0, carry: &carry)
            words[offset / 64] = bits.care
            breakWords[offset / 64] = bits.breaks
        }
    }

    deinit {
        words.deallocate()
        breakWords.deallocate()
    }

    /// The first byte from LF to CR (0x0A–0x0D) at or after `from` and before `limit`,
    /// or `limit` when there is none.
    @inline(__always)
    func nextBreak(from: Int, limit: Int) -> Int {
        VerbatimMap.firstSetBit(in: breakWords, count: wordCount, from: from, limit: limit)
    }

    /// The first byte at or after `from` and before `limit` that needs care, or `limit`
    /// when there is none.
    @inline(__always)
    func nextCare(from: Int, limit: Int) -> Int {
        VerbatimMap.firstSetBit(in: words, count: wordCount, from: from, limit: limit)
    }

    /// The first set bit at or after `from` and before `limit` of the `count` words, or
    /// `limit`. The first three words are read whatever they hold, and the bit chosen
    /// among them without a branch: a loop from word to word stopped after one, two or
    /// three words as the lines and runs of the text came, and mispredicted its end about
    /// every other time. (The two words after the `count` are all set.) Beyond the three,
    /// a loop.
    @inline(__always)
    private static func firstSetBit(in words: UnsafeMutablePointer<UInt64>, count: Int, from: Int, limit: Int) -> Int {
        guard from < limit else { return limit }
        let word = from &>> 6
        let first = words[word] & (~0 &<< UInt64(from & 63))
        let second = words[word &+ 1]
        let third = words[word &+ 2]
        let t0 = first.trailingZeroBitCount
        let t1 = second.trailingZeroBitCount
        let t2 = third.trailingZeroBitCount
        let offset = t0 < 64 ? t0 : t1 < 64 ? 64 &+ t1 : 128 &+ t2
        if first | second | third != 0 { return min(word &<< 6 &+ offset, limit) }
        var next = word &+ 3
        while next < count, next &<< 6 < limit {
            let bits = words[next]
            if bits != 0 { return min(next &<< 6 &+ bits.trailingZeroBitCount, limit) }
            next &+= 1
        }
        return limit
    }

    /// What one group of sixty-four bytes tells the next.
    struct Carry {
        /// The last byte was a space.
        var space: UInt64 = 0
        /// The last byte was a digit of a number that started after a space.
        var number: UInt64 = 0
    }

    /// The care bits and the line-break bits of the sixty-four bytes at `source` (byte 0
    /// in bit 0); `next` is the byte after them.
    @inline(__always)
    static func careBits(_ source: UnsafeRawPointer, next: UInt8, carry: inout Carry) -> (care: UInt64, breaks: UInt64) {
        let a = classes16(source)
        let b = classes16(source + 16)
        let c = classes16(source + 32)
        let d = classes16(source + 48)
        let breaks = UInt64(a.breaks) | UInt64(b.breaks) << 16 | UInt64(c.breaks) << 32 | UInt64(d.breaks) << 48
        let plain = UInt64(a.plain) | UInt64(b.plain) << 16 | UInt64(c.plain) << 32 | UInt64(d.plain) << 48
        let digits = UInt64(a.digits) | UInt64(b.digits) << 16 | UInt64(c.digits) << 32 | UInt64(d.digits) << 48
        let spaces = UInt64(a.spaces) | UInt64(b.spaces) << 16 | UInt64(c.spaces) << 32 | UInt64(d.spaces) << 48
        // Numbers: runs of digits whose first digit follows a space (or that go on from a
        // number in the bytes before). Adding a run's first bit carries through the run,
        // so the bits that change are the run and the bit after it.
        let starts = digits & (spaces &<< 1 | carry.space) | digits & carry.number
        let numbers = ((digits &+ starts) ^ digits) & digits
        let kept = plain | numbers
        // A space is kept before a kept byte; a digit after a space starts a number.
        let nextKept = keptAfterSpace(next)
        let keptSpaces = spaces & (kept &>> 1 | nextKept &<< 63)
        carry = Carry(space: spaces &>> 63, number: numbers &>> 63)
        return (~(kept | keptSpaces), breaks)
    }

    /// 1 when `byte` is plain (``LineCleaner/isPlain(_:)``) or a digit (which after a
    /// space starts a number), else 0. Without a branch: the byte after each sixty-four
    /// is as often punctuation or a space as a letter, and a mispredicted branch there
    /// costs more than these few instructions.
    @inline(__always)
    static func keptAfterSpace(_ byte: UInt8) -> UInt64 {
        let value = UInt64(byte)
        // isPlain's bits for the byte's half of the ASCII range (bit 6 chooses), and 0
        // for bytes from 0x80 (bit 7): masks, not conditions.
        let high = 0 &- (value &>> 6 & 1)
        let word = LineCleaner.plainLow ^ ((LineCleaner.plainLow ^ LineCleaner.plainHigh) & high)
        let plain = word &>> (value & 63) & 1 & (value &>> 7 ^ 1)
        let digit: UInt64 = value &- 0x30 < 10 ? 1 : 0
        return plain | digit
    }

    /// Lanes of the sixteen bytes at `source` that are plain (``LineCleaner/isPlain(_:)``),
    /// digits, spaces, and bytes from LF to CR. Signed lanes, so that bytes of multi-byte
    /// characters (negative) fall below the printable range.
    @inline(__always)
    private static func classes16(_ source: UnsafeRawPointer) -> (plain: UInt32, digits: UInt32, spaces: UInt32, breaks: UInt32) {
        typealias Vector = SIMD16<Int8>
        let v = source.loadUnaligned(as: Vector.self)
        let digits = (v .> Vector(repeating: 0x2F)) .& (v .< Vector(repeating: 0x3A))
        let notPlain = (v .< Vector(repeating: 0x21)) .| (v .== Vector(repeating: 0x7F)) .| digits
            .| ((v .> Vector(repeating: 0x5A)) .& (v .< Vector(repeating: 0x5F)))  // [ \ ] ^
            .| (v .== Vector(repeating: 0x24)) .| (v .== Vector(repeating: 0x2A)) .| (v .== Vector(repeating: 0x3C))  // $ * <
        let breaks = (v .> Vector(repeating: 0x09)) .& (v .< Vector(repeating: 0x0E))
        return (~SIMDBytes.bits(notPlain) & 0xFFFF, SIMDBytes.bits(digits), SIMDBytes.bits(v .== Vector(repeating: 0x20)), SIMDBytes.bits(breaks))
    }
}
