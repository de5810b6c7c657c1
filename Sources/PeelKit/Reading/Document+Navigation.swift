/// Finding your way in a document: the first building blocks a layout module uses.
extension Document {
    /// The block kinds that carry running text and headings (not list items, table rows).
    public static let headingKinds: Set<Block.Kind> = [.heading, .paragraph]

    /// The index of the first block at or after `from` whose folded text equals the
    /// folded phrase ("Summary of findings" matches "SUMMARY OF FINDINGS").
    /// Only headings and paragraphs are considered unless `kinds` says otherwise, so a
    /// contents-page row ("Summary of findings⇥17") never matches.
    public func firstIndex(of phrase: String, from: Int = 0, kinds: Set<Block.Kind> = Document.headingKinds) -> Int? {
        let folded = FoldedPhrase(phrase)
        guard folded.isASCII else {
            // `==` on strings compares canonically equivalent forms alike: keep it for
            // phrases beyond ASCII (for ASCII it is a comparison of bytes).
            let string = TextFolding.fold(phrase)
            return firstIndex(from: from) { kinds.contains($0.kind) && $0.folded == string }
        }
        let mask = Block.Kind.mask(kinds)
        return scan(from: from) { $0.pointee.kind.isIn(mask) && $0.pointee.is(folded) }
    }

    /// The index of the first block at or after `from` that starts with the phrase.
    public func firstIndex(startingWith phrase: String, from: Int = 0, kinds: Set<Block.Kind> = Document.headingKinds) -> Int? {
        let folded = FoldedPhrase(phrase)
        let mask = Block.Kind.mask(kinds)
        return scan(from: from) { $0.pointee.kind.isIn(mask) && $0.pointee.starts(with: folded) }
    }

    /// The index of the first block at or after `from` that the test accepts, the
    /// blocks read in place: a test inlined here never copies a block (a `Block` handed
    /// to a closure is copied, a retain and a release).
    @inline(__always)
    func scan(from: Int, _ test: (UnsafePointer<Block>) -> Bool) -> Int? {
        blocks.withUnsafeBufferPointer { blocks -> Int? in
            guard let base = blocks.baseAddress else { return nil }
            var index = max(0, from)
            while index < blocks.count {
                if test(base + index) { return index }
                index += 1
            }
            return nil
        }
    }

    /// The index of the first block at or after `from` that satisfies the predicate.
    ///
    /// Each block is copied for the predicate (a retain and a release): for
    /// scans of many blocks, prefer ``firstIndex(in:where:)`` with a ``BlockPattern``.
    public func firstIndex(from: Int = 0, where predicate: (Block) -> Bool) -> Int? {
        blocks.withUnsafeBufferPointer { blocks in
            var index = max(0, from)
            while index < blocks.count {
                if predicate(blocks[index]) { return index }
                index += 1
            }
            return nil
        }
    }

    /// The index of the last block before `before` that satisfies the predicate.
    public func lastIndex(before: Int, from: Int = 0, where predicate: (Block) -> Bool) -> Int? {
        blocks.withUnsafeBufferPointer { blocks in
            var index = min(before, blocks.count) - 1
            while index >= max(0, from) {
                if predicate(blocks[index]) { return index }
                index -= 1
            }
            return nil
        }
    }

    /// Indices of every heading or paragraph whose folded text equals the phrase.
    public func indices(of phrase: String, kinds: Set<Block.Kind> = Document.headingKinds) -> [Int] {
        let folded = FoldedPhrase(phrase)
        guard folded.isASCII else {
            let string = TextFolding.fold(phrase)
            return blocks.indices.filter { kinds.contains(blocks[$0].kind) && blocks[$0].folded == string }
        }
        let mask = Block.Kind.mask(kinds)
        return blocks.withUnsafeBufferPointer { blocks in
            guard let base = blocks.baseAddress else { return [] }
            return blocks.indices.filter { base[$0].kind.isIn(mask) && base[$0].is(folded) }
        }
    }

    /// The text of the paragraphs in a range of blocks, skipping headings, list items
    /// and table rows.
    public func paragraphs(in range: Range<Int>) -> [String] {
        let range = clamped(range)
        return blocks.withUnsafeBufferPointer { blocks -> [String] in
            // Counted first, so that the array is made once at its size (grown a string
            // at a time it was reallocated about once a call); the blocks read in place.
            var count = 0
            for index in range where blocks[index].kind == .paragraph { count += 1 }
            var texts: [String] = []
            texts.reserveCapacity(count)
            for index in range where blocks[index].kind == .paragraph { texts.append(blocks[index].text) }
            return texts
        }
    }

    /// The range clipped to the document's blocks.
    public func clamped(_ range: Range<Int>) -> Range<Int> {
        let lower = min(max(0, range.lowerBound), blocks.count)
        return lower..<min(max(lower, range.upperBound), blocks.count)
    }

    /// The candidates that open a section closed by `closing`: each candidate that a
    /// heading or paragraph equal to `closing` (folded) follows before the next
    /// candidate, in document order.
    ///
    /// Reports print a question's title several times (the contents, an introduction's
    /// list, an overview's grade boxes), but only its own section ends with, say,
    /// "Summary of findings" before the next title. Pass every block that asks a
    /// question; keep the ones that open a section:
    ///
    /// ```swift
    /// let titles = document.blocks.indices.filter { QuestionKey(title: document.blocks[$0].text) != nil }
    /// let starts = document.sectionStarts(titles, closedBy: "Summary of findings")
    /// let sections = document.sections(startingAt: starts, end: document.firstIndex(of: "Next steps"))
    /// ```
    ///
    /// One pass over the candidates and the closing blocks.
    public func sectionStarts(_ candidates: [Int], closedBy closing: String) -> [Int] {
        let sorted = candidates.sorted()
        let closings = indices(of: closing)
        var starts: [Int] = []
        var next = 0  // the first closing block after the current candidate
        for (offset, index) in sorted.enumerated() {
            let following = offset + 1 < sorted.count ? sorted[offset + 1] : blocks.count
            while next < closings.count, closings[next] <= index { next += 1 }
            if next < closings.count, closings[next] < following { starts.append(index) }
        }
        return starts
    }

    /// Splits the blocks into sections at the given start indices (sorted): each
    /// section runs to the next start, the last one to `end`.
    public func sections(startingAt starts: [Int], end: Int? = nil) -> [Range<Int>] {
        let sorted = starts.sorted()
        return sorted.enumerated().map { offset, start in
            let stop = offset + 1 < sorted.count ? sorted[offset + 1] : (end ?? blocks.count)
            return clamped(start..<max(start, stop))
        }
    }
}
