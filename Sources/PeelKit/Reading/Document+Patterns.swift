/// Scanning blocks with a ``BlockPattern``: the blocks are tested where they lie.
extension Document {
    /// The index of the first block in `range` (clamped to the blocks) that matches.
    public func firstIndex(in range: Range<Int>, where pattern: BlockPattern) -> Int? {
        let range = clamped(range)
        return blocks.withUnsafeBufferPointer { blocks -> Int? in
            guard let base = blocks.baseAddress else { return nil }
            return pattern.program.withMatcher { matches in
                for index in range where matches(base + index) { return index }
                return nil
            }
        }
    }

    /// The index of the first block at or after `from` that matches.
    public func firstIndex(from: Int = 0, where pattern: BlockPattern) -> Int? {
        firstIndex(in: min(max(0, from), blocks.count)..<blocks.count, where: pattern)
    }

    /// The index of the last block in `range` (clamped to the blocks) that matches.
    public func lastIndex(in range: Range<Int>, where pattern: BlockPattern) -> Int? {
        let range = clamped(range)
        return blocks.withUnsafeBufferPointer { blocks -> Int? in
            guard let base = blocks.baseAddress else { return nil }
            return pattern.program.withMatcher { matches in
                for index in range.reversed() where matches(base + index) { return index }
                return nil
            }
        }
    }

    /// The indices of the blocks in `range` (clamped; every block by default) that match.
    public func indices(in range: Range<Int>? = nil, where pattern: BlockPattern) -> [Int] {
        let range = clamped(range ?? 0..<blocks.count)
        return blocks.withUnsafeBufferPointer { blocks -> [Int] in
            guard let base = blocks.baseAddress else { return [] }
            return pattern.program.withMatcher { matches in range.filter { matches(base + $0) } }
        }
    }

    /// Whether the block at `index` matches (`false` for an index outside the blocks).
    public func block(_ index: Int, matches pattern: BlockPattern) -> Bool {
        guard blocks.indices.contains(index) else { return false }
        return blocks.withUnsafeBufferPointer { blocks in
            guard let base = blocks.baseAddress else { return false }
            return pattern.program.withMatcher { matches in matches(base + index) }
        }
    }
}
