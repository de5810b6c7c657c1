/// Finding blocks through the document's folded text (every block folded, one a line)
/// instead of block by block: one byte search over the whole text.
extension Document {
    /// The index of the last block before `before` whose folded text contains the
    /// folded `phrase` (which must not be empty): the same as
    /// `lastIndex(before: before) { FoldedSearch.foldedContains($0.folded, phrase: phrase) }`.
    func lastIndex(before: Int, mentioning phrase: String) -> Int? {
        let limit = min(before, blocks.count)
        guard limit > 0 else { return nil }
        return TextFolding.withFolded(phrase) { needle -> Int? in
            // A folded phrase holds no line break, so a match lies inside one block.
            guard !needle.isEmpty else { return nil }  // an empty needle matches nowhere, as in ByteSearch
            return foldedText.withUnsafeBufferPointer { text -> Int? in
                // Forward through the hits (memchr on the phrase's rarest byte), counting
                // line breaks as we go: the block of a hit is the breaks before it, less one.
                var last: Int?
                var from = 0
                var counted = 0  // line breaks in text[0..<countedTo]
                var countedTo = 0
                while let hit = ByteSearch.firstIndex(of: needle, in: text, from: from) {
                    counted += ByteSearch.count(of: 0x0A, in: UnsafeBufferPointer(rebasing: text[countedTo..<hit]))
                    countedTo = hit
                    let index = counted - 1
                    if index >= limit { break }
                    last = index
                    from = hit + 1
                }
                return last
            }
        }
    }

    /// ``contains(_:)`` for a phrase already folded.
    func contains(folded needle: UnsafeBufferPointer<UInt8>) -> Bool {
        if needle.count >= 8 { return wordIndex.contains(needle, in: foldedText) }
        return foldedText.withUnsafeBufferPointer { ByteSearch.firstIndex(of: needle, in: $0) != nil }
    }

    /// ``containsBlock(equalTo:)`` for a phrase already folded.
    func containsBlock(equalToFolded needle: UnsafeBufferPointer<UInt8>) -> Bool {
        if needle.count >= 8 { return wordIndex.contains(needle, in: foldedText, wholeLine: true) }
        let line = [0x0A] + Array(needle) + [0x0A]
        return ByteSearch.firstIndex(of: line, in: foldedText) != nil
    }
}
