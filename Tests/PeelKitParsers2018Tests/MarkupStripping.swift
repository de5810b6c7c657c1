/// What a plain-text extractor gives for the markdown sample: no `#` headings, no
/// `<b>` or `**`, links as their text.
enum MarkupStripping {
    static func strip(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { stripLine(String($0)) }
            .joined(separator: "\n")
    }

    private static func stripLine(_ line: String) -> String {
        var rest = Substring(line)
        if rest.hasPrefix("#") {
            rest = rest.drop { $0 == "#" }
            rest = rest.drop { $0 == " " }
        }
        var text = String(rest)
        for tag in ["<b>", "</b>", "**"] { text = text.replacingOccurrences(of: tag, with: "") }
        return unlink(text)
    }

    /// "[x](#)" → "x".
    private static func unlink(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            output += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.range(of: "](#)") else {
                output += rest[open...]
                return output
            }
            output += after[..<close.lowerBound]
            rest = after[close.upperBound...]
        }
        return output + rest
    }
}
