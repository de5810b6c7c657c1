/// Finds running headers, footers and page numbers: lines that belong to the page,
/// not to the report.
///
/// Pages are known from form feeds. The line right next to a page break is furniture
/// when it is a page number ("12", "Page 12", "12 of 60", "- 12 -"); a line among the
/// first or last two of a page is furniture when the same text stands next to at
/// least half of the page breaks, and three or more (a running header or footer). "Page 12" is
/// furniture anywhere.
enum PageFurniture {
    static func mark(_ lines: [SourceLine]) -> [Bool] {
        var furniture = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where isPageLabel(line.content) {
            furniture[index] = true
        }
        let breaks = lines.indices.filter { lines[$0].afterPageBreak }
        guard !breaks.isEmpty else { return furniture }

        // The lines beside each page break.
        // The first page starts at the top and the last ends at the bottom.
        var candidates: [Int] = nonBlank(lines, from: 0, step: 1, count: 2)
        candidates.append(contentsOf: nonBlank(lines, from: lines.count - 1, step: -1, count: 2))
        for breakIndex in breaks {
            candidates.append(contentsOf: nonBlank(lines, from: breakIndex, step: 1, count: 2))
            candidates.append(contentsOf: nonBlank(lines, from: breakIndex - 1, step: -1, count: 2))
        }
        var counts: [String: Int] = [:]
        for index in candidates {
            counts[TextFolding.fold(String(decoding: lines[index].content, as: UTF8.self)), default: 0] += 1
        }
        // Page numbers: only the line right beside a break (a figure such as "59" may
        // stand one line further in).
        var nearest: Set<Int> = []
        for breakIndex in breaks {
            nearest.formUnion(nonBlank(lines, from: breakIndex, step: 1, count: 1))
            nearest.formUnion(nonBlank(lines, from: breakIndex - 1, step: -1, count: 1))
        }
        nearest.formUnion(nonBlank(lines, from: lines.count - 1, step: -1, count: 1))
        for index in candidates {
            let content = lines[index].content
            if isPageNumber(content) {
                if nearest.contains(index) { furniture[index] = true }
                continue
            }
            let key = TextFolding.fold(String(decoding: content, as: UTF8.self))
            // A running header or footer stands beside most page breaks, not a few: a
            // heading such as "Good" may happen to end three pages.
            if let count = counts[key], count >= max(3, breaks.count / 2), !key.isEmpty, content.count <= 120 {
                furniture[index] = true
            }
        }
        return furniture
    }

    private static func nonBlank(_ lines: [SourceLine], from: Int, step: Int, count: Int) -> [Int] {
        var found: [Int] = []
        var index = from
        while index >= 0, index < lines.count, found.count < count {
            if !lines[index].isBlank { found.append(index) }
            if step < 0, lines[index].afterPageBreak { break }
            index += step
            if step > 0, index < lines.count, lines[index].afterPageBreak { break }
        }
        return found
    }

    /// "12", "- 12 -", "12 of 60", "Page 12", "Page 12 of 60".
    static func isPageNumber(_ content: [UInt8]) -> Bool {
        if isPageLabel(content) { return true }
        var digits = 0
        var others = 0
        for b in content {
            if b >= 0x30 && b <= 0x39 { digits += 1 } else if b != 0x20 && b != UInt8(ascii: "-") { others += 1 }
        }
        if digits >= 1, digits <= 4, others == 0 { return true }
        let text = String(decoding: content, as: UTF8.self).lowercased()
        let parts = text.split(separator: " ")
        return parts.count == 3 && parts[1] == "of" && parts[0].allSatisfy(\.isNumber) && parts[2].allSatisfy(\.isNumber)
    }

    /// "Page 12" or "Page 12 of 60": never report text.
    static func isPageLabel(_ content: [UInt8]) -> Bool {
        guard content.count >= 6, content.count <= 20 else { return false }
        let text = String(decoding: content, as: UTF8.self).lowercased()
        guard text.hasPrefix("page ") else { return false }
        let parts = text.split(separator: " ")
        if parts.count == 2 { return parts[1].allSatisfy(\.isNumber) }
        if parts.count == 4 { return parts[1].allSatisfy(\.isNumber) && parts[2] == "of" && parts[3].allSatisfy(\.isNumber) }
        return false
    }
}
