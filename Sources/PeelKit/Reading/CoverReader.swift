import Foundation

/// Reading a report's cover and imprint: title, force, month of publication, ISBN.
public enum CoverReader {
    /// The force named by "An inspection of X" in the first `within` blocks.
    public static func inspectedForce(in document: Document, within: Int = 40) -> ForceReference? {
        for block in document.blocks.prefix(within) where block.starts(with: "An inspection of") {
            let name = String(block.text.dropFirst("An inspection of".count)).trimmingSpaces()
            return ForceDirectory.resolve(name) ?? ForceReference(id: nil, name: name)
        }
        return nil
    }

    /// The ISBN printed as "ISBN: 978-1-78655-339-3" anywhere in the document.
    public static func isbn(in document: Document) -> String? {
        for block in document.blocks where block.mentions("isbn") {
            if let isbn = isbn(in: block.text) { return isbn }
        }
        return nil
    }

    /// The ISBN in a line of text.
    public static func isbn(in text: String) -> String? {
        guard let range = text.range(of: "ISBN", options: .caseInsensitive) else { return nil }
        let rest = text[range.upperBound...].drop { !$0.isNumber }
        let value = rest.prefix { $0.isNumber || $0 == "-" || $0 == "X" }
        let digits = value.filter(\.isNumber).count
        return digits >= 10 ? String(value) : nil
    }

    /// The first "Month YYYY" in the first `within` blocks (the cover's date), as "YYYY-MM".
    public static func publicationMonth(in document: Document, within: Int = 40) -> String? {
        // Short blocks only, checked first: splitting a long paragraph into words to look
        // for a month took a third of the parse of a 20 MB line.
        for block in document.blocks.prefix(within) where block.text.utf8.count <= 20 {
            if let month = month(in: block.text) { return month }
        }
        return nil
    }

    /// "March 2017" → "2017-03"; also finds the month in "February 2020 | © HMICFRS 2020".
    public static func month(in text: String) -> String? {
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
        let blocks = document.blocks.prefix(within)
        for (offset, block) in blocks.enumerated() where block.kind != .tableRow && block.kind != .listItem {
            if block.starts(with: "PEEL") {
                if block.is("peel"), offset + 1 < blocks.count {
                    let next = blocks[blocks.startIndex + offset + 1]
                    if next.starts(with: "Police") { return "PEEL: " + next.text }
                }
                if block.starts(with: "PEEL Police"), block.text.utf8.count <= 90 { return block.text }
            }
        }
        return nil
    }
}
