/// Reading a report's cover and imprint: title, force, month of publication, ISBN.
public enum CoverReader {
    /// The force named by "An inspection of X" in the first `within` blocks.
    public static func inspectedForce(in document: Document, within: Int = 40) -> ForceReference? {
        guard let index = document.firstIndex(in: 0..<max(0, within), where: inspection) else { return nil }
        return force(named: document.blocks[index].text)
    }

    /// The force of an "An inspection of X" block's text: a force of the directory, or
    /// the name as printed.
    static func force(named text: String) -> ForceReference {
        let name = String(text.dropFirst("An inspection of".count)).trimmingSpaces()
        return ForceDirectory.resolve(name) ?? ForceReference(id: nil, name: name)
    }

    /// Blocks that start with "An inspection of".
    static let inspection = BlockPattern.starts(with: "An inspection of")

    /// The ISBN printed as "ISBN: 978-1-78655-339-3" anywhere in the document.
    public static func isbn(in document: Document) -> String? {
        for index in document.indices(where: .mentions("isbn")) {
            if let isbn = isbn(in: document.blocks[index].text) { return isbn }
        }
        return nil
    }

    /// The ISBN in a line of text.
    public static func isbn(in text: String) -> String? {
        if let decided = plainISBN(in: text) { return decided }
        guard let range = ASCIIPhraseSearch.range(of: "ISBN", in: text, caseInsensitive: true) else { return nil }
        let rest = text[range.upperBound...].drop { !$0.isNumber }
        let value = rest.prefix { $0.isNumber || $0 == "-" || $0 == "X" }
        let digits = value.filter(\.isNumber).count
        return digits >= 10 ? String(value) : nil
    }

    /// ``isbn(in:)`` on the bytes of ``PlainText``: "isbn" found ignoring ASCII case
    /// (no other character of plain text folds to an ASCII letter), then the digits,
    /// "-" and "X" after it. `nil` for text that is not plain (the character path
    /// decides), `.some(nil)` when plain text holds no ISBN.
    static func plainISBN(in text: String) -> String?? {
        var text = text
        return text.withUTF8 { bytes -> String?? in
            guard PlainText.isPlain(bytes) else { return nil }
            let count = bytes.count
            var start = 0
            while start + 4 <= count {
                if bytes[start] | 0x20 == UInt8(ascii: "i"), bytes[start + 1] | 0x20 == UInt8(ascii: "s"),
                   bytes[start + 2] | 0x20 == UInt8(ascii: "b"), bytes[start + 3] | 0x20 == UInt8(ascii: "n") {
                    break
                }
                start += 1
            }
            guard start + 4 <= count else { return .some(nil) }
            var i = start + 4
            while i < count, !isDigit(bytes[i]) { i += 1 }
            let valueStart = i
            var digits = 0
            while i < count, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "X") {
                if isDigit(bytes[i]) { digits += 1 }
                i += 1
            }
            guard digits >= 10 else { return .some(nil) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<i]), as: UTF8.self)
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// The first "Month YYYY" in the first `within` blocks (the cover's date), as "YYYY-MM".
    public static func publicationMonth(in document: Document, within: Int = 40) -> String? {
        // Short blocks only, checked first: splitting a long paragraph into words to look
        // for a month took a third of the parse of a 20 MB line.
        for index in document.clamped(0..<max(0, within)) where document.blocks[index].utf8Count <= 20 {
            if let month = month(in: document.blocks[index].text) { return month }
        }
        return nil
    }

    /// "March 2017" → "2017-03"; also finds the month in "February 2020 | © HMICFRS 2020".
    public static func month(in text: String) -> String? {
        if let decided = plainMonth(in: text) { return decided }
        return characterMonth(in: text)
    }

    /// ``month(in:)`` on characters: words split at " ", "|" and ",", a month's name in
    /// any case, then a four-digit year. The definition ``plainMonth(in:)`` keeps to.
    static func characterMonth(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "," })
        for (offset, word) in words.enumerated() where offset + 1 < words.count {
            guard let number = months[word.lowercased()] else { continue }
            let year = words[offset + 1]
            if year.count == 4, year.allSatisfy(\.isNumber) {
                return "\(year)-" + (number < 10 ? "0\(number)" : "\(number)")
            }
        }
        return nil
    }

    /// ``month(in:)`` on the bytes of ``PlainText``, whose words are runs of bytes
    /// between " ", "|" and ",", a month's name is ASCII letters in any case and a year
    /// four ASCII digits. `nil` for text that is not plain (the character path
    /// decides), `.some(nil)` when plain text names no month.
    static func plainMonth(in text: String) -> String?? {
        var text = text
        return text.withUTF8 { bytes -> String?? in
            guard PlainText.isPlain(bytes) else { return nil }
            let count = bytes.count
            @inline(__always) func isSeparator(_ byte: UInt8) -> Bool {
                byte == 0x20 || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ",")
            }
            var month = 0  // the month the word before named (0: none)
            var i = 0
            while i < count {
                if isSeparator(bytes[i]) {
                    i += 1
                    continue
                }
                var end = i
                while end < count, !isSeparator(bytes[end]) { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[i..<end])
                if month > 0, word.count == 4, word.allSatisfy(isDigit) {
                    let year = String(decoding: word, as: UTF8.self)
                    return year + "-" + (month < 10 ? "0\(month)" : "\(month)")
                }
                month = monthNumber(word)
                i = end
            }
            return .some(nil)
        }
    }

    /// The number of the month an ASCII word names in any case (0: none).
    private static func monthNumber(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        guard word.count >= 3, word.count <= 9 else { return 0 }
        for (number, name) in monthNames.enumerated() where name.count == word.count {
            var k = 0
            while k < word.count, word[k] | 0x20 == name[k], word[k] &- 0x41 < 26 || word[k] &- 0x61 < 26 { k += 1 }
            if k == word.count { return number + 1 }
        }
        return 0
    }

    /// The months' names, lower case, as bytes.
    private static let monthNames: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ].map { Array($0.utf8) }

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
}

extension CoverReader {
    /// The PEEL title on the cover, as one line: "PEEL: Police effectiveness 2016",
    /// also when the cover prints "PEEL" and the rest on separate lines. Looks in the
    /// first `within` blocks; nil without a cover.
    public static func peelTitle(in document: Document, within: Int = 30) -> String? {
        let end = document.clamped(0..<max(0, within)).upperBound
        for index in document.indices(in: 0..<end, where: peelLine) {
            if document.block(index, matches: peelAlone), index + 1 < end,
               document.block(index + 1, matches: policeLine) {
                return "PEEL: " + document.blocks[index + 1].text
            }
            if document.block(index, matches: peelPolice), document.blocks[index].utf8Count <= 90 {
                return document.blocks[index].text
            }
        }
        return nil
    }

    /// Blocks that start a cover's title: "PEEL" (not in a list or table).
    private static let peelLine = !BlockPattern.kind([.tableRow, .listItem]) && .starts(with: "PEEL")
    private static let peelAlone = BlockPattern.is("peel")
    private static let policeLine = BlockPattern.starts(with: "Police")
    private static let peelPolice = BlockPattern.starts(with: "PEEL Police")
}
