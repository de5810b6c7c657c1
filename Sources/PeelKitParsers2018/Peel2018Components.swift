import PeelKit

/// The ten components in the body. Each opens with its heading ("Treating the public
/// fairly", "Armed policing": the body's wording, not the table's), then its grade as
/// a heading of its own (none for the ungraded armed policing), the summary, any
/// "Cause of concern" with recommendations, "Areas for improvement", and — after
/// "We set out our detailed findings below." — the detailed findings. A component not
/// inspected this year says that the earlier judgment "has been carried over".
struct Peel2018Components {
    /// One component's section of the body.
    struct Section {
        var key: QuestionKey
        /// Index of the component's heading.
        var start: Int
        /// Index of the first block after the section.
        var end: Int
    }

    /// Headings components are printed under, in the overall summary table and in the
    /// body. A heading that names a component but is none of these (a sub-heading of
    /// the findings) opens a section only when a grade follows it.
    static let knownHeadings: Set<String> = Set(knownHeadingPhrases.map { TextFolding.fold($0) })

    /// ``knownHeadings`` as printed.
    private static let knownHeadingPhrases = [
        "Preventing crime and tackling anti-social behaviour", "Investigating crime", "Protecting vulnerable people",
        "Tackling serious and organised crime", "Armed response capability", "Armed policing",
        "Meeting current demands and using resources", "Planning for the future",
        "Fair treatment of the public", "Treating the public fairly", "Ethical and lawful workforce behaviour",
        "Fair treatment of the workforce", "Treating the workforce fairly",
    ]

    let document: Document
    let sections: [Section]

    init(_ document: Document, pillars: Peel2018Pillars) {
        self.document = document
        var sections: [Section] = []
        let pillarStarts = pillars.sections.map(\.index)
        for (offset, pillar) in pillars.sections.enumerated() {
            // A pillar's part runs to the next pillar's question, the last one to the annexes.
            let limit = offset + 1 < pillarStarts.count ? pillarStarts[offset + 1]
                : document.firstIndex(from: pillar.index + 1, where: Peel2018Components.annexHeading) ?? document.blocks.count
            let start = (pillar.grade?.index ?? pillar.index) + 1
            // A damaged text can print the next pillar's question before this one's grade:
            // then the part is empty (found by fuzzing).
            let starts = Peel2018Components.componentStarts(in: document, pillar: pillar.pillar, range: start..<max(start, limit))
            for (i, (key, index)) in starts.enumerated() {
                // A section runs to the next component, or to the next part of the report
                // (the next pillar's heading and "Force in context").
                let next = i + 1 < starts.count ? starts[i + 1].index : limit
                let end = document.firstIndex(in: (index + 1)..<max(index + 1, next), where: Peel2018Components.partEnd) ?? next
                sections.append(Section(key: key, start: index, end: end))
            }
        }
        self.sections = sections
    }

    /// The heading of each of the pillar's components in a range, in document order.
    ///
    /// A component's heading is followed by its grade; armed policing, ungraded, has
    /// none but is printed under a known heading. So for each component the first
    /// heading with a grade under it wins, then the first known heading, then the
    /// first heading that merely names it.
    private static func componentStarts(in document: Document, pillar: Pillar, range: Range<Int>) -> [(key: QuestionKey, index: Int)] {
        var best: [QuestionKey: (rank: Int, index: Int)] = [:]
        // (A heading line is a heading or a paragraph, never a table row.)
        for index in document.indices(in: range, where: Peel2018Patterns.headingLine) {
            // The key from the block's folded text, in place (no string made).
            guard let key = document.questionKey(at: index), key.canonicalPillar == pillar else { continue }
            let rank = GradeReader.grade(after: index, in: document) != nil ? 0 : isKnownHeading(index, in: document) ? 1 : 2
            if let found = best[key], found.rank <= rank { continue }
            best[key] = (rank, index)
        }
        return best.map { (key: $0.key, index: $0.value.index) }.sorted { $0.index < $1.index }
    }

    /// Whether the block's folded text is one of ``knownHeadings``, as the set of
    /// strings decides: the bytes compared in place first; when they differ, the
    /// strings can still be equal (canonically) only if the folded text is not ASCII
    /// (the headings are ASCII, and ASCII strings are equal when their bytes are).
    static func isKnownHeading(_ index: Int, in document: Document) -> Bool {
        if document.block(index, matches: knownHeadingPattern) { return true }
        return !document.foldedTextIsASCII(at: index) && knownHeadings.contains(document.blocks[index].folded)
    }

    /// ``knownHeadings`` as a pattern.
    private static let knownHeadingPattern = BlockPattern.is(knownHeadingPhrases.map(FoldedPhrase.init))

    /// A heading line that starts with "Annex".
    private static let annexHeading = Peel2018Patterns.headingLine && .starts(with: [Peel2018Folded.annex])

    /// A heading that ends the last component of a pillar: the next part of the report.
    private static let partEnd = Peel2018Patterns.headingLine
        && (.is(Peel2018Folded.partHeadings) || .starts(with: [Peel2018Folded.annex]) || Peel2018Patterns.pillarQuestion)

    /// The section of a component, if the body has one.
    func section(_ key: QuestionKey) -> Section? { sections.first { $0.key == key } }

    /// What the body says about one component.
    struct Reading {
        var title: String
        var line: Int
        /// The grade heading and the index of its block.
        var grade: (grade: Grade, index: Int)?
        var carriedOver: Bool
        /// The year of the inspection whose judgment was carried over ("2016").
        var carriedOverFrom: String?
        var summary: [String]
        var areasForImprovement: [String]
        var causesOfConcern: [CauseOfConcern]
    }

    /// Reads a component's section.
    func read(_ section: Section) -> Reading {
        let grade = GradeReader.grade(after: section.start, in: document, before: section.end)
        let body = (grade?.index ?? section.start) + 1
        // Scans stop at the section's end: a match beyond it would be clipped to it.
        let summaryEnd = document.firstIndex(in: body..<max(body, section.end), where: Self.summaryEnd) ?? section.end
        let summary = document.paragraphs(in: body..<summaryEnd)
        // The first summary paragraph that says so: a byte search of each block's folded
        // text first (a match of the ASCII phrase, however decided, holds its bytes).
        let carried = document.indices(in: document.clamped(body..<summaryEnd), where: Self.carriedOverCandidate)
            .lazy.map { document.blocks[$0].text }.first(where: Peel2018Components.mentionsCarriedOver)
        return Reading(
            title: document.blocks[section.start].text, line: document.blocks[section.start].line, grade: grade,
            carriedOver: carried != nil, carriedOverFrom: carried.flatMap(Peel2018Components.earlierYear(in:)),
            summary: summary, areasForImprovement: areasForImprovement(in: body..<section.end),
            causesOfConcern: CauseOfConcernReader.read(document, in: body..<section.end))
    }

    /// What ends a component's summary: a heading, "We set out our detailed findings
    /// below", a cause of concern.
    private static let summaryEnd = Peel2018Patterns.headingLine || .starts(with: [Peel2018Folded.detailedFindings])
        || .is(CauseOfConcernReader.foldedHeadings)
    private static let carriedOverCandidate = BlockPattern.kind(.paragraph) && .mentions(Peel2018Phrases.carriedOver)

    /// The items under "Areas for improvement", and any the findings repeat after "This
    /// area for improvement remains:", each once.
    private func areasForImprovement(in range: Range<Int>) -> [String] {
        var items: [ListItem] = []
        for index in document.indices(in: range, where: Self.listOpening) {
            // A paragraph of the pattern ends with ":" as a byte; it must as a character.
            if document.block(index, matches: Self.areasHeading) || document.text(at: index, endsWith: ":") {
                items += ListReader.items(after: index, in: document, before: range.upperBound).items
            }
        }
        return ListReader.unique(items).map(\.text)
    }

    private static let areasHeading = Peel2018Patterns.heading(Peel2018Folded.areasForImprovement)
    /// The "Areas for improvement" heading, or a paragraph that ends with ":" and says
    /// an area for improvement remains.
    private static let listOpening = areasHeading
        || BlockPattern.kind(.paragraph) && .textEnds(with: ":") && .mentions(Peel2018Phrases.remainingAreas.map(FoldedPhrase.init))

    private static let carriedOverNeedle = Array(TextFolding.fold(Peel2018Phrases.carriedOver).utf8)

    /// Whether the folded paragraph contains the folded "has been carried over", as
    /// Foundation's `contains` decided it: a byte search when the folded text is ASCII
    /// (where the two agree), the search that follows Foundation's otherwise.
    static func mentionsCarriedOver(_ paragraph: String) -> Bool {
        TextFolding.withFolded(paragraph) { folded in
            var ascii = true
            for byte in folded where byte >= 0x80 {
                ascii = false
                break
            }
            if ascii {
                return carriedOverNeedle.withUnsafeBufferPointer { needle in
                    FoldedSearch.firstIndex(of: needle, in: folded) != nil
                }
            }
            return ASCIIPhraseSearch.firstMatch(of: carriedOverNeedle, in: folded, caseInsensitive: false) != nil
        }
    }

    /// "…our judgment from the 2016 effectiveness inspection has been carried over" → "2016".
    static func earlierYear(in sentence: String) -> String? {
        switch firstYearWord(in: sentence) {
        case .found(let year): return year
        case .none: return nil
        case .undecided: break
        }
        let words = sentence.split { $0 == " " || $0 == "," || $0 == "." }
        let years = words.filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }
        return years.first.map(String.init)
    }

    enum YearWord: Equatable {
        case found(String)
        case none
        /// The text holds characters the byte scan does not decide for.
        case undecided
    }

    /// ``earlierYear(in:)`` on the bytes: the first word of four ASCII digits between
    /// " ", "," and "." (or the ends). Decided on the bytes only while every character
    /// up to the word's end is ASCII or a known standalone one (curly quotes, dashes,
    /// no-break space): there each character is one byte or one scalar, none of them
    /// a digit, so words split as the characters do. Otherwise `.undecided`.
    static func firstYearWord(in sentence: String) -> YearWord {
        var sentence = sentence
        return sentence.withUTF8 { bytes -> YearWord in
            let count = bytes.count
            var wordStart = 0
            var digitsOnly = true
            var i = 0
            while i <= count {
                let byte: UInt8 = i < count ? bytes[i] : 0x20  // the end closes the last word
                if byte == 0x20 || byte == 0x2C || byte == 0x2E {
                    if digitsOnly && i - wordStart == 4 {
                        // The separator must be a character of its own: the next byte
                        // must not start a character that could join it.
                        guard i + 1 >= count || bytes[i + 1] < 0x80 || isStandalone(bytes, at: i + 1) else { return .undecided }
                        return .found(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), as: UTF8.self))
                    }
                    wordStart = i + 1
                    digitsOnly = true
                    i += 1
                } else if byte < 0x80 {
                    if byte &- 0x30 >= 10 { digitsOnly = false }
                    i += 1
                } else {
                    guard isStandalone(bytes, at: i) else { return .undecided }
                    digitsOnly = false
                    i += byte == 0xC2 ? 2 : 3
                }
            }
            return .none
        }
    }

    /// No-break space (U+00A0) and general punctuation U+2010–U+2027 (dashes, quotes,
    /// bullets, ellipsis): characters of their own (grapheme break class Other), not numbers.
    private static func isStandalone(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        if bytes[i] == 0xC2 { return i + 1 < bytes.count && bytes[i + 1] == 0xA0 }
        return bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0xA7
    }
}
