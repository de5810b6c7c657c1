/// Scores a document against phrases that mark a layout: the detection building block.
///
/// Each expected phrase found adds its weight; the confidence is the share of the
/// expected weight found. A rejecting phrase (a mark of another layout) found
/// subtracts its weight from what was found. Phrases are compared folded (case,
/// punctuation and quotes ignored), within blocks, starting at a word.
///
/// ```swift
/// EvidenceScorer(formatID: "peel-2016")
///     .expect("PEEL: Police effectiveness 2016", weight: 3)
///     .expect("Force in numbers")
///     .reject("Annex A – HMIC judgments", weight: 2)
///     .score(document)
/// ```
public struct EvidenceScorer: Sendable {
    private struct Mark: Sendable {
        var phrases: [String]
        var weight: Double
        var rejects: Bool
        var wholeBlock = false
        /// The phrases folded (with their long words, for the word index), and the
        /// evidence each gives when found; the evidence when none is found. Prepared
        /// when the mark is added, not at every score.
        var folded: [LookupPhrase] = []
        var found: [String] = []
        var missing = ""

        init(phrases: [String], weight: Double, rejects: Bool, wholeBlock: Bool = false) {
            self.phrases = phrases
            self.weight = weight
            self.rejects = rejects
            self.wholeBlock = wholeBlock
            folded = phrases.map { LookupPhrase(folded: Array(TextFolding.fold($0).utf8)) }
            found = phrases.map { rejects ? "− “\($0)” (another layout’s mark)" : "+ “\($0)”" }
            missing = "· no “\(phrases[0])”"
        }
    }

    /// The id of the layout whose marks this scorer holds, copied into its ``Detection``.
    public let formatID: String
    private var marks: [Mark] = []

    /// A scorer with no marks yet; add them with ``expect(_:weight:)`` and ``reject(_:weight:)``.
    public init(formatID: String) { self.formatID = formatID }

    /// Adds a phrase whose presence supports the layout.
    public func expect(_ phrase: String, weight: Double = 1) -> EvidenceScorer {
        expect(anyOf: [phrase], weight: weight)
    }

    /// Adds a mark that any one of several phrasings satisfies.
    public func expect(anyOf phrases: [String], weight: Double = 1) -> EvidenceScorer {
        var copy = self
        copy.marks.append(Mark(phrases: phrases, weight: weight, rejects: false))
        return copy
    }

    /// Adds a phrase that must stand as a whole block (a heading or a paragraph of its
    /// own), not merely occur inside a longer one.
    public func expect(block phrase: String, weight: Double = 1) -> EvidenceScorer {
        var copy = self
        copy.marks.append(Mark(phrases: [phrase], weight: weight, rejects: false, wholeBlock: true))
        return copy
    }

    /// Adds a phrase whose presence speaks against the layout.
    public func reject(_ phrase: String, weight: Double = 1) -> EvidenceScorer {
        var copy = self
        copy.marks.append(Mark(phrases: [phrase], weight: weight, rejects: true))
        return copy
    }

    /// Scores the document (each phrase is a lookup in the document's word index, by
    /// the phrase's rarest word that the index holds).
    public func score(_ document: Document) -> Detection {
        var found = 0.0
        var total = 0.0
        var evidence: [String] = []
        evidence.reserveCapacity(marks.count)
        // The marks read where they lie: a copy of a mark costs a retain and a release
        // for each of its arrays and strings, about as much as its lookups.
        marks.withUnsafeBufferPointer { marks in
            guard let base = marks.baseAddress else { return }
            for mark in base..<(base + marks.count) {
                let hit = EvidenceScorer.firstHit(of: mark, in: document)
                if mark.pointee.rejects {
                    if let hit {
                        found -= mark.pointee.weight
                        evidence.append(mark.pointee.found[hit])
                    }
                } else {
                    total += mark.pointee.weight
                    if let hit {
                        found += mark.pointee.weight
                        evidence.append(mark.pointee.found[hit])
                    } else {
                        evidence.append(mark.pointee.missing)
                    }
                }
            }
        }
        let confidence = total > 0 ? max(0, found) / total : 0
        return Detection(formatID: formatID, confidence: confidence, evidence: evidence)
    }

    /// The index of the first of the mark's phrases that the document holds (nil: none).
    @inline(__always)
    private static func firstHit(of mark: UnsafePointer<Mark>, in document: Document) -> Int? {
        let wholeBlock = mark.pointee.wholeBlock
        return mark.pointee.folded.withUnsafeBufferPointer { phrases -> Int? in
            for index in phrases.indices {
                if wholeBlock ? document.containsBlock(equalTo: phrases[index]) : document.contains(phrases[index]) { return index }
            }
            return nil
        }
    }
}
