import Foundation  // memchr

/// Substring search over UTF-8 bytes, for the hot paths that must not go through
/// `String` (detection, phrase lookup): `memchr` finds candidates for the needle's
/// first byte, then the rest is compared.
enum ByteSearch {
    /// The index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in firstIndex(of: pin, in: hay, from: from) }
        }
    }

    /// The index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count, let base = haystack.baseAddress,
              let pin = needle.baseAddress else { return nil }
        let lastStart = haystack.count - needle.count
        var i = max(0, from)
        while i <= lastStart {
            guard let found = memchr(base + i, Int32(first), lastStart - i + 1) else { return nil }
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, pin, needle.count) == 0 { return index }
            i = index + 1
        }
        return nil
    }
}
