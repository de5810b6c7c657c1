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
                // Backward from where block `limit` starts: the first hit found is in the
                // last block that has one (an imprint is usually near the end), and its
                // block is found by a binary search of the blocks' folded starts.
                let end = limit < blocks.count ? blocks[limit].foldedStart : text.count
                return ByteSearch.lastIndex(of: needle, in: text, startingBefore: end).map(blockIndex(atFoldedOffset:))
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

    /// The block whose folded text holds `offset` of ``foldedText``: the last block that
    /// starts at or before it (blocks are in folded-text order).
    private func blockIndex(atFoldedOffset offset: Int) -> Int {
        var low = 0
        var high = blocks.count  // the answer is in low..<high
        while high - low > 1 {
            let middle = (low + high) / 2
            if blocks[middle].foldedStart <= offset { low = middle } else { high = middle }
        }
        return low
    }
}
