import Foundation  // memcmp

/// Folded text shared by many blocks: one buffer, each block a range of it.
///
/// A normalised document folds all its blocks once, into one buffer (one block a line,
/// which is also what ``Document/contains(_:)`` searches); blocks keep a reference and
/// their range instead of a string each.
final class FoldedText: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A buffer holding `text` folded, and the range it fills (a block made on its own).
    static func folding(_ text: String) -> (FoldedText, Range<Int>) {
        var bytes: [UInt8] = []
        TextFolding.fold(text.utf8, into: &bytes)
        return (FoldedText(bytes), 0..<bytes.count)
    }
}

/// Comparisons of folded bytes.
enum FoldedBytes {
    /// The two are the same bytes.
    @inline(__always)
    static func equals(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }  // both empty
        return memcmp(x, y, a.count) == 0
    }

    /// `folded` starts with `prefix` at a word boundary.
    @inline(__always)
    static func hasPrefix(_ folded: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard folded.count >= prefix.count else { return false }
        guard let x = folded.baseAddress, let y = prefix.baseAddress else { return true }  // an empty prefix
        guard memcmp(x, y, prefix.count) == 0 else { return false }
        return folded.count == prefix.count || folded[prefix.count] == 0x20
    }
}
