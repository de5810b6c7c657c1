/// The tail of a folded phrase that tells quickly whether a document lacks the phrase.
///
/// A phrase of eight or more folded bytes is looked up in the document's word index by
/// its first eight bytes, and compared at every word start that begins alike: "how
/// effective is the force at …" is compared with each of the dozens of "How
/// effective" titles of a report. Where the phrase occurs at a word start, so does
/// each of its tails from a word start inside it; the last such tail that starts with
/// an uncommon word ("graded forces", "june 2016", "offending") is found in few places
/// or none, so looking it up first settles most absent phrases in one short probe.
/// A found tail proves nothing: the phrase is then looked up as before.
enum PhraseTail {
    /// The tail of `phrase` (folded) to look up first: from the last word start, after
    /// the first, with eight bytes or more from it and a word not among
    /// ``commonWords``; nil when there is none.
    static func of(_ phrase: [UInt8]) -> [UInt8]? {
        var start = phrase.count - 8
        while start > 0 {
            if phrase[start - 1] == 0x20 {
                var end = start
                while end < phrase.count, phrase[end] != 0x20 { end += 1 }
                if !commonWords.contains(where: { $0.elementsEqual(phrase[start..<end]) }) { return Array(phrase[start...]) }
            }
            start -= 1
        }
        return nil
    }

    /// Words that open many word starts of a PEEL report: a tail that starts with one
    /// is looked up no faster than the phrase.
    static let commonWords: [[UInt8]] = [
        "the", "and", "of", "to", "in", "at", "is", "are", "its", "for", "on", "by", "this", "that", "how", "force", "forces",
        "police", "policing", "effective", "effectively", "effectiveness", "efficiency", "efficiently", "crime", "hmic",
        "people", "public", "we", "has", "have", "been",
    ].map { Array($0.utf8) }
}
