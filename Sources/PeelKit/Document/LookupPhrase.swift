/// A folded phrase prepared for lookups in many documents: its bytes and its long words
/// (offsets and key hashes, see ``WordIndex``), found once instead of at every lookup.
///
/// Detection asks every document for the same few dozen phrases; splitting a phrase
/// into words and hashing them cost about as much as the lookup itself.
struct LookupPhrase: Sendable {
    /// The folded phrase.
    let bytes: [UInt8]
    /// Its long words, in order.
    let words: [WordIndex.LongWord]

    /// Prepares `folded` (already folded).
    init(folded: [UInt8]) {
        bytes = folded
        words = folded.withUnsafeBufferPointer(WordIndex.longWords(of:))
    }
}

extension Document {
    /// ``contains(_:)`` for a prepared phrase.
    func contains(_ phrase: LookupPhrase) -> Bool {
        phrase.bytes.withUnsafeBufferPointer { needle in
            guard needle.count >= 8 else { return contains(folded: needle) }
            return phrase.words.withUnsafeBufferPointer { wordIndex.contains(needle, words: $0, in: foldedText) }
        }
    }

    /// ``containsBlock(equalTo:)`` for a prepared phrase.
    func containsBlock(equalTo phrase: LookupPhrase) -> Bool {
        phrase.bytes.withUnsafeBufferPointer { needle in
            guard needle.count >= 8 else { return containsBlock(equalToFolded: needle) }
            return phrase.words.withUnsafeBufferPointer { wordIndex.contains(needle, words: $0, in: foldedText, wholeLine: true) }
        }
    }
}
