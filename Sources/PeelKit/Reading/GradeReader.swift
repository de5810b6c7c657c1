/// Reading grades: printed under a heading, stated in prose, or inferred from wording.
public enum GradeReader {
    /// The grade printed in the first few blocks after `index` ("Summary of findings"
    /// then "Good"), with the index of the block that holds it.
    ///
    /// Looks at most `lookahead` blocks ahead and stops at the first block of running
    /// text, so a grade further on is never taken for this heading's.
    public static func grade(after index: Int, in document: Document, lookahead: Int = 2, before limit: Int? = nil) -> (grade: Grade, index: Int)? {
        let stop = min(limit ?? document.blocks.count, document.blocks.count, index + 1 + lookahead)
        var i = max(index + 1, 0)
        while i < stop {
            // The block's fields, not the block: a copy of a block costs a retain and a release.
            let kind = document.blocks[i].kind
            if kind != .tableRow, let grade = Grade(printed: document.blocks[i].text) { return (grade, i) }
            if kind == .paragraph && document.blocks[i].utf8Count > 60 { return nil }
            if kind == .listItem { return nil }
            i += 1
        }
        return nil
    }

    /// A grade stated in a sentence: "has been assessed as good", "was judged to be
    /// outstanding", "HMIC judges that overall … requires improvement".
    public static func statedGrade(in sentence: String) -> Grade? {
        let folded = TextFolding.fold(sentence)
        for lead in ["assessed as ", "judged to be ", "judged as ", "graded as ", "rated as "] {
            if let offset = FoldedSearch.offset(of: lead, in: folded) {
                let rest = Substring(folded.utf8.dropFirst(offset + lead.utf8.count))
                if let grade = Grade.allCases.first(where: { TextFolding.hasPrefix(String(rest), $0.words) }) { return grade }
            }
        }
        if FoldedSearch.contains(folded, "judges that overall") || FoldedSearch.contains(folded, "judges that the force") {
            return firstGradeWords(in: folded)
        }
        return nil
    }

    /// A grade inferred from a summary's opening wording: "is good at", "is effective
    /// at" (good), "requires improvement", "is outstanding", "is inadequate" or "is
    /// ineffective". Reads the first sentence; returns nil when it does not settle it.
    public static func inferredGrade(fromSummary text: String) -> Grade? {
        let firstSentence = GradeReader.firstSentence(of: text)
        let folded = " " + TextFolding.fold(firstSentence) + " "
        // The grades found, at most one of each: an array, not a set (no hashing).
        var found: [Grade] = []
        func contains(_ phrases: String...) -> Bool { phrases.contains { FoldedSearch.contains(folded, $0) } }
        if contains(" is outstanding ", " are outstanding ") { found.append(.outstanding) }
        if contains(" requires improvement ", " require improvement ", " needs to improve ") { found.append(.requiresImprovement) }
        if contains(" is inadequate ", " is ineffective ", " are inadequate ") { found.append(.inadequate) }
        if contains(" is good at ", " is good in ", " is effective at ", " is effective in ", " are effective ", " is good ") {
            found.append(.good)
        }
        if contains(" is adequate ") { found.append(.adequate) }
        return found.count == 1 ? found.first : nil
    }

    /// The text before its first "." (the first non-empty such run of characters), or
    /// the text when it has none: `split(separator: ".", maxSplits: 1).first`. Plain
    /// text (see ``PlainText``) is cut at the byte, without walking its characters.
    static func firstSentence(of text: String) -> String {
        var text = text
        let plain = text.withUTF8 { bytes -> String?? in
            guard PlainText.isPlain(bytes) else { return nil }
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: ".") { start += 1 }
            guard start < bytes.count else { return .some(nil) }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: ".") { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let plain { return plain ?? text }
        return text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
    }

    private static func firstGradeWords(in folded: String) -> Grade? {
        var best: (Grade, Int)?
        for grade in Grade.allCases where grade != .ungraded {
            if let offset = FoldedSearch.offset(of: " " + grade.words, in: folded), offset < (best?.1 ?? Int.max) {
                best = (grade, offset)
            }
        }
        return best?.0
    }
}

extension GradeReader {
    /// The paragraph that states a judgment: the first paragraph of running text
    /// (more than 60 bytes) in the three blocks after `heading`, e.g. "Cumbria
    /// Constabulary's overall effectiveness has been assessed as good." `nil` when
    /// there is none.
    public static func judgmentStatement(after heading: Int, in document: Document) -> String? {
        document.paragraphs(in: (heading + 1)..<(heading + 4)).first { $0.utf8.count > 60 }
    }

    /// A pillar's judgment under its heading ("Overall judgment" at `heading`), read
    /// the ways reports give it, in this order:
    /// 1. the grade printed after the heading (``grade(after:in:lookahead:before:)``):
    ///    `stated`, at the grade's line;
    /// 2. the grade stated in the ``judgmentStatement(after:in:)`` ("has been assessed
    ///    as good"): `stated`, at the heading's line, with an info diagnostic
    ///    `grade-from-prose`;
    /// 3. the grade inferred from the statement's wording ("requires improvement"):
    ///    `inferred`, with an info diagnostic `grade-inferred`;
    /// 4. otherwise no grade: `absent`, with a warning `grade-missing`.
    ///
    /// ```swift
    /// if let heading = document.firstIndex(of: "Overall judgment") {
    ///     let judgment = GradeReader.judgment(.effectiveness, after: heading, in: document, diagnostics: &diagnostics)
    /// }
    /// ```
    public static func judgment(_ pillar: Pillar, after heading: Int, in document: Document, diagnostics: inout [Diagnostic]) -> Judgment {
        guard document.blocks.indices.contains(heading) else {
            diagnostics.append(Diagnostic(.warning, "grade-missing", "the \(pillar.rawValue) judgment has no grade in the text"))
            return Judgment(pillar: pillar, grade: nil, gradeSource: .absent)
        }
        let line = document.blocks[heading].line
        if let printed = grade(after: heading, in: document) {
            return Judgment(pillar: pillar, grade: printed.grade, gradeSource: .stated, line: document.blocks[printed.index].line)
        }
        let statement = judgmentStatement(after: heading, in: document)
        if let statement, let grade = statedGrade(in: statement) {
            diagnostics.append(Diagnostic(.info, "grade-from-prose", "the overall grade is read from the judgment's wording", line: line))
            return Judgment(pillar: pillar, grade: grade, gradeSource: .stated, line: line)
        }
        if let statement, let grade = inferredGrade(fromSummary: statement) {
            diagnostics.append(Diagnostic(.info, "grade-inferred", "the overall grade is inferred from the judgment's wording", line: line))
            return Judgment(pillar: pillar, grade: grade, gradeSource: .inferred, line: line)
        }
        diagnostics.append(Diagnostic(.warning, "grade-missing", "the overall judgment has no grade in the text", line: line))
        return Judgment(pillar: pillar, grade: nil, gradeSource: .absent, line: line)
    }
}

extension GradeReader {
    /// A question's grade from what its section holds: the grade printed under its
    /// heading (`stated`), else the grade its summary's opening settles ("is good at…":
    /// `inferred`, with an info diagnostic `grade-inferred`), else none (`absent`, with
    /// a warning `grade-missing`). Never invents a grade.
    ///
    /// ```swift
    /// let printed = GradeReader.grade(after: summaryHeading, in: document)
    /// (question.grade, question.gradeSource) = GradeReader.sectionGrade(
    ///     printed: printed?.grade, summary: question.summary, question: key, line: headingLine, diagnostics: &diagnostics)
    /// ```
    public static func sectionGrade(
        printed: Grade?, summary: [String], question key: QuestionKey, line: Int?, diagnostics: inout [Diagnostic]
    ) -> (grade: Grade?, source: GradeSource) {
        if let printed { return (printed, .stated) }
        if let first = summary.first, let inferred = inferredGrade(fromSummary: first) {
            diagnostics.append(Diagnostic(
                .info, "grade-inferred", "question \(key): no grade printed; “\(inferred.words)” inferred from the summary", line: line))
            return (inferred, .inferred)
        }
        diagnostics.append(Diagnostic(.warning, "grade-missing", "question \(key) has no grade in the text", line: line))
        return (nil, .absent)
    }
}
