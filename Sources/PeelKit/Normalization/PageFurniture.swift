/// Finds running headers, footers and page numbers: lines that belong to the page,
/// not to the report.
///
/// Pages are known from form feeds. The line right next to a page break is furniture
/// when it is a page number ("12", "Page 12", "12 of 60", "- 12 -"); a line among the
/// first or last two of a page is furniture when the same text stands next to at
/// least half of the page breaks, and three or more (a running header or footer). "Page 12" is
/// furniture anywhere.
enum PageFurniture {
    /// For each line, whether it is furniture. `text` holds the lines' clean bytes.
    static func mark(_ lines: [SourceLine], _ text: UnsafeBufferPointer<UInt8>) -> [Bool] {
        func content(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: text[lines[index].start..<lines[index].end])
        }
        var furniture = [Bool](repeating: false, count: lines.count)
        var breaks: [Int] = []
        lines.withUnsafeBufferPointer { lines in
            for index in lines.indices {
                let line = lines[index]
                if line.afterPageBreak { breaks.append(index) }
                // Most lines are not 6 to 20 bytes starting with "p": turned away inline.
                let count = line.end - line.start
                if count >= 6, count <= 20, text[line.start] | 0x20 == UInt8(ascii: "p"),
                   isPageLabel(UnsafeBufferPointer(rebasing: text[line.start..<line.end])) {
                    furniture[index] = true
                }
            }
        }
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
            counts[TextFolding.fold(String(decoding: content(index), as: UTF8.self)), default: 0] += 1
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
            let bytes = content(index)
            if isPageNumber(bytes) {
                if nearest.contains(index) { furniture[index] = true }
                continue
            }
            let key = TextFolding.fold(String(decoding: bytes, as: UTF8.self))
            // A running header or footer stands beside most page breaks, not a few: a
            // heading such as "Good" may happen to end three pages.
            if let count = counts[key], count >= max(3, breaks.count / 2), !key.isEmpty, bytes.count <= 120 {
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
    static func isPageNumber(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        if isPageLabel(content) { return true }
        var digits = 0
        var others = 0
        for b in content {
            if isDigit(b) { digits += 1 } else if b != 0x20 && b != UInt8(ascii: "-") { others += 1 }
        }
        if digits >= 1, digits <= 4, others == 0 { return true }
        // "12 of 60": number, "of", number, single spaces.
        let words = content.split(separator: 0x20, omittingEmptySubsequences: true)
        return words.count == 3 && isOf(words[1]) && words[0].allSatisfy(isDigit) && words[2].allSatisfy(isDigit)
    }

    /// "Page 12" or "Page 12 of 60": never report text.
    static func isPageLabel(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        guard content.count >= 6, content.count <= 20, content[0] | 0x20 == UInt8(ascii: "p"),
              content[1] | 0x20 == UInt8(ascii: "a"), content[2] | 0x20 == UInt8(ascii: "g"),
              content[3] | 0x20 == UInt8(ascii: "e"), content[4] == 0x20 else { return false }
        let words = content.split(separator: 0x20, omittingEmptySubsequences: true)
        if words.count == 2 { return words[1].allSatisfy(isDigit) }
        if words.count == 4 { return words[1].allSatisfy(isDigit) && isOf(words[2]) && words[3].allSatisfy(isDigit) }
        return false
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func isOf(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        word.count == 2 && word[word.startIndex] | 0x20 == UInt8(ascii: "o")
            && word[word.startIndex + 1] | 0x20 == UInt8(ascii: "f")
    }
}
