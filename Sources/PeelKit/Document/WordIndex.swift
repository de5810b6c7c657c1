/// An index of a document's folded text by the first eight bytes at every word start,
/// built once per document, so that a phrase lookup costs a hash probe instead of a
/// scan of the whole text. Detection asks a document for dozens of phrases; with the
/// index each costs about as much as comparing it with the few places that start alike.
///
/// A chained hash table: each bucket (a hash of the eight bytes at a word start) holds
/// the latest word start that falls in it, and each word start the one before it in the
/// same bucket. Buckets are not checked for equal keys: a lookup compares the needle at
/// every start of its bucket's chain, so a collision costs a comparison, never a wrong
/// answer. Building it is one pass that finds word starts eight bytes at a time.
struct WordIndex: Sendable {
    /// For each bucket, 1 + the index in `entries` of its latest word start (0: none).
    private let heads: [UInt32]
    /// The indexed word starts in text order: the start offset in the low 32 bits, and
    /// 1 + the index of the previous entry of the same bucket in the high 32 bits (0: none).
    private let entries: [UInt64]
    /// `64 - log2(heads.count)`: a key's bucket is the top bits of its hash.
    private let shift: UInt64
    /// `false` when the text is too long for 32-bit offsets: lookups then search the text.
    let isComplete: Bool

    /// Indexes `text`: folded blocks, one a line. Word starts are the bytes after a
    /// space or a line break (and the first byte); only those with eight bytes of text
    /// from them are indexed, as only needles of eight bytes or more use the index.
    init(_ text: [UInt8]) {
        let count = text.count
        guard count < Int(Int32.max) else {
            self.heads = []
            self.entries = []
            self.shift = 64
            self.isComplete = false
            return
        }
        // Folded prose has a word start about every six bytes and a new 8-byte key about
        // every fifteen: about two keys a bucket at worst, a fraction of one on average.
        var bits = 6
        while (1 << bits) < count / 8 { bits += 1 }
        let shift = UInt64(64 - bits)
        var heads = [UInt32](repeating: 0, count: 1 << bits)
        var entries: [UInt64] = []
        text.withUnsafeBufferPointer { bytes in
            heads.withUnsafeMutableBufferPointer { heads in
                // Word starts: about one in six bytes; more (tables of figures, odd
                // input) overflow the estimate, and the index is built again with room
                // for the most there can be (one every other byte).
                for capacity in [count / 5 + 16, count / 2 + 16] {
                    var built = 0
                    let result = [UInt64](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                        guard let entries = buffer.baseAddress, let headBase = heads.baseAddress,
                              let n = WordIndex.build(bytes, heads: headBase, shift: shift, entries: entries, capacity: capacity)
                        else {
                            initialized = 0
                            return
                        }
                        initialized = n
                        built = n + 1
                    }
                    if built > 0 {
                        entries = result
                        return
                    }
                    heads.update(repeating: 0)
                }
            }
        }
        self.heads = heads
        self.entries = entries
        self.shift = shift
        self.isComplete = true
    }

    /// Finds the word starts of `bytes` and chains them into `heads`; returns the number
    /// of entries written, or nil when more than `capacity` are needed.
    private static func build(
        _ bytes: UnsafeBufferPointer<UInt8>, heads: UnsafeMutablePointer<UInt32>, shift: UInt64,
        entries: UnsafeMutablePointer<UInt64>, capacity: Int
    ) -> Int? {
        let count = bytes.count
        guard count >= 8, let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let lastStart = count - 8  // the last offset with eight bytes from it
        var n = 0
        var carry: UInt32 = 1  // before the text counts as a separator
        var offset = 0
        // Sixteen bytes at a time: a bit a byte for spaces and line breaks (SIMD).
        while offset <= lastStart {
            let separators: UInt32
            if offset + 16 <= count {
                separators = SIMDBytes.separatorBits16(raw + offset)
            } else {
                var bits: UInt32 = 0
                var k = 0
                while offset + k < count, k < 16 {
                    let byte = base[offset + k]
                    if byte == 0x20 || byte == 0x0A { bits |= 1 << UInt32(k) }
                    k += 1
                }
                separators = k < 16 ? bits | ~0 << UInt32(k) : bits  // past the end: separators
            }
            // A word start: not a separator, after one (the block before's last byte for byte 0).
            var starts = ~separators & (separators << 1 | carry) & 0xFFFF
            carry = separators >> 15 & 1
            while starts != 0 {
                let start = offset + starts.trailingZeroBitCount
                if start > lastStart { break }  // later starts of the block are later still
                starts &= starts &- 1
                if n == capacity { return nil }
                let bucket = Int(truncatingIfNeeded: hash(raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)) >> shift)
                entries[n] = UInt64(UInt32(truncatingIfNeeded: start)) | UInt64(heads[bucket]) << 32
                n += 1
                heads[bucket] = UInt32(truncatingIfNeeded: n)
            }
            offset += 16
        }
        return n
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> UInt64 {
        key &* 0x9E37_79B9_7F4A_7C15
    }

    /// Whether `needle` (folded, at least one byte) occurs in `text` at a word start;
    /// with `wholeLine`, only as a whole line of the text.
    func contains(_ needle: UnsafeBufferPointer<UInt8>, in text: [UInt8], wholeLine: Bool = false) -> Bool {
        guard !needle.isEmpty else { return false }
        return text.withUnsafeBufferPointer { bytes in
            guard isComplete, needle.count >= 8, let needleBase = needle.baseAddress, let base = bytes.baseAddress else {
                var from = 0
                while let found = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
                    let atWord = found == 0 || bytes[found - 1] == 0x20 || bytes[found - 1] == 0x0A
                    if atWord && matches(needle, bytes, at: found, wholeLine: wholeLine) { return true }
                    from = found + 1
                }
                return false
            }
            let key = UnsafeRawPointer(needleBase).loadUnaligned(as: UInt64.self)
            let raw = UnsafeRawPointer(base)
            return heads.withUnsafeBufferPointer { heads in
                entries.withUnsafeBufferPointer { entries in
                    var next = heads[Int(truncatingIfNeeded: WordIndex.hash(key) >> shift)]
                    while next != 0 {
                        let entry = entries[Int(next) - 1]
                        let start = Int(UInt32(truncatingIfNeeded: entry))
                        // Indexed starts have eight bytes of text: compare those first.
                        if raw.loadUnaligned(fromByteOffset: start, as: UInt64.self) == key
                            && matches(needle, bytes, at: start, wholeLine: wholeLine) {
                            return true
                        }
                        next = UInt32(truncatingIfNeeded: entry >> 32)
                    }
                    return false
                }
            }
        }
    }

    private func matches(_ needle: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, wholeLine: Bool) -> Bool {
        let end = start + needle.count
        guard end <= bytes.count else { return false }
        var k = 0
        while k < needle.count {
            if bytes[start + k] != needle[k] { return false }
            k += 1
        }
        if wholeLine {
            return (start == 0 || bytes[start - 1] == 0x0A) && (end == bytes.count || bytes[end] == 0x0A)
        }
        return true
    }
}
