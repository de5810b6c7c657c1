#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes, for the hot paths that must not go through
/// `String` (detection, phrase lookup).
enum ByteSearch {
    /// The index of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let lastStart = haystack.count - needle.count
        guard from <= lastStart else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress else { return nil }
                var i = from
                while i <= lastStart {
                    // The C library's memchr finds the next candidate first byte.
                    guard let hit = memchr(base + i, Int32(first), lastStart - i + 1) else { return nil }
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    var j = 1
                    while j < pin.count && hay[i + j] == pin[j] { j += 1 }
                    if j == pin.count { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
