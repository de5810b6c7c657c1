#if canImport(Glibc)
import Glibc  // memcmp
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The check a phrase lookup makes at each place that may hold the phrase: does the
/// folded `needle` occur at this offset of the folded text, at a word start (and as a
/// whole line, when asked)?
///
/// A word-index lookup makes it at every start its anchor's chain names — dozens for a
/// phrase of common words ("police effectiveness 2017" at each "police effectiveness"):
/// so the needle's first and last eight bytes are compared first (two loads each side,
/// which settle almost every place: the last eight hold the words that tell such
/// phrases apart), and only the bytes between them with `memcmp`.
struct PhraseMatch {
    private let needle: UnsafePointer<UInt8>
    private let count: Int
    private let text: UnsafePointer<UInt8>
    private let textCount: Int
    private let wholeLine: Bool
    /// The needle's first and last eight bytes (zero when it is shorter).
    private let first: UInt64
    private let last: UInt64
    /// The last offset where the needle fits in the text (not negative).
    private let lastStart: UInt

    /// The check of `needle` in `text`; `wholeLine`: only where it is a whole line. Nil
    /// when the needle is empty or longer than the text: then it matches nowhere.
    init?(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, wholeLine: Bool) {
        guard let pin = needle.baseAddress, let base = text.baseAddress, !needle.isEmpty, needle.count <= text.count else { return nil }
        self.needle = pin
        count = needle.count
        self.text = base
        textCount = text.count
        self.wholeLine = wholeLine
        lastStart = UInt(text.count - needle.count)
        if needle.count >= 8 {
            first = PhraseMatch.load(pin)
            last = PhraseMatch.load(pin + needle.count - 8)
        } else {
            (first, last) = (0, 0)
        }
    }

    @inline(__always)
    private static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    }

    /// Whether the needle occurs at `start` (any offset: outside the text it does not),
    /// after a separator or at the text's start, and for `wholeLine` between line breaks
    /// or the text's ends.
    @inline(__always)
    func matches(at start: Int) -> Bool {
        // A negative start is a large unsigned one: one comparison rules out both sides.
        guard UInt(bitPattern: start) <= lastStart else { return false }
        let end = start &+ count
        if count >= 8 {
            guard PhraseMatch.load(text + start) == first, PhraseMatch.load(text + (end &- 8)) == last else { return false }
        }
        if start > 0 {
            let before = text[start &- 1]
            guard before == 0x0A || (before == 0x20 && !wholeLine) else { return false }
        }
        if wholeLine, end < textCount, text[end] != 0x0A { return false }
        // What the two loads did not cover: the middle of a long needle, or all of a short one.
        if count > 16 { return memcmp(text + (start &+ 8), needle + 8, count &- 16) == 0 }
        return count >= 8 || memcmp(text + start, needle, count) == 0
    }
}
