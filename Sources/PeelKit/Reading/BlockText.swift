/// Quick reads of a block's text for scans: the last byte without walking the
/// `String.UTF8View` index machinery, and ``Block/looksLikeHeading`` from it.
enum BlockText {
    /// The last UTF-8 byte of `text` (nil when empty).
    @inline(__always)
    static func lastByte(_ text: String) -> UInt8? {
        if let last = text.utf8.withContiguousStorageIfAvailable({ $0.last }) { return last }
        return text.utf8.last
    }

    /// A marked heading, or a block that ``Block/looksLikeHeading`` with at most
    /// `maxBytes` bytes of text: the same answer as
    /// `kind == .heading || looksLikeHeading && text.utf8.count <= maxBytes`,
    /// with the last byte read quickly.
    @inline(__always)
    static func isHeadingLine(_ block: UnsafePointer<Block>, maxBytes: Int) -> Bool {
        switch block.pointee.kind {
        case .heading: return true
        case .paragraph:
            let count = block.pointee.text.utf8.count
            guard count <= 200, count <= maxBytes, let last = lastByte(block.pointee.text) else { return false }
            // As ``Block/looksLikeHeading``: a sentence ends with . , ; : — a heading rarely does.
            return last != UInt8(ascii: ".") && last != UInt8(ascii: ",")
                && last != UInt8(ascii: ";") && last != UInt8(ascii: ":")
        default: return false
        }
    }
}
