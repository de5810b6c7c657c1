#if canImport(Glibc)
import Glibc  // memcmp
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
