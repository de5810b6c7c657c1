/// Bullet and numbering marks that start a list item, as extractors print them.
enum ListMarker {
    /// Dash-like marks that also occur at the start of a wrapped line of prose.
    static func isDashLike(_ marker: PrintedMarker) -> Bool {
        marker == .hyphen || marker == .enDash || marker == .emDash || marker == .letterO || marker == .asterisk
            || marker == .plus
    }

    /// Second-level marks ("o", "◦", "▪", "–", "-"): under a different first mark, an item
    /// with one of these is nested.
    static func isSubItemMark(_ marker: PrintedMarker) -> Bool {
        marker == .letterO || marker == .whiteBullet || marker == .smallSquare || marker == .enDash
            || marker == .hyphen
    }

    /// The marker at the start of `content` and where the item's text starts, or nil.
    ///
    /// Recognised: `-` `*` `+` `o` `•` `▪` `■` `●` `◦` `·` `‣` `➢` `–` `—`, symbol-font
    /// bullets (private-use characters), `1.` `12)` `(3)` `a)` `(b)`; each followed by
    /// a space or tab (the round bullets may also touch the text).
    @inline(__always)
    static func match(_ content: UnsafeBufferPointer<UInt8>) -> (marker: PrintedMarker, textStart: Int)? {
        guard let first = content.first, mayStart(first, content) else { return nil }
        return matchAll(content)
    }

    /// A quick test, inlined where every line is asked, that turns away most lines of
    /// prose: those that start with a capital, or with a small letter other than "o"
    /// not followed by ")". `true` means only that ``match(_:)`` must look further.
    @inline(__always)
    static func mayStart(_ first: UInt8, _ content: UnsafeBufferPointer<UInt8>) -> Bool {
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return false }
        if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") {
            return first == UInt8(ascii: "o") || (content.count > 2 && content[1] == UInt8(ascii: ")"))
        }
        return true
    }

    /// ``match(_:)`` without the quick test.
    static func matchAll(_ content: UnsafeBufferPointer<UInt8>) -> (marker: PrintedMarker, textStart: Int)? {
        guard let first = content.first else { return nil }
        var length = 0
        var mayTouchText = false
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "o"):
            length = 1
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var k = 0
            while k < content.count, k < 3, content[k] >= 0x30, content[k] <= 0x39 { k += 1 }
            guard k <= 2, k < content.count, content[k] == UInt8(ascii: ".") || content[k] == UInt8(ascii: ")") else { return nil }
            length = k + 1
        case UInt8(ascii: "("):
            var k = 1
            while k < content.count, k < 4, isAlphanumeric(content[k]) { k += 1 }
            guard k > 1, k <= 3, k < content.count, content[k] == UInt8(ascii: ")") else { return nil }
            length = k + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            guard content.count > 2, content[1] == UInt8(ascii: ")") else { return nil }
            length = 2
        case 0xC2:
            guard content.count >= 2, content[1] == 0xB7 else { return nil }  // ·
            length = 2
        case 0xE2:
            guard content.count >= 3 else { return nil }
            let (b1, b2) = (content[1], content[2])
            switch (b1, b2) {
            case (0x80, 0xA2), (0x80, 0xA3), (0x97, 0x8F), (0x97, 0xA6), (0x96, 0xAA), (0x96, 0xA0), (0x96, 0xAB), (0x9E, 0xA2):
                mayTouchText = true
            case (0x80, 0x93), (0x80, 0x94): break  // – —
            default: return nil
            }
            length = 3
        case 0xEF:
            // Private-use U+F000–U+F0FF: Symbol and Wingdings bullets ("").
            guard content.count >= 3, content[1] >= 0x80, content[1] <= 0x83 else { return nil }
            length = 3
            mayTouchText = true
        default:
            return nil
        }
        guard length < content.count else { return nil }
        var start = length
        if content[start] == 0x20 || content[start] == 0x09 {
            while start < content.count, content[start] == 0x20 || content[start] == 0x09 { start += 1 }
        } else if !mayTouchText {
            return nil
        }
        guard start < content.count else { return nil }
        // At most four bytes, none 0: the marker always packs.
        guard let marker = PrintedMarker(UnsafeBufferPointer(rebasing: content[0..<length])) else { return nil }
        return (marker, start)
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }
}
