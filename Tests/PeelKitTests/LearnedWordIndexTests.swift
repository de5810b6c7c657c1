@testable import PeelKit
import PeelKitTestSupport
import Testing

/// A word index holds only the long words whose keys lookups have anchored on
/// (``AnchorKeys``): these tests hold its answers to a plain search of the text on every
/// sample, for phrases the registry has never seen, has just learned and learned long
/// ago; and check that it does learn, saturates, and stays right under concurrent use.
@Suite("Learned word index")
struct LearnedWordIndexTests {
    /// The samples' folded texts.
    static func texts() throws -> [[UInt8]] {
        try Fixtures.samples.map { Document(normalizing: try Fixtures.bytes($0)).foldedText }
    }

    /// Phrases cut at word starts from `text` (half of them altered, so mostly absent),
    /// of eight to forty bytes.
    static func phrases(from text: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { round in
            var start = Int(generator.next() % UInt64(text.count - 48))
            while start > 0, text[start - 1] != 0x20, text[start - 1] != 0x0A { start -= 1 }
            var needle = Array(text[start..<start + 8 + Int(generator.next() % 33)])
            if round % 2 == 0 { needle[Int(generator.next() % UInt64(needle.count))] = UInt8(ascii: "q") }
            return needle
        }
    }

    /// The detection phrases of the three layouts, folded, as detection asks them.
    static let detectionPhrases = [
        "police effectiveness 2015", "police effectiveness 2016", "police effectiveness 2017",
        "how effective is the force at investigating crime and managing offenders", "annex a hmic judgments",
        "this is the first year hmic has graded forces", "overall judgment", "summary of findings",
        "how effective are the force s specialist capabilities", "force in numbers", "12 months to 30 june 2016",
        "effectiveness efficiency and legitimacy 2018 19", "force in context", "overall summary", "last inspected",
        "has been carried over", "how effectively does the force", "armed response capability",
    ].map { Array($0.utf8) }

    static func check(_ index: WordIndex, _ phrases: [[UInt8]], in text: [UInt8], _ label: String) -> Int {
        var found = 0
        for (offset, needle) in phrases.enumerated() {
            let wholeLine = offset % 7 == 3
            let expected = WordIndexTests.naive(needle, in: text, wholeLine: wholeLine)
            let actual = needle.withUnsafeBufferPointer { index.contains($0, in: text, wholeLine: wholeLine) }
            #expect(actual == expected, "\(label): \(String(decoding: needle, as: UTF8.self)) wholeLine \(wholeLine)")
            if expected { found += 1 }
        }
        return found
    }

    @Test("answers as a text search: phrases never seen, just learned, and learned from other documents")
    func answersAsSearch() throws {
        let texts = try Self.texts()
        let registry = AnchorKeys()
        // The first index holds every long word, and its lookups teach their anchors.
        let first = WordIndex(texts[1], keys: registry.snapshot())
        #expect(first.keys.indexesEveryWord)
        let taught = Self.detectionPhrases + Self.phrases(from: texts[1], count: 100, seed: 3)
        var found = Self.check(first, taught, in: texts[1], "every word")
        #expect(registry.learned.count > 20)
        #expect(registry.snapshot().indexesEveryWord)  // just learned: not settled
        for (offset, text) in texts.enumerated() {
            // Settled (nothing learned since the last snapshot): only learned words. Taught
            // phrases are anchored on them; new ones fall back to the text and teach theirs.
            let filtered = WordIndex(text, keys: registry.snapshot())
            #expect(!filtered.keys.indexesEveryWord)
            // Fewer words than a full index (far fewer before the random phrases below teach theirs).
            #expect(filtered.indexedCount * (offset == 0 ? 2 : 1) < WordIndex(text).indexedCount, "sample \(offset)")
            let fresh = Self.phrases(from: text, count: 100, seed: 100 + UInt64(offset))
            let before = registry.learned.count
            found += Self.check(filtered, taught + fresh, in: text, "sample \(offset), first time")
            #expect(registry.learned.count > before, "sample \(offset): new phrases teach their words")
            // The next snapshot holds every word (the set just grew); its lookups teach
            // nothing (every phrase has a learned word), so the one after is settled.
            let unsettled = WordIndex(text, keys: registry.snapshot())
            #expect(unsettled.keys.indexesEveryWord && unsettled.indexedCount == WordIndex(text).indexedCount)
            found += Self.check(unsettled, taught + fresh, in: text, "sample \(offset), unsettled")
            let later = WordIndex(text, keys: registry.snapshot())
            #expect(!later.keys.indexesEveryWord && later.indexedCount > filtered.indexedCount)
            found += Self.check(later, taught + fresh, in: text, "sample \(offset), learned")
        }
        #expect(found > 300)  // both answers are seen
    }

    @Test("a registry taught more than its capacity indexes every word again, and answers the same")
    func saturates() throws {
        let text = try Self.texts()[0]
        let registry = AnchorKeys()
        registry.learn(positions: 0..<AnchorKeys.capacity)
        #expect(registry.snapshot().indexesEveryWord)  // just learned
        #expect(registry.snapshot().filter != nil)
        registry.learn(positions: [AnchorKeys.capacity + 5])
        #expect(registry.learned.saturated)
        let snapshot = registry.snapshot()
        #expect(snapshot.filter == nil && snapshot.registry == nil)
        let index = WordIndex(text, keys: snapshot)
        #expect(index.indexedCount == WordIndex(text).indexedCount)
        #expect(Self.check(index, Self.phrases(from: text, count: 80, seed: 9), in: text, "saturated") > 10)
    }

    @Test("a lookup anchored on a word the snapshot lacks falls back to the text, even if learned since")
    func snapshotsAreFixed() {
        let text = Array("\noverall judgment\nthe force is good\nsummary of findings\n".utf8)
        let registry = AnchorKeys()
        registry.learn(positions: [0])  // something learned: snapshots are filtered once it settles
        #expect(registry.snapshot().indexesEveryWord)
        let index = WordIndex(text, keys: registry.snapshot())
        #expect(index.indexedCount == 0)
        let needle = Array("summary of findings".utf8)
        #expect(needle.withUnsafeBufferPointer { index.contains($0, in: text, wholeLine: true) })
        let learned = registry.learned.count
        #expect(learned == 3)  // "summary" and "findings" taught
        // The old index still lacks them and still answers by the text.
        #expect(needle.withUnsafeBufferPointer { index.contains($0, in: text) })
        #expect(!Array("summary of finding x".utf8).withUnsafeBufferPointer { index.contains($0, in: text) })
        #expect(registry.snapshot().indexesEveryWord)
        let next = WordIndex(text, keys: registry.snapshot())
        #expect(next.indexedCount == 2)
        #expect(needle.withUnsafeBufferPointer { next.contains($0, in: text, wholeLine: true) })
        #expect(!Array("summary of finding".utf8).withUnsafeBufferPointer { next.contains($0, in: text, wholeLine: true) })
    }

    @Test("an index of every word teaches the rarest long word of each phrase, once")
    func teachesRarest() {
        let text = Array("\npolice effectiveness 2016\npolice effectiveness\npolice police\nsummary of findings\n".utf8)
        let registry = AnchorKeys()
        let index = WordIndex(text, keys: registry.snapshot())
        #expect(index.keys.indexesEveryWord)
        #expect(Array("police effectiveness 2016".utf8).withUnsafeBufferPointer { index.contains($0, in: text) })
        #expect(registry.learned.count == 1)  // "effectiveness" (two places), not "police" (four)
        let effectiveness = Array("effectiveness".utf8).withUnsafeBufferPointer { WordIndex.longWords(of: $0) }
        let police = Array("police".utf8).withUnsafeBufferPointer { WordIndex.longWords(of: $0) }
        _ = registry.snapshot()
        let settled = registry.snapshot()
        #expect(settled.knows(position: AnchorKeys.position(ofHash: effectiveness[0].hash)))
        #expect(!settled.knows(position: AnchorKeys.position(ofHash: police[0].hash)))
        #expect(WordIndex(text, keys: settled).indexedCount == 2)
        // Asked again by an index of every word that knows it: nothing new, so the next snapshot is settled.
        let again = WordIndex(text, keys: AnchorKeys.Snapshot(known: settled.known, indexesEveryWord: true, registry: registry))
        #expect(Array("police effectiveness 2016".utf8).withUnsafeBufferPointer { again.contains($0, in: text) })
        #expect(!registry.snapshot().indexesEveryWord)
    }

    @Test("documents indexed and looked up concurrently, sharing one registry")
    func concurrent() async throws {
        let texts = try Self.texts()
        let registry = AnchorKeys()
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var mismatches = 0
                    for round in 0..<3 {
                        let text = texts[(task + round) % texts.count]
                        let index = WordIndex(text, keys: registry.snapshot())
                        let phrases = Self.detectionPhrases + Self.phrases(from: text, count: 40, seed: UInt64(task * 10 + round))
                        for needle in phrases {
                            let actual = needle.withUnsafeBufferPointer { index.contains($0, in: text) }
                            if actual != WordIndexTests.naive(needle, in: text, wholeLine: false) { mismatches += 1 }
                        }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
        #expect(registry.learned.count > 20)
    }

    @Test("the filtered index's two-step collection writes what collecting a word at a time writes")
    func collectionInTwoSteps() throws {
        var generator = SplitMix64(seed: 53)
        var texts = try Self.texts()
        // Edges: empty, short, words of exactly six bytes packed ten to sixty-four bytes,
        // and lengths around the 64-byte windows and the 128-byte look-ahead.
        texts.append([])
        texts.append(Array("abcdef".utf8))
        texts.append(Array(String(repeating: "abcdef ", count: 300).utf8))
        for length in [63, 64, 65, 127, 128, 129, 4095, 4096, 4097, 4160] {
            texts.append((0..<length).map { _ in generator.next() % 5 == 0 ? 0x20 : UInt8(0x61 + generator.next() % 26) })
        }
        let words = 1 << (AnchorKeys.filterBits - 6)
        let filters: [[UInt64]] = [
            [UInt64](repeating: ~0, count: words),  // every long word passes
            [UInt64](repeating: 0, count: words),
            (0..<words).map { _ in generator.next() & generator.next() },  // about a quarter
        ]
        for text in texts {
            for filter in filters {
                let capacity = text.count / (WordIndex.minimumWordLength + 1) + 1
                var fast = [UInt64](repeating: 0, count: capacity)
                var slow = [UInt64](repeating: 0, count: capacity)
                let fastCount = text.withUnsafeBufferPointer { bytes in
                    filter.withUnsafeBufferPointer { filter in
                        fast.withUnsafeMutableBufferPointer { WordIndex.collect(bytes, filter: filter, entries: $0) }
                    }
                }
                let slowCount = text.withUnsafeBufferPointer { bytes in
                    filter.withUnsafeBufferPointer { filter in
                        slow.withUnsafeMutableBufferPointer { WordIndex.collectWordByWord(bytes, filter: filter, entries: $0) }
                    }
                }
                #expect(fastCount == slowCount, "\(text.count) bytes")
                if let count = fastCount, count == slowCount { #expect(fast[0..<count] == slow[0..<count]) }
            }
        }
    }
}
