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
