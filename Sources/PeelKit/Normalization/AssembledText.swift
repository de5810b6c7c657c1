/// What ``BlockAssembler`` produces: the text of the body blocks in one buffer and of
/// the footnotes in another, each block a byte range with what else it is.
struct AssembledText: ~Copyable {
    /// One block: where its text is in its buffer, and its other properties. Plain
    /// values only, so that records copy, grow and free without retains or releases.
    struct Record {
        var kind: Block.Kind
        var start: Int
        var end: Int
        /// Table rows: where the cells are in ``AssembledText/cells``.
        var cells: Range<Int>
        var depth: Int
        var marker: PrintedMarker
        var line: Int
        var lastLine: Int
        var emphasised: Bool
    }

    var body: ByteWriter
    var bodyRecords: [Record] = []
    /// The table rows' cells, one row after another: each a range of `body` (an empty
    /// cell an empty range).
    var cells: [Range<Int>] = []
    var notes = ByteWriter(capacity: 256)
    var noteRecords: [Record] = []

    /// Room for `capacity` bytes of body text before the buffer grows.
    init(capacity: Int) { body = ByteWriter(capacity: capacity) }

    /// Blocks for `records` of `text`, and the folded text of all of them, one block a
    /// line between newlines ("\n" + block + "\n" + block … + "\n"), folded in one pass.
    /// `cells` are the cells of `text` that the records' ranges refer to.
    static func blocks(
        _ records: [Record], of text: consuming ByteWriter, cells: [Range<Int>]
    ) -> (blocks: [Block], folded: [UInt8]) {
        let (ranges, folded) = text.withBytes(from: 0) { fold(records, of: $0) }
        // The blocks keep the text buffer and the cells' ranges themselves: no copy.
        let storage = BlockText(bytes: text, folded: folded, cells: cells, blockCount: records.count)
        // Each block initialised in place: no capacity or uniqueness check a block.
        let count = min(records.count, ranges.count)
        let blocks = records.withUnsafeBufferPointer { records in
            ranges.withUnsafeBufferPointer { ranges in
                [Block](unsafeUninitializedCapacity: count) { buffer, initialized in
                    for index in 0..<count {
                        buffer.initializeElement(
                            at: index, to: Block(records[index], index: index, storage: storage, folded: ranges[index]))
                    }
                    initialized = count
                }
            }
        }
        return (blocks, folded)
    }

    /// The folded text of the blocks, and where each block's is in it.
    private static func fold(_ records: [Record], of source: UnsafeBufferPointer<UInt8>) -> (ranges: [Range<Int>], folded: [UInt8]) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(records.count)
        // Folding never lengthens text: the text, a newline per block and one more, and
        // room for the last window of folding to write 128 bytes.
        let capacity = source.count + records.count + 1 + 128
        let folded = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var length = 0
            buffer[length] = 0x0A
            length += 1
            for record in records {
                // The blocks lie one after another in `source`: folding may read on past a
                // block's end, into the next one's bytes, and ignore them.
                let written = TextFolding.foldBytes(
                    UnsafeBufferPointer(rebasing: source[record.start..<record.end]),
                    into: UnsafeMutableBufferPointer(rebasing: buffer[length...]), readable: source.count - record.start)
                ranges.append(length..<length + written)
                length += written
                buffer[length] = 0x0A
                length += 1
            }
            count = length
        }
        return (ranges, folded)
    }
}
