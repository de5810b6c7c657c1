/// Finds which of a fixed set of folded phrases occur in folded text, in one pass.
///
/// Detection asks a document for a dozen phrases at once; searching for each in turn
/// reads the text a dozen times. A `PhraseSet` reads it once: at every word start it
/// takes the next few bytes as a key, checks a small bit filter, and only on a hit
/// compares the phrases that start with that key. Phrases match at word starts.
struct PhraseSet: Sendable {
    /// The phrases, folded (see ``TextFolding``).
    let phrases: [[UInt8]]
    /// Phrases that must be a whole block: a line of the folded text to themselves.
    let wholeBlock: [Bool]
    private let keyLength: Int
    private let filter: [UInt64]
    private let byKey: [UInt64: [Int]]

    private static let filterBits = 12

    init(_ phrases: [(String, wholeBlock: Bool)]) {
        let folded = phrases.map { Array(TextFolding.fold($0.0).utf8) }
        self.phrases = folded
        self.wholeBlock = phrases.map(\.wholeBlock)
        let shortest = folded.filter { !$0.isEmpty }.map(\.count).min() ?? 1
        let keyLength = max(1, min(8, shortest))
        self.keyLength = keyLength
        var filter = [UInt64](repeating: 0, count: (1 << PhraseSet.filterBits) / 64)
        var byKey: [UInt64: [Int]] = [:]
        for (index, phrase) in folded.enumerated() where !phrase.isEmpty {
            let key = phrase.withUnsafeBufferPointer { PhraseSet.key($0, at: 0, length: keyLength) }
            byKey[key, default: []].append(index)
            let bit = PhraseSet.bit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
        self.byKey = byKey
    }

    /// For each phrase, whether it occurs in `text` (folded blocks, one per line,
    /// starting and ending with a newline).
    func matches(in text: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: false, count: phrases.count)
        var remaining = phrases.filter { !$0.isEmpty }.count
        guard remaining > 0 else { return found }
        text.withUnsafeBufferPointer { hay in
            let count = hay.count
            var i = 0
            while i + keyLength <= count {
                let atWordStart = i == 0 || hay[i - 1] == 0x20 || hay[i - 1] == 0x0A
                if atWordStart {
                    let key = PhraseSet.key(hay, at: i, length: keyLength)
                    let bit = PhraseSet.bit(key)
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = byKey[key] {
                        for index in candidates where !found[index] && matches(index, hay, at: i) {
                            found[index] = true
                            remaining -= 1
                        }
                        if remaining == 0 { return }
                    }
                }
                i += 1
            }
        }
        return found
    }

    private func matches(_ index: Int, _ hay: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let phrase = phrases[index]
        let end = start + phrase.count
        guard end <= hay.count else { return false }
        let equal = phrase.withUnsafeBufferPointer { pin in
            var k = 0
            while k < pin.count {
                if hay[start + k] != pin[k] { return false }
                k += 1
            }
            return true
        }
        guard equal else { return false }
        if wholeBlock[index] {
            return (start == 0 || hay[start - 1] == 0x0A) && (end == hay.count || hay[end] == 0x0A)
        }
        return true
    }

    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, length: Int) -> UInt64 {
        var key: UInt64 = 0
        var k = 0
        while k < length {
            key = key << 8 | UInt64(bytes[start + k])
            k += 1
        }
        return key
    }

    @inline(__always)
    private static func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - filterBits))
    }
}
