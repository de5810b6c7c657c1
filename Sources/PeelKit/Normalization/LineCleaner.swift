/// Character-level clean-up of one raw input line, in one pass over its UTF-8 bytes.
///
/// What it removes or rewrites, and why:
/// - odd spaces (NBSP, thin, narrow, en/em spaces) become a space; zero-width
///   characters, soft hyphens and byte-order marks disappear;
/// - ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) are spelt out;
/// - footnote markers go: superscript digits, `^{12}`, `$^{7}$`, `<sup>…</sup>`, and
///   digits glued to the end of a word by pdftotext ("judgment1", "supported.2");
/// - markup goes: `**`, `__`-free emphasis pairs of `*`, `<b>`-style tags, markdown
///   links (the link text stays), markdown heading hashes (recorded as a level),
///   backslash escapes;
/// - control characters go; invalid UTF-8 becomes U+FFFD and is counted;
/// - three or more spaces inside a line become a tab: a table cell gap;
/// - decomposed accents are recomposed (NFC).
/// Quotes and dashes are kept as printed.
struct LineCleaner: ~Copyable {
    /// The clean bytes of every line cleaned so far: lines are appended one after another.
    private(set) var output: ByteWriter
    /// Where the line being cleaned starts in `output`.
    private var base = 0
    /// Invalid UTF-8 bytes replaced so far, and the line and byte offset of the first.
    private(set) var replacedBytes = 0
    private(set) var firstReplacement: (line: Int, offset: Int)?
    /// The line being cleaned has no lower-case letters.
    private var capitalsLine = false
    /// Searches that failed on this line, so that a long line full of unclosed
    /// `<sup>` or `[text](` is not searched to its end again and again (which would
    /// make cleaning quadratic in the line's length): no "</sup>" and no link
    /// target's end at or after these offsets.
    private var noSupCloseFrom = Int.max
    /// The last link-target scan: from `from`, the first ")" or space is at `stop`
    /// (`end` when there is none), and so it is for every start in between.
    private var linkTargetScan = (from: Int.max, stop: Int.max)
    /// How far the current word in `output` was checked for URL-like characters.
    private var tokenScan = (start: -1, scanned: 0, urlLike: false)

    /// Plain runs are found one byte at a time (``plainRunEnd(_:from:end:)``) instead of
    /// through the verbatim map: the definition the map is tested against.
    var byteByByte = false

    init(capacity: Int) { output = ByteWriter(capacity: capacity) }

    /// The bytes of the line being cleaned (or the last one cleaned).
    private var lineIsEmpty: Bool { output.count == base }
    private var lastByte: UInt8? { output.last(from: base) }

    /// The clean bytes of every line cleaned, ending the cleaner.
    consuming func takeOutput() -> ByteWriter { output }

    /// Cleans `raw[range]`, which holds one line without its line break, appending its
    /// clean bytes to ``output`` and recording where they are in `line`.
    /// `map` is the ``VerbatimMap`` of all of `raw`.
    mutating func clean(
        _ raw: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, map: borrowing VerbatimMap, into line: inout SourceLine
    ) {
        base = output.count
        line.start = base
        line.end = base
        if !byteByByte, cleanPlainLine(raw, range, map: map, into: &line) { return }
        noSupCloseFrom = Int.max
        linkTargetScan = (Int.max, Int.max)
        tokenScan = (-1, 0, false)
        var i = range.lowerBound
        let end = range.upperBound
        var continuationBytes = 0  // for the line's width in characters

        // Indentation, and lines that are only white space (a long one is a footnote rule).
        var indent = 0
        while i < end, raw[i] == 0x20 || raw[i] == 0x09 || isOddSpace(raw, i, end) {
            indent += raw[i] == 0x09 ? 4 : 1
            i += raw[i] < 0x80 ? 1 : (raw[i] == 0xC2 ? 2 : 3)
        }
        line.indent = indent
        if i >= end {
            line.isRule = indent >= 10
            return
        }

        // Markdown heading hashes.
        if indent <= 3, raw[i] == UInt8(ascii: "#") {
            var j = i
            while j < end, raw[j] == UInt8(ascii: "#") { j += 1 }
            let level = j - i
            if level <= 6, j == end || raw[j] == 0x20 || raw[j] == 0x09 || isOddSpace(raw, j, end) {
                line.headingLevel = level
                i = j
                while i < end, raw[i] == 0x20 || raw[i] == 0x09 || isOddSpace(raw, i, end) {
                    i += raw[i] < 0x80 ? 1 : (raw[i] == 0xC2 ? 2 : 3)
                }
            }
        }

        let contentStart = i
        // Single asterisks on the line (1: maybe a footnote mark); most lines have none.
        // A line in capitals ("OVERALL JUDGMENT1"): glued footnotes follow capitals too.
        var k = i
        capitalsLine = true
        while k < end {
            if raw[k] >= UInt8(ascii: "a") && raw[k] <= UInt8(ascii: "z") { capitalsLine = false; break }
            k += 1
        }
        var wordStart = base  // where the current word starts in `output`, for glued footnotes
        var linkTextEnd = -1  // index of the "]" that closes a link's text
        var linkEnd = -1  // index of the ")" that closes the link's target
        var hasCombining = false
        var openedBold = false
        var closedBoldAtEnd = false

        while i < end {
            let byte = raw[i]
            closedBoldAtEnd = false
            if i == linkTextEnd {
                i = linkEnd + 1
                continue
            }
            // A run of letters, punctuation and single spaces that need no care, copied
            // at once: up to the next byte the verbatim map marks.
            if LineCleaner.isPlain(byte) {
                let j = byteByByte ? LineCleaner.plainRunEnd(raw, from: i + 1, end: end) : map.nextCare(from: i + 1, limit: end)
                output.append(UnsafeBufferPointer(rebasing: raw[i..<j]), readable: raw.count - i)
                // A space inside the run starts a new word: find the last one, in the
                // input (the run was copied as it is; looked at once, so this stays linear).
                // The run's last sixteen bytes hold it unless the last word is long.
                var k = j
                if j - 16 >= i, let base = raw.baseAddress, let lane = SIMDBytes.lastSpace16(base + j - 16) {
                    k = j - 16 + lane + 1
                } else {
                    while k > i, raw[k - 1] != 0x20 { k -= 1 }
                }
                if k > i { wordStart = output.count - (j - k) }
                i = j
                continue
            }
            if byte < 0x80 {
                switch byte {
                case 0x20:
                    var j = i
                    while j < end, raw[j] == 0x20 { j += 1 }
                    if j - i >= 3, !lineIsEmpty, j < end {
                        output.append(0x09)  // a wide gap: table cell separator
                        line.mayHaveTab = true
                    } else if let last = lastByte, last != 0x20, last != 0x09 {
                        output.append(0x20)
                    }
                    wordStart = output.count
                    i = j
                    continue
                case 0x09:
                    if lastByte == 0x20 { output.truncate(to: output.count - 1) }
                    output.append(0x09)
                    line.mayHaveTab = true
                    wordStart = output.count
                case 0x00...0x08, 0x0A...0x1F, 0x7F:
                    break  // control characters carry no text
                case UInt8(ascii: "*"):
                    if i + 1 < end, raw[i + 1] == UInt8(ascii: "*") {
                        if lineIsEmpty { openedBold = true }
                        i += 2
                        closedBoldAtEnd = i >= end || allSpace(raw, i, end)
                        continue
                    }
                    // A single asterisk that touches a word is emphasis ("*Code of Practice*",
                    // also when the pair is split across lines) or a footnote mark
                    // ("outcomes*", "*Figures are shown…"): neither is text. One standing
                    // alone between spaces is kept.
                    let before = lastByte ?? 0x20
                    let after = i + 1 < end ? raw[i + 1] : 0x20
                    if before == 0x20 && after == 0x20 || before == 0x09 {
                        output.append(byte)
                    } else if i == contentStart, countSingleAsterisks(raw, i, end) == 1 {
                        line.asteriskLead = true  // "*Figures are shown as…": a footnote if it starts a block
                    }
                case UInt8(ascii: "<"):
                    if let skip = markupTagLength(raw, i, end) {
                        let tag = tagName(raw, i, end)
                        if tag == "sup" {  // <sup>12</sup>: a footnote marker
                            i = skipPast(raw, i + skip, end, closing: "</sup>")
                            if lineIsEmpty { line.footnoteMarker = true }
                            continue
                        }
                        if tag == "b" || tag == "strong" {
                            if lineIsEmpty && raw[i + 1] != UInt8(ascii: "/") { openedBold = true }
                            if raw[i + 1] == UInt8(ascii: "/") { closedBoldAtEnd = i + skip >= end || allSpace(raw, i + skip, end) }
                        }
                        if tag == "br" { output.append(0x20) }
                        i += skip
                        if closedBoldAtEnd { continue }
                        continue
                    }
                    output.append(byte)
                case UInt8(ascii: "["):
                    if let (close, target) = markdownLink(raw, i, end) {
                        linkTextEnd = close
                        linkEnd = target
                        i += 1
                        continue
                    }
                    output.append(byte)
                case UInt8(ascii: "^"):
                    if let skip = braceMarker(raw, i + 1, end) {
                        if lineIsEmpty { line.footnoteMarker = true }
                        i += 1 + skip
                        continue
                    }
                    output.append(byte)
                case UInt8(ascii: "$"):
                    if i + 1 < end, raw[i + 1] == UInt8(ascii: "^"), let skip = braceMarker(raw, i + 2, end),
                       i + 2 + skip < end, raw[i + 2 + skip] == UInt8(ascii: "$") {
                        if lineIsEmpty { line.footnoteMarker = true }
                        i += 3 + skip
                        continue
                    }
                    output.append(byte)
                case UInt8(ascii: "\\"):
                    if i + 1 < end, isMarkdownEscapable(raw[i + 1]) {
                        output.append(raw[i + 1])
                        if raw[i + 1] == UInt8(ascii: "]") { line.mayHaveBracket = true }
                        i += 2
                        continue
                    }
                    output.append(byte)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    var j = i
                    while j < end, raw[j] >= 0x30, raw[j] <= 0x39 { j += 1 }
                    if wordStart > output.count { wordStart = output.count }  // the output was trimmed
                    if isGluedFootnote(digitsFrom: i, to: j, raw, end, tokenStart: wordStart) {
                        i = j
                        continue
                    }
                    output.append(UnsafeBufferPointer(rebasing: raw[i..<j]), readable: raw.count - i)
                    i = j
                    continue
                default:
                    output.append(byte)
                    if byte == UInt8(ascii: "]") { line.mayHaveBracket = true }
                }
                i += 1
                continue
            }

            // Multi-byte scalar.
            let length = scalarLength(raw, i, end)
            continuationBytes += max(0, length - 1)
            if length == 0 {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacedBytes += 1
                if firstReplacement == nil { firstReplacement = (line.number, i) }
                i += 1
                continue
            }
            let b1 = length > 1 ? raw[i + 1] : 0
            let b2 = length > 2 ? raw[i + 2] : 0
            switch (byte, length) {
            case (0xC2, 2):
                switch b1 {
                case 0xA0: appendSpace()
                case 0xAD: break  // soft hyphen
                case 0xB2, 0xB3, 0xB9:
                    if lineIsEmpty { line.footnoteMarker = true }
                default: output.append(byte); output.append(b1)
                }
            case (0xE2, 3) where b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9):
                appendSpace()
            case (0xE2, 3) where b1 == 0x80 && (b2 >= 0x8B && b2 <= 0x8D):
                break  // zero-width space and joiners
            case (0xE2, 3) where b1 == 0x81 && b2 == 0x9F:
                appendSpace()
            case (0xE2, 3) where b1 == 0x81 && b2 == 0xA0:
                break  // word joiner
            case (0xE2, 3) where b1 == 0x81 && (b2 == 0xB0 || (b2 >= 0xB4 && b2 <= 0xB9)):
                if lineIsEmpty { line.footnoteMarker = true }
            case (0xEF, 3) where b1 == 0xBB && b2 == 0xBF:
                break  // byte-order mark
            case (0xEF, 3) where b1 == 0xAC && b2 <= 0x86:
                output.append(contentsOf: Self.ligatures[Int(b2 - 0x80)])
            case (0xCC, 2):
                hasCombining = true
                output.append(byte); output.append(b1)
            case (0xCD, 2) where b1 <= 0xAF:
                hasCombining = true
                output.append(byte); output.append(b1)
            default:
                output.append(UnsafeBufferPointer(rebasing: raw[i..<i + length]))
            }
            i += length
        }

        // Trailing white space.
        while let last = lastByte, last == 0x20 || last == 0x09 { output.truncate(to: output.count - 1) }
        var lastText = end
        while lastText > range.lowerBound, raw[lastText - 1] == 0x20 || raw[lastText - 1] == 0x09 || raw[lastText - 1] == 0x0D {
            lastText -= 1
        }
        line.width = max(0, lastText - range.lowerBound - continuationBytes)
        line.emphasised = openedBold && closedBoldAtEnd
        if hasCombining {
            // NFC from the standard library (`_nfcCodeUnits`: underscored but public and
            // ABI-stable), not Foundation's `precomposedStringWithCanonicalMapping`, so
            // that `peel` need not link Foundation. They agree but where CoreFoundation
            // errs: a scalar beyond U+FFFF before a mark, archaic Hangul jamo.
            let composed = output.withBytes(from: base) { String(decoding: $0, as: UTF8.self) }._nfcCodeUnits
            output.truncate(to: base)
            output.append(contentsOf: composed)
        }
        if lineIsEmpty, line.headingLevel == 0 {
            line.isRule = isRuleText(raw, contentStart, end) || indent >= 10
        } else if isRuleText(raw, contentStart, end) {
            line.isRule = true
            output.truncate(to: base)
        }
        line.end = output.count
    }

    /// The common line, cleaned without the general loop: spaces, then plain text to its
    /// end with nothing the verbatim map marks (trailing spaces aside), not a heading and
    /// not a rule — or only spaces. Then the clean line is the text as it is, and its
    /// width its length. Returns `false`, having done nothing, for any other line.
    private mutating func cleanPlainLine(
        _ raw: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, map: borrowing VerbatimMap, into line: inout SourceLine
    ) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, raw[i] == 0x20 { i += 1 }
        var textEnd = range.upperBound
        while textEnd > i, raw[textEnd - 1] == 0x20 { textEnd -= 1 }
        if i == textEnd {
            guard i == range.upperBound else { return false }  // a tab or an odd character after the spaces
            line.indent = i - range.lowerBound
            line.isRule = line.indent >= 10
            return true
        }
        let first = raw[i]
        guard LineCleaner.isPlain(first), first != UInt8(ascii: "#"), map.nextCare(from: i, limit: textEnd) == textEnd,
              !isRuleText(raw, i, textEnd) else { return false }
        output.append(UnsafeBufferPointer(rebasing: raw[i..<textEnd]), readable: raw.count - i)
        line.indent = i - range.lowerBound
        line.width = textEnd - range.lowerBound
        line.end = output.count
        return true
    }

    // MARK: - Pieces

    /// ASCII letters and the punctuation the cleaner never rewrites: everything but
    /// space, tab, controls, digits and `* < [ ] ^ $ \\` (bit sets, no table lookup).
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        if byte < 64 { return (plainLow &>> UInt64(byte)) & 1 == 1 }
        if byte < 128 { return (plainHigh &>> UInt64(byte - 64)) & 1 == 1 }
        return false
    }

    /// Where a plain run that reached `from` ends, one byte at a time: plain bytes, and
    /// single spaces before a plain byte. (The verbatim map also keeps numbers after a
    /// space, which the digit case would copy as they are.)
    static func plainRunEnd(_ raw: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var j = from
        while j < end {
            if isPlain(raw[j]) {
                j += 1
            } else if raw[j] == 0x20, j + 1 < end, isPlain(raw[j + 1]) {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// ``isPlain(_:)``'s bits for bytes 0–63 and 64–127.
    static let plainLow: UInt64 = 0xEC00FBEE00000000
    static let plainHigh: UInt64 = 0x7FFFFFFF87FFFFFF

    private mutating func appendSpace() {
        if let last = lastByte, last != 0x20, last != 0x09 { output.append(0x20) }
    }

    private static let ligatures: [[UInt8]] = [
        Array("ff".utf8), Array("fi".utf8), Array("fl".utf8), Array("ffi".utf8),
        Array("ffl".utf8), Array("st".utf8), Array("st".utf8),
    ]

    /// The byte length of a valid UTF-8 scalar at `i`, or 0 when the bytes are invalid.
    private func scalarLength(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let byte = raw[i]
        let length: Int
        switch byte {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard i + length <= end else { return 0 }
        for k in 1..<length where raw[i + k] & 0xC0 != 0x80 { return 0 }
        // Overlong, surrogate and out-of-range forms.
        let b1 = raw[i + 1]
        if byte == 0xE0 && b1 < 0xA0 { return 0 }
        if byte == 0xED && b1 >= 0xA0 { return 0 }
        if byte == 0xF0 && b1 < 0x90 { return 0 }
        if byte == 0xF4 && b1 >= 0x90 { return 0 }
        return length
    }

    private func isOddSpace(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        if raw[i] == 0xC2, i + 1 < end { return raw[i + 1] == 0xA0 }
        if raw[i] == 0xE2, i + 2 < end, raw[i + 1] == 0x80 {
            return raw[i + 2] <= 0x8A || raw[i + 2] == 0xAF
        }
        return false
    }

    private func allSpace(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Bool {
        var k = from
        while k < end {
            if raw[k] != 0x20 && raw[k] != 0x09 { return false }
            k += 1
        }
        return true
    }

    /// A rule line: only `_`, `-`, `—`, `*` or `=` characters (three or more, or one
    /// underscore: some extractors print the footnote rule as "_").
    private func isRuleText(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Bool {
        var count = 0
        var underscores = 0
        var k = from
        while k < end {
            let b = raw[k]
            if b == UInt8(ascii: "_") { underscores += 1; count += 1 } else if b == UInt8(ascii: "-") || b == UInt8(ascii: "=") {
                count += 1
            } else if b != 0x20 { return false }
            k += 1
        }
        return count >= 3 || (underscores >= 1 && count == underscores)
    }

    /// Single asterisks on the line (pairs of them are emphasis).
    private func countSingleAsterisks(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var count = 0
        var k = from
        while k < end {
            if raw[k] == UInt8(ascii: "*") {
                if k + 1 < end, raw[k + 1] == UInt8(ascii: "*") { k += 2; continue }
                count += 1
            }
            k += 1
        }
        return count
    }

    private static let markupTags: Set<String> = [
        "b", "strong", "i", "em", "u", "br", "span", "sup", "sub", "p", "font", "a", "mark", "small",
    ]

    /// The length of an HTML-ish markup tag at `i` (`<b>`, `</strong>`, `<br/>`), or nil.
    private func markupTagLength(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var k = i + 1
        if k < end, raw[k] == UInt8(ascii: "/") { k += 1 }
        let nameStart = k
        while k < end, k - nameStart < 8, isASCIILetter(raw[k]) { k += 1 }
        guard k > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: raw[nameStart..<k]), as: UTF8.self).lowercased()
        guard Self.markupTags.contains(name) else { return nil }
        while k < end, k - i < 120, raw[k] != UInt8(ascii: ">") { k += 1 }
        guard k < end, raw[k] == UInt8(ascii: ">") else { return nil }
        return k - i + 1
    }

    private func tagName(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> String {
        var k = i + 1
        if k < end, raw[k] == UInt8(ascii: "/") { k += 1 }
        let start = k
        while k < end, isASCIILetter(raw[k]) { k += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: raw[start..<k]), as: UTF8.self).lowercased()
    }

    private mutating func skipPast(_ raw: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, closing: String) -> Int {
        if from >= noSupCloseFrom { return from }
        let needle = Array(closing.utf8)
        var k = from
        while k + needle.count <= end {
            var offset = 0
            while offset < needle.count, raw[k + offset] | 0x20 == needle[offset] | 0x20 { offset += 1 }
            if offset == needle.count { return k + needle.count }
            k += 1
        }
        noSupCloseFrom = from
        return from
    }

    /// A markdown link `[text](target)` at `i`: the indexes of its "]" and final ")".
    private mutating func markdownLink(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Int)? {
        var k = i + 1
        while k < end, raw[k] != UInt8(ascii: "]") {
            if raw[k] == UInt8(ascii: "[") { return nil }
            k += 1
        }
        guard k + 1 < end, raw[k + 1] == UInt8(ascii: "(") else { return nil }
        var t = k + 2
        if t >= linkTargetScan.from && t <= linkTargetScan.stop {
            t = linkTargetScan.stop
        } else {
            while t < end, raw[t] != UInt8(ascii: ")"), raw[t] != 0x20 { t += 1 }
            linkTargetScan = (k + 2, t)
        }
        guard t < end, raw[t] == UInt8(ascii: ")") else { return nil }
        return (k, t)
    }

    /// A `{…}` group of at most 6 characters at `i`: a footnote mark such as `{12}`, `{*}`.
    private func braceMarker(_ raw: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i < end, raw[i] == UInt8(ascii: "{") else { return nil }
        var k = i + 1
        while k < end, k - i <= 7, raw[k] != UInt8(ascii: "}") { k += 1 }
        guard k < end, raw[k] == UInt8(ascii: "}") else { return nil }
        return k - i + 1
    }

    private func isMarkdownEscapable(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "!"),
            UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "+"), UInt8(ascii: "|"), UInt8(ascii: ">"),
            UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "^"), UInt8(ascii: "&"):
            return true
        default: return false
        }
    }

    /// pdftotext glues footnote numbers to the word they follow: "judgment1",
    /// "supported.2". One or two digits, after a lower-case word of three or more
    /// letters (or after its closing punctuation), not inside a URL or path.
    private mutating func isGluedFootnote(
        digitsFrom start: Int, to stop: Int, _ raw: UnsafeBufferPointer<UInt8>, _ end: Int, tokenStart: Int
    ) -> Bool {
        guard stop - start <= 2, !lineIsEmpty else { return false }
        if stop < end {
            let next = raw[stop]
            let endsToken = next == 0x20 || next == 0x09 || next == UInt8(ascii: ",") || next == UInt8(ascii: ";")
                || next == UInt8(ascii: ":") || next == UInt8(ascii: ")")
                || (next == UInt8(ascii: ".") && (stop + 1 >= end || raw[stop + 1] == 0x20))
            guard endsToken else { return false }
        }
        // Step back over closing punctuation: "(SOPOs).12", "‘what works’.3".
        var letterEnd = output.count
        var punctuation = 0
        while letterEnd > tokenStart, punctuation < 3 {
            let b = output[letterEnd - 1]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: ")") || b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "?")
                || b == UInt8(ascii: "!") {
                letterEnd -= 1
            } else if letterEnd - 3 >= tokenStart, output[letterEnd - 3] == 0xE2, output[letterEnd - 2] == 0x80,
                      b == 0x99 || b == 0x9D {
                letterEnd -= 3  // ’ or ”
            } else {
                break
            }
            punctuation += 1
        }
        var letters = 0
        var k = letterEnd - 1
        while k >= tokenStart, isLowercaseOrAfterPunctuation(output[k], punctuation > 0 || capitalsLine) {
            letters += 1
            k -= 1
        }
        guard letters >= (capitalsLine && punctuation == 0 ? 4 : 3) else { return false }
        // Not inside a URL, a path or an identifier. The word only grows while it is
        // being cleaned, so the part already checked is not checked again.
        if tokenScan.start != tokenStart || tokenScan.scanned > output.count {
            tokenScan = (tokenStart, tokenStart, false)
        }
        var j = tokenScan.scanned
        while j < output.count, !tokenScan.urlLike {
            let b = output[j]
            if b == UInt8(ascii: "/") || b == UInt8(ascii: "@") || b == UInt8(ascii: "_") || b == UInt8(ascii: "=")
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) {
                tokenScan.urlLike = true
            }
            j += 1
        }
        tokenScan.scanned = j
        return !tokenScan.urlLike
    }

    private func isLowercaseOrAfterPunctuation(_ b: UInt8, _ afterPunctuation: Bool) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (afterPunctuation && b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    private func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
