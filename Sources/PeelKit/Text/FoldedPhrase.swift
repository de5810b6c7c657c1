/// A phrase folded once (see ``TextFolding``), for loops that compare it with many
/// blocks: `block.is(phrase)` with a `String` folds the phrase at every call.
///
/// A block's folded text is kept from normalisation, so comparing costs a length test
/// and a `memcmp`.
///
/// ```swift
/// let summary = FoldedPhrase("Summary of findings")
/// let index = document.firstIndex { $0.is(summary) }
/// ```
public struct FoldedPhrase: Sendable, Hashable {
    /// The folded phrase's UTF-8 bytes.
    public let bytes: [UInt8]

    /// `true` when the folded phrase is all ASCII: then comparing its bytes is the same
    /// as comparing strings with `==` (canonical equivalence).
    public let isASCII: Bool

    /// Folds `phrase`.
    public init(_ phrase: String) {
        bytes = Array(TextFolding.fold(phrase).utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// `true` when `text`, folded, equals the phrase (as `Block.is(_:)` compares).
    public func isFoldedForm(of text: String) -> Bool {
        TextFolding.withFolded(text) { folded in bytes.withUnsafeBufferPointer { FoldedBytes.equals(folded, $0) } }
    }

    /// `true` when `text`, folded, starts with the phrase at a word boundary (as
    /// `Block.starts(with:)` compares).
    public func isPrefixOfFoldedForm(of text: String) -> Bool {
        TextFolding.withFolded(text) { folded in bytes.withUnsafeBufferPointer { FoldedBytes.hasPrefix(folded, $0) } }
    }
}

extension Block {
    /// `true` when the folded text equals the folded phrase (`is(_:)` with a phrase
    /// folded beforehand).
    public func `is`(_ phrase: FoldedPhrase) -> Bool {
        phrase.bytes.withUnsafeBufferPointer { foldedEquals($0) }
    }

    /// `true` when the folded text starts with the folded phrase at a word boundary
    /// (`starts(with:)` with a phrase folded beforehand).
    public func starts(with phrase: FoldedPhrase) -> Bool {
        phrase.bytes.withUnsafeBufferPointer { foldedHasPrefix($0) }
    }

    /// `true` when the folded text equals one of the folded phrases.
    public func `is`(anyOf phrases: [FoldedPhrase]) -> Bool {
        for phrase in phrases where self.is(phrase) { return true }
        return false
    }
}

extension Block.Kind {
    /// A bit for each kind, for testing membership in a set of kinds without hashing.
    @inline(__always)
    var bit: UInt8 {
        switch self {
        case .heading: 1
        case .paragraph: 2
        case .listItem: 4
        case .tableRow: 8
        case .footnote: 16
        }
    }

    /// The bits of a set of kinds.
    static func mask(_ kinds: Set<Block.Kind>) -> UInt8 {
        var mask: UInt8 = 0
        for kind in kinds { mask |= kind.bit }
        return mask
    }

    /// `true` when this kind's bit is in `mask`.
    @inline(__always)
    func isIn(_ mask: UInt8) -> Bool { bit & mask != 0 }
}
