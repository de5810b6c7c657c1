/// What ``BlockAssembler`` produces: the text of the body blocks in one buffer and of
/// the footnotes in another, each block a byte range with what else it is.
struct AssembledText: ~Copyable {
    /// One block: where its text is in its buffer, and its other properties.
    struct Record {
        var kind: Block.Kind
        var start: Int
        var end: Int
        var cells: [String]
        var depth: Int
        var marker: String?
        var line: Int
        var lastLine: Int
        var emphasised: Bool
    }

    var body: ByteWriter
    var bodyRecords: [Record] = []
    var notes = ByteWriter(capacity: 256)
    var noteRecords: [Record] = []

    /// Room for `capacity` bytes of body text before the buffer grows.
    init(capacity: Int) { body = ByteWriter(capacity: capacity) }

    /// Blocks for `records` of `text`, and the folded text of all of them, one block a
    /// line between newlines ("\n" + block + "\n" + block … + "\n"), folded in one pass.
    static func blocks(_ records: [Record], of text: consuming ByteWriter) -> (blocks: [Block], folded: [UInt8]) {
        let (ranges, folded) = text.withBytes(from: 0) { fold(records, of: $0) }
        // Cells and markers in two flat arrays, each block a range or an index of them.
        var cells: [String] = []
        var markers: [String] = []
        var parts: [(cells: Range<Int32>, marker: Int32)] = []
        parts.reserveCapacity(records.count)
        for record in records {
            let first = Int32(truncatingIfNeeded: cells.count)
            cells.append(contentsOf: record.cells)
            var marker: Int32 = -1
            if let printed = record.marker {
                marker = Int32(truncatingIfNeeded: markers.count)
                markers.append(printed)
            }
            parts.append((first..<Int32(truncatingIfNeeded: cells.count), marker))
        }
        // The blocks keep the text buffer itself: no copy.
        let storage = BlockText(bytes: text, folded: folded, cells: cells, markers: markers, blockCount: records.count)
        var blocks: [Block] = []
        blocks.reserveCapacity(records.count)
        for index in records.indices {
            let record = records[index]
            blocks.append(Block(
                record, index: index, storage: storage, text: record.start..<record.end, folded: ranges[index],
                cells: parts[index].cells, marker: parts[index].marker))
        }
        return (blocks, folded)
    }

    /// The folded text of the blocks, and where each block's is in it.
    private static func fold(_ records: [Record], of source: UnsafeBufferPointer<UInt8>) -> (ranges: [Range<Int>], folded: [UInt8]) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(records.count)
        // Folding never lengthens text: the text, a newline per block and one more, and
        // room for the last window of folding to write eighty bytes.
        let capacity = source.count + records.count + 1 + 80
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
