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
                var end = text.count
                while let hit = ByteSearch.lastIndex(of: needle, in: UnsafeBufferPointer(rebasing: text[0..<end])) {
                    let index = blockIndex(atFoldedOffset: hit, in: text)
                    if index < limit { return index }
                    // A hit in a block at or after `limit`: look before it.
                    end = hit + needle.count - 1
                }
                return nil
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

    /// The block whose folded line holds `offset` of the folded text: the text is a line
    /// break, then each block's folded text followed by a line break.
    private func blockIndex(atFoldedOffset offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        if offset < text.count / 2 {
            return ByteSearch.count(of: 0x0A, in: UnsafeBufferPointer(rebasing: text[0..<offset])) - 1
        }
        return blocks.count - ByteSearch.count(of: 0x0A, in: UnsafeBufferPointer(rebasing: text[offset...]))
    }
}
