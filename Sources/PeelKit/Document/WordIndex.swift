import Foundation  // memcmp

/// An index of a document's folded text by its long words, built once per document, so
/// that a phrase lookup costs a hash probe instead of a scan of the whole text.
/// Detection asks a document for dozens of phrases; with the index each costs about as
/// much as comparing it with the few places that hold the same long word.
///
/// Only the starts of *long* words (``minimumWordLength`` bytes or more between spaces
/// or line breaks) are indexed, keyed by their first six bytes: about a third of all
/// word starts, so building the index — one pass that finds word starts sixty-four
/// bytes at a time — writes a third as much. A phrase is looked up by one of its long
/// words (its *anchor*, the one whose bucket holds fewest starts): every place where the
/// phrase occurs at a word start holds that word at a word start too, so the anchor's
/// entries find every occurrence. A phrase without a long word is searched for in the
/// text instead.
///
/// A chained hash table: each bucket holds the latest indexed start that falls in it,
/// and each start the one before it in the same bucket. Buckets are not checked for
/// equal keys: a lookup compares the phrase at every start of its bucket's chain, so a
/// collision costs a comparison, never a wrong answer.
struct WordIndex: Sendable {
    /// Words of at least this many bytes are indexed.
    static let minimumWordLength = 6

    /// For each bucket, 1 + the index in `entries` of its latest word start (0: none) in
    /// the low 32 bits, and how many starts the bucket holds in the high 32 bits.
    private let heads: [UInt64]
    /// The indexed word starts in text order: the start offset in the low 32 bits, and
    /// 1 + the index of the previous entry of the same bucket in the high 32 bits (0: none).
    private let entries: [UInt64]
    /// `64 - log2(heads.count)`: a key's bucket is the top bits of its hash.
    private let shift: UInt64
    /// `false` when the text is too long for 32-bit offsets: lookups then search the text.
    let isComplete: Bool

    /// Indexes `text`: folded blocks, one a line, separated by spaces and line breaks.
    init(_ text: [UInt8]) {
        let count = text.count
        guard count < Int(Int32.max) else {
            (heads, entries, shift, isComplete) = ([], [], 64, false)
            return
        }
        // A long word takes at least seven bytes with the separator after it; prose has
        // one about every sixteen bytes: about one entry a bucket.
        var bits = 6
        while (1 << bits) < count / 16 { bits += 1 }
        let shift = UInt64(64 - bits)
        var heads = [UInt64](repeating: 0, count: 1 << bits)
        let capacity = count / (WordIndex.minimumWordLength + 1) + 1
        var complete = true
        let entries = text.withUnsafeBufferPointer { bytes in
            heads.withUnsafeMutableBufferPointer { heads in
                [UInt64](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                    let built = WordIndex.build(bytes, heads: heads, shift: shift, entries: buffer)
                    initialized = built ?? 0
                    complete = built != nil
                }
            }
        }
        // An index missing words would answer "absent" wrongly: without one, lookups search the text.
        (self.heads, self.entries, self.shift, isComplete) = complete ? (heads, entries, shift, true) : ([], [], 64, false)
    }

    /// Finds the starts of long words in `bytes` and chains them into `heads`; returns
    /// the number of entries written, or nil if `entries` is too short for them all
    /// (which its capacity, one a long word and its separator, rules out).
    private static func build(
        _ bytes: UnsafeBufferPointer<UInt8>, heads: UnsafeMutableBufferPointer<UInt64>, shift: UInt64,
        entries: UnsafeMutableBufferPointer<UInt64>
    ) -> Int? {
        let count = bytes.count
        guard let base = bytes.baseAddress, let headBase = heads.baseAddress, let entryBase = entries.baseAddress else { return 0 }
        var n = 0
        var carry: UInt64 = 1  // before the text counts as a separator
        var offset = 0
        var current = separators64(base, count, at: 0)
        while offset < count {
            let next = separators64(base, count, at: offset + 64)
            // A word start: not a separator, after one.
            let starts = ~current & (current << 1 | carry)
            // …of a long word: no separator in its first `minimumWordLength` bytes (the
            // next sixty-four bytes' separators shifted in from above).
            var inWord = ~current
            for k in 1..<UInt64(minimumWordLength) {
                inWord &= ~(current &>> k | next &<< (64 - k))
            }
            var long = starts & inWord
            carry = current >> 63
            while long != 0 {
                let start = offset + long.trailingZeroBitCount
                long &= long &- 1
                guard n < entries.count else { return nil }
                let bucket = Int(truncatingIfNeeded: hash(key(base, count, at: start)) &>> shift)
                let head = headBase[bucket]
                entryBase[n] = UInt64(UInt32(truncatingIfNeeded: start)) | head << 32
                n += 1
                headBase[bucket] = (head >> 32 &+ 1) << 32 | UInt64(UInt32(truncatingIfNeeded: n))
            }
            current = next
            offset += 64
        }
        return n
    }

    /// A bit for each of the sixty-four bytes from `offset` that is a space or a line
    /// break (byte `offset` in bit 0); bytes past the end count as separators.
    @inline(__always)
    private static func separators64(_ base: UnsafePointer<UInt8>, _ count: Int, at offset: Int) -> UInt64 {
        if offset + 64 <= count {
            let raw = UnsafeRawPointer(base + offset)
            return UInt64(SIMDBytes.separatorBits16(raw)) | UInt64(SIMDBytes.separatorBits16(raw + 16)) << 16
                | UInt64(SIMDBytes.separatorBits16(raw + 32)) << 32 | UInt64(SIMDBytes.separatorBits16(raw + 48)) << 48
        }
        var bits: UInt64 = ~0
        var k = 0
        while offset + k < count, k < 64 {
            let byte = base[offset + k]
            if byte != 0x20 && byte != 0x0A { bits &= ~(1 << UInt64(k)) }
            k += 1
        }
        return bits
    }

    /// The key of the long word starting at `start`: its first six bytes.
    @inline(__always)
    private static func key(_ base: UnsafePointer<UInt8>, _ count: Int, at start: Int) -> UInt64 {
        if start + 8 <= count {
            return UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) & keyMask
        }
        var word: UInt64 = 0
        for k in 0..<min(minimumWordLength, count - start) { word |= UInt64(base[start + k]) << UInt64(8 * k) }
        return word
    }

    @inline(__always)
    private static var keyMask: UInt64 { (1 << UInt64(8 * minimumWordLength)) - 1 }

    @inline(__always)
    private static func hash(_ key: UInt64) -> UInt64 {
        key &* 0x9E37_79B9_7F4A_7C15
    }

    /// The offset in `needle` of the long word to look it up by, and its key: of the
    /// needle's long words, the one whose bucket holds fewest starts; nil when it has none.
    private func anchor(of needle: UnsafeBufferPointer<UInt8>) -> (offset: Int, key: UInt64)? {
        guard let base = needle.baseAddress else { return nil }
        var best: (offset: Int, key: UInt64, starts: UInt64)?
        var start = 0
        var k = 0
        while k <= needle.count {
            if k == needle.count || needle[k] == 0x20 || needle[k] == 0x0A {
                if k - start >= WordIndex.minimumWordLength {
                    let key = WordIndex.key(base, needle.count, at: start)
                    let starts = heads[Int(truncatingIfNeeded: WordIndex.hash(key) &>> shift)] >> 32
                    if starts < best?.starts ?? .max { best = (start, key, starts) }
                }
                start = k + 1
            }
            k += 1
        }
        return best.map { ($0.offset, $0.key) }
    }

    /// Whether `needle` (folded, at least one byte) occurs in `text` at a word start;
    /// with `wholeLine`, only as a whole line of the text.
    func contains(_ needle: UnsafeBufferPointer<UInt8>, in text: [UInt8], wholeLine: Bool = false) -> Bool {
        guard !needle.isEmpty else { return false }
        return text.withUnsafeBufferPointer { bytes in
            guard isComplete, let anchor = anchor(of: needle), let base = bytes.baseAddress else {
                var from = 0
                while let found = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
                    let atWord = found == 0 || bytes[found - 1] == 0x20 || bytes[found - 1] == 0x0A
                    if atWord && matches(needle, bytes, at: found, wholeLine: wholeLine) { return true }
                    from = found + 1
                }
                return false
            }
            let key = anchor.key
            return heads.withUnsafeBufferPointer { heads in
                entries.withUnsafeBufferPointer { entries in
                    var next = heads[Int(truncatingIfNeeded: WordIndex.hash(key) &>> shift)] & 0xFFFF_FFFF
                    while next != 0 {
                        let entry = entries[Int(next) - 1]
                        let word = Int(UInt32(truncatingIfNeeded: entry))
                        let start = word - anchor.offset
                        if start >= 0, WordIndex.key(base, bytes.count, at: word) == key,
                           start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x0A,
                           matches(needle, bytes, at: start, wholeLine: wholeLine) {
                            return true
                        }
                        next = entry >> 32
                    }
                    return false
                }
            }
        }
    }

    private func matches(_ needle: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, wholeLine: Bool) -> Bool {
        let end = start + needle.count
        guard start >= 0, end <= bytes.count, let base = bytes.baseAddress, let pin = needle.baseAddress,
              memcmp(base + start, pin, needle.count) == 0 else { return false }
        if wholeLine {
            return (start == 0 || bytes[start - 1] == 0x0A) && (end == bytes.count || bytes[end] == 0x0A)
        }
        return true
    }
}
