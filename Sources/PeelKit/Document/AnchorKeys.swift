import Synchronization

/// The long-word keys that phrase lookups anchor on, learned by the process, so that a
/// document's ``WordIndex`` need hold only the words lookups ask for.
///
/// Lookups ask for a fixed set of phrases (the registered layouts' detection phrases,
/// the parsers' phrases): a few hundred keys, while a report has thousands of long
/// words. Indexing only the words whose key a lookup has used makes building the index
/// one filter test a long word instead of one insertion.
///
/// The keys are kept as a filter: a bit for each of 2¹⁴ hash values (a key sets the bit
/// of the top bits of its hash). Each index takes a ``Snapshot`` when it is built and
/// indexes every long word whose bit is set in it; a lookup uses an anchor only when
/// its bit is set in the index's own snapshot, so answers never depend on what was
/// learned, only speed does. What is learned after a snapshot serves later documents.
///
/// - Before anything is learned, a snapshot asks for every long word (the first
///   document pays what every document paid before) and its lookups teach the anchor
///   they chose for a phrase none of whose long words is learned: of its long words,
///   the one found at fewest places. So does the next snapshot after anything was
///   learned: the set is not settled yet.
/// - A lookup whose long words are all unknown to its index searches the text and
///   teaches all its long words; the next index holds every word and its lookups
///   teach the rarest of them.
/// - Past ``capacity`` keys the filter would pass most words for little gain: the
///   registry is then *saturated* and every index holds every long word again, as
///   before keys were learned. Callers with thousands of phrases get that behaviour.
///
/// Thread-safe: one lock a document for its snapshot (a retained array, not a copy),
/// and one a lookup that teaches; building an index reads only its snapshot.
final class AnchorKeys: Sendable {
    /// The registry every ``Document`` learns into.
    static let shared = AnchorKeys()

    /// log2 of the filter's bit count: 2¹⁴ bits (2 KB), a few hundred keys a few percent full.
    static let filterBits = 14
    /// Filter positions in use beyond which the registry is saturated: a sixteenth of the
    /// bits, where about 6 % of all other keys pass the filter too.
    static let capacity = 1 << (filterBits - 4)

    /// What one index holds and how its lookups teach.
    struct Snapshot: Sendable {
        /// The learned filter (``filterBits`` bits, in 64-bit words) when the snapshot was
        /// taken; nil without a registry.
        let known: [UInt64]?
        /// Whether the index holds every long word; otherwise those whose key's filter
        /// position is set in `known`.
        let indexesEveryWord: Bool
        /// The registry lookups teach (nil: none, as when it is saturated). An index of
        /// every word teaches the anchor a lookup chooses for a phrase none of whose
        /// long words is known; a filtered one, all the long words of such a phrase.
        let registry: AnchorKeys?

        /// An index of every long word that teaches nothing: the behaviour without a registry.
        static let everyWord = Snapshot(known: nil, indexesEveryWord: true, registry: nil)

        /// The filter of the words to index; nil: every long word.
        var filter: [UInt64]? { indexesEveryWord ? nil : known }

        /// Whether a key whose hash has filter position `position` is indexed.
        @inline(__always)
        func holds(position: Int) -> Bool {
            indexesEveryWord || knows(position: position)
        }

        /// Whether the key at filter position `position` was learned when the snapshot was taken.
        @inline(__always)
        func knows(position: Int) -> Bool {
            guard let known else { return false }
            return known.withUnsafeBufferPointer { $0[position &>> 6] &>> UInt64(position & 63) & 1 != 0 }
        }
    }

    private struct State {
        /// The learned positions, ``filterBits`` bits; shared with snapshots until changed.
        var filter = [UInt64](repeating: 0, count: 1 << (AnchorKeys.filterBits - 6))
        /// How many filter positions are set.
        var count = 0
        /// Whether a key was learned since the last snapshot was taken.
        var changed = false
        /// Set once `count` passes ``capacity``: snapshots then ask for every word.
        var saturated = false
    }

    private let state = Mutex(State())

    /// An empty registry (tests use their own; documents use ``shared``).
    init() {}

    /// The filter position of a key's hash: its top ``filterBits`` bits.
    @inline(__always)
    static func position(ofHash hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash &>> UInt64(64 - filterBits))
    }

    /// What a new index should hold: every long word while keys are still being
    /// learned (nothing learned yet, or something learned since the last snapshot, as
    /// when another document's lookups are still teaching or a new phrase was asked
    /// for), so that a document is not filtered by a set about to grow; otherwise only
    /// the learned ones.
    func snapshot() -> Snapshot {
        state.withLock { state in
            if state.saturated { return Snapshot.everyWord }
            let settled = state.count > 0 && !state.changed
            state.changed = false
            return Snapshot(known: state.filter, indexesEveryWord: !settled, registry: self)
        }
    }

    /// Learns keys by their filter positions.
    func learn(positions: some Sequence<Int>) {
        state.withLock { state in
            guard !state.saturated else { return }
            for position in positions {
                let word = position &>> 6
                let bit: UInt64 = 1 &<< UInt64(position & 63)
                // Read first: writing to a filter a snapshot shares copies it.
                if state.filter[word] & bit == 0 {
                    state.filter[word] |= bit
                    state.count += 1
                    state.changed = true
                }
            }
            if state.count > AnchorKeys.capacity {
                state.saturated = true
                state.filter = []  // no snapshot reads it again
            }
        }
    }

    /// How many filter positions are learned, and whether the registry is saturated (for tests).
    var learned: (count: Int, saturated: Bool) {
        state.withLock { ($0.count, $0.saturated) }
    }
}
