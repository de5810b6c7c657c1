#if canImport(Glibc)
import Glibc  // memcmp
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
/// Which long words are indexed is the ``AnchorKeys`` snapshot's choice: every one, or
/// only those whose key lookups have anchored on (far fewer: building the index is then
/// mostly one filter test a long word). A lookup anchors only on a word its index
/// holds; a phrase none of whose long words it holds is searched for in the text, and
/// teaches the registry its words for later documents.
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
    /// Which long words are indexed, and the registry lookups teach.
    let keys: AnchorKeys.Snapshot

    /// How many word starts the index holds (tests compare filtered indexes with full ones).
    var indexedCount: Int { entries.count }

    /// Indexes `text` (folded blocks, one a line, separated by spaces and line breaks):
    /// the long words `keys` asks for.
    init(_ text: [UInt8], keys: AnchorKeys.Snapshot = .everyWord) {
        self.keys = keys
        let count = text.count
        guard count < Int(Int32.max) else {
            (heads, entries, shift, isComplete) = ([], [], 64, false)
            return
        }
        // One entry a long word at most: a long word takes at least seven bytes with the separator after it.
        let capacity = count / (WordIndex.minimumWordLength + 1) + 1
        var complete = true
        guard let filter = keys.filter else {
            // Prose has a long word about every sixteen bytes: about one entry a bucket.
            var bits = 6
            while (1 << bits) < count / 16 { bits += 1 }
            let shift = UInt64(64 - bits)
            var heads = [UInt64](repeating: 0, count: 1 << bits)
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
            return
        }
        // The words the filter passes, into scratch room for every long word; then a
        // table sized for them (one entry a bucket) and entries of their exact number:
        // a document keeps a few kilobytes of index, not room for all its words.
        var bits = 6
        var heads: [UInt64] = []
        let entries = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { scratch -> [UInt64] in
            let collected = text.withUnsafeBufferPointer { bytes in
                filter.withUnsafeBufferPointer { WordIndex.collect(bytes, filter: $0, entries: scratch) }
            }
            guard let collected else {
                complete = false
                return []
            }
            while (1 << bits) < collected { bits += 1 }
            heads = [UInt64](repeating: 0, count: 1 << bits)
            return heads.withUnsafeMutableBufferPointer { heads in
                [UInt64](unsafeUninitializedCapacity: collected) { buffer, initialized in
                    WordIndex.link(UnsafeBufferPointer(rebasing: scratch[0..<collected]), into: buffer, heads: heads, bits: bits)
                    initialized = collected
                }
            }
        }
        (self.heads, self.entries, shift, isComplete) = complete ? (heads, entries, UInt64(64 - bits), true) : ([], [], 64, false)
    }

    /// Calls `body` with the start of every long word of `bytes` and its key's hash, in
    /// text order, until it returns `false`; returns whether it never did.
    @inline(__always)
    private static func forEachLongWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ hash: UInt64) -> Bool) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        var carry: UInt64 = 1  // before the text counts as a separator
        var offset = 0
        var current = separators64(base, count, at: 0)
        // While the next sixty-four bytes and eight past them are in the text: vector
        // loads and key loads without bounds checks.
        while offset &+ 128 <= count {
            let next = separators64(UnsafeRawPointer(base + (offset &+ 64)))
            var long = longWordStarts(current, next, carry: carry)
            carry = current >> 63
            while long != 0 {
                let start = offset &+ long.trailingZeroBitCount
                long &= long &- 1
                let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                guard body(start, hash(word)) else { return false }
            }
            current = next
            offset &+= 64
        }
        while offset < count {
            let next = separators64(base, count, at: offset + 64)
            var long = longWordStarts(current, next, carry: carry)
            carry = current >> 63
            while long != 0 {
                let start = offset + long.trailingZeroBitCount
                long &= long &- 1
                guard body(start, hash(key(base, count, at: start))) else { return false }
            }
            current = next
            offset += 64
        }
        return true
    }

    /// Of sixty-four bytes with separator bits `current` (the next sixty-four's in
    /// `next`; `carry`: whether the byte before them is one), the long words' starts.
    @inline(__always)
    private static func longWordStarts(_ current: UInt64, _ next: UInt64, carry: UInt64) -> UInt64 {
        // A word start: not a separator, after one.
        let starts = ~current & (current << 1 | carry)
        // …of a long word: no separator in its first `minimumWordLength` bytes (the
        // next sixty-four bytes' separators shifted in from above).
        var inWord = ~current
        for k in 1..<UInt64(minimumWordLength) {
            inWord &= ~(current &>> k | next &<< (64 - k))
        }
        return starts & inWord
    }

    /// Finds the starts of long words in `bytes` and chains them into `heads`; returns
    /// the number of entries written, or nil if `entries` is too short for them all
    /// (which its capacity, one a long word and its separator, rules out).
    private static func build(
        _ bytes: UnsafeBufferPointer<UInt8>, heads: UnsafeMutableBufferPointer<UInt64>, shift: UInt64,
        entries: UnsafeMutableBufferPointer<UInt64>
    ) -> Int? {
        guard let headBase = heads.baseAddress, let entryBase = entries.baseAddress else { return 0 }
        var n = 0
        let fitted = forEachLongWord(bytes) { start, hash in
            guard n < entries.count else { return false }
            let bucket = Int(truncatingIfNeeded: hash &>> shift)
            let head = headBase[bucket]
            entryBase[n] = UInt64(UInt32(truncatingIfNeeded: start)) | head << 32
            n += 1
            headBase[bucket] = (head >> 32 &+ 1) << 32 | UInt64(UInt32(truncatingIfNeeded: n))
            return true
        }
        return fitted ? n : nil
    }

    /// Finds the starts of long words in `bytes` whose key's filter position is set in
    /// `filter`, and writes each to `entries` with the top half of its key's hash in the
    /// high 32 bits (for ``link(_:heads:bits:)``); returns the number written, or nil if
    /// `entries` is too short (ruled out as for ``build(_:heads:shift:entries:)``).
    ///
    /// In two steps a stretch of text at a time. First the long words' starts of each
    /// sixty-four bytes are written out, eight without a branch whatever their number (a
    /// loop that stops after the last word mispredicts its end nearly every time); then
    /// each start is hashed, written and counted if it passes the filter, in a loop whose
    /// length is known. ``collectWordByWord(_:filter:entries:)`` is the one-step definition.
    @inline(never)
    static func collect(
        _ bytes: UnsafeBufferPointer<UInt8>, filter: UnsafeBufferPointer<UInt64>, entries: UnsafeMutableBufferPointer<UInt64>
    ) -> Int? {
        guard let filterBase = filter.baseAddress, let entryBase = entries.baseAddress,
              filter.count == 1 << (AnchorKeys.filterBits - 6) else { return nil }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        let count = bytes.count
        // A stretch of `stretch` windows holds at most ten long words a window (a word
        // start takes a separator and six bytes), and the last window's eight writes
        // may reach eight past them.
        let stretch = 64
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: stretch * 10 + 8) { starts -> Int? in
            guard let startBase = starts.baseAddress else { return nil }
            var n = 0
            var carry: UInt64 = 1  // before the text counts as a separator
            var offset = 0
            var current = separators64(base, count, at: 0)
            while offset < count {
                var found = 0
                var windows = 0
                while windows < stretch, offset < count {
                    let next = offset &+ 128 <= count
                        ? separators64(UnsafeRawPointer(base + (offset &+ 64))) : separators64(base, count, at: offset + 64)
                    var long = longWordStarts(current, next, carry: carry)
                    carry = current >> 63
                    let total = long.nonzeroBitCount
                    for k in 0..<8 {
                        startBase[found &+ k] = UInt32(truncatingIfNeeded: offset &+ long.trailingZeroBitCount)
                        long &= long &- 1
                    }
                    var k = 8
                    while long != 0 {  // more than eight: rare
                        startBase[found &+ k] = UInt32(truncatingIfNeeded: offset &+ long.trailingZeroBitCount)
                        long &= long &- 1
                        k &+= 1
                    }
                    found &+= total
                    current = next
                    offset &+= 64
                    windows &+= 1
                }
                // Room for every start of the stretch, which the capacity (one a long word)
                // gives: each is written, and counted only if it passes the filter — no
                // branch on the filter, which passes too often to be predicted.
                guard n &+ found <= entries.count else { return nil }
                for k in 0..<found {
                    let start = Int(startBase[k])
                    let word = start &+ 8 <= count
                        ? UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) : key(base, count, at: start)
                    let hash = hash(word)
                    let position = AnchorKeys.position(ofHash: hash)
                    entryBase[n] = UInt64(UInt32(truncatingIfNeeded: start)) | (hash >> 32) << 32
                    n &+= Int(truncatingIfNeeded: filterBase[position &>> 6] &>> UInt64(position & 63) & 1)
                }
            }
            return n
        }
    }

    /// ``collect(_:filter:entries:)`` a word at a time: the definition it is tested against.
    static func collectWordByWord(
        _ bytes: UnsafeBufferPointer<UInt8>, filter: UnsafeBufferPointer<UInt64>, entries: UnsafeMutableBufferPointer<UInt64>
    ) -> Int? {
        guard let filterBase = filter.baseAddress, let entryBase = entries.baseAddress,
              filter.count == 1 << (AnchorKeys.filterBits - 6) else { return nil }
        var n = 0
        let fitted = forEachLongWord(bytes) { start, hash in
            let position = AnchorKeys.position(ofHash: hash)
            guard filterBase[position &>> 6] &>> UInt64(position & 63) & 1 != 0 else { return true }
            guard n < entries.count else { return false }
            entryBase[n] = UInt64(UInt32(truncatingIfNeeded: start)) | (hash >> 32) << 32
            n += 1
            return true
        }
        return fitted ? n : nil
    }

    /// Chains entries written by ``collect(_:filter:entries:)`` into `heads` (2^`bits`
    /// buckets, all empty), writing them to `entries` (as many).
    @inline(never)
    private static func link(
        _ collected: UnsafeBufferPointer<UInt64>, into entries: UnsafeMutableBufferPointer<UInt64>,
        heads: UnsafeMutableBufferPointer<UInt64>, bits: Int
    ) {
        let shift = UInt64(32 - bits)
        for n in 0..<min(collected.count, entries.count) {
            let entry = collected[n]
            let bucket = Int(truncatingIfNeeded: (entry >> 32) >> shift)
            let head = heads[bucket]
            entries[n] = entry & 0xFFFF_FFFF | head << 32
            heads[bucket] = (head >> 32 &+ 1) << 32 | UInt64(UInt32(truncatingIfNeeded: n + 1))
        }
    }

    /// A bit for each of the sixty-four bytes from `offset` that is a space or a line
    /// break (byte `offset` in bit 0); bytes past the end count as separators.
    @inline(__always)
    private static func separators64(_ base: UnsafePointer<UInt8>, _ count: Int, at offset: Int) -> UInt64 {
        if offset + 64 <= count { return separators64(UnsafeRawPointer(base + offset)) }
        var bits: UInt64 = ~0
        var k = 0
        while offset + k < count, k < 64 {
            let byte = base[offset + k]
            if byte != 0x20 && byte != 0x0A { bits &= ~(1 << UInt64(k)) }
            k += 1
        }
        return bits
    }

    /// ``separators64(_:_:at:)`` for sixty-four bytes known to be in the text.
    @inline(__always)
    private static func separators64(_ raw: UnsafeRawPointer) -> UInt64 {
        UInt64(SIMDBytes.separatorBits16(raw)) | UInt64(SIMDBytes.separatorBits16(raw + 16)) << 16
            | UInt64(SIMDBytes.separatorBits16(raw + 32)) << 32 | UInt64(SIMDBytes.separatorBits16(raw + 48)) << 48
    }

    /// The key of the long word starting at `start` (its first six bytes, in the low
    /// bytes of the result: see ``hash(_:)``), read without going past `count`.
    @inline(__always)
    private static func key(_ base: UnsafePointer<UInt8>, _ count: Int, at start: Int) -> UInt64 {
        if start + 8 <= count { return UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for k in 0..<min(minimumWordLength, count - start) { word |= UInt64(base[start + k]) << UInt64(8 * k) }
        return word
    }

    /// The hash of the key held in the low six bytes of `word` (eight bytes read from a
    /// word start, little-endian: the two above the key are shifted out, so no mask is
    /// needed). Its top bits name the key's bucket and its filter position.
    @inline(__always)
    static func hash(_ word: UInt64) -> UInt64 {
        (word &<< UInt64(64 - 8 * minimumWordLength)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// A long word of a phrase to look up: where it starts in the phrase, and its key's
    /// hash (see ``hash(_:)``). A phrase looked up often (detection's) keeps its own,
    /// found once (``LookupPhrase``).
    struct LongWord: Sendable {
        var offset: Int
        var hash: UInt64
    }

    /// Writes the long words of `needle` to `words` (room for `needle.count / 7 + 1`,
    /// the most there can be); returns how many.
    static func longWords(of needle: UnsafeBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<LongWord>) -> Int {
        guard let base = needle.baseAddress else { return 0 }
        var n = 0
        var start = 0
        var k = 0
        while k <= needle.count {
            if k == needle.count || needle[k] == 0x20 || needle[k] == 0x0A {
                if k - start >= WordIndex.minimumWordLength, n < words.count {
                    words[n] = LongWord(offset: start, hash: hash(key(base, needle.count, at: start)))
                    n += 1
                }
                start = k + 1
            }
            k += 1
        }
        return n
    }

    /// The long words of `needle`.
    static func longWords(of needle: UnsafeBufferPointer<UInt8>) -> [LongWord] {
        [LongWord](unsafeUninitializedCapacity: needle.count / (minimumWordLength + 1) + 1) { buffer, initialized in
            initialized = longWords(of: needle, into: buffer)
        }
    }

    /// How to look a phrase with long words `words` up: by the one this index holds
    /// whose bucket holds fewest starts; nil when the index holds none of them.
    private func anchor(_ words: UnsafeBufferPointer<LongWord>) -> LongWord? {
        var best: LongWord?
        var fewest = UInt64.max
        for word in words where keys.holds(position: AnchorKeys.position(ofHash: word.hash)) {
            let starts = heads[Int(truncatingIfNeeded: word.hash &>> shift)] >> 32
            if starts < fewest {
                best = word
                fewest = starts
            }
        }
        return best
    }

    /// Whether `needle` (folded, at least one byte) occurs in `text` at a word start;
    /// with `wholeLine`, only as a whole line of the text.
    func contains(_ needle: UnsafeBufferPointer<UInt8>, in text: [UInt8], wholeLine: Bool = false) -> Bool {
        withUnsafeTemporaryAllocation(of: LongWord.self, capacity: needle.count / (WordIndex.minimumWordLength + 1) + 1) { words in
            let count = WordIndex.longWords(of: needle, into: words)
            return contains(needle, words: UnsafeBufferPointer(rebasing: words[0..<count]), in: text, wholeLine: wholeLine)
        }
    }

    /// ``contains(_:in:wholeLine:)`` for a needle whose long words (``longWords(of:)``)
    /// are known.
    func contains(_ needle: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<LongWord>, in text: [UInt8], wholeLine: Bool = false) -> Bool {
        guard !needle.isEmpty else { return false }
        return text.withUnsafeBufferPointer { bytes in
            guard isComplete, let anchor = anchor(words) else {
                if isComplete, !words.isEmpty, let registry = keys.registry {
                    // None of its long words is held: later documents' indexes will hold them.
                    registry.learn(positions: words.lazy.map { AnchorKeys.position(ofHash: $0.hash) })
                }
                return WordIndex.search(needle, in: bytes, wholeLine: wholeLine)
            }
            if keys.indexesEveryWord, let registry = keys.registry,
               !words.contains(where: { keys.knows(position: AnchorKeys.position(ofHash: $0.hash)) }) {
                // A phrase not yet learned: an index of every word chose its rarest word,
                // which later indexes hold. (A phrase with a learned word teaches nothing,
                // so that the learned set settles.)
                registry.learn(positions: CollectionOfOne(AnchorKeys.position(ofHash: anchor.hash)))
            }
            guard let match = PhraseMatch(needle, in: bytes, wholeLine: wholeLine) else { return false }
            return heads.withUnsafeBufferPointer { heads in
                entries.withUnsafeBufferPointer { entries in
                    var next = heads[Int(truncatingIfNeeded: anchor.hash &>> shift)] & 0xFFFF_FFFF
                    while next != 0 {
                        let entry = entries[Int(next) &- 1]
                        if match.matches(at: Int(UInt32(truncatingIfNeeded: entry)) &- anchor.offset) { return true }
                        next = entry >> 32
                    }
                    return false
                }
            }
        }
    }

    /// ``contains(_:in:wholeLine:)`` without the index: every occurrence in the text,
    /// until one is at a word start (and a whole line, for `wholeLine`).
    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, wholeLine: Bool) -> Bool {
        guard let match = PhraseMatch(needle, in: bytes, wholeLine: wholeLine) else { return false }
        var from = 0
        while let found = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
            if match.matches(at: found) { return true }
            from = found + 1
        }
        return false
    }
}
