#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a document's blocks and their folded text, each in one buffer that the
/// blocks share (each block a range of both). Made once when the document is
/// normalised, so that no block costs a string of its own until its ``Block/text`` is
/// asked for; a string, once made, is kept for the next time it is asked for.
///
/// One object a document part (body or footnotes), holding plain buffers: tearing a
/// document down frees a handful of allocations, not one a block or a cell.
final class BlockText: @unchecked Sendable {
    /// The blocks' clean text, one after another (the assembler's buffer, kept as it is).
    let bytes: ByteWriter
    /// The blocks' folded text (for a document: "\n" + block + "\n" + block … + "\n").
    let folded: [UInt8]
    /// The table rows' cells, one row after another, each a range of `bytes` (an empty
    /// cell an empty range; each block knows which of these are its cells).
    let cellRanges: [Range<Int>]
    /// The marker of a block made on its own (``single(_:cells:marker:)``), whose
    /// marker need not fit a ``PrintedMarker``; nil for a document's storage.
    let marker: String?
    /// Strings already made, by block index (see `made`), guarded by `mutex`: blocks
    /// are values that any thread may read. Plain memory rather than a stored array, so
    /// that reading a slot costs no exclusivity check; allocated when the first string
    /// is made (most blocks never are), so that a document whose strings nobody asked
    /// for allocates, initialises and tears down no slots.
    private var strings: UnsafeMutablePointer<String>?
    /// Which slots of `strings` hold a string, a bit a block (the others are not
    /// initialised): zeroing a bit a block instead of a nil a slot (sixteen bytes) made
    /// the first string of a document cost a sixteenth of the memory writes, and lets
    /// teardown visit only the strings made. Allocated with `strings`.
    private var made: UnsafeMutablePointer<UInt64>?
    private let count: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    /// A block's ``Block/marker`` when its storage keeps the marker (`marker`): no packed
    /// marker has all four bytes 0xFF, which UTF-8 never holds.
    static var keptMarker: PrintedMarker { PrintedMarker(bits: 0xFFFF_FFFF) }

    init(bytes: consuming ByteWriter, folded: [UInt8], cells: [Range<Int>], marker: String? = nil, blockCount: Int) {
        self.bytes = bytes
        self.folded = folded
        cellRanges = cells
        self.marker = marker
        count = max(0, blockCount)
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        if let strings, let made {
            // Only the slots that hold a string, found a word of the bitmap at a time.
            for word in 0..<BlockText.words(count) {
                var bits = made[word]
                while bits != 0 {
                    (strings + (word << 6 | bits.trailingZeroBitCount)).deinitialize(count: 1)
                    bits &= bits &- 1
                }
            }
            strings.deallocate()
            made.deallocate()
        }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Storage for one block made on its own: its text, then its cells' bytes, the
    /// folded text, and its marker.
    static func single(_ text: String, cells: [String], marker: String?) -> Single {
        var bytes = ByteWriter(capacity: text.utf8.count)
        bytes.append(contentsOf: text.utf8)
        let count = bytes.count
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(cells.count)
        for cell in cells {
            let start = bytes.count
            bytes.append(contentsOf: cell.utf8)
            ranges.append(start..<bytes.count)
        }
        var folded: [UInt8] = []
        TextFolding.fold(text.utf8, into: &folded)
        let storage = BlockText(bytes: bytes, folded: folded, cells: ranges, marker: marker, blockCount: 1)
        storage.keep(text, at: 0)
        return Single(
            storage: storage, text: 0..<count, folded: 0..<folded.count,
            cells: 0..<Int32(truncatingIfNeeded: cells.count), marker: marker == nil ? .none : keptMarker)
    }

    /// Where one block's parts are in a storage of its own (``single(_:cells:marker:)``).
    struct Single {
        var storage: BlockText
        var text: Range<Int>
        var folded: Range<Int>
        var cells: Range<Int32>
        var marker: PrintedMarker
    }

    /// The cells at `range` of `cellRanges`, as strings (made on each call: cells are
    /// asked for once a row, by the few readers of tables).
    func cells(_ range: Range<Int32>) -> [String] {
        let low = min(max(0, Int(range.lowerBound)), cellRanges.count)
        let high = min(max(low, Int(range.upperBound)), cellRanges.count)
        var strings: [String] = []
        strings.reserveCapacity(high - low)
        for index in low..<high {
            strings.append(bytes.withBytes(in: cellRanges[index]) { String(decoding: $0, as: UTF8.self) })
        }
        return strings
    }

    /// The text of block `index`, whose bytes are `range`.
    func string(_ index: Int, _ range: Range<Int>) -> String {
        guard index >= 0 && index < count else { return decode(range) }
        // One lock for the look-up and, on a miss, the string made and kept: a block's
        // string takes a few hundred instructions to make, and a document is read by one
        // thread at a time in practice, so holding the lock meanwhile costs less than
        // taking it twice.
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if holdsLocked(index), let kept = strings?[index] { return kept }
        let made = decode(range)
        keepLocked(made, at: index)
        return made
    }

    /// Keeps `string` as the text of block `index` (before any other thread can see it).
    private func keep(_ string: String, at index: Int) {
        pthread_mutex_lock(mutex)
        keepLocked(string, at: index)
        pthread_mutex_unlock(mutex)
    }

    /// ``keep(_:at:)`` with `mutex` held: allocates the slots on the first string.
    private func keepLocked(_ string: String, at index: Int) {
        guard index >= 0 && index < count else { return }
        let slots: UnsafeMutablePointer<String>
        let bitmap: UnsafeMutablePointer<UInt64>
        if let strings, let made {
            (slots, bitmap) = (strings, made)
        } else {
            slots = .allocate(capacity: count)
            bitmap = .allocate(capacity: BlockText.words(count))
            bitmap.initialize(repeating: 0, count: BlockText.words(count))
            (strings, made) = (slots, bitmap)
        }
        let bit: UInt64 = 1 &<< UInt64(index & 63)
        if bitmap[index >> 6] & bit != 0 {
            slots[index] = string  // made by two threads at once: the later one kept
        } else {
            (slots + index).initialize(to: string)
            bitmap[index >> 6] |= bit
        }
    }

    /// Whether slot `index` (in the blocks) holds a string; with `mutex` held.
    @inline(__always)
    private func holdsLocked(_ index: Int) -> Bool {
        guard let made else { return false }
        return made[index >> 6] & (1 &<< UInt64(index & 63)) != 0
    }

    /// The bitmap's words for `count` blocks.
    private static func words(_ count: Int) -> Int { (count + 63) >> 6 }

    private func decode(_ range: Range<Int>) -> String {
        bytes.withBytes(in: range) { String(decoding: $0, as: UTF8.self) }
    }
}
