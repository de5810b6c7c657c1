/// What a block must be or say, stated as data, so that PeelKit can test the blocks
/// where they lie.
///
/// A `Block` handed to a closure, or to a method called from another module, is
/// copied: a retain and a release for each reference it holds, more than the test
/// itself costs. A pattern
/// is tested inside PeelKit on the blocks in place, so a scan of every block stays
/// cheap. Phrases are folded once, when the pattern is made.
///
/// ```swift
/// let areas = BlockPattern.is("Areas for improvement", "Area for improvement")
/// let end = document.firstIndex(in: section, where: areas || .is(CauseOfConcernReader.foldedHeadings))
/// ```
public struct BlockPattern: Sendable {
    /// The test, as a tree of conditions.
    indirect enum Node: Sendable {
        /// The block's kind is in the mask (see ``Block/Kind/bit``).
        case kinds(UInt8)
        /// The folded text equals one of the phrases (``Block/is(_:)-(FoldedPhrase)``).
        case equals([FoldedPhrase])
        /// The folded text starts with one of the phrases at a word boundary.
        case startsWith([FoldedPhrase])
        /// The folded text contains one of the phrases.
        case mentions([FoldedPhrase])
        /// A marked heading, or a block that ``Block/looksLikeHeading`` with at most
        /// this many bytes of text.
        case headingLike(maxBytes: Int)
        /// At most this many bytes of text.
        case atMostBytes(Int)
        /// The text's last byte is this one.
        case lastByte(UInt8)
        /// ``Block/depth`` is this one.
        case depth(Int)
        case all([Node])
        case any([Node])
        case not(Node)
    }

    /// The tree, kept for combining patterns.
    let node: Node
    /// The tree compiled for testing blocks.
    let program: BlockProgram

    init(_ node: Node) {
        self.node = node
        program = BlockProgram(node)
    }

    /// Blocks of one of these kinds.
    public static func kind(_ kinds: Set<Block.Kind>) -> BlockPattern { BlockPattern(.kinds(Block.Kind.mask(kinds))) }

    /// Blocks of this kind.
    public static func kind(_ kind: Block.Kind) -> BlockPattern { BlockPattern(.kinds(kind.bit)) }

    /// Blocks whose folded text equals one of the folded phrases (as ``Block/is(anyOf:)``).
    public static func `is`(_ phrases: [FoldedPhrase]) -> BlockPattern { BlockPattern(.equals(phrases)) }

    /// Blocks whose folded text equals one of the phrases, folded.
    public static func `is`(_ phrases: String...) -> BlockPattern { .is(phrases.map(FoldedPhrase.init)) }

    /// Blocks whose folded text starts with one of the folded phrases at a word
    /// boundary (as ``Block/starts(with:)-(FoldedPhrase)``).
    public static func starts(with phrases: [FoldedPhrase]) -> BlockPattern { BlockPattern(.startsWith(phrases)) }

    /// Blocks whose folded text starts with one of the phrases, folded, at a word boundary.
    public static func starts(with phrases: String...) -> BlockPattern { .starts(with: phrases.map(FoldedPhrase.init)) }

    /// Blocks whose folded text contains one of the folded phrases (as ``Block/mentions(_:)``).
    public static func mentions(_ phrases: [FoldedPhrase]) -> BlockPattern { BlockPattern(.mentions(phrases)) }

    /// Blocks whose folded text contains one of the phrases, folded.
    public static func mentions(_ phrases: String...) -> BlockPattern { .mentions(phrases.map(FoldedPhrase.init)) }

    /// Marked headings, and blocks that ``Block/looksLikeHeading`` with at most
    /// `maxBytes` bytes of text.
    public static func looksLikeHeading(maxBytes: Int = .max) -> BlockPattern { BlockPattern(.headingLike(maxBytes: maxBytes)) }

    /// Blocks whose text has at most `count` UTF-8 bytes.
    public static func textBytes(atMost count: Int) -> BlockPattern { BlockPattern(.atMostBytes(count)) }

    /// Blocks whose text ends with this ASCII character.
    public static func textEnds(with character: Unicode.Scalar) -> BlockPattern {
        // A character beyond ASCII is never one UTF-8 byte: no text ends with it alone.
        character.isASCII ? BlockPattern(.lastByte(UInt8(character.value))) : BlockPattern(.any([]))
    }

    /// Blocks of this ``Block/depth`` (a heading's level, a list item's nesting).
    public static func depth(_ depth: Int) -> BlockPattern { BlockPattern(.depth(depth)) }

    /// Blocks that match both.
    public static func && (a: BlockPattern, b: BlockPattern) -> BlockPattern { BlockPattern(.all([a.node, b.node])) }

    /// Blocks that match either.
    public static func || (a: BlockPattern, b: BlockPattern) -> BlockPattern { BlockPattern(.any([a.node, b.node])) }

    /// Blocks that do not match.
    public static prefix func ! (a: BlockPattern) -> BlockPattern { BlockPattern(.not(a.node)) }
}
