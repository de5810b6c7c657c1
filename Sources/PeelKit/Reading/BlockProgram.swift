/// A ``BlockPattern`` compiled into tests that jump: each step tests one thing about
/// the block and goes on to the step its answer names, until it reaches "yes" or "no"
/// (`&&` and `||` short-circuit as they do in Swift).
///
/// The steps and the phrases' bytes are plain values in two arrays, read through
/// pointers taken once per scan: testing a block retains nothing (a tree of enums,
/// walked for each block, retained and released each node's payload).
struct BlockProgram: Sendable {
    /// What one step tests.
    enum Test: UInt8, Sendable {
        /// `value` is a mask of kinds (see ``Block/Kind/bit``).
        case kinds
        /// The folded text equals the phrase.
        case equals
        /// The folded text starts with the phrase at a word boundary.
        case startsWith
        /// The folded text contains the phrase.
        case mentions
        /// A marked heading, or ``Block/looksLikeHeading`` with at most `value` bytes.
        case headingLike
        /// At most `value` bytes of text.
        case atMostBytes
        /// The text's last byte is `value`.
        case lastByte
        /// ``Block/depth`` is `value`.
        case depth
    }

    /// One test and where each answer leads: a step's index, or ``yes`` or ``no``.
    struct Step: Sendable {
        var test: Test
        var value: Int
        /// The phrase, as a range of ``BlockProgram/phrases``.
        var phraseStart: Int32
        var phraseEnd: Int32
        var onTrue: Int32
        var onFalse: Int32
    }

    static let yes: Int32 = -1
    static let no: Int32 = -2

    private(set) var steps: [Step] = []
    /// Every phrase's folded bytes, one after the other.
    private(set) var phrases: [UInt8] = []
    /// The first step (or ``yes``, ``no`` for a pattern that needs none).
    private(set) var entry: Int32 = BlockProgram.no

    /// The kinds of block the pattern can accept (see ``Block/Kind/bit``): a scan
    /// passes over the others without running a step.
    private(set) var possibleKinds: UInt8 = 0

    /// The first folded byte and folded length of the blocks the pattern can accept: a
    /// scan tests these before it runs a step (see ``BlockFilter``).
    private(set) var filter: BlockFilter = .all

    init(_ node: BlockPattern.Node) {
        entry = compile(node, onTrue: BlockProgram.yes, onFalse: BlockProgram.no)
        possibleKinds = acceptingKinds()
        filter = acceptingFilter()
        // A first test of kinds that every possible kind passes is settled by the scan's
        // test of `possibleKinds`.
        while entry >= 0, steps[Int(entry)].test == .kinds,
              possibleKinds & ~UInt8(truncatingIfNeeded: steps[Int(entry)].value) == 0 {
            entry = steps[Int(entry)].onTrue
        }
    }

    /// The kinds for which some block reaches "yes", every answer but the kind's being
    /// possible. A step leads only to steps emitted before it (or to an end), so one
    /// pass in order settles each step from those it leads to.
    private func acceptingKinds() -> UInt8 {
        let all: UInt8 = 0x1F
        let headingOrParagraph = Block.Kind.heading.bit | Block.Kind.paragraph.bit
        var reach = [UInt8](repeating: 0, count: steps.count)
        func reaching(_ index: Int32) -> UInt8 {
            index == BlockProgram.yes ? all : index < 0 || Int(index) >= reach.count ? 0 : reach[Int(index)]
        }
        for (index, step) in steps.enumerated() {
            // The kinds that may answer yes, and no.
            let (yes, no): (UInt8, UInt8)
            switch step.test {
            case .kinds:
                let mask = UInt8(truncatingIfNeeded: step.value) & all
                (yes, no) = (mask, all & ~mask)
            case .headingLike:
                (yes, no) = (headingOrParagraph, all & ~Block.Kind.heading.bit)
            default:
                (yes, no) = (all, all)
            }
            reach[index] = yes & reaching(step.onTrue) | no & reaching(step.onFalse)
        }
        return reaching(entry)
    }

    /// What the blocks that reach "yes" have in common (first folded byte, folded
    /// length), worked out in one pass in order as ``acceptingKinds()`` is: only a
    /// phrase's equality or prefix, on the way to "yes", narrows it.
    private func acceptingFilter() -> BlockFilter {
        var reach = [BlockFilter](repeating: .none, count: steps.count)
        func reaching(_ index: Int32) -> BlockFilter {
            index == BlockProgram.yes ? .all : index < 0 || Int(index) >= reach.count ? .none : reach[Int(index)]
        }
        phrases.withUnsafeBufferPointer { phrases in
            for (index, step) in steps.enumerated() {
                // The blocks that may answer yes (those that answer no: any).
                let yes: BlockFilter
                switch step.test {
                case .equals: yes = .phrase(BlockProgram.phrase(step, phrases), exactLength: true)
                case .startsWith: yes = .phrase(BlockProgram.phrase(step, phrases), exactLength: false)
                default: yes = .all
                }
                reach[index] = yes.intersection(reaching(step.onTrue)).union(reaching(step.onFalse))
            }
        }
        return reaching(entry)
    }

    /// Emits the steps of `node`, leading to `onTrue` or `onFalse`; returns its first step.
    private mutating func compile(_ node: BlockPattern.Node, onTrue: Int32, onFalse: Int32) -> Int32 {
        switch node {
        case .kinds(let mask): return emit(.kinds, Int(mask), onTrue, onFalse)
        case .headingLike(let maxBytes): return emit(.headingLike, maxBytes, onTrue, onFalse)
        case .atMostBytes(let count): return emit(.atMostBytes, count, onTrue, onFalse)
        case .lastByte(let byte): return emit(.lastByte, Int(byte), onTrue, onFalse)
        case .depth(let depth): return emit(.depth, depth, onTrue, onFalse)
        case .equals(let list): return compilePhrases(.equals, list, onTrue, onFalse)
        case .startsWith(let list): return compilePhrases(.startsWith, list, onTrue, onFalse)
        case .mentions(let list): return compilePhrases(.mentions, list, onTrue, onFalse)
        case .all(let nodes):
            // Last first: each node, when true, goes on to the one after it.
            var next = onTrue
            for node in nodes.reversed() { next = compile(node, onTrue: next, onFalse: onFalse) }
            return next
        case .any(let nodes):
            // Each node, when false, goes on to the one after it.
            var next = onFalse
            for node in nodes.reversed() { next = compile(node, onTrue: onTrue, onFalse: next) }
            return next
        case .not(let node):
            return compile(node, onTrue: onFalse, onFalse: onTrue)
        }
    }

    /// One step a phrase, tried in order: any of them will do.
    private mutating func compilePhrases(_ test: Test, _ list: [FoldedPhrase], _ onTrue: Int32, _ onFalse: Int32) -> Int32 {
        var next = onFalse
        for phrase in list.reversed() {
            let start = Int32(phrases.count)
            phrases.append(contentsOf: phrase.bytes)
            next = emit(test, 0, onTrue, next, phrase: start..<Int32(phrases.count))
        }
        return next
    }

    private mutating func emit(_ test: Test, _ value: Int, _ onTrue: Int32, _ onFalse: Int32, phrase: Range<Int32> = 0..<0) -> Int32 {
        steps.append(Step(test: test, value: value, phraseStart: phrase.lowerBound, phraseEnd: phrase.upperBound, onTrue: onTrue, onFalse: onFalse))
        return Int32(steps.count - 1)
    }

    /// Calls `body` with a function that tests a block in place, valid inside `body` only.
    @inline(__always)
    func withMatcher<R>(_ body: ((UnsafePointer<Block>) -> Bool) -> R) -> R {
        let filter = filter
        let testsFirstByte = filter.testsFirstByte
        return steps.withUnsafeBufferPointer { steps in
            phrases.withUnsafeBufferPointer { phrases in
                body { block in
                    guard possibleKinds & block.pointee.kind.bit != 0,
                          filter.lengths.contains(block.pointee.foldedCount) else { return false }
                    if testsFirstByte, !filter.admits(length: block.pointee.foldedCount, firstByte: block.pointee.firstFoldedByte) {
                        return false
                    }
                    return BlockProgram.run(steps, phrases, entry, block)
                }
            }
        }
    }

    /// Runs the steps from `entry` on the block.
    @inline(__always)
    static func run(_ steps: UnsafeBufferPointer<Step>, _ phrases: UnsafeBufferPointer<UInt8>, _ entry: Int32, _ block: UnsafePointer<Block>) -> Bool {
        var index = entry
        while index >= 0 {
            let step = steps[Int(index)]
            index = test(step, phrases, block) ? step.onTrue : step.onFalse
        }
        return index == yes
    }

    @inline(__always)
    private static func test(_ step: Step, _ phrases: UnsafeBufferPointer<UInt8>, _ block: UnsafePointer<Block>) -> Bool {
        switch step.test {
        case .kinds:
            return block.pointee.kind.bit & UInt8(truncatingIfNeeded: step.value) != 0
        case .equals:
            return block.pointee.foldedEquals(phrase(step, phrases))
        case .startsWith:
            return block.pointee.foldedHasPrefix(phrase(step, phrases))
        case .mentions:
            let needle = phrase(step, phrases)
            return block.pointee.withFolded { ByteSearch.firstIndex(of: needle, in: $0) != nil }
        case .headingLike:
            return block.pointee.isHeadingLine(maxBytes: step.value)
        case .atMostBytes:
            return block.pointee.utf8Count <= step.value
        case .lastByte:
            return block.pointee.lastTextByte == UInt8(truncatingIfNeeded: step.value)
        case .depth:
            return block.pointee.depth == step.value
        }
    }

    @inline(__always)
    static func phrase(_ step: Step, _ phrases: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: phrases[Int(step.phraseStart)..<Int(step.phraseEnd)])
    }
}
