import Foundation  // memcmp

extension QuestionKey {
    /// The canonical key a printed question or component title refers to, whatever
    /// the year's wording: "How effective is the force at preventing crime…?" (2015,
    /// 2016) and "Preventing crime and tackling anti-social behaviour" (2018/19) both
    /// give ``preventingCrime``. Returns nil for titles that are not a graded
    /// question (sub-questions such as "How effective is the force's initial
    /// investigative response?").
    public init?(title: String) {
        // The folded title between two spaces, in a buffer: every phrase is a space,
        // words and a space, so it can only start at a space. One pass over the spaces
        // notes which keys' phrases occur; the first key in `titlePhrases` order wins.
        var title = title
        let found = title.withUTF8 { source -> Int in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count + 2) { buffer -> Int in
                buffer[0] = 0x20
                let length = TextFolding.foldBytes(source, into: UnsafeMutableBufferPointer(rebasing: buffer[1...]))
                buffer[length + 1] = 0x20
                let count = length + 2
                guard let base = UnsafePointer(buffer.baseAddress) else { return -1 }
                var matched: UInt32 = 0
                var i = 0
                while i + 1 < count {
                    if base[i] == 0x20 {
                        for (phrase, rank) in QuestionKey.phrasesByFirstLetter[Int(base[i + 1])]
                        where i + phrase.count <= count && matched & (1 << rank) == 0 {
                            if phrase.withUnsafeBufferPointer({ pin in pin.baseAddress.map { memcmp(base + i, $0, pin.count) == 0 } ?? true }) {
                                matched |= 1 << rank
                            }
                        }
                    }
                    i += 1
                }
                return matched == 0 ? -1 : matched.trailingZeroBitCount
            }
        }
        guard found >= 0 else { return nil }
        self = QuestionKey.titlePhrases[found].1
    }

    /// The phrases of ``titlePhrases`` as bytes, by the letter after their leading
    /// space, each with the position of its key in ``titlePhrases``.
    private static let phrasesByFirstLetter: [[(phrase: [UInt8], rank: Int)]] = {
        var table = [[(phrase: [UInt8], rank: Int)]](repeating: [], count: 256)
        for (rank, (phrases, _)) in titlePhrases.enumerated() {
            for phrase in phrases {
                let bytes = Array(phrase.utf8)
                table[Int(bytes[1])].append((bytes, rank))
            }
        }
        return table
    }()

    /// Folded phrases that name each key, most specific first.
    private static let titlePhrases: [([String], QuestionKey)] = [
        ([" preventing crime "], .preventingCrime),
        ([" investigating crime "], .investigatingCrime),
        ([" protecting those who are vulnerable ", " protecting from harm those who are vulnerable ",
          " protecting vulnerable people "], .protectingVulnerable),
        ([" tackling serious and organised crime "], .seriousOrganisedCrime),
        ([" specialist capabilities ", " armed response capability ", " armed policing "], .specialistCapabilities),
        ([" meeting current demands ", " meeting demand "], .meetingDemand),
        ([" planning for the future "], .planningFuture),
        ([" fair treatment of the public ", " treating the public fairly "], .fairTreatmentPublic),
        ([" ethical and lawful workforce behaviour ", " ethical and lawful "], .ethicalBehaviour),
        ([" fair treatment of the workforce ", " treating the workforce fairly "], .fairTreatmentWorkforce),
    ]
}
