/// What every block a ``BlockProgram`` can accept has in common: the first byte and the
/// length of its folded text. A scan tests these two numbers before it runs a step, so
/// that the blocks a pattern of phrases cannot match (most of a document) cost a
/// length compare and a bit test, not a walk through the program.
///
/// A filter may admit blocks that the program then refuses, never the other way round:
/// it is worked out from the tests that lead to "yes", and where two paths meet it
/// keeps what either allows.
struct BlockFilter: Sendable, Equatable {
    /// The folded first bytes allowed, one bit a byte value (bit 0 of word 0 is 0x00).
    private(set) var firstBytes: (UInt64, UInt64, UInt64, UInt64)
    /// Whether empty folded text (no first byte) is allowed.
    private(set) var allowsEmpty: Bool
    /// The folded lengths allowed.
    private(set) var lengths: ClosedRange<Int>

    /// Allows every block.
    static let all = BlockFilter(firstBytes: (~0, ~0, ~0, ~0), allowsEmpty: true, lengths: 0...Int.max)
    /// Allows no block.
    static let none = BlockFilter(firstBytes: (0, 0, 0, 0), allowsEmpty: false, lengths: 0...0)

    /// Whether the first byte needs testing at all (a filter of lengths only does not
    /// read the text).
    var testsFirstByte: Bool { !(allowsEmpty && firstBytes == (~0, ~0, ~0, ~0)) }

    /// Blocks whose folded text starts with `phrase`'s first byte (empty text for an
    /// empty phrase) and is at least (`exactLength`: exactly) as long as `phrase`.
    static func phrase(_ phrase: UnsafeBufferPointer<UInt8>, exactLength: Bool) -> BlockFilter {
        guard let first = phrase.first else {
            // Only empty text equals an empty phrase; every text starts with one.
            return exactLength ? BlockFilter(firstBytes: (0, 0, 0, 0), allowsEmpty: true, lengths: 0...0) : .all
        }
        var filter = BlockFilter.none
        filter.allowsEmpty = false
        filter.insert(first)
        filter.lengths = exactLength ? phrase.count...phrase.count : phrase.count...Int.max
        return filter
    }

    /// Whether no block passes.
    var isEmpty: Bool { !allowsEmpty && firstBytes == (0, 0, 0, 0) }

    /// The blocks both allow.
    func intersection(_ other: BlockFilter) -> BlockFilter {
        let low = max(lengths.lowerBound, other.lengths.lowerBound)
        let high = min(lengths.upperBound, other.lengths.upperBound)
        guard low <= high else { return .none }
        let result = BlockFilter(
            firstBytes: (firstBytes.0 & other.firstBytes.0, firstBytes.1 & other.firstBytes.1,
                         firstBytes.2 & other.firstBytes.2, firstBytes.3 & other.firstBytes.3),
            allowsEmpty: allowsEmpty && other.allowsEmpty, lengths: low...high)
        return result.isEmpty ? .none : result
    }

    /// The blocks either allows (and perhaps more: the first bytes and the lengths are
    /// joined apart).
    func union(_ other: BlockFilter) -> BlockFilter {
        if isEmpty { return other }
        if other.isEmpty { return self }
        return BlockFilter(
            firstBytes: (firstBytes.0 | other.firstBytes.0, firstBytes.1 | other.firstBytes.1,
                         firstBytes.2 | other.firstBytes.2, firstBytes.3 | other.firstBytes.3),
            allowsEmpty: allowsEmpty || other.allowsEmpty,
            lengths: min(lengths.lowerBound, other.lengths.lowerBound)...max(lengths.upperBound, other.lengths.upperBound))
    }

    /// Whether a block with folded text of this length and first byte (nil: empty) may pass.
    @inline(__always)
    func admits(length: Int, firstByte: UInt8?) -> Bool {
        guard lengths.contains(length) else { return false }
        guard let byte = firstByte else { return allowsEmpty }
        return allowsByte(byte)
    }

    /// Whether the first byte `byte` is allowed.
    @inline(__always)
    func allowsByte(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        return word & (1 << UInt64(byte & 63)) != 0
    }

    private mutating func insert(_ byte: UInt8) {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: firstBytes.0 |= bit
        case 1: firstBytes.1 |= bit
        case 2: firstBytes.2 |= bit
        default: firstBytes.3 |= bit
        }
    }

    static func == (a: BlockFilter, b: BlockFilter) -> Bool {
        a.firstBytes == b.firstBytes && a.allowsEmpty == b.allowsEmpty && a.lengths == b.lengths
    }
}
