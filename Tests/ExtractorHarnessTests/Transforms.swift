import Foundation
import PeelKit
import PeelKitTestSupport

/// The catalogue of extractor behaviours (SPEC §1, issue "Same answer whatever the
/// text extractor").
enum Transforms {
    // MARK: Wrapping

    /// Hard wrapping at `width` columns, as pdftotext does, optionally with trailing
    /// spaces and with bullets' continuation lines indented. Text that is already
    /// wrapped is reflowed first (a paragraph is the lines up to a blank line, a page
    /// start, a bullet or a table row), so the result is what an extractor with that
    /// page width would print, not a ragged double wrap.
    static func hardWrap(_ width: Int, trailingSpaces: Bool = false, indentBullets: Bool = false) -> ExtractorTransform {
        ExtractorTransform("wrap \(width)\(trailingSpaces ? " trailing-spaces" : "")\(indentBullets ? " indented-bullets" : "")") { text in
            var output: [String] = []
            for paragraph in reflow(Lines.split(text)) {
                guard paragraph.count > width, !paragraph.contains("\t") else {
                    output.append(paragraph)
                    continue
                }
                let prefix = Lines.bulletPrefix(paragraph) ?? String(paragraph.prefix { $0 == " " })
                let continuation = indentBullets ? String(repeating: " ", count: prefix.count) : ""
                var current = prefix
                var first = true
                for word in paragraph.dropFirst(prefix.count).split(separator: " ", omittingEmptySubsequences: true) {
                    if current.count + word.count + 1 > width, current.count > (first ? prefix.count : continuation.count) {
                        output.append(current + (trailingSpaces ? " " : ""))
                        current = continuation
                        first = false
                    }
                    if current.count > (first ? prefix.count : continuation.count) { current += " " }
                    current += word
                }
                output.append(current + (trailingSpaces ? " " : ""))
            }
            return Lines.join(output)
        }
    }

    /// Joins wrapped lines back into one line a paragraph. A line that starts with one
    /// space is a page start (pdftotext), unless it continues a bullet whose
    /// continuation lines are all indented.
    static func reflow(_ lines: [String]) -> [String] {
        var output: [String] = []
        var current: String?
        var continuationIndented: Bool?
        func flush() {
            if let current { output.append(current) }
            current = nil
            continuationIndented = nil
        }
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
                output.append(line)
                continue
            }
            let indented = line.hasPrefix(" ")
            let inBullet = current.map { Lines.bulletPrefix($0) != nil } ?? false
            var startsBlock = current == nil || line.contains("\t") || Lines.bulletPrefix(line) != nil
            if !startsBlock && indented {
                startsBlock = !inBullet || continuationIndented == false
            }
            if !startsBlock && !indented && inBullet && continuationIndented == true { startsBlock = true }
            if startsBlock {
                flush()
                var start = line
                while start.hasSuffix(" ") { start.removeLast() }
                current = start
            } else {
                continuationIndented = indented
                let joined = current ?? ""
                // "well-" + "trained": a hyphen at a line end is kept and joins without a space.
                let hyphenated = joined.hasSuffix("-") && trimmed.first?.isLowercase == true
                current = joined + (hyphenated ? "" : " ") + trimmed
            }
        }
        flush()
        return output
    }

    // MARK: Page furniture

    /// Form feeds with a running header and footer ("Page N" or a bare number) every
    /// 40–60 lines, wherever that falls: mid-paragraph and mid-list too.
    static func pageFurniture(bareNumbers: Bool, seed: UInt64) -> ExtractorTransform {
        ExtractorTransform("page furniture\(bareNumbers ? " bare numbers" : " Page N")") { text in
            var random = SplitMix64(seed: seed)
            var output: [String] = []
            var page = 1
            var next = Int.random(in: 40...60, using: &random)
            for (index, line) in Lines.split(text).enumerated() {
                output.append(line)
                if index + 1 == next {
                    page += 1
                    output.append(bareNumbers ? "\(page - 1)" : "Page \(page - 1)")
                    output.append("\u{0C}PEEL inspection report – Police force")
                    next += Int.random(in: 40...60, using: &random)
                }
            }
            return Lines.join(output)
        }
    }

    // MARK: Bytes and line ends

    static let crlf = ExtractorTransform("CRLF") { $0.replacingOccurrences(of: "\n", with: "\r\n") }
    static let loneCR = ExtractorTransform("lone CR") { $0.replacingOccurrences(of: "\n", with: "\r") }
    static let byteOrderMark = ExtractorTransform("byte-order mark") { "\u{FEFF}" + $0 }

    /// Tabs in table rows turned into spaces that align the columns.
    static let tabsToSpaces = ExtractorTransform("tabs as aligned spaces") { text in
        Lines.join(Lines.split(text).map { line in
            guard line.contains("\t") else { return line }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return cells.enumerated().map { offset, cell in
                offset == cells.count - 1 ? String(cell) : cell.padding(toLength: max(cell.count + 3, 28), withPad: " ", startingAt: 0)
            }.joined()
        })
    }

    // MARK: Unicode

    static let oddSpaces = ExtractorTransform("NBSP and thin spaces") { text in
        var count = 0
        return String(text.map { character -> Character in
            guard character == " " else { return character }
            count += 1
            return count % 7 == 0 ? "\u{00A0}" : count % 11 == 0 ? "\u{2009}" : " "
        })
    }

    static let curlyQuotes = ExtractorTransform("curly quotes", comparison: .foldingQuotesAndDashes) {
        $0.replacingOccurrences(of: "'", with: "’")
    }

    static let straightQuotes = ExtractorTransform("straight quotes", comparison: .foldingQuotesAndDashes) {
        $0.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
    }

    static let emDashes = ExtractorTransform("em dashes", comparison: .foldingQuotesAndDashes) {
        $0.replacingOccurrences(of: " – ", with: " — ")
    }

    static let ligatures = ExtractorTransform("ligatures") {
        $0.replacingOccurrences(of: "ffi", with: "ﬃ").replacingOccurrences(of: "ffl", with: "ﬄ")
            .replacingOccurrences(of: "ff", with: "ﬀ").replacingOccurrences(of: "fi", with: "ﬁ")
            .replacingOccurrences(of: "fl", with: "ﬂ")
    }

    /// Soft hyphens inside long words, as a typesetter's hyphenation leaves them.
    static let softHyphens = ExtractorTransform("soft hyphens") { text in
        Lines.join(Lines.split(text).map { line in
            line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                guard word.count >= 10, word.allSatisfy(\.isLetter) else { return String(word) }
                let middle = word.index(word.startIndex, offsetBy: word.count / 2)
                return String(word[..<middle]) + "\u{00AD}" + String(word[middle...])
            }.joined(separator: " ")
        })
    }

    /// Superscript footnote markers after some sentence ends.
    static let superscripts = ExtractorTransform("superscript footnote markers") { text in
        var count = 0
        return Lines.join(Lines.split(text).map { line in
            guard line.count > 100 else { return line }
            count += 1
            let marks = ["¹", "²", "³", "⁴⁵", "¹²"]
            return line.replacingOccurrences(of: ". ", with: ".\(marks[count % marks.count]) ")
        })
    }

    static let decomposedAccents = ExtractorTransform("decomposed accents") {
        $0.decomposedStringWithCanonicalMapping
    }

    // MARK: Markup

    /// Markdown-ised: structural headings as `##`, grades in `**bold**`, `<b>` tags on
    /// some, web addresses as links.
    static let markdownise = ExtractorTransform("markdown-ised") { text in
        var count = 0
        return Lines.join(Lines.split(text).map { line in
            if Lines.isStructuralHeading(line) { return "## " + line }
            if Grade(printed: line) != nil {
                count += 1
                return count % 2 == 0 ? "**\(line)**" : "<b>\(line)</b>"
            }
            if line.hasPrefix("www."), !line.contains(" ") { return "[\(line)](#)" }
            return line
        })
    }

    /// Markup removed: what a plain-text extractor gives for a markdown conversion.
    static let stripMarkup = ExtractorTransform("markup stripped") { text in
        Lines.join(Lines.split(text).map { line in
            var line = line
            if line.hasPrefix("#") {
                line = String(line.drop { $0 == "#" }.drop { $0 == " " })
            }
            for tag in ["<b>", "</b>", "**"] { line = line.replacingOccurrences(of: tag, with: "") }
            return line.replacingOccurrences(of: "](#)", with: "").replacingOccurrences(of: "[", with: "")
        })
    }

    static let capitalHeadings = ExtractorTransform("headings in capitals") { text in
        Lines.join(Lines.split(text).map { line in
            Lines.isStructuralHeading(line) || Grade(printed: line) != nil ? line.uppercased() : line
        })
    }

    // MARK: Bullets

    static func bullets(_ marker: String) -> ExtractorTransform {
        ExtractorTransform("bullets \(marker)") { text in
            Lines.join(Lines.split(text).map { line in
                guard let prefix = Lines.bulletPrefix(line) else { return line }
                let indent = prefix.prefix { $0 == " " }
                return indent + marker + " " + line.dropFirst(prefix.count)
            })
        }
    }
}
