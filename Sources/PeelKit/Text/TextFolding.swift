/// Folding text for comparison: the one definition every matcher in PeelKit uses.
///
/// Folding lower-cases ASCII letters, turns every run of punctuation, quotes, dashes
/// and white space into one space, and trims. So "HOW EFFECTIVE is the force’s…?",
/// "How effective is the force's" and "how effective is the force s" fold alike.
/// Letters outside ASCII (é, ö) are kept as they are.
///
/// Folding runs on UTF-8 bytes in one pass, without allocating per character.
public enum TextFolding {
    /// Folds a string.
    public static func fold(_ text: some StringProtocol) -> String {
        var text = String(text)
        return text.withUTF8 { source in
            guard !source.isEmpty else { return "" }
            return String(unsafeUninitializedCapacity: source.count) { foldBytes(source, into: $0) }
        }
    }

    /// Folds UTF-8 bytes, appending to `output`.
    public static func fold(_ bytes: some Collection<UInt8>, into output: inout [UInt8]) {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ fold($0, into: &output) }) { return done }
        let copy = Array(bytes)
        copy.withUnsafeBufferPointer { fold($0, into: &output) }
    }

    /// Folds UTF-8 bytes in a buffer, appending to `output`. Folding never lengthens
    /// text, so the output is written through a pointer into reserved space.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let start = output.count
        output.reserveCapacity(start + bytes.count)
        var length = 0
        output.append(contentsOf: repeatElement(0, count: bytes.count))
        output.withUnsafeMutableBufferPointer { all in
            length = foldBytes(bytes, into: UnsafeMutableBufferPointer(rebasing: all[start...]))
        }
        output.removeLast(bytes.count - length)
    }

    /// Folds `bytes` into `buffer` (at least as long), returning the length written.
    ///
    /// Sixteen (or, near the end, eight) bytes at a time while they are ASCII (most of
    /// prose): letters lowered, other bytes made spaces and runs of spaces cut in the
    /// vector (``SIMDBytes/foldASCII16(_:into:afterSpace:canReadSeventeen:endsWithSpace:)``).
    /// A non-ASCII character, and the bytes up to the next letter or digit, go one at a
    /// time: ASCII through a table (a folded byte, or a space for a separator) without
    /// branching — the byte is always written, and the length advances unless it is a
    /// space after a space. Leading and trailing spaces are dropped.
    ///
    /// Where 128 bytes can be read and 128 written, sixty-four at a time
    /// (``SIMDBytes/foldASCII64(_:into:valid:afterSpace:endsWithSpace:)``). `readable`
    /// says how many bytes from the start of `bytes` may be read (at least `bytes.count`:
    /// a caller folding part of a larger buffer lets the last window read on, and
    /// ignores, the bytes after it).
    @inline(__always)
    static func foldBytes(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, readable: Int = 0) -> Int {
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(source)
        let out = UnsafeMutableRawPointer(target)
        let readable = max(readable, bytes.count)
        let room = buffer.count
        return asciiFolding.withUnsafeBufferPointer { table in
            var length = 0
            var afterSpace = true  // so that leading separators write nothing
            var i = 0
            let count = bytes.count
            while i < count {
                if i &+ 128 <= readable, length &+ 128 <= room {
                    var endsWithSpace = afterSpace
                    let step = SIMDBytes.foldASCII64(
                        raw + i, into: out + length, valid: min(64, count - i), afterSpace: afterSpace, endsWithSpace: &endsWithSpace)
                    length += step.written
                    i += step.read
                    afterSpace = endsWithSpace
                    if step.read > 0 { continue }
                } else if i + 16 <= count {
                    // `length` ≤ `i`, so sixteen bytes fit where the input was read; bytes
                    // written past what is counted are overwritten later.
                    var endsWithSpace = afterSpace
                    let step = SIMDBytes.foldASCII16(
                        raw + i, into: out + length, afterSpace: afterSpace, canReadSeventeen: i + 17 <= count,
                        endsWithSpace: &endsWithSpace)
                    length += step.written
                    i += step.read
                    afterSpace = endsWithSpace
                    if step.read > 0 { continue }
                } else if i + 8 <= count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if let folded = SWAR.foldedWord(word, afterSpace: afterSpace) {
                        // `length` ≤ `i`, so the eight bytes fit where the input was read.
                        out.storeBytes(of: folded.littleEndian, toByteOffset: length, as: UInt64.self)
                        length += 8
                        i += 8
                        afterSpace = folded >> 56 == 0x20
                        continue
                    }
                }
                // Byte by byte: eight bytes near the end; otherwise the non-ASCII
                // character that stopped the vector and what follows it up to the next
                // letter or digit.
                let stop = i + 16 <= count ? count : min(i + 8, count)
                var first = true
                while i < stop {
                    if !first, stop == count, bytes[i] &- 0x30 < 10 || (bytes[i] | 0x20) &- 0x61 < 26 { break }
                    first = false
                    let byte = bytes[i]
                    if byte < 0x80 {
                        let folded = table[Int(byte)]
                        buffer[length] = folded
                        let isSpace = folded == 0x20
                        length &+= isSpace && afterSpace ? 0 : 1
                        afterSpace = isSpace
                        i += 1
                        continue
                    }
                    let scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    let end = min(i + scalarLength, count)
                    if isSeparator(bytes, i, end) {
                        buffer[length] = 0x20
                        length &+= afterSpace ? 0 : 1
                        afterSpace = true
                    } else {
                        var k = i
                        while k < end {
                            buffer[length] = bytes[k]
                            length += 1
                            k += 1
                        }
                        afterSpace = false
                    }
                    i = end
                }
            }
            if length > 0 && afterSpace { length -= 1 }
            return length
        }
    }

    /// The first byte of the folded `phrase` when it is ASCII (nil when the phrase folds
    /// to nothing or starts with a non-ASCII character): a quick way to rule out most
    /// blocks before folding the whole phrase.
    static func firstFoldedByte(of phrase: String) -> UInt8? {
        for byte in phrase.utf8 {
            guard byte < 0x80 else { return nil }
            let folded = asciiFolding[Int(byte)]
            if folded != 0x20 { return folded }
        }
        return nil
    }

    /// ASCII folded: lower-case letters and digits map to themselves, capitals are
    /// lowered, "%" stays; everything else is a separator (a space).
    static let asciiFolding: [UInt8] = (0..<128).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "%"): return UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt8(byte) | 0x20
        default: return 0x20
        }
    }

    /// Calls `body` with the folded bytes of `phrase`, without a heap allocation for
    /// short phrases.
    public static func withFolded<R>(_ phrase: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var phrase = phrase
        return phrase.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count + 1) { buffer in
                let length = foldBytes(source, into: buffer)
                return body(UnsafeBufferPointer(rebasing: buffer[0..<length]))
            }
        }
    }

    /// `true` when `folded` starts with `prefix` at a word boundary (both folded).
    public static func hasPrefix(_ folded: String, _ prefix: String) -> Bool {
        guard folded.utf8.starts(with: prefix.utf8) else { return false }
        let rest = folded.utf8.dropFirst(prefix.utf8.count)
        return rest.isEmpty || rest.first == 0x20 || prefix.isEmpty
    }

    /// General punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis, odd spaces),
    /// NBSP, soft hyphen, middle dot, the replacement character and bullet shapes and
    /// private-use bullets fold to a space.
    @inline(__always)
    static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
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
