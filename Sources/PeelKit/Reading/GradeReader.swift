import Foundation

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
            let block = document.blocks[i]
            if block.kind != .tableRow, let grade = Grade(printed: block.text) { return (grade, i) }
            if block.kind == .paragraph && block.text.utf8.count > 60 { return nil }
            if block.kind == .listItem { return nil }
            i += 1
        }
        return nil
    }

    /// A grade stated in a sentence: "has been assessed as good", "was judged to be
    /// outstanding", "HMIC judges that overall … requires improvement".
    public static func statedGrade(in sentence: String) -> Grade? {
        let folded = TextFolding.fold(sentence)
        for lead in ["assessed as ", "judged to be ", "judged as ", "graded as ", "rated as "] {
            if let range = folded.range(of: lead) {
                let rest = folded[range.upperBound...]
                if let grade = Grade.allCases.first(where: { TextFolding.hasPrefix(String(rest), $0.words) }) { return grade }
            }
        }
        if folded.contains("judges that overall") || folded.contains("judges that the force") {
            return firstGradeWords(in: folded)
        }
        return nil
    }

    /// A grade inferred from a summary's opening wording: "is good at", "is effective
    /// at" (good), "requires improvement", "is outstanding", "is inadequate" or "is
    /// ineffective". Reads the first sentence; returns nil when it does not settle it.
    public static func inferredGrade(fromSummary text: String) -> Grade? {
        let firstSentence = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
        let folded = " " + TextFolding.fold(firstSentence) + " "
        var found: Set<Grade> = []
        if folded.contains(" is outstanding ") || folded.contains(" are outstanding ") { found.insert(.outstanding) }
        if folded.contains(" requires improvement ") || folded.contains(" require improvement ") || folded.contains(" needs to improve ") {
            found.insert(.requiresImprovement)
        }
        if folded.contains(" is inadequate ") || folded.contains(" is ineffective ") || folded.contains(" are inadequate ") {
            found.insert(.inadequate)
        }
        if folded.contains(" is good at ") || folded.contains(" is good in ") || folded.contains(" is effective at ")
            || folded.contains(" is effective in ") || folded.contains(" are effective ") || folded.contains(" is good ") {
            found.insert(.good)
        }
        if folded.contains(" is adequate ") { found.insert(.adequate) }
        return found.count == 1 ? found.first : nil
    }

    private static func firstGradeWords(in folded: String) -> Grade? {
        var best: (Grade, String.Index)?
        for grade in Grade.allCases where grade != .ungraded {
            if let range = folded.range(of: " " + grade.words), range.lowerBound < (best?.1 ?? folded.endIndex) {
                best = (grade, range.lowerBound)
            }
        }
        return best?.0
    }
}
