#if canImport(Glibc)
import Glibc  // memcmp
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        let table = QuestionKey.phraseTable  // read once, not at every space
        var title = title
        let found = title.withUTF8 { source -> Int in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count + 2) { buffer -> Int in
                buffer[0] = 0x20
                let length = TextFolding.foldBytes(source, into: UnsafeMutableBufferPointer(rebasing: buffer[1...]))
                buffer[length + 1] = 0x20
                guard let base = UnsafePointer(buffer.baseAddress) else { return -1 }
                return table.matches(UnsafeBufferPointer(start: base, count: length + 2))
            }
        }
        guard found >= 0 else { return nil }
        self = QuestionKey.titlePhrases[found].1
    }

    /// ``init(title:)`` for a title already folded (``TextFolding``: a block's folded
    /// text, or the bytes `TextFolding.withFolded(_:_:)` hands over): the same key,
    /// without folding again — for a reader that compares the folded text with other
    /// phrases too.
    ///
    /// ```swift
    /// let key = TextFolding.withFolded(cell) { QuestionKey(foldedTitle: $0) }   // QuestionKey(title: cell)
    /// ```
    public init?(foldedTitle folded: UnsafeBufferPointer<UInt8>) {
        let table = QuestionKey.phraseTable
        let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: folded.count + 2) { buffer -> Int in
            buffer[0] = 0x20
            if let source = folded.baseAddress, let target = buffer.baseAddress {
                (target + 1).update(from: source, count: folded.count)
            }
            buffer[folded.count + 1] = 0x20
            guard let base = UnsafePointer(buffer.baseAddress) else { return -1 }
            return table.matches(UnsafeBufferPointer(start: base, count: folded.count + 2))
        }
        guard found >= 0 else { return nil }
        self = QuestionKey.titlePhrases[found].1
    }

    /// The phrases of ``titlePhrases`` as one run of bytes, by the letter after their
    /// leading space, each with the position of its key in ``titlePhrases``: plain
    /// values, so a lookup retains nothing.
    struct PhraseTable: Sendable {
        /// Every phrase's bytes, one after the other.
        var bytes: [UInt8] = []
        /// Each phrase: where its bytes start, how many, its key's position, and its first
        /// eight bytes (little-endian; zero for a shorter phrase).
        var phrases: [(start: Int, count: Int, rank: Int, head: UInt64)] = []
        /// The phrases whose second byte is `b` are `phrases[first[b]..<first[b + 1]]`.
        var first: [Int] = []

        init(_ titlePhrases: [([String], QuestionKey)]) {
            var byLetter = [[(phrase: [UInt8], rank: Int)]](repeating: [], count: 256)
            for (rank, (phrases, _)) in titlePhrases.enumerated() {
                for phrase in phrases {
                    let bytes = Array(phrase.utf8)
                    if bytes.count > 1 { byLetter[Int(bytes[1])].append((bytes, rank)) }
                }
            }
            for entries in byLetter {
                first.append(phrases.count)
                for (phrase, rank) in entries {
                    var head: UInt64 = 0
                    if phrase.count >= 8 {
                        for k in 0..<8 { head |= UInt64(phrase[k]) << UInt64(8 * k) }
                    }
                    phrases.append((bytes.count, phrase.count, rank, head))
                    bytes.append(contentsOf: phrase)
                }
            }
            first.append(phrases.count)
        }

        /// The position in ``titlePhrases`` of the first key whose phrase `title` (folded,
        /// between spaces) holds; -1 when none does.
        func matches(_ title: UnsafeBufferPointer<UInt8>) -> Int {
            bytes.withUnsafeBufferPointer { bytes in
                phrases.withUnsafeBufferPointer { phrases in
                    first.withUnsafeBufferPointer { first in
                        guard let base = title.baseAddress, let pool = bytes.baseAddress else { return -1 }
                        let count = title.count
                        var matched: UInt32 = 0
                        // The spaces eight bytes at a time (the high bit of each space byte),
                        // then the phrases of the letter after each space before the last byte.
                        var chunk = 0
                        while chunk + 1 < count {
                            var spaces = PhraseTable.spaces(base, count, at: chunk)
                            while spaces != 0 {
                                let i = chunk + spaces.trailingZeroBitCount / 8
                                spaces &= spaces - 1
                                guard i + 1 < count else { break }
                                let letter = Int(base[i + 1])
                                var k = first[letter]
                                let end = first[letter + 1]
                                while k < end {
                                    let phrase = phrases[k]
                                    // The first eight bytes settle most places (" the " is
                                    // at the phrases of "t" everywhere) without a call.
                                    if i + phrase.count <= count, matched & (1 << phrase.rank) == 0,
                                       phrase.count < 8 || UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) == phrase.head,
                                       memcmp(base + i, pool + phrase.start, phrase.count) == 0 {
                                        matched |= 1 << phrase.rank
                                    }
                                    k += 1
                                }
                            }
                            chunk += 8
                        }
                        return matched == 0 ? -1 : matched.trailingZeroBitCount
                    }
                }
            }
        }

        /// The spaces among the eight bytes from `offset` (those before `count`): the
        /// high bit of byte `k` of the result is set when byte `offset + k` is a space.
        @inline(__always)
        static func spaces(_ base: UnsafePointer<UInt8>, _ count: Int, at offset: Int) -> UInt64 {
            guard offset + 8 <= count else {
                var bits: UInt64 = 0
                for k in 0..<max(0, count - offset) where base[offset + k] == 0x20 { bits |= 0x80 << UInt64(8 * k) }
                return bits
            }
            return SWAR.equal(UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)), 0x20)
        }
    }

    /// ``titlePhrases`` laid out for lookups.
    private static let phraseTable = PhraseTable(titlePhrases)

    /// Folded phrases that name each key, most specific first (the definition
    /// `init(title:)` looks up; tests hold the lookup to a plain search of them).
    static let titlePhrases: [([String], QuestionKey)] = [
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
