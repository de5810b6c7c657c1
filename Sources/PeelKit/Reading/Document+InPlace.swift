/// Reading a block in place (no string made): its question key, its last character,
/// whether its folded text is ASCII.
extension Document {
    /// The canonical key the block at `index` names as a title: the same as
    /// `QuestionKey(title: blocks[index].text)`, without making the block's string or
    /// folding it again (its folded text is kept from normalisation). `nil` for an
    /// index outside the blocks.
    ///
    /// ```swift
    /// for index in document.indices(where: titleCandidate) {
    ///     guard let key = document.questionKey(at: index) else { continue }
    ///     …
    /// }
    /// ```
    public func questionKey(at index: Int) -> QuestionKey? {
        guard blocks.indices.contains(index) else { return nil }
        return blocks.withUnsafeBufferPointer { blocks in
            blocks[index].withFolded { QuestionKey(foldedTitle: $0) }
        }
    }

    /// Whether the text of the block at `index` ends with `character` as a Swift
    /// character (`blocks[index].text.hasSuffix(String(character))`), decided on the
    /// bytes where they decide it: an ASCII last byte equal to `character` after an
    /// ASCII byte (other than a carriage return) ends the text with that character
    /// alone, since no ASCII character but CR joins the next one into a cluster; an
    /// ASCII last byte that differs ends it with another character (a cluster whose
    /// last scalar is ASCII is canonically equivalent to no other ASCII character).
    /// Other text asks the string.
    /// `false` for an index outside the blocks.
    public func text(at index: Int, endsWith character: Unicode.Scalar) -> Bool {
        guard blocks.indices.contains(index), character.isASCII, character != "\r" else {
            return blocks.indices.contains(index) && blocks[index].text.hasSuffix(String(character))
        }
        let byte = UInt8(truncatingIfNeeded: character.value)
        let decided = blocks.withUnsafeBufferPointer { blocks in
            blocks[index].withUTF8 { text -> Bool? in
                guard let last = text.last else { return false }
                // An ASCII last byte that differs ends the text with another character.
                guard last == byte else { return last < 0x80 ? false : nil }
                if text.count == 1 { return true }
                let before = text[text.count - 2]
                return before < 0x80 && before != 0x0D ? true : nil
            }
        }
        if let decided { return decided }
        return blocks[index].text.hasSuffix(String(character))
    }

    /// Whether the folded text of the block at `index` is all ASCII (read in place):
    /// then comparing its bytes is the same as comparing its ``Block/folded`` string
    /// with `==`. `false` for an index outside the blocks.
    public func foldedTextIsASCII(at index: Int) -> Bool {
        guard blocks.indices.contains(index) else { return false }
        return blocks.withUnsafeBufferPointer { blocks in
            blocks[index].withFolded { SWAR.allASCII($0) }
        }
    }
}
