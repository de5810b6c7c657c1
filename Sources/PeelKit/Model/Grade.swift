/// A graded judgment as HMIC/HMICFRS prints it.
///
/// The raw values are the JSON contract's spellings (`"requiresImprovement"`, …).
/// Use ``Grade/init(printed:)`` to read a grade word as it appears in a report.
public enum Grade: String, Sendable, Codable, CaseIterable, Hashable {
    /// The highest grade.
    case outstanding
    /// Good.
    case good
    /// Used from 2018/19 onwards for some components.
    case adequate
    /// Requires improvement: written `requiresImprovement` in the JSON.
    case requiresImprovement
    /// The lowest grade.
    case inadequate
    /// A question that is inspected but not graded (2016 specialist capabilities,
    /// 2018/19 armed response capability).
    case ungraded

    /// Reads a grade printed on its own ("Good", "REQUIRES IMPROVEMENT", "Requires
    /// improvement.", "Ungraded"). Returns `nil` for anything else.
    ///
    /// The text is compared after folding (see ``TextFolding``), so case, markup
    /// remnants and trailing punctuation do not matter.
    public init?(printed text: some StringProtocol) {
        // The text folded into a small stack buffer, stopping as soon as it is longer
        // than any grade's spelling (a paragraph is rejected after 22 bytes), and
        // compared as bytes with the folded spellings: no string is built. Every
        // spelling is ASCII (lower-case letters and spaces), and no text beyond ASCII
        // is canonically equivalent to one, so comparing bytes agrees with looking up
        // the folded string.
        var string = String(text)
        let found = string.withUTF8 { source -> Grade? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Grade.longestSpelling + 1) { buffer -> Grade? in
                var length = 0
                let complete = FoldStream.forEach(source) { byte in
                    guard length < Grade.longestSpelling else { return false }
                    buffer[length] = byte
                    length += 1
                    return true
                }
                guard complete else { return nil }
                return Grade.matching(UnsafeBufferPointer(rebasing: buffer[0..<length]))
            }
        }
        guard let found else { return nil }
        self = found
    }

    /// The words the reports use for this grade, lower case ("requires improvement").
    public var words: String {
        switch self {
        case .outstanding: "outstanding"
        case .good: "good"
        case .adequate: "adequate"
        case .requiresImprovement: "requires improvement"
        case .inadequate: "inadequate"
        case .ungraded: "ungraded"
        }
    }

    /// The folded spellings a printed grade may take, as bytes: each grade's
    /// ``words``, "requires improvements" and "not graded".
    private static let foldedSpellings: [([UInt8], Grade)] = {
        var table = Grade.allCases.map { (Array($0.words.utf8), $0) }
        table.append((Array("requires improvements".utf8), .requiresImprovement))
        table.append((Array("not graded".utf8), .ungraded))
        return table
    }()

    /// The length of the longest folded spelling ("requires improvements").
    private static var longestSpelling: Int { 21 }

    /// The grade whose folded spelling equals `folded` (folded bytes).
    private static func matching(_ folded: UnsafeBufferPointer<UInt8>) -> Grade? {
        for (spelling, grade) in foldedSpellings where spelling.count == folded.count {
            if spelling.withUnsafeBufferPointer({ $0.elementsEqual(folded) }) { return grade }
        }
        return nil
    }
}

/// How a grade was obtained from the text.
public enum GradeSource: String, Sendable, Codable, Hashable {
    /// The grade word is printed for that question or pillar.
    case stated
    /// Derived from wording such as "is good at…" or "requires improvement".
    case inferred
    /// No grade could be found; the grade is `nil`.
    case absent
}
