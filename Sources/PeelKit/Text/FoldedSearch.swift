/// Substring tests on UTF-8 bytes, for code that must not go through Foundation's
/// `NSString`-based `range(of:)` and `contains` (slow, and not needed for folded text).
public enum FoldedSearch {
    /// `true` when `haystack` contains `needle` (bytes compared as they are).
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        offset(of: needle, in: haystack) != nil
    }

    /// The byte offset of the first `needle` in `haystack` at or after `from`.
    public static func offset(of needle: String, in haystack: String, from: Int = 0) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in ByteSearch.firstIndex(of: pin, in: hay, from: from) }
        }
    }

    /// The byte offset of the first `needle` in `haystack`, both UTF-8 bytes.
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        ByteSearch.firstIndex(of: needle, in: haystack)
    }

    /// `true` when the folded text `folded` contains the folded form of `phrase`.
    public static func foldedContains(_ folded: String, phrase: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { hay in
            TextFolding.withFolded(phrase) { pin in ByteSearch.firstIndex(of: pin, in: hay) != nil }
        }
    }

    /// `true` when the folded text `folded` equals the folded form of `phrase`.
    public static func foldedEquals(_ folded: String, phrase: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { hay in
            TextFolding.withFolded(phrase) { pin in FoldedBytes.equals(hay, pin) }
        }
    }

    /// `true` when the folded text `folded` starts with the folded `phrase` at a word boundary.
    public static func foldedHasPrefix(_ folded: String, phrase: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { hay in
            TextFolding.withFolded(phrase) { pin in FoldedBytes.hasPrefix(hay, pin) }
        }
    }
}
