/// An index of a document's folded text by the first eight bytes at every word start,
/// built once per document, so that a phrase lookup costs a hash probe instead of a
/// scan of the whole text. Detection asks a document for dozens of phrases; with the
/// index each costs about as much as comparing it with the few places that start alike.
struct WordIndex: Sendable {
    /// Hash slots: the 8-byte key (0 = empty) and the latest word start with it.
    private let keys: [UInt64]
    private let heads: [Int32]
    /// For each indexed word start, the previous word start with the same key (-1: none).
    private let previous: [Int32]
    /// Word start positions, by the indexes used in `heads` and `previous`.
    private let starts: [Int32]
    private let mask: Int
    /// `false` when the text had too many distinct word starts to index (pathological
    /// input): lookups then search the text.
    let isComplete: Bool

    /// Indexes `text`: folded blocks, one a line.
    init(_ text: [UInt8]) {
        // Folded prose has a word start about every six bytes and a new 8-byte key about
        // every fifteen (PEEL reports: 14–17); text with many more distinct keys
        // (pathological input) fills the table and is searched instead.
        let estimate = text.count / 10 + 64
        var capacity = 16
        while capacity < estimate * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var heads = [Int32](repeating: -1, count: capacity)
        var starts: [Int32] = []
        var previous: [Int32] = []
        var complete = true
        starts.reserveCapacity(text.count / 5 + 16)  // word starts: one in about six bytes
        previous.reserveCapacity(text.count / 5 + 16)
        text.withUnsafeBufferPointer { bytes in
            keys.withUnsafeMutableBufferPointer { keys in
                heads.withUnsafeMutableBufferPointer { heads in
                    var atStart = true
                    var filled = 0
                    for offset in 0..<bytes.count {
                        let byte = bytes[offset]
                        if byte == 0x20 || byte == 0x0A {
                            atStart = true
                            continue
                        }
                        guard atStart else { continue }
                        atStart = false
                        // Keep the table at most half full, so probing stays short; text
                        // with more distinct word starts than estimated is searched instead.
                        if filled * 2 >= capacity {
                            complete = false
                            return
                        }
                        let key = WordIndex.key(bytes, at: offset)
                        var slot = WordIndex.slot(key, mask)
                        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                        if keys[slot] == 0 {
                            keys[slot] = key
                            filled += 1
                        }
                        previous.append(heads[slot])
                        heads[slot] = Int32(truncatingIfNeeded: starts.count)
                        starts.append(Int32(truncatingIfNeeded: offset))
                    }
                }
            }
        }
        self.isComplete = complete
        self.keys = keys
        self.heads = heads
        self.previous = previous
        self.starts = starts
        self.mask = mask
    }

    /// Whether `needle` (folded, at least one byte) occurs in `text` at a word start;
    /// with `wholeLine`, only as a whole line of the text.
    func contains(_ needle: UnsafeBufferPointer<UInt8>, in text: [UInt8], wholeLine: Bool = false) -> Bool {
        guard !needle.isEmpty else { return false }
        guard isComplete else {
            return text.withUnsafeBufferPointer { bytes in
                var from = 0
                while let found = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
                    let atWord = found == 0 || bytes[found - 1] == 0x20 || bytes[found - 1] == 0x0A
                    if atWord && matches(needle, bytes, at: found, wholeLine: wholeLine) { return true }
                    from = found + 1
                }
                return false
            }
        }
        return text.withUnsafeBufferPointer { bytes in
            let key = WordIndex.key(needle, at: 0)
            var slot = WordIndex.slot(key, mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            guard keys[slot] == key else { return false }
            var index = Int(heads[slot])
            while index >= 0 {
                let start = Int(starts[index])
                if matches(needle, bytes, at: start, wholeLine: wholeLine) { return true }
                index = Int(previous[index])
            }
            return false
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

    /// The first eight bytes at `start` (fewer at the end of the text, or for a short
    /// needle), packed into an integer. Never 0: a word start is not a separator.
    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt64 {
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            return UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).bigEndian
        }
        var key: UInt64 = 0
        let end = min(start + 8, bytes.count)
        var k = start
        while k < end {
            key = key << 8 | UInt64(bytes[k])
            k += 1
        }
        return key << UInt64(8 * (8 - (end - start)))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
