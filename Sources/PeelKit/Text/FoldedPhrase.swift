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

    /// Folds `phrase`.
    public init(_ phrase: String) {
        bytes = Array(TextFolding.fold(phrase).utf8)
    }

    /// `true` when the folded phrase is all ASCII: then comparing its bytes is the same
    /// as comparing strings with `==` (canonical equivalence).
    public var isASCII: Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// `true` when `text`, folded, equals the phrase (as ``Block/is(_:)`` compares).
    public func isFoldedForm(of text: String) -> Bool {
        var text = text
        return text.withUTF8 { source in
            bytes.withUnsafeBufferPointer { phrase in
                var k = 0
                let finished = FoldStream.forEach(source) { byte in
                    guard k < phrase.count, phrase[k] == byte else { return false }
                    k += 1
                    return true
                }
                return finished && k == phrase.count
            }
        }
    }

    /// `true` when `text`, folded, starts with the phrase at a word boundary (as
    /// ``Block/starts(with:)`` compares).
    public func isPrefixOfFoldedForm(of text: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        var text = text
        return text.withUTF8 { source in
            bytes.withUnsafeBufferPointer { phrase in
                var k = 0
                var boundary = true  // at the end of the text
                _ = FoldStream.forEach(source) { byte in
                    if k < phrase.count {
                        guard phrase[k] == byte else { return false }
                        k += 1
                        return true
                    }
                    boundary = byte == 0x20
                    return false
                }
                return k == phrase.count && boundary
            }
        }
    }
}

extension Block {
    /// `true` when the folded text equals the folded phrase (``is(_:)`` with a phrase
    /// folded beforehand).
    public func `is`(_ phrase: FoldedPhrase) -> Bool {
        phrase.bytes.withUnsafeBufferPointer { foldedEquals($0) }
    }

    /// `true` when the folded text starts with the folded phrase at a word boundary
    /// (``starts(with:)`` with a phrase folded beforehand).
    public func starts(with phrase: FoldedPhrase) -> Bool {
        phrase.bytes.withUnsafeBufferPointer { foldedHasPrefix($0) }
    }

    /// `true` when the folded text equals one of the folded phrases.
    public func `is`(anyOf phrases: [FoldedPhrase]) -> Bool {
        for phrase in phrases where self.is(phrase) { return true }
        return false
    }
}

/// Folding as a stream of bytes: the bytes ``TextFolding/fold(_:)`` writes, handed one
/// at a time to a closure that can stop the fold early.
enum FoldStream {
    /// Calls `body` with each byte of the folded form of `bytes` in order, until it
    /// returns `false`. Returns `true` when every byte was taken.
    @inline(__always)
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Bool) -> Bool {
        var emitted = false  // whether a byte was written: no leading space
        var pendingSpace = false
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                var folded: UInt8 = 0
                if byte &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x25 {
                    folded = byte
                } else if byte &- 0x41 < 26 {
                    folded = byte | 0x20
                }
                if folded != 0 {
                    if pendingSpace && emitted {
                        guard body(0x20) else { return false }
                    }
                    pendingSpace = false
                    emitted = true
                    guard body(folded) else { return false }
                } else {
                    pendingSpace = true
                }
                i += 1
                continue
            }
            let scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(i + scalarLength, count)
            if isSeparator(bytes, i, end) {
                pendingSpace = true
            } else {
                if pendingSpace && emitted {
                    guard body(0x20) else { return false }
                }
                pendingSpace = false
                emitted = true
                var k = i
                while k < end {
                    guard body(bytes[k]) else { return false }
                    k += 1
                }
            }
            i = end
        }
        return true
    }

    /// As ``TextFolding``: general punctuation (U+2000–U+206F), NBSP, soft hyphen,
    /// middle dot, the replacement character, bullet shapes and private-use bullets.
    @inline(__always)
    private static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        switch end - i {
        case 2:
            let b1 = bytes[i + 1]
            return bytes[i] == 0xC2 && (b1 == 0xA0 || b1 == 0xAD || b1 == 0xB7)
        case 3:
            let (b0, b1, b2) = (bytes[i], bytes[i + 1], bytes[i + 2])
            if b0 == 0xE2 { return b1 == 0x80 || b1 == 0x81 || b1 == 0x96 || b1 == 0x97 }
            if b0 == 0xEF { return (b1 == 0xBF && b2 == 0xBD) || (b1 >= 0x80 && b1 <= 0x83) }
            return false
        default:
            return false
        }
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
